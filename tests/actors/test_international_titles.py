"""A title of an international body makes its holder the body's, and a platform is no person."""

from __future__ import annotations

import pytest

from eventscribe.api import process

pytestmark = pytest.mark.slow


def _actors(text: str, date: str = "2017-05-01") -> dict:
    return {a.name: a for a in process(text, date).article.actors.values()}


def test_the_head_of_an_international_body_is_of_the_body_not_his_country():
    found = _actors("NATO Secretary-General Jens Stoltenberg said on Monday the alliance "
                    "would send more troops. Stoltenberg spoke in Brussels.")  # fmt: skip
    assert (found["Jens Stoltenberg"].country, found["Jens Stoltenberg"].code) == (
        "IGO", "IGOWSTNAT")  # fmt: skip


def test_a_portfolio_word_before_a_ministers_title_is_still_no_party():
    found = _actors("Labour Minister Anne Fortin announced a mediator on Monday.")
    assert found["Anne Fortin"].sector == "GOV"


def test_a_social_platform_is_no_person():
    found = _actors("President Donald Trump wrote on Twitter that he would respond.")
    assert all(a.kind != "person" for name, a in found.items() if name == "Twitter")


def test_the_european_community_is_an_international_body():
    found = _actors("The EC said on Tuesday it would cut farm subsidies.", "1987-03-03")
    (ec,) = (a for a in found.values() if a.name == "European Community")
    assert ec.country is None and (ec.code or "").startswith("IGO")
