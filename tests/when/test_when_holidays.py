"""Holidays of `data/time/holidays.tsv`: every rule gives the day the calendar says, and
the holidays whose day differs between countries are read only in a tagged span."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.when.find import find_timexes, normalize_timex
from eventscribe.when.holidays import holiday_day, holiday_table

D = dt.date


def test_every_row_has_a_rule_that_gives_a_day():
    for name, _rule, read in holiday_table().values():
        assert read in ("text", "span")
        day = holiday_day(name, 1998)
        assert day is not None and day.year == 1998


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("Thanksgiving", 1989, D(1989, 11, 23)),
        ("Election Day", 1989, D(1989, 11, 7)),
        ("Election Day", 1998, D(1998, 11, 3)),
        ("Labor Day", 1998, D(1998, 9, 7)),
        ("Memorial Day", 1998, D(1998, 5, 25)),
        ("Martin Luther King Day", 1998, D(1998, 1, 19)),
        ("Presidents' Day", 1998, D(1998, 2, 16)),
        ("Columbus Day", 1998, D(1998, 10, 12)),
        ("Mother's Day", 1998, D(1998, 5, 10)),
        ("Father's Day", 1998, D(1998, 6, 21)),
        ("Good Friday", 1998, D(1998, 4, 10)),
        ("Easter Monday", 2013, D(2013, 4, 1)),
        ("Veterans\u2019 Day", 1989, D(1989, 11, 11)),
    ],
)
def test_holiday_days(name, year, day):
    assert holiday_day(name, year) == day


def test_a_marked_national_holiday_takes_the_tense_side():
    wire = D(1998, 3, 12)
    assert normalize_timex("Memorial Day", wire, tense="future").value == "1998-05-25"
    assert normalize_timex("Labor Day", wire, tense="past").value == "1997-09-01"
    assert normalize_timex("Good Friday", wire, tense="future").value == "1998-04-10"


def test_national_holidays_are_not_found_in_running_text():
    text = "Israel marked Memorial Day as voters went to the polls on election day."
    assert find_timexes(text, D(1998, 4, 29)) == []


def test_a_good_day_is_no_holiday():
    found = find_timexes("It was a good Friday for the dollar, dealers said.", D(1998, 3, 14))
    assert [t.value for t in found] == ["1998-03-13"]


def test_holidays_everyone_keeps_are_found_in_running_text():
    found = find_timexes("Shops closed for Good Friday and reopened after Christmas.", D(1998, 4, 14))
    assert [t.value for t in found] == ["1998-04-10", "1997-12-25"]
