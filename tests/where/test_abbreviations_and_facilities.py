"""Compass abbreviations before a name ("E. Ukraine", "S. Africa") and facilities that news
names as places (airports, retreats, theme parks): written for these tests (issue 19)."""

from __future__ import annotations

import pytest

from eventscribe.where.gazetteer import haversine_km, load_gazetteer
from eventscribe.where.mentions import place_mentions
from eventscribe.where.parts import abbreviated_direction, spelled_out
from eventscribe.where.phrases import Mention
from eventscribe.where.resolve import DocumentPlaces


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def best(gazetteer, name, **context):
    ranked = gazetteer.ranked(name, **context)
    assert ranked, f"{name!r} not found"
    return ranked[0]


def test_a_compass_abbreviation_needs_its_point():
    assert abbreviated_direction("E.") == "east"
    assert abbreviated_direction("N.E.") == "northeast"
    assert abbreviated_direction("E") is None  # an initial as often as a direction
    assert spelled_out("W. Mali") == ("west Mali", "western Mali")
    assert spelled_out("Mali") is None


@pytest.mark.parametrize(
    ("name", "country", "precision"),
    [
        ("E. Ukraine", "UKR", "region"),
        ("N. Mali", "MLI", "region"),
        ("N.E. Nigeria", "NGA", "region"),
    ],
)
def test_an_abbreviated_direction_names_a_part_of_a_country(gazetteer, name, country, precision):
    part = best(gazetteer, name)
    assert (part.country, part.precision, part.kind) == (country, precision, "country")
    assert part.name.split()[0].endswith("ern")


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("S. Africa", "ZAF", "country"),
        ("S. Sudan", "SSD", "country"),
        ("N. Ireland", "GBR", "admin1"),
        ("W. Virginia", "USA", "admin1"),
    ],
)
def test_an_abbreviation_that_spells_a_known_name_is_that_place(gazetteer, name, country, kind):
    place = best(gazetteer, name)
    assert (place.country, place.kind) == (country, kind)


def test_a_headline_abbreviation_widens_the_place_phrase(nlp, gazetteer):
    doc = nlp("Mortar fire rocks villages in E. Ukraine as truce frays")
    names = [m.text for m in place_mentions(doc, gazetteer, within=[doc[:]])]
    assert "E. Ukraine" in names


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Heathrow", "GBR"),
        ("Gatwick", "GBR"),
        ("Camp David", "USA"),
        ("O'Hare", "USA"),
        ("LAX", "USA"),
        ("Zhongnanhai", "CHN"),
        ("Chequers", "GBR"),
        ("the Bay Area", "USA"),
    ],
)
def test_facilities_and_regions_news_names_as_places(gazetteer, name, country):
    place = best(gazetteer, name)
    assert place.country == country and place.kind in ("landmark", "region")


def _resolved(gazetteer, text: str, names: list[str]) -> dict[str, str | None]:
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(Mention(name, start, start + len(name)))
    places = DocumentPlaces(gazetteer, mentions, text=text)
    return {m.text: places.resolve(m).place.admin1 for m in mentions}


def test_a_florida_town_named_like_an_airport_keeps_a_florida_story(gazetteer):
    text = "Deputies from Sanford and Lake Mary searched a pond in Heathrow for the missing boy."
    found = _resolved(gazetteer, text, ["Sanford", "Lake Mary", "Heathrow"])
    assert found["Heathrow"] == "Florida"


def test_an_airport_in_a_travel_story_is_the_airport(gazetteer):
    text = "The minister flew from Heathrow to Dubai and then on to New Delhi."
    mentions = []
    for name in ("Heathrow", "Dubai", "New Delhi"):
        start = text.index(name)
        mentions.append(Mention(name, start, start + len(name)))
    place = DocumentPlaces(gazetteer, mentions, text=text).resolve(mentions[0]).place
    assert place.country == "GBR" and place.gazetteer_id == "curated:heathrow-airport"


def _places_of(gazetteer, text: str, names: list[str]):
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(Mention(name, start, start + len(name)))
    places = DocumentPlaces(gazetteer, mentions, text=text)
    return {m.text: places.resolve(m).place for m in mentions}


def test_a_name_of_small_towns_all_far_from_a_local_story_is_a_place_of_its_area(gazetteer):
    text = (
        "Police in Kendal said a lorry had overturned near Milnthorpe, and traffic was "
        "diverted through Holme for most of the day."
    )
    found = _places_of(gazetteer, text, ["Kendal", "Milnthorpe", "Holme"])
    kendal, holme = found["Kendal"], found["Holme"]
    assert holme.country == "GBR"
    assert haversine_km(holme.lat, holme.lon, kendal.lat, kendal.lon) < 30


def test_a_town_of_its_own_name_far_from_a_local_story_keeps_its_reading(gazetteer):
    text = "Police in Kendal and Milnthorpe said the driver of the lorry came from Penzance."
    found = _places_of(gazetteer, text, ["Kendal", "Milnthorpe", "Penzance"])
    assert found["Penzance"].name == "Penzance"


def test_far_namesakes_are_kept_in_a_story_with_no_local_places(gazetteer):
    text = "The band played London on Friday and Holme on Saturday."
    found = _places_of(gazetteer, text, ["London", "Holme"])
    assert found["Holme"].name == "Holme"


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("the Rockies", None, "region"),
        ("FATA", "PAK", "region"),
        ("the Bekaa", "LBN", "region"),
        ("Manchuria", "CHN", "region"),  # not Manzhouli, which GeoNames also calls so
        ("the Danube", None, "water"),
        ("Yangtze River", "CHN", "water"),
        ("Rift Valley", "KEN", "region"),
    ],
)
def test_regions_rivers_and_valleys_news_names(gazetteer, name, country, kind):
    place = best(gazetteer, name)
    assert (place.country, place.kind) == (country, kind)


def test_a_region_of_whole_countries_lies_among_its_members(gazetteer):
    benelux = best(gazetteer, "Benelux")
    brussels = best(gazetteer, "Brussels")
    assert haversine_km(benelux.lat, benelux.lon, brussels.lat, brussels.lon) < 150
