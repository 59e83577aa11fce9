"""Office holders of unknown country in an article about one country."""

from __future__ import annotations

import pytest

from eventscribe.api import process

pytestmark = pytest.mark.slow


def _actors(text: str, date: str = "2017-12-01") -> dict:
    return {a.name: a for a in process(text, date).article.actors.values()}


def test_an_official_in_a_story_about_one_country_is_of_that_country():
    found = _actors(
        "U.S. President Donald Trump met U.S. Defense Secretary James Mattis in Washington. "
        "The United States will send more troops, a Pentagon spokesman said. "
        "Senator Jane Holt said the Senate would vote on the plan."
    )
    assert found["Jane Holt"].country == "USA"
    assert any(r.source == "article country" for r in found["Jane Holt"].roles)


def test_people_without_an_office_and_thin_evidence_keep_no_country():
    found = _actors("Donald Trump met Xi Jinping in Beijing.", "2022-11-09")
    assert found["Donald Trump"].country is None


def test_an_unknown_organisation_in_a_story_mostly_about_one_country_is_of_it():
    found = _actors(
        "U.S. President Donald Trump met U.S. Defense Secretary James Mattis in Washington. "
        "The United States will send more troops, a Pentagon spokesman said. "
        "U.S. Senator Jane Holt said the U.S. Senate would vote on the plan. "
        "Harbor Capital Partners Inc ended its contract with Holt on Monday."
    )
    assert found["Harbor Capital Partners Inc"].country == "USA"


def test_international_bodies_keep_no_country():
    found = _actors(
        "U.S. President Donald Trump met U.S. Defense Secretary James Mattis in Washington. "
        "The United States will send more troops, a Pentagon spokesman said. "
        "U.S. Senator Jane Holt said the U.S. Senate would vote on the plan with the United Nations."
    )
    assert found["United Nations"].country is None


@pytest.mark.parametrize(
    "dateline, country",
    [("LVIV, Ukraine", "UKR"), ("FREETOWN, Sierra Leone", "SLE"), ("Paris, Texas", "USA"),
     ("WASHINGTON", "USA"), ("Aleppo, Syria", "SYR")],
)  # fmt: skip
def test_a_dateline_s_country_is_the_one_after_its_comma(dateline, country):
    from eventscribe.actors.nations import home_country
    from eventscribe.article import Article

    assert home_country(Article(id="a", dateline=dateline)) == country


def test_victims_a_foreign_force_strikes_are_of_the_dateline_s_country():
    text = ("KHERSON, Ukraine, March 16 (Reuters) - A Russian air strike hit a school where "
            "civilians were sheltering, Russian and Ukrainian officials said. Russia's defence "
            "ministry denied it. Russian forces have held the region for weeks.")  # fmt: skip
    events = process(text, "2022-03-16", "School sheltering civilians hit by Russian air strike").events
    hit = [e for e in events if e["target"] and e["target"]["sector"] == "CVL"]
    assert hit and all(e["target"]["country"] == "UKR" for e in hit)


@pytest.mark.slow
def test_a_phrase_the_parse_ran_into_the_dateline_keeps_its_words_after_it():
    """ "NAIROBI - Kenyan police arrested ...": the parse makes one phrase of "NAIROBI -
    Kenyan police"; the dateline is left out, not the police."""
    article = process("NAIROBI - Kenyan police arrested five men on Monday.", "2020-01-01").article
    police = [m for m in article.mentions if m.text == "Kenyan police"]
    assert police and police[0].actor_id == "sector:KEN:COP"
