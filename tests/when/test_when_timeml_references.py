"""TimeML (1.2.1) values of the earnings periods, vague references, short decades, parts of
the year and day and spoken dates that TimeBank/AQUAINT-style news writes, on cases written
for eventscribe from the TIMEX3 conventions (the corpora are held out)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.when.find import find_timexes, normalize_timex

EARNINGS = dt.date(1992, 4, 28)  # a Tuesday in the second quarter
AUTUMN = dt.date(1995, 10, 12)  # a Thursday
TRANSCRIPT = dt.date(1999, 6, 3)  # a Thursday


@pytest.mark.parametrize(
    ("text", "dct", "tense", "value"),
    [
        ("the period", EARNINGS, "past", "1992-Q1"),
        ("the latest period", EARNINGS, "past", "1992-Q1"),
        ("the most recent reporting period", EARNINGS, None, "1992-Q1"),
        ("the current period", EARNINGS, "present", "1992-Q2"),
        ("the year-ago period", EARNINGS, "past", "1991-Q1"),
        ("a year-earlier period", EARNINGS, "past", "1991-Q1"),
        ("the same period a year earlier", EARNINGS, "past", "1991-Q1"),
        ("the comparable period", EARNINGS, "past", "1991-Q1"),
        ("the 1991 period", EARNINGS, "past", "1991-Q1"),
        ("the comparable 1991 quarter", EARNINGS, "past", "1991-Q1"),
        ("first-half", EARNINGS, "future", "1992-H1"),
        ("the second-half", AUTUMN, "future", "1995-H2"),
        ("the second quarter", AUTUMN, "future", "1996-Q2"),
        ("the fourth quarter", AUTUMN, "future", "1995-Q4"),
        ("the third quarter", AUTUMN, "past", "1995-Q3"),
    ],
)
def test_earnings_periods(text, dct, tense, value):
    found = normalize_timex(text, dct, tense=tense, fallback=False)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("former", "PAST_REF"),
        ("recent", "PAST_REF"),
        ("once", "PAST_REF"),
        ("earlier", "PAST_REF"),
        ("current", "PRESENT_REF"),
        ("later", "FUTURE_REF"),
        ("someday", "FUTURE_REF"),
        ("some day", "FUTURE_REF"),
        ("the near term", "FUTURE_REF"),
        ("the longer term", "FUTURE_REF"),
        ("the long run", "FUTURE_REF"),
    ],
)
def test_vague_words_in_a_marked_span(text, value):
    found = normalize_timex(text, AUTUMN, tense=None, fallback=False)
    assert found is not None and found.value == value


def test_a_vague_word_gives_way_to_a_date_in_its_span():
    assert normalize_timex("earlier today", AUTUMN, tense="past").value == "1995-10-12"
    assert normalize_timex("later Friday", AUTUMN, tense="future").value == "1995-10-13"


def test_vague_words_are_not_found_in_running_text():
    text = "The former minister, once an ally, said current rules would change later."
    assert find_timexes(text, AUTUMN) == []


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("the 70s", AUTUMN, "197"),
        ("the early 60s", AUTUMN, "196"),
        ("the mid-90s", TRANSCRIPT, "199"),
        ("the late 20s", TRANSCRIPT, "192"),
    ],
)
def test_decades_without_apostrophe(text, dct, value):
    found = normalize_timex(text, dct, tense="past", fallback=False)
    assert found is not None and found.value == value


def test_a_bare_two_figure_decade_needs_its_article():
    assert find_timexes("Temperatures rose into the 70s.", AUTUMN)[0].value == "197"
    assert find_timexes("Both men are in their 70s.", AUTUMN) == []


@pytest.mark.parametrize(
    ("text", "dct", "tense", "value"),
    [
        ("midyear", AUTUMN, "future", "1996"),
        ("mid-year", AUTUMN, "past", "1995"),
        ("midyear", EARNINGS, "past", "1992"),
        ("midyear", dt.date(1992, 2, 10), "past", "1991"),
        ("the new year", AUTUMN, "future", "1996"),
        ("the new year", EARNINGS, "past", "1992"),
        ("the morning", AUTUMN, "past", "1995-10-12TMO"),
        ("the evening", AUTUMN, "future", "1995-10-12TEV"),
        ("the night", AUTUMN, "past", "1995-10-11TNI"),
        ("the night", AUTUMN, "future", "1995-10-12TNI"),
    ],
)
def test_parts_of_the_year_and_day(text, dct, tense, value):
    found = normalize_timex(text, dct, tense=tense, fallback=False)
    assert found is not None and found.value == value


def test_midyear_is_the_middle_of_the_year():
    found = normalize_timex("midyear", AUTUMN, tense="future", fallback=False)
    assert found.mod == "MID" and found.date.year == found.date_end.year == 1996


def test_the_part_of_the_day_is_read_only_in_a_marked_span():
    assert find_timexes("They met in the morning and left at night.", AUTUMN) == []


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("May twenty-second", "past", "1999-05-22"),
        ("June tenth", "future", "1999-06-10"),
        ("the twelfth of May", "past", "1999-05-12"),
        ("Friday, the fourth of June", "future", "1999-06-04"),
        ("the thirty-first of December, 1998", "past", "1998-12-31"),
    ],
)
def test_spoken_ordinal_days(text, tense, value):
    found = normalize_timex(text, TRANSCRIPT, tense=tense, fallback=False)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "text",
    [
        "In March first lady Ann Kerr visited the camp.",
        "Since June second quarter sales have fallen.",
        "By April third parties had joined the talks.",
    ],
)
def test_an_ordinal_after_a_month_heading_a_noun_is_no_day(text):
    assert all(t.precision != "day" for t in find_timexes(text, TRANSCRIPT))


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("the first week of June", "past", "1999-W22"),  # June 1 a Tuesday: its week has June 3
        ("the second week of August", "future", "1999-W32"),  # August 1 a Sunday, in July's week
        ("the first week of May", "past", "1999-W18"),  # May 1 a Saturday: the week of May 6
    ],
)
def test_weeks_of_a_month_start_at_its_first_thursday(text, tense, value):
    found = normalize_timex(text, TRANSCRIPT, tense=tense, fallback=False)
    assert found is not None and found.value == value


def test_a_compared_period_is_a_quarter_only_in_a_marked_span():
    """In running text "the same period last year" may follow "the first five months":
    the finder keeps the year; a tagged span is read as earnings news means it."""
    text = "Car sales in the first five months fell from the same period last year."
    assert [t.value for t in find_timexes(text, EARNINGS)][-1] == "1991"
    found = normalize_timex("the same period last year", EARNINGS, tense="past")
    assert found.value == "1991-Q1"


def test_a_quarter_named_with_its_year_and_ordinal():
    text = "Output fell from the fourth 1991 quarter and the 1990 to 1992 quarter average."
    assert [t.value for t in find_timexes(text, EARNINGS)][0] == "1991-Q4"
    assert "1992-Q1" not in [t.value for t in find_timexes(text, EARNINGS)]


def test_the_quarter_just_over_is_still_awaited():
    """ "is expected to rise in the first quarter" in April: the figures of the quarter
    just ended; two quarters back, a future quarter is next year's."""
    april = dt.date(1992, 4, 7)
    assert normalize_timex("the first quarter", april, tense="future").value == "1992-Q1"
    assert normalize_timex("the first quarter", AUTUMN, tense="future").value == "1996-Q1"


def test_the_new_year_capitalised_is_its_first_day():
    found = find_timexes("Prices have risen since the New Year, traders said.", EARNINGS)
    assert [(t.value, t.date) for t in found] == [("1992-01-01", dt.date(1992, 1, 1))]
    found = find_timexes("The vote was put off into the new year.", dt.date(1991, 12, 18))
    assert [t.value for t in found] == ["1992"]


@pytest.mark.parametrize(
    ("text", "dct", "tense", "value"),
    [
        ("the nineteen sixties", AUTUMN, "past", "196"),
        ("the late nineteen-eighties", AUTUMN, "past", "198"),
        ("the eighteen nineties", AUTUMN, "past", "189"),
        ("April the second", TRANSCRIPT, "past", "1999-04-02"),
        ("in '91", AUTUMN, "past", "1991"),
        ("'02", TRANSCRIPT, "future", "2002"),
        ("the winter of '94", AUTUMN, "past", "1994-WI"),
        ("August '95", AUTUMN, "past", "1995-08"),
        ("the latter half of 1996", AUTUMN, "future", "1996-H2"),
        ("the month before last", AUTUMN, "past", "1995-08"),
        ("the 1994-1995 season", AUTUMN, "past", "1994"),
        ("the other week", AUTUMN, "past", "PAST_REF"),
        ("presently", AUTUMN, "present", "PRESENT_REF"),
        ("later today", AUTUMN, "future", "1995-10-12"),
    ],
)
def test_spoken_and_short_forms(text, dct, tense, value):
    found = normalize_timex(text, dct, tense=tense, fallback=False)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Turnout fell to '98 per cent' of the roll, he wrote.",  # a quotation, no signal
        "Output rose 4 pct in 1994-1995 and again in 1996.",  # two years, not a season
        "The levy took a third of March receipts.",  # a fraction, not a day
    ],
)
def test_short_forms_that_are_no_dates(text):
    values = [t.value for t in find_timexes(text, AUTUMN)]
    assert "1998" not in values and "1994" not in values and "1995-03-03" not in values


def test_a_year_pair_alone_is_no_season():
    assert [t.value for t in find_timexes("Output rose in 1994-1995.", AUTUMN)] == []


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("the previous quarter", "past", "1992-Q2"),  # before the third, just reported
        ("the preceding quarter", "past", "1992-Q2"),
        ("the previous quarter", "future", "1992-Q3"),  # before publication's own
        ("last quarter", "past", "1992-Q3"),
    ],
)
def test_the_previous_quarter_is_before_the_one_told_of(text, tense, value):
    found = normalize_timex(text, dt.date(1992, 10, 20), tense=tense, fallback=False)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("every weekend", "XXXX-WXX-WE"), ("Sundays", "XXXX-WXX-7"), ("each Monday", "XXXX-WXX-1")],
)
def test_sets_of_days(text, value):
    found = normalize_timex(text, AUTUMN, tense="present", fallback=False)
    assert found is not None and (found.type, found.value, found.date) == ("SET", value, None)


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("the second half of fiscal 1992", "future", "FY1992-H2"),
        ("fiscal 1991's first half", "past", "FY1991-H1"),
        ("the fiscal 1991 third quarter", "past", "FY1991-Q3"),
        ("the fourth quarter of fiscal '92", "future", "FY1992-Q4"),
        ("FY1993", "future", "FY1993"),
        ("FY 92", "future", "FY1992"),
        ("fiscal-1992", "future", "FY1992"),
        ("the second quarter 1991", "past", "1991-Q2"),
        ("the December 1991 quarter", "past", "1991-Q4"),
    ],
)
def test_fiscal_halves_and_quarters_with_their_year(text, tense, value):
    found = normalize_timex(text, EARNINGS, tense=tense, fallback=False)
    assert found is not None and found.value == value


def test_a_quarter_and_the_year_after_it_are_one_expression():
    found = find_timexes("Output fell in the fourth quarter 1990 and rose in 1991.", EARNINGS)
    assert [t.value for t in found] == ["1990-Q4", "1991"]


@pytest.mark.parametrize(
    ("text", "dct", "tense", "value"),
    [
        ("the morning of Oct. 3", AUTUMN, "past", "1995-10-03TMO"),
        ("the night of Friday, Oct. 6", AUTUMN, "past", "1995-10-06TNI"),
        ("the week of Oct. 2", AUTUMN, "past", "1995-W40"),
        ("the week of Oct. 22", AUTUMN, "future", "1995-W43"),  # a Sunday: the week it begins
        ("late afternoon", AUTUMN, "past", "1995-10-12TAF"),
        ("9 a.m. Tuesday", AUTUMN, "past", "1995-10-10T09:00"),
        ("Oct. 20 at noon", AUTUMN, "future", "1995-10-20T12:00"),
        ("3:30 p.m.", AUTUMN, "past", "1995-10-12T15:30"),
    ],
)
def test_parts_and_clock_times_of_a_named_day(text, dct, tense, value):
    found = normalize_timex(text, dct, tense=tense, fallback=False)
    assert found is not None and found.value == value
