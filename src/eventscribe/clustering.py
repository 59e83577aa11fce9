"""Event clustering rules: the mentions of one real event become one event (a `clusters` row).

Every events row is a mention: one sentence of one article saying that something happened.
A mention joins a cluster when all of these hold against the cluster:

* modality: asserted and reported mentions are facts and cluster together; a threat, a
  condition, a denial ... clusters only with mentions of the same modality;
* action: the same CAMEO root, and the same code, one a prefix of the other (138, 1384) or
  one the root's generic code (190 joins 195);
* actors, each side: the same actor; or both none; or the same CAMEO actor code more
  specific than a country (IRNGOV, PSEREBHMS) held by actors of different kinds (Haniyeh, a
  person, and Hamas, an organization) — two people, or two organizations, never merge;
* date: its window overlaps the cluster's. A mention's window is its date ±1 day (time
  zones), a week, month or year ± half of it, a range ±1 day, and for a mention the text
  gives no date [publication − 1 day, publication]. A cluster's window is the intersection
  of its mentions' windows, so every mention agrees with every other and a daily routine
  does not chain into one event;
* place: unknown on either side, or the same country and, when both are cities or points,
  within `NEAR_KM`.

The cluster's action, actors and place are its mentions' most specific ones; its id is its
first mention's event id. Clustering is incremental: mentions with no cluster yet (the
batch just stored) join stored clusters or found new ones, and the touched clusters'
rows are recomputed from all their mentions, so a cluster row never depends on the order
batches came in beyond ties.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

NEAR_KM = 100.0
PAD_DAYS = {"week": 3, "month": 15, "year": 183}
FACTS = ("asserted", "reported")
PRECISE_PLACES = ("point", "city")
PLACE_RANK = {"point": 4, "city": 3, "region": 2, "country": 1}
DATE_RANK = {"day": 6, "range": 5, "week": 4, "month": 3, "year": 2, "publication": 1}
KIND_RANK = {"person": 4, "org": 3, "body": 3, "country": 1}  # others (sector ...): 2
MENTION_ORDER = "published nulls last, article_id, evidence_start, id"
Window = tuple[dt.date, dt.date]
Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Side:
    """One participant as clustering compares it: actor id and CAMEO actor code."""

    id: str | None
    code: str | None

    @property
    def rank(self) -> int:
        return -1 if self.id is None else KIND_RANK.get(_kind(self.id), 2)

    def same_as(self, other: Side) -> bool:
        if self.id == other.id:
            return True
        if self.id is None or other.id is None or not self.code or len(self.code) <= 3:
            return False
        return self.code == other.code and _kind(self.id) != _kind(other.id)


@dataclass(slots=True)
class Cluster:
    """What a cluster is compared on; `add` folds one more mention into it."""

    id: str
    cameo: str
    modality: str
    source: Side
    target: Side
    window: Window
    place: Row | None
    size: int = 1

    @classmethod
    def found(cls, mention: Row) -> Cluster:
        return cls(
            id=mention["id"], cameo=mention["cameo"], modality=modality_class(mention),
            source=_side(mention, "source"), target=_side(mention, "target"),
            window=window(mention), place=_place(mention),
        )  # fmt: skip

    @classmethod
    def stored(cls, row: Row) -> Cluster:
        """A clusters-table row as a Cluster to compare new mentions with."""
        return cls(
            id=row["id"], cameo=row["cameo"], modality=row["modality"],
            source=_side(row, "source"), target=_side(row, "target"),
            window=(row["date_from"] or dt.date.min, row["date_to"] or dt.date.max),
            place=_place(row), size=row["n_mentions"],
        )  # fmt: skip

    def accepts(self, mention: Row) -> bool:
        return (
            modality_class(mention) == self.modality
            and compatible_codes(self.cameo, mention["cameo"])
            and self.source.same_as(_side(mention, "source"))
            and self.target.same_as(_side(mention, "target"))
            and overlaps(self.window, window(mention))
            and same_place(self.place, _place(mention))
        )

    def add(self, mention: Row) -> None:
        self.cameo = max(self.cameo, mention["cameo"], key=_code_rank)  # first wins ties
        self.source = max(self.source, _side(mention, "source"), key=lambda s: s.rank)
        self.target = max(self.target, _side(mention, "target"), key=lambda s: s.rank)
        other = window(mention)
        self.window = (max(self.window[0], other[0]), min(self.window[1], other[1]))
        self.place = max(self.place, _place(mention), key=_place_rank)
        self.size += 1


def modality_class(row: Row) -> str:
    """Asserted and reported mentions are facts (`asserted`); other modalities stay apart."""
    return "asserted" if row["modality"] in FACTS else row["modality"]


def compatible_codes(a: str, b: str) -> bool:
    if a[:2] != b[:2]:
        return False
    return a.startswith(b) or b.startswith(a) or _generic(a) or _generic(b)


def window(row: Row) -> Window:
    """The days the mention's event may have happened on (see the module docstring)."""
    day = row["event_date"]
    if day is None:
        return dt.date.min, dt.date.max
    precision = row["date_precision"]
    if precision == "publication":
        return shift(day, -1), day
    if row["date_end"] is not None:
        return shift(day, -1), shift(row["date_end"], 1)
    pad = PAD_DAYS.get(precision, 1)
    return shift(day, -pad), shift(day, pad)


def shift(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, stopping at the calendar's ends (no OverflowError at 0001 or 9999:
    a database may hold such dates from before they were rejected)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def overlaps(a: Window, b: Window) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def same_place(a: Row | None, b: Row | None) -> bool:
    if a is None or b is None:
        return True
    if a["country"] != b["country"]:
        return False
    if a["precision"] in PRECISE_PLACES and b["precision"] in PRECISE_PLACES:
        return km(a, b) <= NEAR_KM
    return True


def km(a: Row, b: Row) -> float:
    """Great-circle distance of two places with lat/lon; 0 when either has none."""
    if None in (a["lat"], a["lon"], b["lat"], b["lon"]):
        return 0.0
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# -- assigning mentions to clusters ---------------------------------------------------------


def assign(mentions: list[Row], candidates: Iterable[Cluster]) -> tuple[dict[str, str], set[str]]:
    """event id -> cluster id for `mentions` (in order), and the clusters touched.

    A mention joins the compatible cluster with most mentions (then the smallest id), or
    founds a cluster of its own.
    """
    buckets: dict[tuple[str, str], list[Cluster]] = {}
    for cluster in candidates:
        buckets.setdefault((cluster.cameo[:2], cluster.modality), []).append(cluster)
    chosen: dict[str, str] = {}
    for mention in mentions:
        bucket = buckets.setdefault((mention["cameo"][:2], modality_class(mention)), [])
        fits = [c for c in bucket if c.accepts(mention)]
        if fits:
            cluster = min(fits, key=lambda c: (-c.size, c.id))
            cluster.add(mention)
        else:
            cluster = Cluster.found(mention)
            bucket.append(cluster)
        chosen[mention["id"]] = cluster.id
    return chosen, set(chosen.values())


# -- cluster rows ---------------------------------------------------------------------------


def cluster_row(cluster_id: str, mentions: list[Row], counts: Row) -> Row:
    """The clusters-table row of one cluster, from its mentions in MENTION_ORDER."""
    state = Cluster.found(mentions[0])
    for mention in mentions[1:]:
        state.add(mention)
    coded = next(m for m in mentions if m["cameo"] == state.cameo)
    dated = max(mentions, key=lambda m: DATE_RANK.get(m["date_precision"], 0))  # first of best
    best = max(mentions, key=_evidence_rank)
    return {
        "id": cluster_id, "cameo": state.cameo, "cameo_root": state.cameo[:2],
        "cameo_name": coded["cameo_name"], "quad_class": coded["quad_class"],
        "goldstein": coded["goldstein"], "modality": state.modality,
        **_side_columns(mentions, "source", state.source),
        **_side_columns(mentions, "target", state.target),
        "event_date": dated["event_date"], "date_precision": dated["date_precision"],
        "date_from": _finite(state.window[0]), "date_to": _finite(state.window[1]),
        **_place_columns(state.place),
        "n_mentions": len(mentions), "n_articles": counts["n_articles"],
        "n_sources": counts["n_sources"], "first_seen": counts["first_seen"],
        "last_seen": counts["last_seen"], "best_event_id": best["id"],
        "article_id": best["article_id"], "evidence_sentence": best["evidence_sentence"],
        "fatalities": _largest(mentions, "fatalities"), "injured": _largest(mentions, "injured"),
        "event_type": coded.get("event_type"), "sub_event_type": coded.get("sub_event_type"),
    }  # fmt: skip


def _largest(mentions: list[Row], column: str) -> int | None:
    """The largest count any mention reports: tolls rise as reports come in."""
    counts = [m[column] for m in mentions if m.get(column) is not None]
    return max(counts) if counts else None

def _evidence_rank(mention: Row) -> tuple:
    """Best evidence: most confident, then asserted, then dated most precisely."""
    return (
        mention["confidence"] or 0.0,
        mention["modality"] == "asserted",
        DATE_RANK.get(mention["date_precision"], 0),
    )


def _side_columns(mentions: list[Row], side: str, chosen: Side) -> Row:
    row = next((m for m in mentions if m[f"{side}_actor_id"] == chosen.id), mentions[0])
    return {
        f"{side}_actor_id": chosen.id,
        f"{side}_name": row[f"{side}_name"] if chosen.id else None,
        f"{side}_country": row[f"{side}_country"] if chosen.id else None,
        f"{side}_code": chosen.code,
    }


def _place_columns(place: Row | None) -> Row:
    place = place or {}
    return {f"place_{k}": place.get(k) for k in ("name", "country", "lat", "lon", "precision")}


def _side(row: Row, side: str) -> Side:
    return Side(row[f"{side}_actor_id"], row[f"{side}_code"])


def _place(row: Row) -> Row | None:
    if row["place_country"] is None:
        return None
    keys = ("name", "country", "lat", "lon", "precision")
    return {k: row[f"place_{k}"] for k in keys}


def _place_rank(place: Row | None) -> int:
    return -1 if place is None else PLACE_RANK.get(place["precision"], 0)


def _code_rank(code: str) -> tuple[int, bool]:
    return len(code), not _generic(code)


def _generic(code: str) -> bool:
    """The root's own code: 190, 04 ... ('not specified below')."""
    return len(code) <= 3 and code[2:] in ("", "0")


def _kind(actor_id: str) -> str:
    return actor_id.partition(":")[0]


def _finite(day: dt.date) -> dt.date | None:
    return None if day in (dt.date.min, dt.date.max) else day
