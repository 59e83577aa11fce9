"""Events no expression dates: undated reported incidents, comparison bases ("the worst
since 2015") and times that belong to a present perfect's subject."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.settings import Settings
from eventscribe.when import TimeStage

D = dt.date.fromisoformat
PUBLISHED = "2021-06-10"


def _dated(make_article, add_event, line, trigger, cameo="190", kind="body"):
    article = make_article([line], PUBLISHED, kinds=[kind])
    event = add_event(article, trigger)
    event.cameo = cameo
    TimeStage(Settings())(article)
    return event


@pytest.mark.parametrize(
    ("line", "trigger", "cameo", "kind"),
    [
        ("Gunmen stormed a village and killed eleven farmers.", "killed", "190", "body"),
        ("Blast kills nine at a market in the north", "kills", "190", "title"),
        ("Police arrested dozens of students outside the university.", "arrested", "173", "body"),
        ("Thousands of teachers marched through the capital.", "marched", "141", "body"),
    ],
)
def test_an_undated_incident_told_as_done_is_of_the_day_before_or_the_day(
    make_article, add_event, line, trigger, cameo, kind
):
    event = _dated(make_article, add_event, line, trigger, cameo, kind)
    assert (event.event_date, event.date_end) == (D("2021-06-09"), D("2021-06-10"))
    assert event.date_precision == "range" and event.date_expression is None


@pytest.mark.parametrize(
    ("line", "trigger", "cameo"),
    [
        ("The interior minister said the army had the situation under control.", "said", "010"),
        ("Rebels will attack the garrison, their commander warned.", "attack", "190"),
        ("The militia threatened to shell the port.", "threatened", "138"),
    ],
)
def test_statements_threats_and_plans_stay_at_publication(
    make_article, add_event, line, trigger, cameo
):
    event = _dated(make_article, add_event, line, trigger, cameo)
    assert (event.event_date, event.date_precision) == (D(PUBLISHED), "publication")


@pytest.mark.parametrize(
    ("line", "trigger"),
    [
        ("Insurgents carried out the deadliest raid on the port since 2014 and burned ships.",
         "raid"),
        ("It was the army's first offensive in the valley since 2009.", "offensive"),
    ],
)  # fmt: skip
def test_a_comparison_base_does_not_date_the_act(make_article, add_event, line, trigger):
    event = _dated(make_article, add_event, line, trigger)
    assert event.date_expression is None
    assert event.event_date == D("2021-06-09")


def test_a_since_phrase_without_a_comparison_still_dates(make_article, add_event):
    line = "Security forces have detained hundreds of people since March."
    event = _dated(make_article, add_event, line, "detained", "173")
    assert (event.event_date, event.date_end) == (D("2021-03-01"), D("2021-06-10"))


def test_a_past_time_in_a_perfect_subject_is_the_subject_s(make_article, add_event):
    line = "Brazil's trade deficit with China last year has drawn criticism from lawmakers."
    event = _dated(make_article, add_event, line, "drawn", "111")
    assert event.date_expression is None


def test_a_past_time_after_a_perfect_verb_stays_the_act_s(make_article, add_event):
    line = "Three soldiers have been killed in an ambush on Monday."
    event = _dated(make_article, add_event, line, "killed")
    assert (event.event_date, event.date_expression) == (D("2021-06-07"), "Monday")


def test_a_deadline_on_an_expectation_lies_ahead(make_article, add_event):
    """The expecting is past, its deadline ahead: "by August" in a June paper is this
    August, and it does not date the expecting itself."""
    line = "The minister expected a deal with all the creditor banks by August."
    article = make_article([line], PUBLISHED)
    expected = add_event(article, "expected")
    TimeStage(Settings())(article)
    assert expected.event_date != D("2020-08-01")
    assert expected.date_expression is None


def test_a_deadline_on_a_plain_past_act_stays_behind(make_article, add_event):
    line = "The army had retaken every town in the valley by March."
    event = _dated(make_article, add_event, line, "retaken")
    assert event.event_date == D("2021-03-01")


def test_a_response_is_not_dated_by_the_time_of_the_act_it_answers(make_article, add_event):
    line = "The shelling of the port a week ago was condemned by the regional bloc."
    event = _dated(make_article, add_event, line, "condemned", "111")
    assert event.date_expression is None
    line = "The regional bloc condemned the shelling of the port on Tuesday."
    event = _dated(make_article, add_event, line, "condemned", "111")
    assert event.date_expression == "Tuesday"


def test_an_undated_incident_deep_in_the_story_is_background(make_article, add_event):
    lines = [
        "Port reopens after strike",
        "The port of Tema reopened on Monday after a week-long strike, officials said.",
        "Ships queued outside the harbour. Dockers cheered. Traders were relieved.",
        "A customs officer was shot by smugglers near the gate, a union leader recalled.",
    ]
    article = make_article(lines, PUBLISHED, kinds=["title", "body", "body", "body"])
    event = add_event(article, "shot")
    event.cameo = "190"
    TimeStage(Settings())(article)
    assert event.date_precision == "publication"


def test_an_undated_incident_leading_a_digest_item_is_news_of_the_day(make_article, add_event):
    lines = [
        "WORLD HIGHLIGHTS",
        "LIMA - Strikers blocked roads in the south. Talks resumed in the capital.",
        "Exporters said shipments were on time. The central bank held its rate.",
        "QUITO, Ecuador - Gunmen killed three guards at an oil pumping station.",
    ]
    article = make_article(lines, PUBLISHED, kinds=["title", "body", "body", "body"])
    event = add_event(article, "killed")
    event.cameo = "190"
    TimeStage(Settings())(article)
    assert (event.event_date, event.date_end) == (D("2021-06-09"), D("2021-06-10"))


def test_an_undated_incident_in_a_stack_of_headlines_is_news_of_the_day(make_article, add_event):
    lines = [
        "Unrest grips northern town",
        "Curfew imposed after night of looting",
        "Shops shut as traders count losses",
        "Army deployed to restore calm",
        "Two traders killed by rioters, police say",
    ]
    article = make_article(lines, PUBLISHED, kinds=["title"] + ["body"] * 4)
    event = add_event(article, "killed")
    event.cameo = "190"
    TimeStage(Settings())(article)
    assert (event.event_date, event.date_end) == (D("2021-06-09"), D("2021-06-10"))


def test_what_someone_is_charged_with_is_no_act_of_the_day(make_article, add_event):
    line = "A farmer charged with burning a police post pleaded not guilty."
    article = make_article([line], PUBLISHED)
    event = add_event(article, "burning")
    event.cameo = "180"
    TimeStage(Settings())(article)
    assert event.date_precision == "publication"
