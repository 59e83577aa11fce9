"""The actor registry's merge rules, in both the forms the store needs them: SQL (MERGE of a
batch into the stored rows: `t` stored, `b` the batch) and Python (sightings within one
batch, a correction moving roles). One rule each, stated twice; a test holds them equal
(tests/store/test_merge_rules.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

# How a batch's registry rows merge into stored ones (MERGE INTO: `t` stored, `b` the batch).
# Same rules as `merge_actor`: the longest name; a newer sighting brings its role, sector,
# code and country; first and last seen widened.
_NEWER = "coalesce(b.last_seen >= t.last_seen, t.last_seen is null)"
ACTOR_MERGE = (
    "name = case when (length(b.name), t.name) > (length(t.name), b.name) "
    "then b.name else t.name end, "
    + ", ".join(
        f"{c} = case when {_NEWER} then coalesce(b.{c}, t.{c}) else coalesce(t.{c}, b.{c}) end"
        for c in ("country", "sector", "code", "role")
    )
    + ", first_seen = least(t.first_seen, b.first_seen), "
    "last_seen = greatest(t.last_seen, b.last_seen)"
)
FORM_MERGE = "count = t.count + b.count"
# Same rules as `merge_role`: the evidence kept is the earliest sighting's (then the smallest
# article id), whatever the order articles arrive in.
_FIRST = "(coalesce({t}.first_seen, date '9999-12-31'), coalesce({t}.article_id, ''))"
_EARLIER = f"row{_FIRST.format(t='b')} < row{_FIRST.format(t='t')}"
ROLE_MERGE = (
    f"evidence = case when {_EARLIER} then b.evidence else t.evidence end, "
    f"article_id = case when {_EARLIER} then b.article_id else t.article_id end, "
    "valid_from = least(t.valid_from, b.valid_from), "
    "valid_to = greatest(t.valid_to, b.valid_to), "
    "first_seen = least(t.first_seen, b.first_seen), "
    "last_seen = greatest(t.last_seen, b.last_seen)"
)


def merge_actor(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """Two sightings of one actor, as ACTOR_MERGE merges them in the database."""
    merged = dict(old)
    if (len(new["name"]), old["name"]) > (len(old["name"]), new["name"]):
        merged["name"] = new["name"]  # the longest name; of two as long, the first in order
    newer = _is_newer(new["last_seen"], old["last_seen"])
    for key in ("country", "sector", "code", "role"):
        first, second = (new, old) if newer else (old, new)
        merged[key] = first[key] if first[key] is not None else second[key]
    merged["first_seen"] = _least(old["first_seen"], new["first_seen"])
    merged["last_seen"] = _greatest(old["last_seen"], new["last_seen"])
    return merged


def merge_role(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """Two sightings of one role, as ROLE_MERGE merges them in the database."""
    merged = dict(old)
    if _first_sighting(new) < _first_sighting(old):
        merged["evidence"], merged["article_id"] = new["evidence"], new["article_id"]
    for key in ("valid_from", "first_seen"):
        merged[key] = _least(old[key], new[key])
    for key in ("valid_to", "last_seen"):
        merged[key] = _greatest(old[key], new[key])
    return merged


def _first_sighting(role: Mapping[str, Any]) -> tuple[dt.date, str]:
    return (role["first_seen"] or dt.date(9999, 12, 31), role["article_id"] or "")


def _is_newer(new: dt.date | None, old: dt.date | None) -> bool:
    if new is None or old is None:
        return old is None
    return new >= old


def _least(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return min((d for d in (a, b) if d is not None), default=None)


def _greatest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return max((d for d in (a, b) if d is not None), default=None)
