"""Each kind of time expression, normalised against a publication date (TimeML values)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.when import find_timexes, normalize_timex

D = dt.date.fromisoformat
SUNDAY = "2023-10-15"  # the example article's date
FRIDAY = "2023-10-13"

# (expression, publication date, tense, value, date, date_end, precision)
CASES = [
    # weekdays: the past one unless the verb is future; the publication's own weekday is it
    ("Saturday", SUNDAY, None, "2023-10-14", "2023-10-14", None, "day"),
    ("Sunday", SUNDAY, None, "2023-10-15", "2023-10-15", None, "day"),
    ("last Sunday", SUNDAY, None, "2023-10-08", "2023-10-08", None, "day"),
    ("next Sunday", SUNDAY, None, "2023-10-22", "2023-10-22", None, "day"),
    ("Monday", FRIDAY, None, "2023-10-09", "2023-10-09", None, "day"),
    ("Monday", FRIDAY, "past", "2023-10-09", "2023-10-09", None, "day"),
    ("Monday", FRIDAY, "future", "2023-10-16", "2023-10-16", None, "day"),
    ("this Monday", FRIDAY, None, "2023-10-09", "2023-10-09", None, "day"),
    ("Saturday night", SUNDAY, None, "2023-10-14TNI", "2023-10-14", None, "day"),
    # days named from the publication
    ("today", SUNDAY, None, "2023-10-15", "2023-10-15", None, "day"),
    ("tonight", SUNDAY, None, "2023-10-15TNI", "2023-10-15", None, "day"),
    ("yesterday", SUNDAY, None, "2023-10-14", "2023-10-14", None, "day"),
    ("tomorrow", SUNDAY, None, "2023-10-16", "2023-10-16", None, "day"),
    ("this morning", SUNDAY, None, "2023-10-15TMO", "2023-10-15", None, "day"),
    ("last night", SUNDAY, None, "2023-10-14TNI", "2023-10-14", None, "day"),
    ("the day before yesterday", SUNDAY, None, "2023-10-13", "2023-10-13", None, "day"),
    # times of day: a TimeML value on the publication day, no calendar date of their own
    ("10 a.m.", SUNDAY, None, "2023-10-15T10:00", None, None, "range"),
    ("3:30 p.m.", SUNDAY, None, "2023-10-15T15:30", None, None, "range"),
    ("noon", SUNDAY, None, "2023-10-15T12:00", None, None, "range"),
    # quarters
    ("the first quarter", SUNDAY, None, "2023-Q1", "2023-01-01", "2023-03-31", "range"),
    ("the third quarter of 2022", SUNDAY, None, "2022-Q3", "2022-07-01", "2022-09-30", "range"),
    # calendar weeks, months and years
    ("last week", SUNDAY, None, "2023-W40", "2023-10-02", "2023-10-08", "week"),
    ("this week", SUNDAY, None, "2023-W41", "2023-10-09", "2023-10-15", "week"),
    ("next week", SUNDAY, None, "2023-W42", "2023-10-16", "2023-10-22", "week"),
    ("last month", SUNDAY, None, "2023-09", "2023-09-01", "2023-09-30", "month"),
    ("next month", SUNDAY, None, "2023-11", "2023-11-01", "2023-11-30", "month"),
    ("last year", SUNDAY, None, "2022", "2022-01-01", "2022-12-31", "year"),
    ("this year", SUNDAY, None, "2023", "2023-01-01", "2023-12-31", "year"),
    ("the weekend", SUNDAY, None, "2023-W41-WE", "2023-10-14", "2023-10-15", "range"),
    # "ago": the day that far back; TimeML names it at the granularity of the unit
    ("a week ago", SUNDAY, None, "2023-W40", "2023-10-08", None, "week"),
    ("two days ago", SUNDAY, None, "2023-10-13", "2023-10-13", None, "day"),
    ("three months ago", SUNDAY, None, "2023-07", "2023-07-15", None, "month"),
    ("five years ago", SUNDAY, None, "2018", "2018-10-15", None, "year"),
    ("two days from now", SUNDAY, None, "2023-10-17", "2023-10-17", None, "day"),
    ("a few years ago", SUNDAY, None, "PAST_REF", None, None, "range"),
    ("a few days ago", SUNDAY, None, "PAST_REF", "2023-10-09", "2023-10-13", "range"),
    ("days from now", SUNDAY, None, "FUTURE_REF", "2023-10-17", "2023-10-21", "range"),
    # stretches up to or from publication (TimeML durations with a range)
    ("the past week", SUNDAY, None, "P1W", "2023-10-08", "2023-10-15", "range"),
    ("the past few days", SUNDAY, None, "PXD", "2023-10-12", "2023-10-15", "range"),
    ("the past 24 hours", SUNDAY, None, "PT24H", "2023-10-14", "2023-10-15", "range"),
    ("the last two weeks", SUNDAY, None, "P2W", "2023-10-01", "2023-10-15", "range"),
    ("the next three days", SUNDAY, None, "P3D", "2023-10-15", "2023-10-18", "range"),
    ("earlier this month", SUNDAY, None, "2023-10", "2023-10-01", "2023-10-15", "range"),
    ("later this year", SUNDAY, None, "2023", "2023-10-16", "2023-12-31", "range"),  # ahead of publication
    # parts of periods keep the period's value (TimeML mod)
    ("late last year", SUNDAY, None, "2022", "2022-09-01", "2022-12-31", "range"),
    ("mid-2018", SUNDAY, None, "2018", "2018-05-01", "2018-08-31", "range"),
    ("early October", SUNDAY, None, "2023-10", "2023-10-01", "2023-10-10", "range"),
    # explicit dates
    ("Oct. 7", SUNDAY, None, "2023-10-07", "2023-10-07", None, "day"),
    ("October 7", SUNDAY, None, "2023-10-07", "2023-10-07", None, "day"),
    ("7 October 2023", SUNDAY, None, "2023-10-07", "2023-10-07", None, "day"),
    ("the 7th of October", SUNDAY, None, "2023-10-07", "2023-10-07", None, "day"),
    ("Dec 8", SUNDAY, "past", "2022-12-08", "2022-12-08", None, "day"),
    ("Dec 8", SUNDAY, None, "2023-12-08", "2023-12-08", None, "day"),
    ("Jan. 1, 2018", SUNDAY, None, "2018-01-01", "2018-01-01", None, "day"),
    ("Sept. 11, 2001", SUNDAY, None, "2001-09-11", "2001-09-11", None, "day"),
    ("2023-10-07", SUNDAY, None, "2023-10-07", "2023-10-07", None, "day"),
    ("December 2016", SUNDAY, None, "2016-12", "2016-12-01", "2016-12-31", "month"),
    ("2016", SUNDAY, None, "2016", "2016-01-01", "2016-12-31", "year"),
    ("the 1990s", SUNDAY, None, "199", "1990-01-01", "1999-12-31", "range"),
    ("March eight", "1987-03-20", None, "1987-03-08", "1987-03-08", None, "day"),
    ("FRIDAY, DEC. 15", "2017-12-04", "past", "2017-12-15", "2017-12-15", None, "day"),
    # months: the past one when past, the next when future, else the nearest; the
    # publication's own month is it
    ("September", SUNDAY, None, "2023-09", "2023-09-01", "2023-09-30", "month"),
    ("September", SUNDAY, "future", "2024-09", "2024-09-01", "2024-09-30", "month"),
    ("October", SUNDAY, None, "2023-10", "2023-10-01", "2023-10-31", "month"),
    ("December", SUNDAY, None, "2023-12", "2023-12-01", "2023-12-31", "month"),
    ("December", SUNDAY, "past", "2022-12", "2022-12-01", "2022-12-31", "month"),
    ("April", "1987-03-19", "future", "1987-04", "1987-04-01", "1987-04-30", "month"),
    ("April", "1987-03-19", "present", "1987-04", "1987-04-01", "1987-04-30", "month"),
    ("April", "1987-03-19", "past", "1986-04", "1986-04-01", "1986-04-30", "month"),
    ("last August", SUNDAY, None, "2023-08", "2023-08-01", "2023-08-31", "month"),
    ("August last year", SUNDAY, None, "2022-08", "2022-08-01", "2022-08-31", "month"),
    ("last summer", SUNDAY, None, "2023-SU", "2023-06-01", "2023-08-31", "range"),
    ("the summer of 2019", SUNDAY, None, "2019-SU", "2019-06-01", "2019-08-31", "range"),
    # durations, vague references and sets have no date
    ("five years", SUNDAY, None, "P5Y", None, None, "year"),
    ("12-year", SUNDAY, None, "P12Y", None, None, "year"),
    ("48 hours", SUNDAY, None, "PT48H", None, None, "day"),
    ("several months", SUNDAY, None, "PXM", None, None, "month"),
    ("a decade", SUNDAY, None, "P1DE", None, None, "year"),
    ("recently", SUNDAY, None, "PAST_REF", None, None, "range"),
    ("formerly", SUNDAY, None, "PAST_REF", None, None, "range"),
    ("now", SUNDAY, None, "PRESENT_REF", None, None, "range"),
    ("currently", SUNDAY, None, "PRESENT_REF", None, None, "range"),
    ("the coming weeks", SUNDAY, None, "FUTURE_REF", None, None, "range"),
    ("every week", SUNDAY, None, "P1W", None, None, "range"),
    ("daily", SUNDAY, None, "P1D", None, None, "range"),
    ("every Monday", SUNDAY, None, "XXXX-WXX-1", None, None, "range"),
]


def _opt(value: str | None) -> dt.date | None:
    return D(value) if value else None


@pytest.mark.parametrize(("text", "dct", "tense", "value", "date", "date_end", "precision"), CASES)
def test_expression_values(text, dct, tense, value, date, date_end, precision):
    timex = normalize_timex(text, D(dct), tense=tense)
    assert timex is not None, text
    assert (timex.value, timex.date, timex.date_end) == (value, _opt(date), _opt(date_end))
    assert timex.precision == precision


def test_the_7th_of_october_needs_no_fallback():
    assert normalize_timex("the 7th of October", D(SUNDAY), fallback=False) is not None


def test_numeric_dates_fall_back_to_dateparser():
    assert normalize_timex("10/07/2023", D(SUNDAY), fallback=False) is None
    assert normalize_timex("10/07/2023", D(SUNDAY)).value == "2023-10-07"


def test_unreadable_span_gives_none():
    assert normalize_timex("the attack", D(SUNDAY)) is None


def test_since_makes_a_range_to_publication():
    (timex,) = find_timexes("Israel has been on alert since Oct. 7.", D(SUNDAY))
    assert (timex.text, timex.value) == ("Oct. 7", "2023-10-07")
    assert (timex.date, timex.date_end, timex.precision) == (D("2023-10-07"), D(SUNDAY), "range")


def test_modifiers_stay_inside_the_extent():
    (timex,) = find_timexes("almost five years after crowds trashed its embassy", D(SUNDAY))
    assert (timex.text, timex.value, timex.mod) == ("almost five years", "P5Y", "LESS_THAN")


def test_found_offsets_index_the_text():
    text = "UN envoy met the minister in Beirut on Saturday, after clashes in the past week."
    found = find_timexes(text, D(SUNDAY))
    assert [t.text for t in found] == ["Saturday", "the past week"]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_future_tense_is_read_from_the_words_around():
    text = "The minister met him on Monday. He will travel to Brussels on Monday."
    assert [t.value for t in find_timexes(text, D(FRIDAY))] == ["2023-10-09", "2023-10-16"]


def test_a_fronted_expression_takes_the_tense_of_the_clause_after_it():
    (timex,) = find_timexes("On Monday, the minister will travel to Brussels.", D(FRIDAY))
    assert timex.value == "2023-10-16"


def test_explicit_tense_overrides_the_words():
    (timex,) = find_timexes("He travels on Monday.", D(FRIDAY), tense="future")
    assert timex.value == "2023-10-16"


def test_spans_restrict_the_search():
    text = "On Monday he left. On Tuesday he returned."
    found = find_timexes(text, D(FRIDAY), spans=[(19, len(text))])
    assert [t.text for t in found] == ["Tuesday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resumed in May.", ["May"]),
        ("Prime Minister Theresa May told reporters.", []),
        ("May told reporters she would stay.", []),
        ("He lost the 2016 election.", ["2016"]),
        ("the 2016 elections and 1986 exports", ["2016", "1986"]),
        ("More than 2,200 people were killed.", []),
        ("The strike began at 2100 GMT.", []),
        ("the fall of Kabul", []),
        ("flooding last fall", ["last fall"]),
        ("The China Daily said so.", []),
        ("He has been in exile for years.", ["years"]),
        ("after months of talks", ["months"]),
        ("Hours earlier, he spoke.", []),
    ],
)
def test_finder_context_checks(text, expected):
    assert [t.text for t in find_timexes(text, D(SUNDAY))] == expected
