"""Stories: reports of one news story found by their leads, and the participants they share."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventscribe.api import process
from eventscribe.cli import app
from eventscribe.store import Database, Store
from eventscribe.stories import STORY_DAYS, Lead, lead_words, stories

DAY = dt.date(2022, 3, 8)


def lead(article_id: str, text: str, day: dt.date | None = DAY) -> Lead:
    return Lead(article_id, day, lead_words(text))


FLOOD = [
    lead("a", "Floods sweep Varna province, villagers evacuated from riverside homes"),
    lead("b", "Villagers evacuated as floods sweep riverside homes in Varna province"),
    lead("c", "Riverside villagers in Varna flee floods, homes swept away"),
]
OTHER = [
    lead("d", "Central bank raises interest rates to curb inflation"),
    lead("e", "Chess champion wins tournament final in Reykjavik"),
]


def test_reports_of_one_event_in_other_words_are_one_story():
    found = stories(FLOOD + OTHER)
    assert found["a"] == found["b"] == found["c"] == "a"  # the first report names it
    assert found["d"] == "d" and found["e"] == "e"


def test_reports_far_apart_in_time_are_two_stories():
    later = lead("z", "Villagers evacuated as floods sweep riverside homes "
                 "in Varna province", DAY + dt.timedelta(days=STORY_DAYS + 1))  # fmt: skip
    assert stories([FLOOD[0], later]) == {"a": "a", "z": "z"}


def test_undated_articles_compare_only_with_undated_ones():
    found = stories([FLOOD[0], lead("u", "Floods sweep Varna province, villagers evacuated", None)])
    assert found == {"a": "a", "u": "u"}


def test_a_story_does_not_chain_into_the_next():
    # each report is like the one before, the third not like the story of the first two
    chain = [
        lead("p", "Floods sweep Varna province villagers evacuated riverside homes"),
        lead("q", "Varna floods riverside homes evacuated dam repairs budget minister"),
        lead("r", "Dam repairs budget parliament vote pension reform tax"),
    ]
    found = stories(chain + OTHER)
    assert found["q"] == "p" and found["r"] == "r"


def test_web_furniture_makes_no_story():
    found = stories([
        lead("w1", "http://www.example.co.uk/news Last updated 10:32 GMT Floods sweep Varna"),
        lead("w2", "http://www.example.co.uk/news Last updated 10:32 GMT Chess final in Reykjavik"),
        *OTHER,
    ])  # fmt: skip
    assert found["w1"] != found["w2"]


@pytest.mark.slow
def test_the_store_keeps_stories_and_the_participants_their_leads_share(tmp_path: Path):
    texts = {
        "r1": "Hackers hit Tarvel Mills payroll system\nHackers broke into the payroll system "
              "of Tarvel Mills on Tuesday and stole the data of two technicians.",
        "r2": "Tarvel Mills says hackers stole payroll data\nThe payroll system of Tarvel Mills "
              "was breached by hackers, the company said on Tuesday.",
        "r3": "Chess champion wins tournament final in Reykjavik\nThe champion won the final "
              "on Tuesday.",
    }  # fmt: skip
    articles = [process(text, "2022-03-08", id=key).article for key, text in texts.items()]
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.write_batch(articles, None)
        store.write_batch(articles, None)  # again: nothing twice
    with Database(path) as database:
        found = database.stories()
        assert [(s["story_id"], s["articles"]) for s in found] == [("r1", 2)]
        hackers = next(p for p in found[0]["participants"] if p["noun"] == "hackers")
        assert (hackers["articles"], hackers["mentions"]) == (2, 4)
        assert database.sql("select count(*) as n from stories")[0]["n"] == 3
    shown = CliRunner().invoke(app, ["stories", "--db", str(path)])
    assert shown.exit_code == 0 and "2 reports · r1" in shown.output and "hackers (2)" in shown.output
    rows = CliRunner().invoke(app, ["stories", "--db", str(path), "-f", "csv"]).output.splitlines()
    assert rows[0] == "story_id,title,articles,first_published,last_published,participants"
    assert rows[1].startswith("r1,") and "hackers (2)" in rows[1]
