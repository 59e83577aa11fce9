"""TimeML values of newswire styles the TimeBank/AQUAINT texts use, on cases written for
eventscribe from the TIMEX3 guidelines (the corpora are held out): quarters written as
adjectives or with the year before, year-ago comparisons, year-end, decades written short,
and definite units ("the quarter") that a tagger has already marked as time expressions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventscribe.when.find import find_timexes, normalize_timex

WSJ = dt.date(1989, 10, 30)  # a Monday in the fourth quarter
SPRING = dt.date(1998, 2, 11)


@pytest.mark.parametrize(
    ("text", "dct", "tense", "value"),
    [
        ("third-quarter", WSJ, "past", "1989-Q3"),
        ("fourth-quarter", WSJ, "future", "1989-Q4"),
        ("1988's fourth quarter", WSJ, "past", "1988-Q4"),
        ("the 1988 fourth quarter", WSJ, "past", "1988-Q4"),
        ("the September quarter", WSJ, "past", "1989-Q3"),
        ("the December quarter", SPRING, "past", "1997-Q4"),
        ("the year-ago quarter", WSJ, "past", "1988-Q3"),
        ("the year-earlier quarter", WSJ, "past", "1988-Q3"),
        # earnings news says "period" for the quarter it reports (HeidelTime's TimeBank
        # rules read "the year-earlier quarter" four quarters back the same way)
        ("the year-earlier period", WSJ, "past", "1988-Q3"),
        ("year-end", WSJ, "future", "1989"),
        ("year-end", SPRING, "past", "1997"),
        ("the 1990 year-end", WSJ, "future", "1990"),
        ("the '80s", SPRING, None, "198"),
        ("the late '70s", WSJ, "past", "197"),
        ("the mid-1980s", WSJ, "past", "198"),
        ("the '20s", dt.date(2026, 5, 1), None, "202"),
        ("the '90s", dt.date(2026, 5, 1), None, "199"),
        ("the fiscal year", WSJ, "present", "FY1989"),
        ("the second half", SPRING, "past", "1997-H2"),
        ("the second half", SPRING, "future", "1998-H2"),
        ("the quarter", WSJ, "past", "1989-Q3"),
        ("the quarter", WSJ, "future", "1989-Q4"),
        ("the year", WSJ, "past", "1989"),
        ("the month", WSJ, "past", "1989-10"),
        ("the week", WSJ, "past", "1989-W44"),
        ("the day", WSJ, "past", "1989-10-30"),
    ],
)
def test_newswire_values(text: str, dct: dt.date, tense: str | None, value: str) -> None:
    found = normalize_timex(text, dct, tense=tense, fallback=False)
    assert found is not None and found.value == value


def test_a_late_decade_covers_its_last_years() -> None:
    found = normalize_timex("the late '70s", WSJ, tense="past", fallback=False)
    assert found is not None and found.mod == "END"
    assert found.date is not None and found.date.year >= 1976
    assert found.date_end == dt.date(1979, 12, 31)


def test_definite_units_are_never_found_in_running_text() -> None:
    """ "the year" dates nothing by itself: only a span a tagger marked is read."""
    text = "The company said the quarter was hard and the year would be worse."
    assert find_timexes(text, WSJ) == []


def test_adjective_quarters_are_found_in_running_text() -> None:
    text = "Third-quarter profit fell 5%, and the year-ago quarter was weak too."
    values = [t.value for t in find_timexes(text, WSJ, tense="past")]
    assert values == ["1989-Q3", "1988-Q3"]


@given(digit=st.integers(0, 9), year=st.integers(1905, 2099))
def test_a_short_decade_is_the_coming_one_or_the_latest_begun(digit: int, year: int) -> None:
    found = normalize_timex(f"the '{digit}0s", dt.date(year, 6, 1), fallback=False)
    assert found is not None and found.date is not None
    first = found.date.year
    assert first % 100 == digit * 10
    assert first // 10 == year // 10 + 1 or 0 <= year - first < 100


def test_decades_in_words_and_the_coming_one() -> None:
    """ "the nineties" in 1989 is the decade about to begin; "the sixties" in 2023 is past."""
    assert normalize_timex("the nineties", dt.date(1989, 6, 1)).value == "199"
    assert normalize_timex("the late sixties", dt.date(2023, 6, 1)).value == "196"
    assert normalize_timex("the '90s", dt.date(1989, 6, 1)).value == "199"
    text = "She is in her sixties, and the country boomed in the sixties."
    assert [t.value for t in find_timexes(text, dt.date(2023, 6, 1))] == ["196"]


@pytest.mark.parametrize(
    ("text", "dct", "tense", "value"),
    [
        ("the previous day", SPRING, "past", "1998-02-10"),
        ("the day before", SPRING, "past", "1998-02-10"),
        ("the following day", SPRING, "future", "1998-02-12"),
        ("the year 2000", SPRING, "future", "2000"),
        ("the summer", dt.date(1998, 6, 15), "future", "1998-SU"),
        ("the summer", dt.date(1998, 2, 11), "future", "1998-SU"),
        ("the summer", dt.date(1998, 6, 15), "past", "1998-SU"),
    ],
)
def test_neighbouring_days_and_named_years(text, dct, tense, value) -> None:
    found = normalize_timex(text, dct, tense=tense, fallback=False)
    assert found is not None and found.value == value


def test_the_day_before_an_event_is_not_a_day_before_publication() -> None:
    assert normalize_timex("the day before the vote", SPRING, fallback=False) is None
    assert find_timexes("They met the day before the vote.", SPRING) == []


def test_the_day_after_a_clause_is_a_gap_not_a_day_after_publication() -> None:
    assert find_timexes("Rebels struck the day after soldiers left the town.", SPRING) == []


JUNE = dt.date(1998, 6, 15)  # a Monday


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("this century", None, "19"),
        ("this decade", None, "199"),
        ("the end of the decade", "future", "199"),
        ("the current year", None, "1998"),
        ("the current month", None, "1998-06"),
        ("the current week", None, "1998-W25"),
        ("the second quarter of next year", "future", "1999-Q2"),
        ("the first quarter of this year", "past", "1998-Q1"),
        ("two years earlier", "past", "1996"),
        ("three days later", "future", "1998-06-18"),
        ("the time being", None, "PRESENT_REF"),
        ("the moment", None, "PRESENT_REF"),
    ],
)
def test_current_periods_and_offsets(text, tense, value) -> None:
    found = normalize_timex(text, JUNE, tense=tense, fallback=False)
    assert found is not None and found.value == value


def test_offsets_from_a_narrated_day_are_not_read_in_running_text() -> None:
    """ "two years earlier" counts from the story's own day, not from publication."""
    text = "The plant closed in 1990; two years earlier it had cut 500 jobs."
    dated = [t.value for t in find_timexes(text, JUNE) if t.date is not None]
    assert dated == ["1990"]


@pytest.mark.parametrize(
    "text",
    ["Three people were killed in weekend clashes in Kaduna.", "Weekend raids left nine dead.",
     "Gunmen killed four people over weekend."],
)  # fmt: skip
def test_a_bare_weekend_is_the_one_just_past(text) -> None:
    (found,) = find_timexes(text, SPRING)  # a Wednesday
    assert (found.date, found.date_end) == (dt.date(1998, 2, 7), dt.date(1998, 2, 8))


@pytest.mark.parametrize(
    "text", ["The market is busy every weekend.", "They met that weekend.", "NPR Weekend Edition aired it."]
)
def test_a_weekend_of_every_week_or_of_a_name_is_no_date(text) -> None:
    # "every weekend" is a SET (XXXX-WXX-WE): a timex, but of no date
    assert [t for t in find_timexes(text, SPRING) if t.date is not None] == []
