"""TimeML (1.2.1) values of the periods business and calendar news names, on cases written
for eventscribe from the guidelines' conventions (the TimeBank and AQUAINT corpora are held
out): fiscal years, halves, quarters, the unit before, centuries, holidays, weeks of a month."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.when.find import find_timexes, normalize_timex
from eventscribe.when.holidays import easter

WSJ = dt.date(1989, 10, 30)  # a Monday
WIRE = dt.date(1998, 1, 8)  # a Thursday


@pytest.mark.parametrize(
    ("text", "dct", "tense", "value"),
    [
        ("fiscal 1989", WSJ, "past", "FY1989"),
        ("fiscal year 1990", WSJ, "future", "FY1990"),
        ("the 1988 fiscal year", WSJ, "past", "FY1988"),
        ("the current fiscal year", WSJ, "present", "FY1989"),
        ("the first half", WSJ, "past", "1989-H1"),
        ("the second half", WSJ, "future", "1989-H2"),
        ("the first half of 1990", WSJ, "future", "1990-H1"),
        ("the current quarter", WSJ, "present", "1989-Q4"),
        ("the latest quarter", WSJ, "past", "1989-Q3"),
        ("next quarter", WSJ, "future", "1990-Q1"),
        ("the third quarter", WSJ, "past", "1989-Q3"),
        ("the fourth quarter", WIRE, "past", "1997-Q4"),
        ("the fourth quarter", WIRE, "future", "1998-Q4"),
        ("a year earlier", WSJ, "past", "1988"),
        ("the previous year", WSJ, "past", "1988"),
        ("the prior month", WSJ, "past", "1989-09"),
        ("the 20th century", WIRE, "past", "19"),
        ("the twenty-first century", WIRE, "future", "20"),
        ("a decade ago", WIRE, "past", "198"),
        ("Christmas", WIRE, "past", "1997-12-25"),
        ("Christmas", WIRE, "future", "1998-12-25"),
        ("New Year's Day", WIRE, "past", "1998-01-01"),
        ("Thanksgiving", WIRE, "past", "1997-11-27"),
        ("Easter", WIRE, "future", "1998-04-12"),
        ("the first week of January", WIRE, "past", "1998-W01"),
        ("the second week of December", WIRE, "past", "1997-W50"),
        ("the last week of December 1996", WIRE, "past", "1997-W01"),
    ],
)
def test_timeml_values(text, dct, tense, value):
    found = normalize_timex(text, dct, tense=tense)
    assert found is not None and found.value == value


def test_periods_carry_their_dates():
    half = normalize_timex("the second half of 1990", WSJ, tense="future")
    assert (half.date, half.date_end) == (dt.date(1990, 7, 1), dt.date(1990, 12, 31))
    fiscal = normalize_timex("fiscal 1989", WSJ, tense="past")
    assert (fiscal.date, fiscal.date_end, fiscal.precision) == (
        dt.date(1989, 1, 1),
        dt.date(1989, 12, 31),
        "range",
    )


def test_found_in_running_text():
    text = "Profit rose in the third quarter from a year earlier, and fiscal 1990 looks weaker."
    values = [t.value for t in find_timexes(text, WSJ)]
    assert values == ["1989-Q3", "1988", "FY1990"]


def test_a_month_beginning_a_name_is_no_date():
    assert find_timexes("Thousands joined the 'March of the Millions' in Khartoum", WIRE) == []
    assert [t.value for t in find_timexes("The vote was in May of this year.", WIRE)] == ["1998-05"]


@pytest.mark.parametrize(
    ("year", "day"),
    [(1987, dt.date(1987, 4, 19)), (2000, dt.date(2000, 4, 23)), (2024, dt.date(2024, 3, 31))],
)
def test_easter(year, day):
    assert easter(year) == day


def test_holiday_names_are_whole_words():
    assert find_timexes("Fighting in eastern Ukraine and the Eastern Ghouta", WIRE) == []


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("the past summer", "past", "1989-SU"),
        ("this past spring", "past", "1989-SP"),
        ("the year before", "past", "1988"),
        ("the month earlier", "past", "1989-09"),
        ("the decade", "present", "198"),
        ("this time", None, "PRESENT_REF"),
        ("the eighties", "past", "198"),
        ("fiscal '90", "future", "FY1990"),
        ("the year-ago", "past", "1988"),
        ("the same day", "past", "1989-10-30"),
        ("the week ending Oct. 20", "past", "1989-W42"),
        ("the month ended Sept. 30", "past", "1989-09"),
        ("last year's fourth quarter", "past", "1988-Q4"),
        ("next year's first half", "future", "1990-H1"),
        ("the following year", "future", "1990"),
    ],
)
def test_more_newswire_periods(text, tense, value):
    found = normalize_timex(text, WSJ, tense=tense, fallback=False)
    assert found is not None and found.value == value


def test_halves_of_a_month_keep_the_month_and_its_days():
    """TimeML has no value for half a month: the month, its days, START or END."""
    found = normalize_timex("the first half of next month", WSJ, tense="future")
    assert (found.value, found.date, found.date_end, found.mod) == (
        "1989-11", dt.date(1989, 11, 1), dt.date(1989, 11, 15), "START"
    )
    found = normalize_timex("the second half of September", WSJ, tense="past")
    assert (found.date, found.date_end) == (dt.date(1989, 9, 16), dt.date(1989, 9, 30))


def test_the_unit_before_is_read_only_in_a_marked_span():
    """ "the year before" points at the narrated year; "the year before the vote" is no
    timex of its own and "this time of year" no present reference."""
    text = "Sales fell the year before the vote, and rose this time of year."
    assert find_timexes(text, WSJ) == []


def test_a_period_ended_on_a_day_is_found_in_running_text():
    text = "Net income for the quarter ended Sept. 30 rose, the company said."
    assert [t.value for t in find_timexes(text, WSJ, tense="past")] == ["1989-Q3"]


@pytest.mark.parametrize(
    ("text", "dct", "tense", "value"),
    [
        ("the June 30 quarter", WSJ, "past", "1989-Q2"),
        ("three quarters ago", WSJ, "past", "1989-Q1"),
        # before the quarter told of (the third, just reported), as TimeML anchors it
        ("the prior quarter", WSJ, "past", "1989-Q2"),
        ("fiscal 1990's first quarter", WSJ, "future", "FY1990-Q1"),
        ("the third quarter of fiscal year 1988", WSJ, "past", "FY1988-Q3"),
        ("1997-Q2", WIRE, "past", "1997-Q2"),
        ("the 1988-89 crop year", WSJ, "past", "1988"),
        ("fiscal 1989-90", WSJ, "present", "FY1989"),
        ("the 1990-91 financial year", WSJ, "future", "FY1990"),
        ("nineteen eighty-four", WIRE, "past", "1984"),
        ("nineteen oh-five", WIRE, "past", "1905"),
        ("two thousand and two", WIRE, "future", "2002"),
        ("overnight", WIRE, "past", "1998-01-07TNI"),
        ("the other day", WIRE, "past", "PAST_REF"),
        ("a little while ago", WIRE, "past", "PAST_REF"),
        ("some time ago", WIRE, "past", "PAST_REF"),
        ("the next century", WSJ, "future", "20"),
        ("the last century", WIRE, "past", "18"),
        ("New Year's", WIRE, "past", "1998-01-01"),
        ("the fiscal year ending June 30", WSJ, "future", "FY1990"),
        ("the fiscal year ended June 30", WSJ, "past", "FY1989"),
        ("the year ended Dec. 31", WIRE, "past", "1997"),
        ("the week ended Thursday", WIRE, "past", "1998-W02"),
        ("the year-ago second quarter", WSJ, "past", "1988-Q2"),
        ("the fourth quarter a year earlier", WIRE, "past", "1996-Q4"),
        ("the same quarter last year", WSJ, "past", "1988-Q3"),
    ],
)
def test_wire_and_business_styles(text, dct, tense, value):
    found = normalize_timex(text, dct, tense=tense, fallback=False)
    assert found is not None and found.value == value


def test_a_season_over_two_years_is_dated_over_both():
    found = normalize_timex("the 1994-95 season", WIRE, tense="past", fallback=False)
    assert (found.date, found.date_end, found.precision) == (
        dt.date(1994, 1, 1), dt.date(1995, 12, 31), "range"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Two thousand soldiers crossed the river.",
        "The governor ordered an overnight curfew.",
        "Dealers sold the bonds in overnight trading.",
        "Crowds filled the streets for Chinese New Year's parades.",
        "He was mayor in the years 1971-75 and again later.",
        "Twenty twenty-five marchers were held.",
    ],
)
def test_counts_and_adjectives_are_no_dates(text):
    assert find_timexes(text, WIRE) == []


def test_a_date_after_an_abbreviated_month_keeps_the_clause_tense():
    text = "Profit in the period ended Nov. 30 beat the second quarter, the firm said."
    found = find_timexes(text, dt.date(1990, 1, 10))
    assert [t.value for t in found if "quarter" in t.text] == ["1989-Q2"]
