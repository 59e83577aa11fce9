"""Dates in figures, day or month first: sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.when.numeric import numeric_dates

D = dt.date.fromisoformat
PUBLISHED = D("2021-06-09")


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("04/06/2021", "2021-06-04"),  # day first: the 4th of June, not the 6th of April
        ("06/04/2021", "2021-06-04"),  # month first, read the same way: the recent day
        ("13/05/2021", "2021-05-13"),  # only one reading is a day
        ("05/13/2021", "2021-05-13"),
        ("2021/06/01", "2021-06-01"),
        ("1.6.21", "2021-06-01"),
        ("09.06.2021", "2021-06-09"),
        ("04-06-2021", "2021-06-04"),  # dashes, with a year of four figures
    ],
)
def test_the_reading_nearest_publication_and_not_after_it(written, day):
    text = f"Police said the bus was ambushed on {written} near the border"
    (found,) = numeric_dates(text, 0, len(text), PUBLISHED, future=False)
    assert found.date == D(day) and found.text == written and found.precision == "day"


def test_no_reading_on_the_tense_side_gives_nothing():
    text = "The vote is set for 12/07/2021 and was moved from 30/02/2021"
    assert numeric_dates(text, 0, len(text), PUBLISHED, future=False) == []
    (ahead,) = numeric_dates(text, 0, 30, PUBLISHED, future=True)
    assert ahead.date == D("2021-07-12")  # the nearer of the 12th of July and the 7th of December


def test_the_time_stage_dates_an_act_by_a_date_in_figures(dated):
    event = dated(
        "Gunmen killed four farmers on 04/06/2021 in the district", "2021-06-09", "killed"
    )
    assert event.event_date == D("2021-06-04") and event.date_expression == "04/06/2021"


def test_dashes_without_a_full_year_are_no_date():
    text = "The committee voted 12-07-02 on the motion"
    assert numeric_dates(text, 0, len(text), PUBLISHED, future=False) == []
