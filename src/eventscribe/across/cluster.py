"""Event clustering, as `eventscribe.across` offers it: the rules and the store's upkeep.

The pure rules live in `eventscribe.clustering` (below the store, which runs them after every
write: `eventscribe.store.clusters`); this module names both for readers of this package.
"""

from __future__ import annotations

from eventscribe.clustering import (
    DATE_RANK,
    MENTION_ORDER,
    NEAR_KM,
    Cluster,
    Side,
    assign,
    cluster_row,
    compatible_codes,
    km,
    modality_class,
    overlaps,
    same_place,
    shift,
    window,
)
from eventscribe.store.clusters import cluster_pending, refresh, refresh_for_articles

__all__ = [
    "DATE_RANK", "MENTION_ORDER", "NEAR_KM", "Cluster", "Side", "assign", "cluster_pending",
    "cluster_row", "compatible_codes", "km", "modality_class", "overlaps", "refresh",
    "refresh_for_articles", "same_place", "shift", "window",
]  # fmt: skip
