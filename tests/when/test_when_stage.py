"""The time stage on parsed articles: which expression dates which event."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe import registry
from eventscribe.errors import EventscribeError, PipelineError
from eventscribe.pipeline import Pipeline
from eventscribe.settings import Settings
from eventscribe.when import TimeStage
from eventscribe.when.stage import dateline_timex

D = dt.date.fromisoformat


def _date(make_article, add_event, lines, published, trigger, context=None, **meta):
    article = make_article(lines, published, **meta)
    event = add_event(article, trigger, context)
    TimeStage(Settings())(article)
    return event


@pytest.fixture(scope="module")
def example(make_article, add_event, shared):
    """The reference article, title, bullets and body as the normalize stage lays them out."""
    lines = (shared / "examples" / "000_f7bc11b55398ec7d.txt").read_text().splitlines()
    _, published, title = lines[0].strip().split(" ", 2)
    paragraphs = [title] + [line.removeprefix("- ") for line in lines[1:] if line.strip()]
    kinds = ["title"] + ["summary" if ln.startswith("- ") else "body" for ln in lines[1:] if ln]
    article = make_article(paragraphs, published, kinds=kinds)
    events = {
        "meet-beirut": add_event(article, "met", "Tor Wennesland met"),
        "clashes": add_event(article, "clashes", "Hezbollah’s clashes"),
        "attack": add_event(article, "attack", "an attack by"),
        "vowed": add_event(article, "vowed"),
        "praised": add_event(article, "praised"),
        "stormed": add_event(article, "stormed"),
        "meet-doha": add_event(article, "met", "Abdollahian then met"),
        "boost": add_event(article, "boost"),
        "bombardment": add_event(article, "bombardment"),
        "declined": add_event(article, "declined"),
    }
    TimeStage(Settings())(article)
    return events


def test_example_meeting_in_beirut_on_saturday(example):
    event = example["meet-beirut"]
    assert (event.event_date, event.date_precision) == (D("2023-10-14"), "day")
    assert (event.date_end, event.date_expression) == (None, "Saturday")


def test_example_clashes_in_the_past_week_are_a_range(example):
    event = example["clashes"]
    assert event.date_precision == "range"
    assert event.event_date == D("2023-10-08")
    assert event.date_end in (D("2023-10-14"), D("2023-10-15"))
    assert event.date_expression == "the past week"


def test_example_attack_a_week_ago(example):
    event = example["attack"]
    assert D("2023-10-07") <= event.event_date <= D("2023-10-08")
    assert event.date_expression == "a week ago"


def test_example_vow_does_not_take_the_attacks_date(example):
    event = example["vowed"]
    assert (event.event_date, event.date_precision) == (D("2023-10-15"), "publication")


def test_example_praise_takes_the_date_of_its_clause(example):
    assert example["praised"].event_date == D("2023-10-14")


def test_example_narration_carries_the_date_to_the_next_sentence(example):
    assert D("2023-10-07") <= example["stormed"].event_date <= D("2023-10-08")
    assert example["meet-doha"].event_date == D("2023-10-14")


@pytest.mark.parametrize("name", ["boost", "bombardment", "declined"])
def test_example_undated_events_take_the_publication_date(example, name):
    event = example[name]
    assert (event.event_date, event.date_precision) == (D("2023-10-15"), "publication")
    assert event.date_expression is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The minister visited Paris on Monday.", "visited", "2023-10-09"),
        ("The minister will visit Paris on Monday.", "visit", "2023-10-16"),
        ("The minister is scheduled to visit Paris on Monday.", "visit", "2023-10-16"),
        ("The minister is to visit Paris on Monday.", "visit", "2023-10-16"),
        ("The minister is going to visit Paris on Monday.", "visit", "2023-10-16"),
        ("The minister visited Paris in September.", "visited", "2023-09-01"),
        ("The minister will visit Paris in September.", "visit", "2024-09-01"),
        ("Talks resume tomorrow in Geneva.", "resume", "2023-10-14"),
    ],
)
def test_future_tense_turns_weekdays_and_months_forward(
    make_article, add_event, sentence, trigger, expected
):
    event = _date(make_article, add_event, [sentence], "2023-10-13", trigger)
    assert event.event_date == D(expected)


def test_never_after_publication_unless_future(make_article, add_event):
    lines = ["Rebels attacked the town, officials said ahead of talks next week."]
    event = _date(make_article, add_event, lines, "2023-10-13", "attacked")
    assert event.date_precision == "publication"


def test_a_past_period_ends_at_publication(make_article, add_event):
    event = _date(make_article, add_event, ["Exports fell this year."], "2023-10-13", "fell")
    assert (event.event_date, event.date_end) == (D("2023-01-01"), D("2023-10-13"))
    assert event.date_precision == "year"


def test_the_saying_date_bounds_a_reported_event(make_article, add_event):
    lines = ["The army said on Tuesday that rebels attacked the base."]
    event = _date(make_article, add_event, lines, "2017-10-26", "attacked")
    assert (event.event_date, event.date_expression) == (D("2017-10-24"), "Tuesday")


def test_the_expression_attached_to_the_predicate_wins(make_article, add_event):
    lines = ["On Monday the envoy said that the rebels had attacked the base on Saturday."]
    event = _date(make_article, add_event, lines, "2023-10-13", "attacked")
    assert event.event_date == D("2023-10-07")


def test_a_present_tense_event_is_not_dated_from_another_clause(make_article, add_event):
    lines = ["Rebels, who attacked the base on Tuesday, control the town."]
    event = _date(make_article, add_event, lines, "2017-10-26", "control")
    assert event.date_precision == "publication"


def test_dateline_date_when_the_sentence_has_none(make_article, add_event):
    lines = ["REAGAN SIGNS BILL", "WASHINGTON, Feb 26 - The Senate approved the bill, aides said."]
    event = _date(make_article, add_event, lines, "1987-02-27", "approved", kinds=["title", "body"])
    assert (event.event_date, event.date_precision) == (D("1987-02-26"), "day")
    assert event.date_expression == "Feb 26"


def test_dateline_is_found_at_a_paragraph_start(make_article):
    lines = ["REAGAN SIGNS BILL", "WASHINGTON, Feb 26 - The Senate approved the bill."]
    article = make_article(lines, "1987-02-27", kinds=["title", "body"])
    timex, (start, end) = dateline_timex(article, D("1987-02-27"))
    assert (timex.value, timex.text) == ("1987-02-26", "Feb 26")
    assert article.text[start:end] == "WASHINGTON, Feb 26 -"


def test_dateline_field_is_used_when_given(make_article, add_event):
    event = _date(
        make_article, add_event, ["The Senate approved the bill."], "1987-03-01", "approved",
        dateline="WASHINGTON, Feb 27",
    )  # fmt: skip
    assert event.event_date == D("1987-02-27")


def test_spacy_date_entities_widen_the_finder(make_article, add_event):
    # a bare "May" needs a date signal for the grammar, not when the tagger calls it a date
    lines = ["Protests peaked that May, police said."]
    event = _date(make_article, add_event, lines, "2023-10-13", "peaked")
    assert (event.event_date, event.date_precision) == (D("2023-05-01"), "month")


def test_no_publication_date_and_no_default_leaves_events_alone(make_article, add_event):
    article = make_article(["Rebels attacked the town on Monday."], "2023-10-13")
    article.published = None
    event = add_event(article, "attacked")
    TimeStage(Settings())(article)
    assert (event.event_date, event.date_precision) == (None, "publication")
    TimeStage(Settings(default_date="2023-10-13"))(article)
    assert event.event_date == D("2023-10-09")


def test_a_bad_default_date_is_named(make_article, add_event):
    article = make_article(["Rebels attacked the town."], "2023-10-13")
    article.published = None
    add_event(article, "attacked")
    with pytest.raises(EventscribeError, match="default_date: unparseable date 'soon'"):
        TimeStage(Settings(default_date="soon"))(article)


def test_stage_contract():
    assert (TimeStage.name, TimeStage.requires) == ("time", ("events", "doc", "sentences"))
    assert TimeStage.assigns == ("events.date",)
    with pytest.raises(PipelineError, match="'time' requires events, doc, sentences"):
        Pipeline([TimeStage(Settings())])


def test_registered_as_time(monkeypatch):
    monkeypatch.setattr(registry, "_loaded", True)  # only this module, not the other builtins
    assert registry.stages.get("time") is TimeStage


def test_a_relative_clause_keeps_its_date(make_article, add_event):
    # "on Friday" dates the naming, not the meeting the sentence reports
    lines = [
        "President Donald Trump will meet Jerome Powell, who on Friday was named to lead the Fed."
    ]
    event = _date(make_article, add_event, lines, "2017-11-05", "meet")
    assert event.date_precision == "publication"
    lines = ["Trump will meet on Tuesday with Jerome Powell, who on Friday was named to lead it."]
    event = _date(make_article, add_event, lines, "2017-11-05", "meet")
    assert (event.event_date, event.date_precision) == (D("2017-11-07"), "day")


@pytest.mark.parametrize(
    ("line", "trigger", "date"),
    [
        # the parser hangs the day on the reported clause; it stands before its subject
        ("The minister told his counterpart by phone on Thursday it was unacceptable to "
         "delay the talks.", "told", "2017-11-02"),
        ("The envoy told reporters on Tuesday the ceasefire was holding.", "told", "2017-10-31"),
    ],
)  # fmt: skip
def test_a_time_phrase_before_a_reported_clause_dates_the_telling(
    make_article, add_event, line, trigger, date
):
    event = _date(make_article, add_event, [line], "2017-11-03", trigger)
    assert event.event_date == D(date)


def test_a_time_phrase_inside_a_reported_clause_stays_there(make_article, add_event):
    line = "The minister said that rebels attacked the town on Saturday."
    event = _date(make_article, add_event, [line], "2017-11-03", "said")
    assert event.event_date != D("2017-10-28")
