"""Accusation by content, threats by condition, and appeals with phrasal verbs, on
sentences of our own."""

from __future__ import annotations

import pytest

from eventscribe.api import process

DAY = "2022-05-16"


def coded(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["cameo"], (e["source"] or {}).get("country"), (e["target"] or {}).get("country"))
        for e in process(text, DAY).events
    ]


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Chile said Peru had fabricated the border incident.", "CHL", "PER"),
        ("The Moroccan opposition charged that the Moroccan government rigged the vote.", "MAR", "MAR"),
        ("Hungary's foreign minister said on Friday that Austria had misled the EU.", "HUN", "AUT"),
    ],
)
def test_a_reported_wrong_of_a_party_is_an_accusation_of_it(text, source, target):
    assert ("112", source, target) in coded(text)


def test_a_wrong_said_not_done_is_no_accusation():
    assert not [c for c in coded("Chile said Peru had not fabricated the incident.") if c[0] == "112"]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Canada said it would impose sanctions on Belarus if Minsk did not free the activists.", "1312"),
        ("Azerbaijan warned that it would launch an offensive against Armenia unless its troops left.", "1384"),
        ("Norway said that if the quota dispute was not settled it would cut aid to Iceland.", "1311"),
    ],
)
def test_a_hostile_act_promised_on_a_condition_is_a_threat(text, code):
    assert code in [c[0] for c in coded(text)]


def test_a_friendly_act_on_a_condition_is_no_threat():
    assert not [c for c in coded("Canada said it would lift sanctions on Belarus if Minsk freed the activists.")
                if c[0].startswith("13")]  # fmt: skip


def test_the_condition_itself_is_not_coded():
    assert not [c for c in coded("If Belarus attacks Lithuania, Canada will impose sanctions on Belarus.")
                if c[0][:2] == "19"]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The Zambian opposition called on Zambia's President Hakainde Hichilema to step aside.",
        "Zambian senators urged Zambia's President Hakainde Hichilema to stand down.",
    ],
)
def test_an_appeal_to_step_aside_is_an_appeal_for_a_change_of_leader(text):
    assert [c for c in coded(text) if c[0] == "0241" and c[1] == c[2] == "ZMB"]


def test_an_accusation_asked_about_is_no_accusation():
    assert not [c for c in coded("Did Chile say that Peru had fabricated the incident?") if c[0] == "112"]


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Kenyan businessman accused of bribing Senator Jane Smith pleaded not guilty on Thursday.", "016"),
        ("A former Kenyan minister pleaded innocent to fraud charges.", "016"),
        ("The former Kenyan minister pleaded guilty to corruption charges.", "015"),
    ],
)
def test_a_plea_acknowledges_or_denies_responsibility(text, code):
    assert [c for c in coded(text) if c[0] == code and c[1] == "KEN"]


def test_an_arrangement_a_party_expects_to_conclude_is_intended_cooperation():
    assert ("030", "JPN", "AUS") in coded("Japan expects to conclude very soon an arrangement with Australia.")


def test_a_wrong_said_in_the_second_of_two_reported_clauses_is_an_accusation():
    text = "Chile's defence minister said the talks were going on but that Peru had fabricated the incident."
    assert ("112", "CHL", "PER") in coded(text)
