"""Dates at the calendar's ends (0001-01-01, 9999-12-31), as a database written before such
publication dates were rejected may hold: clustering, series and alerts must not overflow."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.across.alerts import alerts
from eventscribe.across.cluster import window
from eventscribe.across.series import periods, series
from eventscribe.store import Database, Store

from .synthetic import insert

FIRST, LAST = dt.date.min, dt.date.max


@pytest.mark.parametrize("precision", ["day", "week", "month", "year", "publication"])
@pytest.mark.parametrize("day", [FIRST, LAST])
def test_windows_stop_at_the_calendar_ends(day, precision):
    low, high = window({"event_date": day, "date_precision": precision, "date_end": None})
    assert FIRST <= low <= day <= high <= LAST


def test_a_range_ending_on_the_last_day_has_a_window():
    row = {"event_date": LAST - dt.timedelta(days=3), "date_precision": "range", "date_end": LAST}
    assert window(row)[1] == LAST


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_periods_reach_the_last_day_without_overflow(by):
    days = periods(by, LAST - dt.timedelta(days=40), LAST)
    assert days and days[-1] <= LAST and days == sorted(set(days))


@pytest.fixture(scope="module")
def extreme(tmp_path_factory):
    path = tmp_path_factory.mktemp("edges") / "edges.duckdb"
    with Store(path) as store:
        insert(store, "old", FIRST, "ISR", "PSE", "190")
        insert(store, "new", LAST, "ISR", "PSE", "190")
        insert(store, "mid", dt.date(2024, 1, 1), "ISR", "PSE", "190")
        store.cluster_pending()
    return path


def test_mentions_at_the_ends_are_clustered(extreme):
    with Database(extreme) as db:
        clusters = db.sql("select date_from, date_to, n_mentions from clusters order by 1")
    assert len(clusters) == 3 and all(c["n_mentions"] == 1 for c in clusters)


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_series_on_the_last_day(extreme, by):
    with Database(extreme) as db:
        found = series(db, by=by, start=LAST.isoformat(), end=LAST.isoformat())
    assert found and found[-1]["events"] == 1


def test_alerts_over_a_database_with_dates_at_the_ends(extreme):
    with Database(extreme) as db:
        assert alerts(db, by="month", window=2, key="dyad") == []
