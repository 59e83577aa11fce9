"""A place word that ends a group's name is no place: headlines written for these tests."""

from __future__ import annotations

from eventscribe.api import process
from eventscribe.where.stage import ends_organization_name


def test_the_words_before_a_place_word_may_complete_an_organization_s_name():
    text = "Soldiers repel Boko Haram raid in Yobe"
    haram = text.index("Haram")
    assert ends_organization_name(text, haram, haram + len("Haram"))
    yobe = text.index("Yobe")
    assert not ends_organization_name(text, yobe, yobe + len("Yobe"))


def test_a_group_s_name_in_a_capitalised_headline_places_nothing_abroad():
    events = process("", "2019-01-10", "Six Farmers Killed In Latest Boko Haram Raid").events
    assert events and all((e["place"] or {}).get("country") in (None, "NGA") for e in events)
