"""Threats aimed through what they answer, accusations that are no legal charge, and
targets counted ("dozens of"): sentences written for these tests."""

from __future__ import annotations

import pytest

from eventscribe.api import process


def _coded(text: str) -> list[tuple]:
    return [
        (e["cameo"], (e["source"] or {}).get("country"), (e["target"] or {}).get("country"), e["modality"])
        for e in process(text, "2024-06-03").events
    ]


def test_a_threat_is_aimed_at_whom_the_threatened_response_answers():
    coded = _coded("North Korea threatened to respond to U.S. military drills with overwhelming force.")
    assert ("130", "PRK", "USA", "asserted") in coded
    # the drills are what the threat answers, not what is threatened
    assert not [c for c in coded if c[1] == "USA" and c[3] == "threatened"]


def test_a_threat_to_block_what_a_state_owns_is_aimed_at_the_state():
    assert [c for c in _coded("Turkey threatened to block Sweden's NATO membership.")
            if c[0].startswith("13") and c[1:3] == ("TUR", "SWE")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Germany's foreign minister Annalena Baerbock accused Russia of war crimes.", "112"),
        ("Poland's President Andrzej Duda accused Belarus of crimes against migrants.", "112"),
    ],
)
def test_a_minister_accusing_of_crimes_accuses_and_does_not_charge(text, code):
    assert {c[0] for c in _coded(text)} == {code}


def test_a_counted_target_is_what_is_counted():
    coded = _coded("The United States imposed sanctions on dozens of Russian companies on Thursday.")
    assert [c for c in coded if c[0] == "163" and c[1:3] == ("USA", "RUS")]


def test_what_would_follow_from_a_condition_is_no_event_but_a_conditional_threat_is():
    assert not _coded("If the talks fail, Japan would send aid to the Philippines.")
    threats = _coded("The United States would impose sanctions on Iran if Tehran did not stop enrichment.")
    assert [c for c in threats if c[0].startswith("13") and c[1:3] == ("USA", "IRN")]


def test_an_act_only_mentioned_in_what_a_condition_would_bring_is_no_threat():
    text = "If the case is brought, it would name the Russian hackers behind the attack on the party."
    assert not [c for c in _coded(text) if c[0].startswith("13")]


def test_force_declared_ready_to_be_used_is_a_threat_of_it():
    coded = _coded("Armenia said it was ready to go to war against Azerbaijan.")
    assert [c for c in coded if c[0][:2] == "13" and c[1:3] == ("ARM", "AZE")]
    assert not [c for c in coded if c[0][:2] == "19"]
    assert [c for c in _coded("Serbia is prepared to impose sanctions on Kosovo.")
            if c[0] == "1312" and c[1:3] == ("SRB", "XKX")]  # fmt: skip
    # a war of prices is no war
    assert not [c for c in _coded("Turkish Airlines went to war over fares.") if c[0][:2] in ("13", "19")]
