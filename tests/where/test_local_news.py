"""Local US news, as LGL's papers write it: towns named like great cities elsewhere, counties,
townships, datelines with AP state abbreviations, hometowns of soldiers abroad, state
agencies. The sentences (`data/local_news_places.json`) were written for these tests; each
place must resolve inside the first-level region (or country) its case names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventscribe.where.gazetteer import Gazetteer, load_gazetteer
from eventscribe.where.mentions import organization_places, party_states, qualifier_codes
from eventscribe.where.phrases import Mention
from eventscribe.where.resolve import DocumentPlaces

CASES = json.loads((Path(__file__).parent / "data" / "local_news_places.json").read_text())


class Organization:
    """The fields of a tagger's ORG entity that `organization_places` reads."""

    label_ = "ORG"

    def __init__(self, text: str, start_char: int) -> None:
        self.text, self.start_char = text, start_char


class Parsed:
    def __init__(self, text: str, organizations: list[str]) -> None:
        self.ents = [Organization(o, text.index(o)) for o in organizations]
        self.user_data: dict[str, Any] = {}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def mention(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(name, start, start + len(name))


def context_mentions(case: dict, named: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The tagger's other place names, and the context the place stage reads besides."""
    text = case["text"]
    spans = [(m.start, m.end) for m in named]

    def free(m: Mention) -> bool:
        return all(m.end <= start or m.start >= end for start, end in spans)

    found = [mention(text, name) for name in case["context"]]
    found += organization_places(Parsed(text, case["organizations"]), gazetteer)
    found = [m for m in found if free(m)]
    ordered = sorted(named + found, key=lambda m: m.start)
    found += [m for m in qualifier_codes(text, ordered, gazetteer) if free(m)]
    return found + [m for m in party_states(text, gazetteer) if free(m)]


def region_of(gazetteer: Gazetteer, gazetteer_id: str | None) -> str:
    """The admin code of a resolved place ("US.TX"), or "<ISO-2>." for a country."""
    row = gazetteer.by_id.get((gazetteer_id or "").split(":")[-1].split("#")[0])
    if row is None:
        return ""
    if gazetteer.kinds[row] == "country":
        iso3 = gazetteer.countries[row]
        return (
            next(code for code, at in gazetteer.by_country.items() if at == row and code != iso3)
            + "."
        )
    return gazetteer.admin_codes[row] or ""


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda case: case["text"][:40])
def test_local_places_resolve_in_their_region(gazetteer, case):
    text = case["text"]
    named = [mention(text, name) for name, _ in case["places"]]
    mentions = sorted(named + context_mentions(case, named, gazetteer), key=lambda m: m.start)
    places = DocumentPlaces(gazetteer, mentions, text=text)
    found = {m.text: region_of(gazetteer, places.resolve(m).place.gazetteer_id) for m in named}
    wanted = dict(case["places"])
    assert {n: found[n] for n in wanted if not found[n].startswith(wanted[n])} == {}
