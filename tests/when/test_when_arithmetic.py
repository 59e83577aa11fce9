"""Calendar arithmetic around month and year ends, leap days and ISO weeks."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.when import normalize_timex
from eventscribe.when.arithmetic import (
    FUTURE,
    PAST,
    add_months,
    nearest_year,
    part_of,
    weekday_near,
)

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("text", "dct", "tense", "value"),
    [
        ("Saturday", "2024-01-01", None, "2023-12-30"),  # a Monday paper, across the year end
        ("Sunday", "2024-01-01", None, "2023-12-31"),
        ("Monday", "2024-01-01", None, "2024-01-01"),
        ("last Monday", "2024-01-01", None, "2023-12-25"),
        ("Monday", "2023-12-29", "future", "2024-01-01"),
        ("Friday", "2023-12-29", "future", "2023-12-29"),
        ("Thursday", "2024-03-01", None, "2024-02-29"),  # leap day
        ("Wednesday", "2023-03-01", None, "2023-03-01"),
        ("Tuesday", "2023-03-01", None, "2023-02-28"),
        ("yesterday", "2024-03-01", None, "2024-02-29"),
        ("tomorrow", "2023-12-31", None, "2024-01-01"),
        ("last month", "2024-01-15", None, "2023-12"),
        ("next month", "2023-12-31", None, "2024-01"),
        ("last week", "2024-01-03", None, "2023-W52"),
        ("this week", "2021-01-03", None, "2020-W53"),  # ISO week of a Sunday in January
        ("next week", "2020-12-30", None, "2021-W01"),
        ("three months ago", "2024-05-31", None, "2024-02"),
        ("a year ago", "2024-02-29", None, "2023"),
        ("Dec. 31", "2024-01-02", "past", "2023-12-31"),
        ("Dec. 31", "2024-01-02", None, "2023-12-31"),
        ("Jan. 2", "2023-12-30", "future", "2024-01-02"),
        ("Jan. 2", "2023-12-30", None, "2024-01-02"),
        ("December", "2023-12-15", "future", "2023-12"),
        ("January", "2023-12-15", "future", "2024-01"),
        ("January", "2024-01-02", None, "2024-01"),
        ("last December", "2024-01-02", None, "2023-12"),
        ("last January", "2024-01-02", None, "2023-01"),
        ("last winter", "2024-03-10", None, "2023-WI"),  # Dec 2023 - Feb 2024
        ("this winter", "2024-01-10", None, "2023-WI"),
    ],
)
def test_values_across_period_ends(text, dct, tense, value):
    assert normalize_timex(text, D(dct), tense=tense).value == value


@pytest.mark.parametrize(
    ("text", "dct", "day"),
    [("three months ago", "2024-05-31", "2024-02-29"), ("a year ago", "2024-02-29", "2023-02-28")],
)
def test_days_back_across_month_ends(text, dct, day):
    assert normalize_timex(text, D(dct)).date == D(day)  # the day, whatever the value's unit


def test_weekday_near_never_moves_more_than_a_week():
    start = D("2023-12-25")
    for offset in range(14):
        day = start + dt.timedelta(days=offset)
        for weekday in range(7):
            back = weekday_near(day, weekday, PAST, strict=False)
            ahead = weekday_near(day, weekday, FUTURE, strict=True)
            assert back.weekday() == ahead.weekday() == weekday
            assert 0 <= (day - back).days <= 6
            assert 1 <= (ahead - day).days <= 7


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ("2024-01-31", 1, "2024-02-29"),
        ("2023-03-31", -1, "2023-02-28"),
        ("2023-12-15", 1, "2024-01-15"),
        ("2024-01-15", -1, "2023-12-15"),
        ("2020-02-29", 12, "2021-02-28"),
    ],
)
def test_add_months_clamps_to_month_end(day, months, expected):
    assert add_months(D(day), months) == D(expected)


def test_nearest_year_prefers_the_side_asked_for():
    reference = D("2023-10-15")
    assert nearest_year(reference, 10, 20, None) == 2023
    assert nearest_year(reference, 10, 20, PAST) == 2022
    assert nearest_year(reference, 10, 10, FUTURE) == 2024
    assert nearest_year(reference, 2, 30, None) is None


def test_nearest_year_takes_the_year_a_written_weekday_fits():
    # Friday, Dec. 15 is 2017, not the nearer 2016, seen from 2017-01-10
    assert nearest_year(D("2017-01-10"), 12, 15, None, weekday=4) == 2017


def test_parts_of_a_year_follow_months_and_of_a_month_thirds():
    year = (D("2022-01-01"), D("2022-12-31"))
    assert part_of(*year, "START") == (D("2022-01-01"), D("2022-04-30"))
    assert part_of(*year, "MID") == (D("2022-05-01"), D("2022-08-31"))
    assert part_of(*year, "END") == (D("2022-09-01"), D("2022-12-31"))
    month = (D("2023-10-01"), D("2023-10-31"))
    assert part_of(*month, "START") == (D("2023-10-01"), D("2023-10-10"))
    assert part_of(*month, "END") == (D("2023-10-22"), D("2023-10-31"))
