"""Actors in the states of the article's day: Moscow in 1987 is the Soviet Union."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors.history import ref_of_its_day, restate_actors, state_of_its_day
from eventscribe.api import process
from eventscribe.article import Actor, ActorMention, ActorRef, Article, Role


def test_a_country_of_a_former_state_takes_that_states_code_before_its_end():
    assert state_of_its_day("RUS", dt.date(1987, 3, 1)) == "SUN"
    assert state_of_its_day("RUS", dt.date(1992, 1, 1)) == "RUS"
    assert state_of_its_day("LVA", dt.date(1991, 8, 1)) == "SUN"
    assert state_of_its_day("SVK", dt.date(1990, 1, 1)) == "CSK"
    assert state_of_its_day("SRB", dt.date(1987, 1, 1)) == "YUG"
    assert state_of_its_day("HRV", dt.date(1995, 1, 1)) == "HRV"
    # Today's Germany continues the Federal Republic: West Germany stays DEU.
    assert state_of_its_day("DEU", dt.date(1987, 1, 1)) == "DEU"
    assert state_of_its_day(None, dt.date(1987, 1, 1)) is None


def _article(day: dt.date) -> Article:
    article = Article(id="a", text="Moscow said Russian officials met.", published=day)
    gov = Actor("sector:RUS:GOV", "Russia government", "sector", "RUS", "GOV", "RUSGOV",
                roles=[Role("government", "RUS", "GOV", "RUSGOV")])  # fmt: skip
    person = Actor("person:ivan-petrov", "Ivan Petrov", "person", "RUS", "GOV", "RUSGOV")
    article.actors = {gov.id: gov, person.id: person}
    article.mentions = [ActorMention(0, 6, "Moscow", 0, gov.id),
                        ActorMention(12, 29, "Russian officials", 0, person.id)]  # fmt: skip
    return article


def test_restating_moves_ids_mentions_codes_names_and_roles():
    article = _article(dt.date(1987, 3, 1))
    restate_actors(article)
    gov = article.actors["sector:SUN:GOV"]
    assert (gov.country, gov.code, gov.name) == ("SUN", "SUNGOV", "Soviet Union government")
    assert gov.roles[0].code == "SUNGOV"
    assert article.mentions[0].actor_id == "sector:SUN:GOV"
    person = article.actors["person:ivan-petrov"]  # one person across the change: same id
    assert (person.country, person.code) == ("SUN", "SUNGOV")


def test_a_republic_named_as_a_country_stays_itself():
    article = Article(id="a", text="Ukraine and Russia.", published=dt.date(1987, 3, 1))
    ukraine = Actor("country:UKR", "Ukraine", "country", "UKR", code="UKR")
    russia = Actor("country:RUS", "Russia", "country", "RUS", code="RUS")
    article.actors = {ukraine.id: ukraine, russia.id: russia}
    restate_actors(article)
    assert set(article.actors) == {"country:UKR", "country:SUN"}


def test_restating_leaves_todays_articles_alone():
    article = _article(dt.date(2017, 3, 1))
    restate_actors(article)
    assert set(article.actors) == {"sector:RUS:GOV", "person:ivan-petrov"}


@pytest.mark.slow
def test_moscow_and_the_kremlin_in_1987_are_the_soviet_union():
    text = ("MOSCOW, March 3 - Moscow denied the report on Tuesday. The Kremlin said it would "
            "send envoys to Belgrade, where Yugoslav officials welcomed the offer.")  # fmt: skip
    actors = process(text, "1987-03-03").article.actors.values()
    countries = {a.country for a in actors}
    assert "SUN" in countries and "RUS" not in countries
    assert "YUG" in countries and "SRB" not in countries
    later = process(text.replace("Yugoslav", "Serbian"), "2017-03-03").article.actors.values()
    assert {"RUS", "SRB"} <= {a.country for a in later}


def test_a_place_the_coder_makes_a_party_is_the_state_of_its_day():
    moscow = ActorRef(id="country:RUS", name="Russia", country="RUS", sector=None, text="Moscow",
                      start=0, end=6, code="RUS")  # fmt: skip
    assert ref_of_its_day(moscow, dt.date(1987, 3, 1)).id == "country:SUN"
    assert ref_of_its_day(moscow, dt.date(2024, 3, 1)) == moscow
    ukraine = ActorRef(id="country:UKR", name="Ukraine", country="UKR", sector=None, text="Ukraine",
                       start=0, end=7, code="UKR")  # fmt: skip
    assert ref_of_its_day(ukraine, dt.date(1987, 3, 1)) == ukraine  # a republic by its name
    events = process("Iraqi Foreign Minister Tariq Aziz said on his return to Baghdad from Moscow that talks went well.",
                     "1987-03-10").events  # fmt: skip
    assert ("042", "SUN") in [(e["cameo"], e["target"]["country"]) for e in events]
