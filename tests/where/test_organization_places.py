"""The states and counties that begin organizations' names, read as a text's context."""

from __future__ import annotations

import pytest

from eventscribe.where.gazetteer import load_gazetteer
from eventscribe.where.mentions import organization_places, party_states, qualifier_codes
from eventscribe.where.phrases import Mention
from eventscribe.where.resolve import DocumentPlaces


class FakeEnt:
    """The fields of a spaCy entity that `organization_places` reads."""

    def __init__(self, text: str, start_char: int, label: str = "ORG") -> None:
        self.text, self.start_char, self.label_ = text, start_char, label


class FakeDoc:
    def __init__(self, text: str, orgs: list[str]) -> None:
        self.text = text
        self.ents = [FakeEnt(org, text.index(org)) for org in orgs]
        self.user_data: dict = {}


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def org_places(gazetteer, text: str, orgs: list[str]) -> list[tuple[str, str]]:
    found = organization_places(FakeDoc(text, orgs), gazetteer)
    return [(m.text, text[m.start : m.end]) for m in found]


def test_a_county_or_a_state_that_begins_an_organization_is_read(gazetteer):
    text = "Deputies of the Shelby County Sheriff's Office and the Ohio Department of Health met."
    orgs = ["the Shelby County Sheriff's Office", "the Ohio Department of Health"]
    assert org_places(gazetteer, text, orgs) == [
        ("Shelby County", "Shelby County"),
        ("Ohio", "Ohio"),
    ]
    text = "A study by the University of Kansas and the New Mexico Game Commission."
    orgs = ["the University of Kansas", "the New Mexico Game Commission"]
    assert [name for name, _ in org_places(gazetteer, text, orgs)] == ["Kansas", "New Mexico"]


def test_an_organization_named_first_for_no_state_names_none(gazetteer):
    """ "Washington" is first the capital and "Georgia" the country: no state is read."""
    text = "Washington Gas and Georgia Pacific and Acme Widgets signed the deal."
    orgs = ["Washington Gas", "Georgia Pacific", "Acme Widgets"]
    assert org_places(gazetteer, text, orgs) == []


def test_a_state_in_an_organization_places_a_town_of_its_name(gazetteer):
    """Context only: the Oregon agency's state steers "Salem" to Oregon."""
    text = "The Oregon Department of Forestry said the fire near Salem had grown."
    context = organization_places(FakeDoc(text, ["The Oregon Department of Forestry"]), gazetteer)
    salem = Mention("Salem", text.index("Salem"), text.index("Salem") + 5)
    places = DocumentPlaces(gazetteer, sorted([*context, salem], key=lambda m: m.start), text=text)
    place = places.resolve(salem).place
    assert (place.name, place.admin1) == ("Salem", "Oregon")


def test_a_state_code_after_a_town_and_a_comma_is_read(gazetteer):
    """ "Paris, TX", which the tagger calls an organization, and "Hugo, Okla." qualify."""
    text = "A trucker from Paris, TX was stopped in Hugo, Okla., by troopers, OK?"
    towns = [Mention(name, text.index(name), text.index(name) + len(name))
             for name in ("Paris", "Hugo")]  # fmt: skip
    codes = qualifier_codes(text, towns, gazetteer)
    assert [m.text for m in codes] == ["TX", "Okla."]
    places = DocumentPlaces(gazetteer, sorted([*towns, *codes], key=lambda m: m.start), text=text)
    assert [places.resolve(m).place.admin1 for m in towns] == ["Texas", "Oklahoma"]


def test_no_code_follows_a_name_without_a_comma(gazetteer):
    text = "Troopers in Tulsa OK the plan, and Dallas, Inc. signed it."
    towns = [Mention("Tulsa", 12, 17), Mention("Dallas", 35, 41)]
    assert qualifier_codes(text, towns, gazetteer) == []


def test_a_countrys_abbreviation_that_begins_an_organization_is_read(gazetteer):
    """ "Georgia" in a story the U.S. Department of Agriculture tells is the state."""
    text = (
        "Peanut growers in Georgia lost half their crop, the U.S. Department of Agriculture said."
    )
    orgs = ["the U.S. Department of Agriculture"]
    context = organization_places(FakeDoc(text, orgs), gazetteer)
    assert [m.text for m in context] == ["U.S."]
    georgia = Mention("Georgia", text.index("Georgia"), text.index("Georgia") + 7)
    places = DocumentPlaces(
        gazetteer, sorted([georgia, *context], key=lambda m: m.start), text=text
    )
    assert places.resolve(georgia).place.country == "USA"
    text = "The China Daily and Iraq Airways and OPEC Fund reported it."
    orgs = ["The China Daily", "Iraq Airways", "OPEC Fund"]
    assert org_places(gazetteer, text, orgs) == []


def test_a_legislators_party_label_names_the_state_of_the_story(gazetteer):
    """ "R-Kan." after a senator's name: "Manhattan" is the town in Kansas."""
    text = "Sen. Jane Doe, R-Kan., toured storm damage in Manhattan and Wamego on Monday."
    labels = party_states(text, gazetteer)
    assert [m.text for m in labels] == ["Kan."]
    towns = [Mention(name, text.index(name), text.index(name) + len(name))
             for name in ("Manhattan", "Wamego")]  # fmt: skip
    places = DocumentPlaces(gazetteer, sorted([*towns, *labels], key=lambda m: m.start), text=text)
    assert places.resolve(towns[0]).place.admin1 == "Kansas"
    assert party_states("The A-Team and B-Side and R-Rated films.", gazetteer) == []
