"""Violence named in a capitalised headline: headlines written for these tests."""

from __future__ import annotations

from eventscribe.api import process


def violent(title: str) -> list[dict]:
    events = process("", "2024-03-10", title).events
    return [e for e in events if e["cameo"][:2] in ("18", "19", "20")]


def test_violence_in_a_capitalised_headline_is_violence_as_in_a_lower_case_one():
    assert [e["cameo"] for e in violent("Herders And Farmers: New Wave Of Communal Violence")] == [
        "180"
    ]
    assert [e["cameo"] for e in violent("NEW VIOLENCE IN PORT CITY AFTER DISPUTED VOTE")] == ["180"]


def test_violence_modifying_another_noun_still_needs_a_toll():
    assert violent("Television Violence Study Published By Regulator") == []


def test_fighting_parsed_as_a_verb_where_it_stands_as_a_noun_is_force():
    for title in ("Heavy Fighting rages near Kadugli", "Families flee fighting near Kadugli",
                  "Traders shut shops as fighting rages in Kadugli"):  # fmt: skip
        assert [e["cameo"] for e in violent(title)] == ["190"], title
    # a gerund someone does, with an object or "for", stays a figure
    assert violent("Fighting graft is a priority, governor says") == []
    assert violent("Fighting for reform, students march in Kadugli") == []
