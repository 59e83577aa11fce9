"""Place agreement of a matched news event: the same name, or within 50 km."""

from __future__ import annotations

from eventscribe.evaluation.news_places import place_agrees


def test_same_name_agrees_whatever_the_case():
    assert place_agrees({"name": "Kharg island", "country": "IRN"}, {"name": "Kharg Island"})


def test_a_place_written_from_specific_to_broad_is_located_by_its_first_known_part():
    gold = {"name": "Parliament steps, Detroit", "country": "USA"}
    assert place_agrees(gold, {"name": "Dearborn", "lat": 42.32, "lon": -83.18})
    assert not place_agrees(gold, {"name": "Chicago", "lat": 41.88, "lon": -87.63})


def test_no_system_place_never_agrees():
    assert not place_agrees({"name": "Beirut", "country": "LBN"}, None)
