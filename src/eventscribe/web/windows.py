"""Time windows of the API's time series: the default window, its period, and the bound.

A series without `start` and `end` covers the data's dense period (where the middle 90 % of
the matching events fall, so a stray 1936 date does not stretch the axis), by the finest
period that gives at most `DEFAULT_PERIODS`. Any request is refused above `MAX_PERIODS`,
before anything is computed, with a message naming the limit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from eventscribe.errors import EventscribeError
from eventscribe.store import Database
from eventscribe.store.query import date_bound, event_where

SERIES_PERIODS = ("day", "week", "month")
DEFAULT_PERIODS = 400  # the default granularity's most periods: a chart's width of bars
MAX_PERIODS = 3700  # ten years of days; any longer span asks for weeks or months
LAST_DAY = dt.date(9999, 11, 30)  # the day after a later period's end is past the calendar
DENSE = (0.05, 0.95)  # the share of events before the dense period starts and after it ends


def span(db: Database, filters: Mapping[str, Any]) -> dict[str, Any]:
    """First and last event dates of the matching events, and their dense period."""
    where, params = event_where(filters)
    dated = f"{where} and event_date is not null" if where else "where event_date is not null"
    row = db.sql(
        "select min(event_date) as first, max(event_date) as last, "
        f"quantile_disc(event_date, {DENSE[0]}) as dense_first, "
        f"quantile_disc(event_date, {DENSE[1]}) as dense_last from events {dated}",
        params,
    )[0]
    return {key: row[key] for key in ("first", "last", "dense_first", "dense_last")}


def series_window(
    db: Database, by: str | None, start: Any, end: Any, filters: Mapping[str, Any]
) -> tuple[str, dt.date | None, dt.date | None]:
    """(by, start, end) for a series: the dense period when no bound is given, the data's
    first or last date for a missing one, the finest period under `DEFAULT_PERIODS` when
    `by` is not given. Raises (400) when the periods would exceed `MAX_PERIODS`."""
    if by is not None and by not in SERIES_PERIODS:
        raise EventscribeError(f"by {by!r}: choose one of {', '.join(SERIES_PERIODS)}")
    first = date_bound(start, "start") if start else None
    last = date_bound(end, "end") if end else None
    if first is None or last is None:
        found = span(db, filters)
        if found["first"] is None:
            return by or "day", first, last
        if first is None and last is None:
            first, last = found["dense_first"], found["dense_last"]
        first = first or min(found["first"], last)
        last = last or max(found["last"], first)
    if first > last:
        raise EventscribeError(f"start {first} is after end {last}")
    by = by or next(
        (p for p in SERIES_PERIODS if count_periods(p, first, last) <= DEFAULT_PERIODS), "month"
    )
    check_periods(by, first, last)
    if last > LAST_DAY:
        raise EventscribeError(f"end {last}: a series ends by {LAST_DAY}")
    return by, first, last


def count_periods(by: str, first: dt.date, last: dt.date) -> int:
    """How many day, week (from Monday), month or year periods touch first..last."""
    if by == "year":
        return last.year - first.year + 1
    if by == "month":
        return (last.year - first.year) * 12 + last.month - first.month + 1
    if by == "week":
        return (last - (first - dt.timedelta(days=first.weekday()))).days // 7 + 1
    return (last - first).days + 1


def check_periods(by: str, first: dt.date, last: dt.date) -> None:
    n = count_periods(by, first, last)
    if n > MAX_PERIODS:
        raise EventscribeError(
            f"{n} {by} periods from {first} to {last}: at most {MAX_PERIODS} periods per "
            "request; narrow start and end, or choose a longer period with by"
        )
