"""Crowds, riots and the other unrest and explosion mechanisms: sentences written for these
tests (none from the gold files or the report set)."""

from __future__ import annotations

import pytest

from eventscribe.api import process

DAY = "2024-03-10"
INCIDENT = ("14", "17", "18", "19", "20")


def incidents(text: str) -> list[dict]:
    return [e for e in process(text, DAY).events if e["cameo"].startswith(INCIDENT)]


def codes(text: str) -> list[str]:
    return [e["cameo"] for e in incidents(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Rioters smashed the windows of a bank and set fire to a bus in Valparaiso.",
        "A mob stormed the town hall in Kindia on Monday.",
        "Angry demonstrators torched the governor's residence in Bukavu.",
        "Looters ransacked dozens of shops in Kingston overnight.",
        "Residents burned a police post in Mbale after a shooting.",
    ],
)
def test_a_crowds_force_or_wrecking_is_a_riot(text):
    events = incidents(text)
    assert any(e["cameo"] == "145" for e in events), [e["cameo"] for e in events]
    riot = next(e for e in events if e["cameo"] == "145")
    assert riot["acled"]["event_type"] == "Riots"


def test_a_riot_keeps_the_state_it_hits_as_target():
    riot = next(e for e in incidents("Protesters stormed the parliament building in Accra.")
                if e["cameo"] == "145")  # fmt: skip
    assert riot["source"]["sector"] == "OPP"
    assert riot["target"]["sector"] == "LEG"


def test_communal_killing_by_unarmed_people_stays_force():
    events = incidents("Cattle herders attacked two villages in Yelwata, killing nine farmers.")
    assert events and all(e["cameo"] != "145" for e in events)
    assert any(e["acled"]["event_type"] == "Violence against civilians" for e in events)


def test_gunmen_burning_homes_is_no_riot():
    assert "145" not in codes("Gunmen burned homes in Kauru on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched in Kathmandu on Friday against the fuel price rise.",
        "Hundreds gathered outside the court in Dhaka to demand the release of the students.",
        "Kenyans rallied in Mombasa against the new tax.",
        "Taxi drivers blocked the main highway into Abuja on Wednesday.",
        "Shopkeepers took to the streets of Peshawar to protest power cuts.",
    ],
)
def test_crowds_protest_by_marching_gathering_and_blocking(text):
    events = incidents(text)
    assert any(e["cameo"].startswith("14") for e in events), [e["cameo"] for e in events]
    assert all(e["cameo"] != "145" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Senate blocked the bill on Tuesday.",
        "Ministers gathered in Brussels for the summit.",
        "Regulators blocked the merger of the two banks.",
    ],
)
def test_bodies_that_block_or_gather_do_not_protest(text):
    assert not any(c.startswith("14") for c in codes(text))


def test_a_split_hyphenated_trigger_is_one_word():
    assert any(c.startswith("14") for c in codes("Nurses held a sit-in at the ministry in Lusaka."))


@pytest.mark.parametrize(
    "text, code",
    [
        ("A bomb exploded at a bus stop in Jalalabad on Sunday, wounding six people.", "183"),
        ("A car bomb damaged the courthouse in Kirkuk.", "1832"),
        ("An improvised explosive device struck a patrol near Gao.", "183"),
    ],
)
def test_an_explosion_is_an_act_whatever_verb_carries_it(text, code):
    found = codes(text)
    assert any(c.startswith(code) for c in found), found


def test_a_weapon_that_explodes_metaphorically_is_no_act():
    assert codes("Prices exploded after the devaluation in Caracas.") == []


def test_the_dead_are_the_target_over_the_place_hit():
    event = next(
        e for e in incidents("Gunmen killed 14 villagers in a raid on Djibo on Thursday.")
        if e["cameo"].startswith("19") or e["cameo"].startswith("18")
    )
    assert event["target"]["sector"] == "CVL"
    assert event["acled"]["event_type"] == "Violence against civilians"


def test_forces_entering_a_town_after_clashes_both_count():
    found = codes("Government forces entered Tal Afar after fierce clashes with the militants.")
    assert "192" in found and any(c.startswith("19") and c != "192" for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Two Shot Dead, Several Injured In Market Clashes In Kaduna",
        "Taliban Fighters Storm Checkpoint In Kunduz, Kill Seven Police",
        "Syrian defenders pushed the attackers back from the outskirts of Idlib.",
        "SPLA-IO kill four soldiers in ambush near Yei",
    ],
)
def test_headline_grammar_and_unknown_parties_still_act(text):
    assert codes(text), text


def test_two_sides_named_as_one_subject_clash():
    riot = [e for e in incidents("Students and riot police clashed in Leon on Monday.")
            if e["cameo"] == "145"]  # fmt: skip
    assert riot and riot[0]["target"]["sector"] == "COP"


def test_an_armed_modifier_does_not_arm_supporters():
    found = incidents("Islamist supporters blocked roads and burned cars in Multan.")
    assert {e["cameo"] for e in found} >= {"144", "145"}
    assert all(e["source"]["sector"] == "OPP" for e in found)


def test_suspects_killed_by_police_are_civilians():
    event = incidents("Police killed three suspected robbers in Mombasa.")[0]
    assert event["acled"]["event_type"] == "Violence against civilians"


@pytest.mark.parametrize(
    "text, target",
    [
        ("Thousands of students marched in Nairobi to protest against the Kenyan government's fee increase.", "KEN"),
        ("Hundreds of protesters rallied in Lima on Tuesday to demand the resignation of Peru's interior minister.", "PER"),
    ],
)
def test_a_protest_is_against_whom_its_purpose_names(text, target):
    protests = [e for e in process(text, "2024-03-10").events if e["cameo"][:2] == "14"]
    assert protests and protests[0]["target"]["country"] == target
    assert protests[0]["source"]["country"] == target  # the protesters are of the place


@pytest.mark.slow
def test_a_crowd_counted_by_hundreds_protests_whatever_the_parse():
    # parsed as a participle on "Hundreds": the students protested, none was protested
    found = incidents("Hundreds of students protested in Madrid on Monday.")
    assert [(e["cameo"], e["source"]["country"], e["target"]) for e in found] == [("141", "ESP", None)]


@pytest.mark.slow
def test_a_state_that_protests_complains_and_does_not_demonstrate():
    found = process("Britain has also protested the Japanese import limits.", DAY).events
    assert not [e for e in found if e["cameo"][:2] == "14"]
    found = process("France protested to Italy on Monday.", DAY).events
    assert [e["cameo"] for e in found] == ["114"]
