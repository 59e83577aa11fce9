"""The actor stage on places, texts and companies: what is an actor and which one."""

from __future__ import annotations

import pytest

import eventscribe


def _mentions(text: str) -> dict[str, str | None]:
    article = eventscribe.process(text, "2013-03-21").article
    return {m.text: m.actor_id for m in article.mentions}


@pytest.mark.slow
def test_a_town_after_in_is_a_place_not_an_actor():
    found = _mentions("A man was arrested at a supermarket in Wellington on Monday.")
    assert "Wellington" not in found


@pytest.mark.slow
def test_a_country_or_a_capital_as_a_party_stays_an_actor():
    found = _mentions("Police in Britain said Beijing had protested to Canada.")
    assert found["Britain"] == "country:GBR"  # a country named after "in" is still a country
    assert found["Beijing"] == "sector:CHN:GOV" and found["Canada"] == "country:CAN"


@pytest.mark.slow
def test_a_law_or_treaty_is_not_an_actor():
    found = _mentions("The House approved the Concealed Carry Reciprocity Act on Wednesday.")
    assert "Concealed Carry Reciprocity Act" not in found


@pytest.mark.slow
def test_companies_by_their_description_and_in_capitals():
    found = _mentions("Microsoft released a patch. Reuters reported it. The company said so.")
    assert found["company"] == "org:microsoft"  # the latest business, not the news agency
    caps = _mentions("Shares of ATI rose on Monday after the deal was announced.")
    assert not (caps.get("ATI") or "").startswith("person:")


@pytest.mark.slow
def test_a_bodys_last_word_is_no_persons_surname():
    found = _mentions("Senators sent a letter to the Office of the Comptroller of the Currency.")
    assert found.get("Office") != "person:national-reconnaissance-office"
    assert not (found.get("Office") or "").startswith("person:")
