"""Country filters in the words people use: a name, an ISO 3166 code or a demonym, to ISO-3.

The events table stores countries as ISO-3 (`IRN`), or a CAMEO group code for actors that are
no country's (`IGO`, `NGO`). A filter may say `Iran`, `IR`, `IRN` or `Iranian`; all are
`IRN`. Names, alternate names and adjectives come from `data/actors/countries.tsv`, more
demonyms from `data/places/demonyms.tsv`; names win over adjectives where both could apply.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from eventscribe.errors import EventscribeError

CODE = re.compile(r"[A-Za-z]{3}")  # ISO-3 or a CAMEO group code (IGO, NGO, MNC ...)


def country_code(text: str, *, codes_any_case: bool = True) -> str | None:
    """The ISO-3 of the country `text` names (Iran, IR, IRN, Iranian); None if none.

    Without `codes_any_case` an ISO code counts only in capitals, so a lower-case word
    ("al", "us") is not read as a code.
    """
    raw = text.strip()
    if codes_any_case or raw.isupper():
        found = _codes().get(raw.upper())
        if found:
            return found
    return _names().get(_key(raw))


def filter_country(value: object, name: str = "country") -> str:
    """A country filter's value as stored: ISO-3 for a country, a three-letter group code as
    given (IGO); anything else is an error saying what is expected."""
    text = str(value).strip()
    found = country_code(text)
    if found:
        return found
    if CODE.fullmatch(text):
        return text.upper()
    raise EventscribeError(
        f"{name} {text!r}: no such country; give a name (Iran), an ISO code (IR or IRN), "
        "a demonym (Iranian) or a group code (IGO)"
    )


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = folded.lower().replace(".", "").split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    codes = {}
    for row in _rows("actors", "countries.tsv"):
        codes[row["iso2"]] = row["iso3"]
        codes[row["iso3"]] = row["iso3"]
    return codes


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for row in _rows("places", "demonyms.tsv"):
        if row["target"].startswith("country:"):
            names[_key(row["demonym"])] = row["target"].removeprefix("country:")
    countries = list(_rows("actors", "countries.tsv"))
    for row in countries:
        names.update(dict.fromkeys(map(_key, _split(row["adjectives"])), row["iso3"]))
    for row in countries:  # names last: they win
        names.update(dict.fromkeys(map(_key, [row["name"], *_split(row["names"])]), row["iso3"]))
    names.pop("", None)
    return names


def _split(cell: str | None) -> list[str]:
    return [part for part in (cell or "").split("|") if part.strip()]


def _rows(topic: str, name: str) -> Iterator[dict[str, str]]:
    path = resources.files("eventscribe") / "data" / topic / name
    lines = (line for line in path.read_text(encoding="utf-8").splitlines() if line)
    yield from csv.DictReader((line for line in lines if not line.startswith("#")),
                              delimiter="\t", quoting=csv.QUOTE_NONE)  # fmt: skip
