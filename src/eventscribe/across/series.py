"""Series: how many events, and their Goldstein sum, per day, week or month.

One SQL aggregate over the events table (the mentions) or, with `level="clusters"`, over
the clusters (one per real event) that have a mention matching the filters. An event
counts in the period of its `event_date` (a range: of its first day; weeks start on
Monday). Periods with no events between the first and the last (or `start` and `end`
when given) are listed with zeros, so a chart's gaps are real.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventscribe.errors import EventscribeError
from eventscribe.store import Database
from eventscribe.store.query import date_bound, event_where

PERIODS = ("day", "week", "month")
LEVELS = ("events", "clusters")


def series(
    db: Database,
    *,
    by: str = "day",
    start: Any = None,
    end: Any = None,
    level: str = "events",
    **filters: Any,
) -> list[dict[str, Any]]:
    """[{period: ISO date of the period's first day, events: int, goldstein: float}, ...].

    `source`/`target` make a directed dyad: an actor id, name or spelling, or an ISO-3
    country code. The filters are those of `Database.events` (`store.query.DECLARED`).
    """
    _check(by, level)
    filters = {**filters, "start": start, "end": end}
    query, params = series_sql(filters, by, level)
    found = {row["period"]: row for row in db.sql(query, params)}
    return [
        {
            "period": day.isoformat(),
            "events": int(found[day]["events"]) if day in found else 0,
            "goldstein": round(float(found[day]["goldstein"]), 6) if day in found else 0.0,
        }
        for day in periods(by, *_span(found, by, start, end))
    ]


def series_sql(filters: dict[str, Any], by: str, level: str) -> tuple[str, list[Any]]:
    """The aggregate: one row per period with events; `by` is checked, never a user string."""
    where, params = event_where(filters)
    dated = f"{where} and event_date is not null" if where else "where event_date is not null"
    if level == "events":
        source = f"select event_date, goldstein from events {dated}"
    else:
        source = (
            "select event_date, goldstein from clusters where event_date is not null "
            f"and id in (select cluster_id from events {dated})"
        )
    query = (
        f"select cast(date_trunc('{by}', event_date) as date) as period, count(*) as events, "
        f"coalesce(sum(goldstein), 0) as goldstein from ({source}) group by 1 order by 1"
    )
    return query, params


def span_or_reporting_window(db: Database, start: Any, end: Any) -> tuple[Any, Any]:
    """`start` and `end`, each by default the reporting window's (first and last
    publication): events the news dates years back would stretch a chart over empty decades."""
    window = reporting_window(db) or (None, None)
    return start or window[0], end or window[1]


def reporting_window(db: Database) -> tuple[dt.date, dt.date] | None:
    """The first and last publication dates stored: the days the news covers."""
    row = db.sql("select min(published) as first, max(published) as last from articles")[0]
    return None if row["first"] is None else (row["first"], row["last"])


def periods(by: str, first: dt.date | None, last: dt.date | None) -> list[dt.date]:
    """The first days of the periods from `first`'s to `last`'s, in order."""
    if first is None or last is None:
        return []
    days: list[dt.date] = []
    day: dt.date | None = truncate(first, by)
    while day is not None and day <= last:
        days.append(day)
        day = following(day, by)
    return days


def truncate(day: dt.date, by: str) -> dt.date:
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


def following(day: dt.date, by: str) -> dt.date | None:
    """The first day of the next period; None past the calendar's end (year 9999)."""
    try:
        if by == "month":
            return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return day + dt.timedelta(days=7 if by == "week" else 1)
    except (OverflowError, ValueError):
        return None


def _span(found: dict, by: str, start: Any, end: Any) -> tuple[dt.date | None, dt.date | None]:
    first = date_bound(start, "start") if start else min(found, default=None)
    last = date_bound(end, "end") if end else max(found, default=None)
    return first, last


def _check(by: str, level: str) -> None:
    if by not in PERIODS:
        raise EventscribeError(f"by {by!r}: choose one of {', '.join(PERIODS)}")
    if level not in LEVELS:
        raise EventscribeError(f"level {level!r}: choose events or clusters")
