"""Handles are their holders' accounts and links are no one (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from eventscribe.actors.handles import handle_words
from eventscribe.api import process

pytestmark = pytest.mark.slow


def _actors(text: str, date: str = "2022-06-02") -> dict[str, str]:
    """Each mention's text -> its actor id."""
    article = process(text, date).article
    return {m.text: m.actor_id for m in article.mentions}


@pytest.mark.parametrize(("handle", "words"), [
    ("@realDonaldTrump", ["Donald", "Trump"]),
    ("@ZelenskyyUa", ["Zelenskyy"]),
    ("@KremlinRussia_E", ["Kremlin", "Russia"]),
    ("@IsraelMFA", ["Israel", "MFA"]),
    ("@mfa_russia", ["mfa", "russia"]),
    ("@JensStoltenberg", ["Jens", "Stoltenberg"]),
    ("@SHSanders45", ["SH", "Sanders"]),
    ("@UKRinUN", ["UK", "Rin", "UN"]),
    ("@katyperry", ["katyperry"]),
])  # fmt: skip
def test_a_handle_is_read_as_the_words_it_runs_together(handle, words):
    assert handle_words(handle) == words


def test_a_handle_with_a_full_name_is_that_person():
    actors = _actors("The mayor wrote on @JaneMorrison that the bridge would reopen on Friday.")
    assert actors["@JaneMorrison"] == "person:jane-morrison"


def test_a_handle_with_a_surname_is_the_person_named_before():
    actors = _actors("Secretary of State Antony Blinken met the envoy on Monday. "
                     "@SecBlinken later wrote that the talks had been useful.")  # fmt: skip
    assert actors["@SecBlinken"] == actors["Antony Blinken"]


def test_a_state_body_account_is_its_government():
    actors = _actors("@mfa_russia accused Britain of lying about the strike.")
    assert actors["@mfa_russia"] == "sector:RUS:GOV"


def test_a_known_organization_account_is_the_organization():
    actors = _actors("@NATO said its ministers would meet in Brussels next week.")
    assert actors["@NATO"].startswith("org:nato")


def test_a_handle_that_names_no_one_is_no_actor():
    actors = _actors("The singer told @katyperry fans that @BestFansEver had won the vote.")
    assert "@katyperry" not in actors and "@BestFansEver" not in actors


def test_a_link_is_no_actor():
    text = ("Democrats criticized the plan on Tuesday. Graphic: tmsnrt.rs/2xQ7pLm "
            "Farmers protested in Iowa, see https://example.org/story.")  # fmt: skip
    actors = _actors(text)
    assert not any("/" in mention for mention in actors)
    assert "Democrats" in actors


def test_a_company_named_by_its_domain_stays_a_company():
    actors = _actors("Shopper.com Inc sued the Federal Trade Commission on Monday.")
    assert any(m.startswith("Shopper.com") for m in actors)
