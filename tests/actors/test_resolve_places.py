"""Places and texts in the actor stage: where something happens, or a law, is not an actor."""

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
