"""The registry's merges of one organization's ids across articles (organizations of my own
invention, written for these tests)."""

from __future__ import annotations

import datetime as dt

from typer.testing import CliRunner

from eventscribe.article import Actor, ActorMention, Article, Sentence
from eventscribe.cli import app
from eventscribe.store import Database
from eventscribe.store.organizations import organization_merges_among, short_name_of

from .test_identity import actor_ids, write  # one article a write, as ingest stores them


def org_article(article_id: str, actor_id: str, name: str, forms: list[str],
                country: str | None = None, day: int = 1) -> Article:  # fmt: skip
    """An article naming one organization by each of `forms` in turn."""
    text = " ".join(f"{form} said on day {day}." for form in forms)
    article = Article(id=article_id, text=text, published=dt.date(2022, 3, day), title=name)
    article.sentences = [Sentence(0, 0, len(text), 0)]
    article.actors = {actor_id: Actor(actor_id, name, "organization", country, forms=forms)}
    starts = [text.index(f"{form} said on day") for form in forms]
    article.mentions = [ActorMention(s, s + len(f), f, 0, actor_id) for s, f in zip(starts, forms, strict=True)]
    return article


def test_initials_an_article_defined_join_the_full_name(db_path):
    write(db_path,
          org_article("a1", "org:nrwa", "NRWA", ["National River Watch Agency", "NRWA"]),
          org_article("a2", "org:national-river-watch-agency", "National River Watch Agency",
                      ["National River Watch Agency"], day=2))  # fmt: skip
    assert actor_ids(db_path) == {"org:national-river-watch-agency"}
    with Database(db_path) as db:
        (merge,) = db.actor("org:national-river-watch-agency")["merged"]
    assert merge["id"] == "org:nrwa" and "the initials of" in merge["reason"]


def test_a_company_named_without_its_kind_joins_the_full_name(db_path):
    write(db_path,
          org_article("a1", "org:quillon", "Quillon", ["Quillon Broadcast Group", "Quillon"]),
          org_article("a2", "org:quillon-broadcast-group", "Quillon Broadcast Group",
                      ["Quillon Broadcast Group"], day=2))  # fmt: skip
    assert actor_ids(db_path) == {"org:quillon-broadcast-group"}


def test_other_bodies_of_the_same_first_words_and_other_countries_stay_apart(db_path):
    write(db_path,
          org_article("a1", "org:varn", "Varn", ["Varn Police Department", "Varn"]),
          org_article("a2", "org:varn-police-department", "Varn Police Department",
                      ["Varn Police Department"], day=2),
          org_article("a3", "org:nfc", "NFC", ["National Farmers Council", "NFC"], "KEN", 3),
          org_article("a4", "org:national-farmers-council", "National Farmers Council",
                      ["National Farmers Council"], "UGA", 4))  # fmt: skip
    assert len(actor_ids(db_path)) == 4


def test_a_shared_description_joins_nothing(db_path):
    write(db_path,
          org_article("a1", "org:kestrel", "Kestrel", ["the watchdog group", "Kestrel"]),
          org_article("a2", "org:orvale", "Orvale", ["the watchdog group", "Orvale"], day=2))  # fmt: skip
    assert actor_ids(db_path) == {"org:kestrel", "org:orvale"}


def test_split_undoes_an_organization_merge(db_path):
    write(db_path,
          org_article("a1", "org:nrwa", "NRWA", ["National River Watch Agency", "NRWA"]),
          org_article("a2", "org:national-river-watch-agency", "National River Watch Agency",
                      ["National River Watch Agency"], day=2))  # fmt: skip
    result = CliRunner().invoke(app, ["actors", "split", "org:national-river-watch-agency",
                                      "org:nrwa", "--db", str(db_path)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert actor_ids(db_path) == {"org:nrwa", "org:national-river-watch-agency"}


def test_short_names_of_a_full_name():
    assert short_name_of("usgs", "U.S. Geological Survey", "us-geological-survey")
    assert short_name_of("cfpb", "U.S. Consumer Financial Protection Bureau",
                         "us-consumer-financial-protection-bureau")  # fmt: skip
    assert short_name_of("district-court", "U.S. District Court", "us-district-court")
    assert short_name_of("dnc", "The Democratic National Committee", "democratic-national-committee")
    assert short_name_of("bbc", "BBC America", "bbc-america") is None
    assert short_name_of("usgs", "the survey agency", "survey-agency") is None  # no name
    assert short_name_of("dod", "Department of Homeland Security", "department-of-homeland-security") is None


def test_merges_among_follow_the_registry_rules_without_a_database():
    bodies = {"org:nrwa": ("NRWA", None), "org:national-river-watch-agency": ("N", None),
              "org:kestrel": ("Kestrel", None), "org:orvale": ("Orvale", None)}  # fmt: skip
    spellings = {"org:nrwa": {"NRWA", "National River Watch Agency"},
                 "org:national-river-watch-agency": {"National River Watch Agency"},
                 "org:kestrel": {"the watchdog group"}, "org:orvale": {"the watchdog group"}}  # fmt: skip
    assert organization_merges_among(bodies, spellings, set()) == {
        "org:nrwa": "org:national-river-watch-agency"}  # fmt: skip
    together = {frozenset(("org:nrwa", "org:national-river-watch-agency"))}
    assert organization_merges_among(bodies, spellings, together) == {}
