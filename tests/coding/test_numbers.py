"""Numbers that matter, read off sentences and headlines written for these tests."""

from __future__ import annotations

import pytest

from eventscribe.api import process

DAY = "2024-03-10"


def counts(text: str) -> list[tuple[str, int | None]]:
    return [(n["kind"], n["value"]) for n in process(text, DAY).numbers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Headline grammar the parser misreads: the count, whom it counts, the outcome.
        ("Six AQAP fighters killed near mountain pass in Yemen", ("killed", 6)),
        ("Two dead as rival gangs clash in port city", ("killed", 2)),
        ("NINE MINERS ABDUCTED AND KILLED BY GUNMEN", ("killed", 9)),
        ("Eleven soldiers wounded in roadside blast", ("wounded", 11)),
        ("At least 30 villagers killed in overnight raid", ("killed", 30)),
    ],
)
def test_a_headline_count_before_its_outcome_is_read(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The 2019 killings remain unsolved, police say",  # a year
        "Ten years after the massacre, survivors gather",  # a duration
        "Protesters in 3 cities denounced the killings",  # a preposition ends the phrase
        "Talks on 5 points, then the vote killed the bill",  # punctuation ends it
    ],
)
def test_no_count_of_people_where_the_number_counts_something_else(text):
    assert counts(text) == []


def test_the_headline_count_goes_on_its_event():
    events = process("Seven Al-Shabaab militants killed in army raid in Somalia", DAY).events
    assert max(e["fatalities"]["value"] for e in events if e.get("fatalities")) == 7


def test_a_frequency_is_no_count_of_people():
    found = counts("Separatists violated the ceasefire 11 times, killing a soldier, the army said")
    assert ("killed", 11) not in found
