"""Words of violence and unrest that name no act that happened (coding/unreal.py and the
checks beside it): sentences written for these tests."""

from __future__ import annotations

import pytest

from eventscribe.api import process

DAY = "2024-03-10"


def incident_codes(text: str) -> list[str]:
    events = process(text, DAY).events
    return [e["cameo"] for e in events if e["cameo"][:2] in ("14", "17", "18", "19", "20")]


@pytest.mark.parametrize(
    "text",
    [
        "Police said a tip-off helped thwart a bomb attack on a stadium in Lyon.",
        "Security services foiled an attack on the parliament in Oslo.",
        "Senate Democrats rally to defend the health law",
        "Several governors protested the new budget rules on Tuesday.",
        "Most of the senators voted against the bill in protest.",
        "Seventy lawmakers walked into the chamber and voted no to protest the delay.",
        "The storm, which flattened homes along the coast and killed nine people, moved north.",
        "At least 30 people died because of the floods in Sylhet.",
        "Critics said the change would hurt farmers without injuring the EPA, a spokesman said.",
        "The agreement was the result of a deal struck between the two parties.",
        "His record on trade is quite striking, one analyst said.",
        "Budget battle looms in Congress",
        "Members of the Senate Intelligence Committee criticised attacks on the special counsel.",
    ],
)
def test_no_act_of_force_or_unrest(text):
    assert incident_codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of teachers rallied outside the education ministry in Nairobi.",
        "Striking dockers blocked the port entrance in Antwerp.",
        "Rebels attacked an army post near Kidal, killing three soldiers.",
        "Fighters fired dozens of rockets at the airport in Tripoli.",
    ],
)
def test_real_acts_stay(text):
    assert incident_codes(text)


def test_counted_weapons_name_the_means():
    codes = incident_codes("Militants fired hundreds of mortar rounds at the base near Kandahar.")
    assert any(c.startswith("194") for c in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "A patrol stopped a truck carrying men to attack the airport near Kidal.",
        "Gunmen gathered in the forest near Zamfara to raid the village.",
    ],
)
def test_an_attack_named_as_a_purpose_did_not_happen(text):
    assert not [c for c in incident_codes(text) if c[:2] == "19"]


def test_an_attack_begun_did_happen():
    assert [c for c in incident_codes("Rebels began to shell the town of Goma on Monday.") if c[:2] == "19"]


@pytest.mark.parametrize(
    "text",
    [
        '"Why would we let them arrest and deport these students?" the mayor of Lyon asked.',
        "Will the Turkish army shell Kobani again?",
    ],
)
def test_an_act_asked_about_is_not_told(text):
    assert not incident_codes(text)


def test_an_act_told_after_a_question_is_told():
    text = '"What now?" a resident asked after soldiers shelled the town of Kobani on Monday.'
    assert [c for c in incident_codes(text) if c[:2] == "19"]
