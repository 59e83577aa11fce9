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


def test_one_name_spelled_apart_is_one_organization(db_path):
    write(db_path,
          org_article("a1", "org:tarnwick", "Tarnwick", ["Tarnwick"]),
          org_article("a2", "org:tarn-wick", "Tarn Wick", ["Tarn Wick"], day=2),
          org_article("a3", "org:central-polls-board", "Central Polls Board",
                      ["Central Polls Board"], day=3),
          org_article("a4", "org:central-poll-board", "Central Poll Board",
                      ["Central Poll Board"], day=4))  # fmt: skip
    assert actor_ids(db_path) == {"org:tarnwick", "org:central-polls-board"}
    with Database(db_path) as db:
        (merge,) = db.actor("org:tarnwick")["merged"]
    assert merge["id"] == "org:tarn-wick" and "spelled apart" in merge["reason"]


def test_names_spelled_apart_of_other_countries_or_named_together_stay_apart(db_path):
    both = org_article("a3", "org:orvale", "Orvale", ["Orvale", "Or Vale"])
    both.actors["org:or-vale"] = Actor("org:or-vale", "Or Vale", "organization", forms=["Or Vale"])
    both.mentions[1].actor_id = "org:or-vale"
    both.actors["org:orvale"].forms = ["Orvale"]
    write(db_path,
          org_article("a1", "org:delta-works", "Delta Works", ["Delta Works"], "NLD"),
          org_article("a2", "org:deltawork", "Deltawork", ["Deltawork"], "ZAF", 2),
          org_article("a4", "org:chimes", "Chimes", ["Chimes"], day=4),
          org_article("a5", "org:chime", "Chime", ["Chime"], day=5),
          both)  # fmt: skip
    assert actor_ids(db_path) == {"org:delta-works", "org:deltawork", "org:orvale", "org:or-vale",
                                  "org:chimes", "org:chime"}  # fmt: skip


def test_a_name_without_its_of_tail_is_a_short_name():
    church = "fundamentalist-church-of-the-first-light"
    assert short_name_of("fundamentalist-church", "Fundamentalist Church of the First Light", church)
    assert short_name_of("bank", "Bank of Wessex", "bank-of-wessex") is None  # one word


def test_merges_among_join_names_spelled_apart_unless_named_together():
    bodies = {"org:sea-lark": ("Sea Lark", None), "org:sealark": ("SeaLark", None),
              "org:kestrel": ("Kestrel", "KEN"), "org:kestrels": ("Kestrels", "UGA")}  # fmt: skip
    spellings = {actor_id: {name} for actor_id, (name, _) in bodies.items()}
    assert organization_merges_among(bodies, spellings, set()) == {"org:sealark": "org:sea-lark"}
    together = {frozenset(("org:sea-lark", "org:sealark"))}
    assert organization_merges_among(bodies, spellings, together) == {}


def test_a_spelled_key_drops_hyphens_and_plurals_of_names_of_two_words_or_more():
    from eventscribe.actors.names import spelled_key

    assert spelled_key("sea-lark") == spelled_key("sealark") == "sealark"
    assert spelled_key("central-polls-board") == spelled_key("central-poll-board")
    assert spelled_key("chimes") != spelled_key("chime")
