"""Names inside longer phrases, on sentences written for these tests: a company or person
the article names, used again as a modifier ("the Tilecom cable"), and a company whose
name ends in a country's ("Tilecom USA")."""

from __future__ import annotations

import pytest

from eventscribe.api import process


def _ids(text: str, date: str = "2012-03-01") -> dict[str, set[str]]:
    """Each mention's text -> the actor ids it was given."""
    found: dict[str, set[str]] = {}
    for mention in process(text, date, "").article.mentions:
        found.setdefault(mention.text, set()).add(mention.actor_id)
    return found


@pytest.mark.slow
def test_a_named_company_as_a_modifier_is_a_mention_of_it():
    text = "Intel sued AMD on Monday. AMD management said the claim had no merit."
    mentions = [m for m in process(text, "2012-03-01", "").article.mentions if m.text == "AMD"]
    assert len(mentions) == 2 and {m.actor_id for m in mentions} == {"org:amd"}


@pytest.mark.slow
def test_a_company_name_ending_in_a_country_is_the_company():
    found = _ids("T-Mobile USA said it would sell the phone. T-Mobile said the price was low.")
    assert found["T-Mobile USA"] == found["T-Mobile"] == {"org:t-mobile"}
