"""Near-duplicate articles, as `eventscribe.across` offers them: the MinHash/LSH index lives
in `eventscribe.dedup` (below the store, which folds copies on every write)."""

from __future__ import annotations

from eventscribe.dedup import RECIPE, THRESHOLD, NearDuplicates, shingles, to_bytes

__all__ = ["RECIPE", "THRESHOLD", "NearDuplicates", "shingles", "to_bytes"]
