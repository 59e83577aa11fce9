"""A common institution word alone ("the House", "the Bank") is a country's body, not one
registry organisation across stories."""

from __future__ import annotations

import pytest

from eventscribe.actors.institutions import is_common_institution, localize_institutions
from eventscribe.api import process
from eventscribe.article import Actor, ActorMention, Article


def test_institution_words_alone_are_common():
    assert is_common_institution("House") and is_common_institution("the Treasury")
    assert is_common_institution("CONGRESS")
    assert not is_common_institution("Bank of England")
    assert not is_common_institution("Hamas")


def _article(actor: Actor) -> Article:
    article = Article(id="a", text="The House voted.")
    article.actors = {actor.id: actor}
    article.mentions = [ActorMention(4, 9, "House", 0, actor.id)]
    return article


def test_a_house_with_a_country_becomes_that_countrys_body():
    article = _article(Actor("org:house", "House", "organization", "USA", forms=["House"]))
    localize_institutions(article)
    (actor,) = article.actors.values()
    assert (actor.id, actor.kind, actor.name) == ("body:usa:house", "body", "United States House")
    senate = _article(Actor("org:senate", "Senate", "organization", "USA", forms=["Senate"]))
    localize_institutions(senate)
    assert senate.actors["body:usa:senate"].code == "USALEG"
    assert article.mentions[0].actor_id == "body:usa:house"


def test_a_bank_named_in_full_takes_its_full_names_key():
    forms = ["Bank", "Bank of England", "BANK"]
    article = _article(Actor("org:bank", "Bank", "organization", "GBR", forms=forms))
    localize_institutions(article)
    assert set(article.actors) == {"org:bank-of-england"}


def test_a_countrys_name_before_the_word_makes_it_that_countrys_body():
    article = _article(Actor("org:u-s-congress", "U.S. Congress", "organization", "USA",
                             "LEG", "USAGOVLEG", forms=["U.S. Congress"]))  # fmt: skip
    localize_institutions(article)
    (actor,) = article.actors.values()
    assert (actor.id, actor.name, actor.code) == ("body:usa:congress", "U.S. Congress", "USAGOVLEG")


def test_a_countryless_word_keeps_its_key():
    article = _article(Actor("org:commission", "Commission", "organization", forms=["Commission"]))
    localize_institutions(article)
    assert set(article.actors) == {"org:commission"}


@pytest.mark.slow
def test_two_countries_houses_are_two_actors():
    us = process("WASHINGTON, March 3 - The House voted on Tuesday to cut aid to Nicaragua, "
                 "and President Reagan said he would veto it. U.S. officials agreed.", "1987-03-03")
    uk = process("LONDON, March 3 - The House rejected the budget, Prime Minister Margaret "
                 "Thatcher said. British officials agreed.", "1987-03-03")  # fmt: skip
    ids = {a.id for a in us.article.actors.values()} | {a.id for a in uk.article.actors.values()}
    assert "org:house" not in ids


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, country",
    [
        ("The Chinese foreign ministry criticized the decision.", "CHN"),
        ("The Iranian defence ministry said the drill was over.", "IRN"),
    ],
)
def test_a_ministry_named_with_a_demonym_is_that_country_s_body(text, country):
    # the small tagger calls "ministry" a proper noun here: "foreign ministry" is the body
    found = [m for m in process(text, "2024-03-10").actors if "ministry" in m["name"].lower()]
    assert found and found[0]["country"] == country and found[0]["sector"] == "GOV"


def test_a_portfolio_s_ministry_is_that_of_the_minister_its_sentence_names():
    # a story of two countries' ministers: the sentence says whose ministry speaks
    text = (
        "BAKU, March 10 - Azerbaijan said on Monday its troops had repelled an attack by "
        "Armenia. Azerbaijani officials and Azerbaijan's President Ilham Aliyev denied it. "
        "Armenian Foreign Minister Ararat Mirzoyan met envoys in Yerevan, the Foreign Ministry "
        "said. Azerbaijan's Foreign Minister Jeyhun Bayramov said no attack had happened."
    )
    found = [a for a in process(text, "2024-03-10").actors if a["name"].lower().endswith("ministry")]
    assert [a["country"] for a in found] == ["ARM"]


@pytest.mark.slow
def test_a_world_bodys_institution_word_alone_is_its_body_not_the_datelines():
    """ "The Commission" in a story of the European Community filed from Brussels is the
    European Commission ("EC Commission" in the tables), not a Belgian commission; in a
    Brussels story of no world body it stays the country's."""
    article = process("BRUSSELS, March 3 - European Community farm ministers met today. The "
                      "Commission cut its forecast for growth.", "1987-03-03").article  # fmt: skip
    commission = next(m for m in article.mentions if m.text == "Commission")
    assert commission.actor_id == "org:european-commission"
    assert article.actors[commission.actor_id].sector == "IGO"
    article = process("BRUSSELS, March 3 - Belgian ministers met today. The Commission said "
                      "growth would slow.", "1987-03-03").article  # fmt: skip
    assert "org:european-commission" not in article.actors
