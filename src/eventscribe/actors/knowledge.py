"""The actor knowledge base: countries, seats of government, organizations and agent nouns.

Tables in `data/actors/` (origin and licence in the README.md there), loaded once per process.
Name look-ups ignore case and diacritics ("IRANIAN", "Iranian", "Côte d'Ivoire" = "Cote
d'Ivoire"), dots ("U.S." = "US") and a leading "the", with two guards against English words:
an all-capitals alias ("US", "WHO", "UK") matches only text written in capitals, and text in
lower case only never matches the names in COMMON_WORDS ("turkey", "chad", "amnesty").
The caller strips possessives and hyphenated modifiers: "Israel's" and "Iran-backed" are not
names here ("Iran-backed Hezbollah" is listed as a form of Hezbollah because news writes it so).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Generic, TypeVar

from unidecode import unidecode

from eventscribe.errors import EventscribeError

# Names that are also English words: in lower-case text they are the word, not the name.
COMMON_WORDS = frozenset(
    {"turkey", "chad", "china", "japan", "jersey", "guinea", "jordan", "panama", "wales",
     "pole", "poles", "polish", "amnesty", "labour", "guardian", "conservatives",
     "democrats", "republicans", "kan"}
)  # fmt: skip

# The CAMEO sector and actor-type codes the tables use, with a label for each.
SECTOR_LABELS = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary",
    "LEG": "legislature", "OPP": "opposition", "REB": "rebels", "INS": "insurgents",
    "UAF": "unaligned armed forces", "RAD": "radicals", "PTY": "political party",
    "MED": "media", "EDU": "education", "BUS": "business", "CVL": "civilians",
    "REF": "refugees", "HLH": "health", "LAB": "labour", "ELI": "elites", "REL": "religious",
    "SPY": "intelligence", "HRI": "human rights", "IGO": "international organization",
    "NGO": "non-governmental organization", "PKO": "peacekeepers", "AGR": "agriculture",
}  # fmt: skip

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    cameo: str  # CAMEO country code: the ISO-3 but for a few (Kosovo KSV, Timor-Leste TMP)
    name: str
    names: tuple[str, ...]  # alternate names: "U.S.", "America"
    adjectives: tuple[str, ...]  # adjectives and demonyms: "Iranian", "Iranians"
    capital: str | None


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    name: str
    code: str  # CAMEO actor code: IGOUNO, LBNREB, PSEREBHMS
    country: str | None  # ISO-3; None for international bodies and transnational groups
    sector: str  # CAMEO sector code: IGO, NGO, REB, MIL, GOV, PTY, MED ...
    parent: str | None  # id of the organization it belongs to
    aliases: tuple[str, ...]
    descriptions: tuple[str, ...]  # "the Palestinian Islamist group"


@dataclass(frozen=True, slots=True)
class Sector:
    word: str  # the agent noun or title, singular: "foreign minister"
    code: str  # CAMEO sector code
    role: str  # human-readable title: "spokesperson"
    kind: str  # person, collective or body


@dataclass(frozen=True, slots=True)
class Seat:
    text: str
    iso3: str
    sector: str
    kind: str  # capital, seat or metonym


def country_by_name(text: str) -> Country | None:
    """The country a name, alternate name, adjective or demonym denotes; capitals are not."""
    return _country_index().find(text)


def country(iso3: str) -> Country | None:
    return _countries().get(iso3.strip().upper())


def countries() -> list[Country]:
    return list(_countries().values())


def capital_of(iso3: str) -> str | None:
    found = country(iso3)
    return found.capital if found else None


def seat_of_government(text: str) -> tuple[str, str] | None:
    """(ISO-3, sector) for "Tehran", "the Kremlin", "Downing Street", "the Pentagon" (MIL)."""
    seat = _seat_index().find(text)
    return (seat.iso3, seat.sector) if seat else None


def organization_by_name(text: str) -> Organization | None:
    """The organization a name, alias or description ("the world body") denotes."""
    return _organization_index().find(text)


def organization(org_id: str) -> Organization | None:
    return _organizations().get(org_id)


def organizations() -> list[Organization]:
    return list(_organizations().values())


@lru_cache(maxsize=1 << 16)  # asked of every candidate phrase's words, many times over
def sector_by_word(word_or_phrase: str) -> Sector | None:
    """The sector of an agent noun or title, singular or plural, read from its last words.

    "foreign minister" -> GOV; "UN spokesman" -> the sector of "spokesman"; "Israeli jets" -> MIL.
    """
    words = _fold(word_or_phrase).split()
    table = _sectors()
    for start in range(len(words)):
        for candidate in _singulars(" ".join(words[start:])):
            if candidate in table:
                return table[candidate]
    return None


def sectors() -> list[Sector]:
    return list(_sectors().values())


FIND_CACHE = 1 << 16  # names whose answers an index keeps


class _NameIndex(Generic[V]):
    """Names -> values, with the case rules of this module; a name may denote one value only."""

    def __init__(self, table: str) -> None:
        self.table = table
        self.folded: dict[str, V] = {}
        self.acronyms: dict[str, V] = {}
        self.found: dict[str, V | None] = {}  # find's answers: every phrase asks, often again

    def add(self, name: str, value: V, same: Callable[[V, V], bool]) -> None:
        index = self.acronyms if _is_acronym(name) else self.folded
        key = _fold(name)
        if not key:
            return
        if key in index and not same(index[key], value):
            raise EventscribeError(f"{self.table}: {name!r} names two different entries")
        index[key] = value
        self.found.clear()

    def find(self, text: str) -> V | None:
        if text not in self.found:
            if len(self.found) >= FIND_CACHE:
                self.found.clear()
            self.found[text] = self._find_stripped(text.strip())
        return self.found[text]

    def _find_stripped(self, text: str) -> V | None:
        found = self._find(text)
        if found is None and _fold(text).startswith("the "):
            found = self._find(text.split(None, 1)[1])
        return found

    def _find(self, text: str) -> V | None:
        key = _fold(text)
        if _is_acronym(text) and key in self.acronyms:
            return self.acronyms[key]
        if text.islower() and key in COMMON_WORDS:
            return None
        return self.folded.get(key)


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Case-, diacritic- and dot-free form: "Côte d’Ivoire" -> "cote d'ivoire", "U.S." -> "us"."""
    text = unidecode(text).casefold().replace(".", "").replace(",", " ")
    return " ".join(text.split()).strip("\"' ")


@lru_cache(maxsize=1 << 16)
def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _singulars(phrase: str) -> list[str]:
    """The phrase and the singulars its last word may have: "militias" -> "militia"."""
    forms = [phrase]
    for plural, singular in (("ies", "y"), ("men", "man"), ("es", ""), ("s", "")):
        if phrase.endswith(plural) and not phrase.endswith("ss"):
            forms.append(phrase[: -len(plural)] + singular)
    return forms


def person_noun_sex(word: str) -> str | None:
    """The sex a noun that stands for one person implies ("actress": "f", "actor": "m",
    "suspect": "-"), from `person_nouns.tsv`; None for a noun that is no such word."""
    return _person_nouns().get(word.lower())


@lru_cache(maxsize=1)
def _person_nouns() -> dict[str, str]:
    return {row["word"]: row["sex"] for row in _rows("person_nouns.tsv")}


def is_participant_noun(word: str) -> bool:
    """Whether a word, singular or plural, is one of `participant_nouns`: "hackers"."""
    return any(form in participant_nouns() for form in _singulars(word.lower()))


@lru_cache(maxsize=1)
def participant_nouns() -> frozenset[str]:
    """Nouns of the people and places an event takes in without a name ("hackers", "a
    technician", "the school"): the agent nouns of `sectors.tsv`, the nouns of one person of
    `person_nouns.tsv`, the generic participants of `violence/participants.tsv` and
    `participant_nouns.txt`; singular, lower case."""
    words = set(generic_participants()) | {s.word for s in sectors() if " " not in s.word}
    return frozenset(words | set(_person_nouns()) | set(data_lines("participant_nouns.txt")))


@lru_cache(maxsize=1)
def generic_participants() -> dict[str, tuple[str, str]]:
    """word -> (sector, kind) of `data/violence/participants.tsv`: the unnamed victims and
    perpetrators of violence ("people": CVL people, "house": CVL facility)."""
    path = resources.files("eventscribe") / "data" / "violence" / "participants.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {word: (sector, kind) for word, sector, kind in rows}


@lru_cache(maxsize=1)
def nicknames() -> dict[str, str]:
    """Short forms of given names and the full form each stands for ("rick": "richard"),
    from `nicknames.tsv`."""
    return {row["short"]: row["full"] for row in _rows("nicknames.tsv")}


@lru_cache(maxsize=1)
def kinship_nouns() -> frozenset[str]:
    """Nouns of family ties ("son", "son-in-law", "widow"), from `kinship.txt`."""
    return frozenset(data_lines("kinship.txt"))


@lru_cache(maxsize=1)
def first_name_sexes() -> dict[str, str]:
    """First names of one sex ("harlan": "m"), from `first_names.tsv`."""
    return dict(line.split("\t") for line in data_lines("first_names.tsv"))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names, lower case: the US ones of `first_names.tsv` and the world's of
    `given_names.txt` ("oleksandr", "rustem")."""
    return frozenset([*first_name_sexes(), *(name.lower() for name in data_lines("given_names.txt"))])


def data_lines(name: str) -> list[str]:
    """The lines of a data file of `data/actors`, stripped, without blanks and comments."""
    path = resources.files("eventscribe") / "data" / "actors" / name
    lines = (line.strip() for line in path.read_text(encoding="utf-8").split("\n"))
    return [line for line in lines if line and not line.startswith("#")]


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _rows(name: str) -> Iterator[dict[str, str]]:
    path = resources.files("eventscribe") / "data" / "actors" / name
    lines = (line for line in path.read_text(encoding="utf-8").splitlines() if line)
    rows = (line for line in lines if not line.startswith("#"))
    yield from csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)


@lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    return {
        row["iso3"]: Country(
            iso3=row["iso3"],
            iso2=row["iso2"],
            cameo=row["cameo"],
            name=row["name"],
            names=_split(row["names"]),
            adjectives=_split(row["adjectives"]),
            capital=row["capital"] or None,
        )
        for row in _rows("countries.tsv")
    }


@lru_cache(maxsize=1)
def _country_index() -> _NameIndex[Country]:
    index: _NameIndex[Country] = _NameIndex("countries.tsv")
    for found in _countries().values():
        for name in (found.name, *found.names, *found.adjectives):
            index.add(name, found, lambda a, b: a.iso3 == b.iso3)
    return index


@lru_cache(maxsize=1)
def _seat_index() -> _NameIndex[Seat]:
    index: _NameIndex[Seat] = _NameIndex("seats.tsv")
    for row in _rows("seats.tsv"):
        seat = Seat(row["text"], row["iso3"], row["sector"], row["kind"])
        index.add(seat.text, seat, lambda a, b: (a.iso3, a.sector) == (b.iso3, b.sector))
    return index


@lru_cache(maxsize=1)
def _organizations() -> dict[str, Organization]:
    return {
        row["id"]: Organization(
            id=row["id"],
            name=row["name"],
            code=row["code"],
            country=row["country"] or None,
            sector=row["sector"],
            parent=row["parent"] or None,
            aliases=_split(row["aliases"]),
            descriptions=_split(row["descriptions"]),
        )
        for row in _rows("organizations.tsv")
    }


@lru_cache(maxsize=1)
def _organization_index() -> _NameIndex[Organization]:
    index: _NameIndex[Organization] = _NameIndex("organizations.tsv")
    for org in _organizations().values():
        for name in (org.name, *org.aliases, *org.descriptions):
            index.add(name, org, lambda a, b: a.id == b.id)
    return index


@lru_cache(maxsize=1)
def _sectors() -> dict[str, Sector]:
    return {
        _fold(row["word"]): Sector(row["word"], row["code"], row["role"], row["kind"])
        for row in _rows("sectors.tsv")
    }


@dataclass(frozen=True, slots=True)
class Leader:
    name: str
    organization: str  # organizations.tsv id
    role: str
    start: dt.date | None
    end: dt.date | None

    def holds(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Head:
    """A head of state or of government for one term (data/actors/heads.tsv)."""

    name: str
    country: str  # ISO-3
    role: str
    start: dt.date | None
    end: dt.date | None

    holds = Leader.holds


@lru_cache(maxsize=1)
def heads() -> tuple[Head, ...]:
    """Heads of state and of government, a row per term."""
    return tuple(
        Head(row["name"], row["country"], row["role"], _date(row["from"]), _date(row["to"]))
        for row in _rows("heads.tsv")
    )


@lru_cache(maxsize=1)
def leaders() -> tuple[Leader, ...]:
    """Leaders of organizations (data/actors/leaders.tsv)."""
    found = []
    for row in _rows("leaders.tsv"):
        found.append(
            Leader(row["name"], row["organization"], row["role"], _date(row["from"]),
                   _date(row["to"]))
        )  # fmt: skip
    return tuple(found)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
