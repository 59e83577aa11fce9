"""Context that is not news: what an act is called (coding/background.py)."""

from __future__ import annotations

import pytest

from eventscribe.api import process


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Canada has been weighing labeling the campaign genocide.",
        "Argentina called the shootings a massacre.",
        "The inquiry described the bombing as terrorism.",
    ],
)
def test_what_an_act_is_called_is_no_act(text):
    assert not [e for e in process(text, "2024-03-10").events if e["cameo"][:2] in ("18", "19", "20")]


@pytest.mark.slow
def test_what_a_judged_act_is_called_is_no_act_but_the_act_stays():
    found = process("Georgia condemned the Russian missile strike on Batumi as a war crime.", "2024-03-10").events
    assert [e for e in found if e["cameo"] == "111"]
    assert not [e for e in found if e["trigger"] == "crime"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Arrests of opposition activists rose 40 percent last year, the Belarusian police said.",
        "The number of attacks on journalists in Mexico doubled in 2023.",
        "Kidnappings Down 12% In Nigeria's North",
    ],
)
def test_acts_counted_are_no_act(text):
    assert process(text, "2024-03-10").events == []


@pytest.mark.slow
def test_an_act_told_with_its_count_stays():
    found = process("Belarusian police arrested 40 opposition activists in Minsk on Monday.", "2024-03-10").events
    assert [e["cameo"] for e in found] == ["173"]
    # acts told with their number raise a count, and are told all the same
    assert process("81 executions by the militia in May raise its toll to 4,000.", "2024-03-10").events


@pytest.mark.slow
def test_an_act_supposed_is_no_act():
    text = "Tehran predicted a river of blood in the event of any U.S. strike against Iran."
    assert not [e for e in process(text, "2024-03-10").events if e["cameo"][:2] in ("18", "19", "20")]
    text = "Troops were on alert in case of a rebel attack on the capital."
    assert not [e for e in process(text, "2024-03-10").events if e["cameo"][:2] in ("18", "19", "20")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Iran cited the Israeli strike on Damascus.",
        "Turkey's president pointed to the Kurdish attacks on Ankara.",
        "Oil prices rose on Monday amid Iran's criticism of Saudi Arabia.",
    ],
)
def test_an_act_cited_or_a_circumstance_is_no_act(text):
    found = process(text, "2024-03-10").events
    assert not [e for e in found if e["trigger"] in ("strike", "attacks", "criticism")]


@pytest.mark.slow
def test_violence_amid_which_others_die_stays_an_act():
    text = "Two soldiers were killed amid clashes between Indian and Pakistani troops in Kashmir."
    assert [e for e in process(text, "2024-03-10").events if e["cameo"][:2] == "19"]


@pytest.mark.slow
def test_an_act_a_counted_gap_before_another_is_news_not_background():
    found = process("Families fled Bunia two days after clashes between militias.", "2024-03-10").events
    clashes = [e for e in found if e["trigger"] == "clashes"]
    assert clashes and clashes[0]["event_date"] == "2024-03-07"
    assert not [e for e in process("Exports recovered a year after the 1985 strike.", "2024-03-10").events
                if e["cameo"][:2] in ("14", "18", "19", "20")]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The rebel leader hailed the raid as a blow to Ethiopia's blockade of Tigray.",
        "The minister said the vote had dealt a setback to Morocco's occupation of the territory.",
        "The accord puts an end to the army's siege of the city, the mediators said.",
    ],
)
def test_an_act_or_state_something_bears_on_is_no_act_of_the_day(text):
    found = process(text, "2024-03-10").events
    assert not [e for e in found if e["trigger"] in ("blockade", "occupation", "siege")]


def test_an_occupation_begun_stays_an_act():
    found = process("Turkish troops began the occupation of the town on Monday.", "2024-03-10").events
    assert [e for e in found if e["cameo"] == "192"]
