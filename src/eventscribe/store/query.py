"""Event filters as SQL: a WHERE clause with placeholders and its parameters.

User values only ever travel as parameters; the SQL text is built from fixed fragments
chosen by filter name. Substring filters use `contains`, not LIKE, so "%" and "_" in a
query are plain characters.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eventscribe.errors import EventscribeError
from eventscribe.store.countries import country_code, filter_country

DATE_FIELDS = ("event_date", "published")
# Reading order within an article breaks ties, so pages are stable.
_TIES = "article_id, evidence_start, trigger_start, id"
ORDERS = {
    "newest": f"event_date desc nulls last, {_TIES}",
    "oldest": f"event_date nulls last, {_TIES}",
    "event_date": f"event_date nulls last, {_TIES}",
    "-event_date": f"event_date desc nulls last, {_TIES}",
    "published": f"published nulls last, {_TIES}",
    "-published": f"published desc nulls last, {_TIES}",
    "goldstein": f"goldstein nulls last, {_TIES}",
    "-goldstein": f"goldstein desc nulls last, {_TIES}",
    "confidence": f"confidence nulls last, {_TIES}",
    "-confidence": f"confidence desc nulls last, {_TIES}",
}
BBox = tuple[float, float, float, float]


def event_where(filters: Mapping[str, Any]) -> tuple[str, list[Any]]:
    """`where ...` (or "") and its parameters for the given event filters.

    Filters: those of `DECLARED` (actor, source, target, country, code, root, quad_class,
    start, end, date_field, text, place_country, bbox, modality, min_fatalities, event_type,
    article_id, run_id). None or "" means "no filter".
    """
    unknown = sorted(set(filters) - set(FILTERS) - {"date_field"})
    if unknown:
        raise EventscribeError(
            f"unknown event filter {unknown[0]!r} (known: {', '.join(sorted(FILTERS))}, date_field)"
        )
    given = {k: v for k, v in filters.items() if v is not None and v != ""}
    date_field = given.pop("date_field", "event_date")
    if date_field not in DATE_FIELDS:
        raise EventscribeError(f"date field {date_field!r}: choose event_date or published")
    clauses: list[str] = []
    params: list[Any] = []
    for name, value in given.items():
        clause, values = FILTERS[name](value, date_field)
        clauses.append(clause)
        params += values
    return ("where " + " and ".join(clauses)) if clauses else "", params


def events_sql(
    filters: Mapping[str, Any],
    *,
    order: str | None = "event_date",
    limit: int | None = None,
    offset: int = 0,
    columns: str = "*",
) -> tuple[str, list[Any]]:
    """A SELECT over events with filters, order (None: none) and paging.

    `columns` is SQL text chosen by the caller, never a user value.
    """
    where, params = event_where(filters)
    sql = f"select {columns} from events {where}"
    if order is not None:
        if order not in ORDERS:
            raise EventscribeError(f"order {order!r}: choose one of {', '.join(ORDERS)}")
        sql += f" order by {ORDERS[order]}"
    if limit is not None:
        sql += " limit ? offset ?"
        params += [non_negative("limit", limit), non_negative("offset", offset)]
    return sql, params


CLUSTER_ORDERS = {
    "-n_mentions": "n_mentions desc, event_date, id",
    "-n_sources": "n_sources desc, n_mentions desc, event_date, id",
    "event_date": "event_date nulls last, id",
    "-event_date": "event_date desc nulls last, id",
    "first_seen": "first_seen nulls last, id",
}


def clusters_sql(
    filters: Mapping[str, Any], *, min_mentions: int = 1, order: str = "-n_mentions"
) -> tuple[str, list[Any]]:
    """A SELECT over clusters with a mention matching the event filters, in `order`."""
    if order not in CLUSTER_ORDERS:
        raise EventscribeError(f"order {order!r}: choose one of {', '.join(CLUSTER_ORDERS)}")
    where, params = event_where(filters)
    sql = "select * from clusters where n_mentions >= ?"
    if where:
        sql += f" and id in (select cluster_id from events {where})"
    sql += f" order by {CLUSTER_ORDERS[order]}"
    return sql, [whole("min_mentions", min_mentions), *params]


def _actor(value: Any, _: str) -> tuple[str, list[Any]]:
    clauses = []
    for side in ("source", "target"):
        clauses.append(
            f"lower({side}_actor_id) = lower(?) or lower({side}_code) = lower(?) "
            f"or contains(lower({side}_name), lower(?)) "
            f"or {side}_actor_id in (select actor_id from actor_forms "
            "where contains(lower(form), lower(?)))"
        )
    return "(" + " or ".join(clauses) + ")", [str(value)] * 8


def _party(side: str) -> Callable[[Any, str], tuple[str, list[Any]]]:
    """The source (or target) of a directed dyad: a country (`Iran`, `IRN`, `IR`, `Iranian`)
    or a code in capitals (`IGO`) matches the actor's country or code; anything else
    matches like `actor`, on that side only."""

    def clause(value: Any, _: str) -> tuple[str, list[Any]]:
        text = str(value).strip()
        code = country_code(text, codes_any_case=False)
        if code is None and re.fullmatch(r"[A-Z]{3}", text):
            code = text
        if code:
            return f"({side}_country = ? or {side}_code = ?)", [code, code]
        return (
            f"(lower({side}_actor_id) = lower(?) or lower({side}_code) = lower(?) "
            f"or contains(lower({side}_name), lower(?)) "
            f"or {side}_actor_id in (select actor_id from actor_forms "
            "where contains(lower(form), lower(?))))",
            [text] * 4,
        )

    return clause


def _country(value: Any, _: str) -> tuple[str, list[Any]]:
    return "(source_country = ? or target_country = ?)", [filter_country(value)] * 2


def _code(value: Any, _: str) -> tuple[str, list[Any]]:
    return "starts_with(cameo, ?)", [str(value).strip()]


def _root(value: Any, _: str) -> tuple[str, list[Any]]:
    return "cameo_root = ?", [str(value).strip().zfill(2)]


def _start(value: Any, date_field: str) -> tuple[str, list[Any]]:
    # An event over a range (date_end) counts when the range reaches the start.
    column = "coalesce(date_end, event_date)" if date_field == "event_date" else date_field
    return f"{column} >= ?", [date_bound(value, "start")]


def _end(value: Any, date_field: str) -> tuple[str, list[Any]]:
    return f"{date_field} <= ?", [date_bound(value, "end")]


def _text(value: Any, _: str) -> tuple[str, list[Any]]:
    return "contains(lower(evidence_sentence), lower(?))", [str(value)]


def _place_country(value: Any, _: str) -> tuple[str, list[Any]]:
    return "place_country = ?", [filter_country(value, "place_country")]


def _bbox(value: Any, _: str) -> tuple[str, list[Any]]:
    min_lon, min_lat, max_lon, max_lat = parse_bbox(value)
    if min_lon <= max_lon:
        lon = "place_lon between ? and ?"
    else:  # the box crosses the antimeridian
        lon = "(place_lon >= ? or place_lon <= ?)"
    return f"({lon} and place_lat between ? and ?)", [min_lon, max_lon, min_lat, max_lat]


def _equals(column: str) -> Callable[[Any, str], tuple[str, list[Any]]]:
    def clause(value: Any, _: str) -> tuple[str, list[Any]]:
        return f"{column} = ?", [value]

    return clause


def _run_id(value: Any, _: str) -> tuple[str, list[Any]]:
    return "article_id in (select id from articles where run_id = ?)", [whole("run_id", value)]


def _quad_class(value: Any, _: str) -> tuple[str, list[Any]]:
    return "quad_class = ?", [whole("quad_class", value)]


def _min_fatalities(value: Any, _: str) -> tuple[str, list[Any]]:
    return "fatalities >= ?", [non_negative("min_fatalities", value)]


def _event_type(value: Any, _: str) -> tuple[str, list[Any]]:
    """An ACLED event type, or a sub-event type, in any case: "battles", "Air/drone strike"."""
    text = str(value).strip().lower()
    return "(lower(event_type) = ? or lower(sub_event_type) = ?)", [text, text]


Clause = Callable[[Any, str], tuple[str, list[Any]]]


@dataclass(frozen=True)
class Filter:
    """One event filter, declared once for every face: `Database.events` takes it as a
    keyword, the CLI as an option (`--name`, or `cli`), the API as a query parameter."""

    name: str
    type: type  # of the value a user gives: str or int
    help: str
    sql: Clause | None  # the WHERE clause; None for a setting of the others (date_field)
    cli: str | None = None  # the CLI option when not --name-with-dashes
    default: Any = None
    bounds: tuple[int | None, int | None] = (None, None)  # the API checks them before the SQL
    public: bool = True  # offered by every face; False: for the library's own use

    @property
    def option(self) -> str:
        return self.cli or "--" + self.name.replace("_", "-")


DECLARED: tuple[Filter, ...] = (
    Filter("actor", str, "Actor id, code or name.", _actor),
    Filter("source", str, "Source: an actor (id, code, name) or a country.", _party("source")),
    Filter("target", str, "Target: as --source.", _party("target")),
    Filter("country", str, "Country of source or target: name, ISO code or demonym "
           "(Iran, IRN, IR, Iranian).", _country),  # fmt: skip
    Filter("code", str, "CAMEO code or prefix.", _code),
    Filter("root", str, "CAMEO root code (2 digits).", _root),
    Filter("quad_class", int, "Quad class 1-4.", _quad_class, bounds=(1, 4)),
    Filter("start", str, "From date YYYY-MM-DD.", _start, cli="--since"),
    Filter("end", str, "To date YYYY-MM-DD.", _end, cli="--until"),
    Filter("date_field", str, "event_date or published: the date --since and --until bound.",
           None, default="event_date"),  # fmt: skip
    Filter("text", str, "Words in the evidence sentence.", _text),
    Filter("place_country", str, "Country of the event place (as --country).", _place_country),
    Filter("bbox", str, "Event places within MIN_LON,MIN_LAT,MAX_LON,MAX_LAT.", _bbox),
    Filter("modality", str, "asserted, reported, conditional, threatened, intended, denied, "
           "negated.", _equals("modality")),  # fmt: skip
    Filter("min_fatalities", int, "Only events with at least this many people killed.",
           _min_fatalities, bounds=(0, None)),  # fmt: skip
    Filter("event_type", str, "ACLED event or sub-event type: Battles, Protests, "
           "'Air/drone strike' ...", _event_type),  # fmt: skip
    Filter("article_id", str, "Events of one article.", _equals("article_id")),
    Filter("run_id", int, "Events of the articles one ingest run stored.", _run_id, public=False),
)
PUBLIC_FILTERS = tuple(f for f in DECLARED if f.public)
FILTERS: dict[str, Clause] = {f.name: f.sql for f in DECLARED if f.sql is not None}


def parse_bbox(value: str | Sequence[float]) -> BBox:
    """(min_lon, min_lat, max_lon, max_lat) from a sequence or "min_lon,min_lat,max_lon,max_lat"."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    try:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in parts)
    except (TypeError, ValueError):
        raise EventscribeError(
            f"bbox {value!r}: expected four numbers min_lon,min_lat,max_lon,max_lat"
        ) from None
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise EventscribeError(f"bbox {value!r}: longitudes must lie in -180..180")
    if not (-90 <= min_lat <= max_lat <= 90):
        raise EventscribeError(f"bbox {value!r}: latitudes must lie in -90..90, min first")
    return min_lon, min_lat, max_lon, max_lat


def date_bound(value: str | dt.date, side: str) -> dt.date:
    """A date from YYYY-MM-DD, YYYY-MM or YYYY; a month or year ends on its last day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 4:
            year = int(text)
            return dt.date(year, 1, 1) if side == "start" else dt.date(year, 12, 31)
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1 if side == "start" else last)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise EventscribeError(
            f"{side} date {value!r}: expected YYYY-MM-DD (or YYYY-MM, YYYY)"
        ) from None


def whole(name: str, value: Any) -> int:
    """`value` as an int, or an error naming the parameter."""
    try:
        return int(value)
    except (TypeError, ValueError):
        raise EventscribeError(f"{name} {value!r}: expected a whole number") from None


def non_negative(name: str, value: Any) -> int:
    """A limit or offset: a whole number, 0 or more."""
    number = whole(name, value)
    if number < 0:
        raise EventscribeError(f"{name} {value!r}: expected a whole number, 0 or more")
    return number
