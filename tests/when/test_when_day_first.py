"""Day-first stretches and a weekday of a named week: sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date.fromisoformat
PUBLISHED = "2022-09-14"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Militants raided a village on 10-11 September", "2022-09-10", "2022-09-11"),
        ("Militants raided a village the night of 10/11 Sept", "2022-09-10", "2022-09-11"),
        ("Militants raided a village between 9th and 11th September", "2022-09-09", "2022-09-11"),
        ("Militants raided a village on 10 and 11 September 2022", "2022-09-10", "2022-09-11"),
        ("Militants raided a village from 8 to 10 September", "2022-09-08", "2022-09-10"),
    ],
)
def test_a_day_first_stretch_starts_on_its_first_day(dated, text, first, last):
    event = dated(text, PUBLISHED, "raided")
    assert (event.event_date, event.date_end) == (D(first), D(last))


def test_a_count_before_a_date_is_no_first_day(dated):
    event = dated("The blasts killed 3 and 11 September was the deadliest day", PUBLISHED, "killed")
    assert event.date_end is None or event.event_date != D("2022-09-03")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gunmen attacked the convoy on Tuesday last week", "2022-09-06"),
        ("Gunmen attacked the convoy on Friday of last week", "2022-09-09"),
        ("Gunmen attacked the convoy on Monday this week", "2022-09-12"),
    ],
)
def test_a_weekday_of_a_named_week_is_that_week_s_day(dated, text, day):
    assert dated(text, PUBLISHED, "attacked").event_date == D(day)
