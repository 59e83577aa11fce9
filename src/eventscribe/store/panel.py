"""Panels: counts per country and month, or per directed country dyad and month.

The shape statistical users load first (as from GDELT, ICEWS or ACLED aggregates): one row
per unit and month from the first to the last month of the events exported (or of
`start`/`end` when given), months without events filled with zeros, so every unit has
every month. Units are the countries (or source-target pairs of countries) of those events.
An event counts for a country when the country is its source or its target (once when
both). Columns are listed in `COLUMNS` and documented in docs/codebook.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventscribe.errors import EventscribeError
from eventscribe.store.countries import filter_country
from eventscribe.store.query import date_bound, event_where

PANELS = ("country-month", "dyad-month")
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
COUNTS = ("events", *(f"quad{n}" for n in range(1, 5)), "goldstein_sum", "goldstein_mean",
          *(f"root{root}" for root in ROOTS))  # fmt: skip
COLUMNS = {
    "country-month": ("country", "month", "events_as_source", "events_as_target", *COUNTS),
    "dyad-month": ("source_country", "target_country", "month", *COUNTS),
}
_COUNTS_SQL = ", ".join([
    "count(*) as events",
    *(f"count(*) filter (where quad_class = {n}) as quad{n}" for n in range(1, 5)),
    "sum(goldstein) as goldstein_sum",
    "avg(goldstein) as goldstein_mean",
    *(f"count(*) filter (where cameo_root = '{root}') as root{root}" for root in ROOTS),
])  # fmt: skip


_SIDES_SQL = (", count(*) filter (where as_source) as events_as_source, "
              "count(*) filter (where as_target) as events_as_target")  # fmt: skip


def panel_sql(kind: str, filters: dict[str, Any], level: str = "mentions") -> tuple[str, list]:
    """The panel as one query (its columns `COLUMNS[kind]`) and its parameters."""
    if kind not in PANELS:
        raise EventscribeError(f"panel {kind!r}: choose {' or '.join(PANELS)}")
    rows, params = _rows_sql(filters, level)
    keys, sides, units, unit_params = _units(kind, filters)
    counted = COLUMNS[kind][len(keys) + 1 :]
    filled = ", ".join(f"c.{c}" if c == "goldstein_mean" else f"coalesce(c.{c}, 0) as {c}"
                       for c in counted)  # fmt: skip
    key_list = ", ".join(keys)
    query = (
        f"with rows as ({rows}), units as ({units}), "
        f"counts as (select {key_list}, cast(date_trunc('month', event_date) as date) as month"
        f"{sides}, {_COUNTS_SQL} from units group by all), "
        "span as (select coalesce(?::date, min(month)) as first, "
        "coalesce(?::date, max(month)) as last from counts), "
        "months as (select cast(m as date) as month from span, "
        "generate_series(span.first, span.last, interval 1 month) as t(m)), "
        f"grid as (select * from (select distinct {key_list} from counts) cross join months) "
        f"select {', '.join(f'g.{k}' for k in keys)}, g.month, {filled} "
        f"from grid g left join counts c using ({key_list}, month) order by {key_list}, month"
    )
    return query, [*params, *unit_params, *_months(filters)]


def _units(kind: str, filters: dict[str, Any]) -> tuple[tuple[str, ...], str, str, list[Any]]:
    """(key columns, the counts by side, the units query, its parameters) of a panel."""
    if kind == "country-month":
        units, params = _country_units(filters.get("country"))
        return ("country",), _SIDES_SQL, units, params
    units = ("select source_country, target_country, event_date, cameo_root, quad_class, "
             "goldstein from rows where source_country is not null "
             "and target_country is not null")  # fmt: skip
    return ("source_country", "target_country"), "", units, []


def _rows_sql(filters: dict[str, Any], level: str) -> tuple[str, list[Any]]:
    """The events (or clusters) that count: dated, matching the filters."""
    where, params = event_where(filters)
    dated = f"{where} and event_date is not null" if where else "where event_date is not null"
    columns = "event_date, cameo_root, quad_class, goldstein, source_country, target_country"
    if level == "mentions":
        return f"select {columns} from events {dated}", params
    if level == "events":
        return (f"select {columns} from clusters where event_date is not null "
                f"and id in (select cluster_id from events {dated})"), params  # fmt: skip
    raise EventscribeError(f"level {level!r}: choose mentions or events")


def _country_units(country: Any) -> tuple[str, list[str]]:
    """Each event once for its source's country and once for its target's (once when the
    same). With a country filter, that country's rows only (its partners' would count only
    the events shared with it)."""
    only = [filter_country(country)] if country else []
    return (
        "select * from (select source_country as country, event_date, cameo_root, quad_class, "
        "goldstein, true as as_source, "
        "target_country is not distinct from source_country as as_target "
        "from rows where source_country is not null "
        "union all select target_country, event_date, cameo_root, quad_class, goldstein, false, "
        "true "
        "from rows where target_country is not null "
        f"and target_country is distinct from source_country){' where country = ?' if only else ''}",
        only,
    )


def _months(filters: dict[str, Any]) -> tuple[dt.date | None, dt.date | None]:
    """The first days of the first and last months asked for (None: the data's)."""
    start, end = filters.get("start"), filters.get("end")
    first = date_bound(start, "start").replace(day=1) if start else None
    last = date_bound(end, "end").replace(day=1) if end else None
    return first, last
