"""Dates that know tense, and dates that belong to something else (issue 19)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.when.limits import has_year, too_old
from eventscribe.when.timex import Timex

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        ("The premier hopes to meet the king in late April, aides said.", "meet", "1987-04-21"),
        ("The union wants to sign the contract in June.", "sign", "1987-06-01"),
        ("Dockers voted to strike on March 24 unless pay rises.", "strike", "1987-03-24"),
        ("The envoy said the talks would resume in January.", "resume", "1988-01-01"),
        ("The envoy visited the capital in May.", "visited", "1986-05-01"),
    ],
)
def test_intended_acts_resolve_forward_done_acts_back(dated, text, trigger, date):
    published = "1987-11-16" if "January" in text else "1987-03-16"
    event = dated(text, published, trigger)
    assert event.event_date == D(date), event.date_expression


def test_a_year_that_modifies_a_noun_dates_the_noun_not_the_act(dated):
    text = "The minister accused the rebels of breaching the 1976 truce."
    event = dated(text, "1987-03-28", "accused")
    assert event.date_precision == "publication"


def test_a_month_naming_another_thing_does_not_date_the_act(dated):
    text = "The senators criticised the January offensive in the north."
    event = dated(text, "1987-10-21", "criticised")
    assert event.date_precision == "publication"


def test_a_day_heading_the_reporting_clause_dates_the_report(dated):
    text = "Jets also struck two oil wells, today's bulletin said."
    event = dated(text, "1987-03-23", "struck")
    assert event.event_date == D("1987-03-23")


def test_a_modal_in_a_capitalised_headline_is_no_month(dated):
    event = dated("SENATOR SAYS GOVERNOR MAY WIN THE VOTE",
                   "1987-03-27", "WIN")  # fmt: skip
    assert event.date_precision == "publication"


def test_yearless_words_reach_back_a_year_at_most():
    dct = D("1987-03-16")
    old = Timex(0, 5, "March", "DATE", "1986-03", D("1986-03-01"), D("1986-03-31"), "month")
    assert too_old(old, dct)
    assert not too_old(Timex(0, 10, "March 1985", "DATE", "1985-03", D("1985-03-01")), dct)
    assert not too_old(Timex(0, 9, "last year", "DATE", "1986", D("1986-01-01")), dct)
    assert has_year("the past 18 months") and not has_year("late April")


def test_a_year_of_another_clause_in_a_list_does_not_date_the_act(dated):
    text = "Output fell sharply in 1985, and the union called a national strike."
    event = dated(text, "1987-03-28", "called")
    assert event.date_precision == "publication"


def test_a_day_of_the_clause_still_dates_its_act(dated):
    text = "Output fell sharply in 1985, and on Monday the union called a national strike."
    event = dated(text, "1987-03-28", "called")
    assert event.event_date == D("1987-03-23")


def test_a_dateline_a_day_ahead_of_publication_keeps_its_year(dated):
    text = "MANILA, April 18 - Rebel soldiers stormed the camp and freed several men."
    event = dated(text, "1987-04-17", "freed")
    assert event.event_date == D("1987-04-17")


def test_a_future_act_takes_no_past_date_it_does_not_govern(dated):
    text = "The island will boycott the summit in protest against its expulsion last year."
    event = dated(text, "1987-04-20", "boycott")
    assert event.date_precision == "publication"
