"""How place names are matched: the key of a name, and the forms to try when a name is not
known as written ("Oaxaca State", "northern Mali", "south of Kharg island", "the Syrian border",
"Centre-north")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from unidecode import unidecode

from eventscribe.where.parts import direction_of

PART_ADJECTIVES = {
    "north": "northern", "south": "southern", "east": "eastern", "west": "western",
    "northeast": "northeastern", "northwest": "northwestern", "southeast": "southeastern",
    "southwest": "southwestern", "central": "central",
}  # fmt: skip
_ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_DROPPED = re.compile(r"[.'`\u2019]")
_SEPARATORS = re.compile(r"[^a-z0-9]+")
_GENERIC_SUFFIX = re.compile(
    r"^(.+) (state|province|region|city|county|district|governorate|oblast|prefecture|"
    r"municipality|department|territory|republic|island|islands|isle|countryside|area|"
    r"outskirts|suburbs|environs)$"
)
_GENERIC_PREFIX = re.compile(
    r"^(city|state|province|republic|county|town|village|region|district) of (.+)$"
)
# "upstate New York", "downstate Illinois": the state apart from its great city, as a state.
_STATE_PREFIX = re.compile(r"^(?:upstate|downstate) (.+)$")
# The kinds of place a generic word asks for: "Kaduna State" is the state, "the city of
# Kandahar" the city.
AREA_WORDS = frozenset({
    "state", "province", "region", "county", "district", "governorate", "oblast",
    "prefecture", "department", "territory",
})  # fmt: skip
TOWN_WORDS = frozenset({"city", "town", "village", "municipality"})
# Generic words of feature names that GeoNames keeps as some town's alternate name ("Fort"
# for Augusta, Maine, once Fort Western; "Falls" for Trenton): alone, a word of a longer
# name the tagger cut ("Fort" of "Fort Benning"), never that town.
FEATURE_WORDS = frozenset({
    "fort", "mount", "lake", "cape", "point", "port", "river", "island", "camp", "falls",
    "park", "creek", "harbor", "harbour", "sea", "bay", "beach", "valley", "hills",
    "springs", "heights", "mountain", "mountains", "desert", "gulf", "coast", "sierra",
})  # fmt: skip
# The generic words of regions' own names, English and as GeoNames writes them in the
# local language ("Stavropol'skiy Kray", "Nineveh Governorate"): "Stavropol Territory"
# asks for the region whose name is "Stavropol" and such a word.
REGION_NAME_WORDS = frozenset({
    "kray", "krai", "oblast", "oblast'", "okrug", "respublika", "rayon", "raion", "county",
    "district", "municipality", "province", "provincia", "region", "governorate", "state",
    "prefecture", "department", "departement", "parish", "territory", "sheng", "ilcesi",
})  # fmt: skip
# Adjectival endings of Russian region names: "Stavropol'skiy" is Stavropol's.
_ADJECTIVAL = re.compile(r"(skiy|skaya|skij|sky|skaja)$")
_DIRECTIONAL = re.compile(
    r"^(north|south|east|west|northern|southern|eastern|western|central|northeast|"
    r"northwest|southeast|southwest|northeastern|northwestern|southeastern|"
    r"southwestern|upper|lower|greater|mid|inner|outer|ne|nw|se|sw) (.+)$"
)
# "the northern tip of the Gulf", "the eastern part of Chad": a direction of the place.
_PART_OF = re.compile(
    r"^(\w+) (?:tip|part|parts|end|edge|shore|coast|side|reaches|region|area|areas) of "
    r"(?:the )?(.+)$"
)
# "south of Kharg island", "west of the Gulf": a direction of the place, as a place name.
_DIRECTION_OF = re.compile(
    r"^(north|south|east|west|northeast|northwest|southeast|southwest) of (?:the )?(.+)$"
)
BORDER = re.compile(r"^(.+) (border|borders|frontier|border region|border area)$")
POSSESSIVE = re.compile(r"['\u2019]s$")


def name_key(text: str) -> str:
    """The form names are matched in: ASCII, case-folded, punctuation-free, "St." -> "saint"."""
    folded = _DROPPED.sub("", unidecode(text).casefold().replace("&", " and "))
    words = _SEPARATORS.sub(" ", folded).split()
    if words and words[0] == "the":
        words = words[1:]
    last = len(words) - 1
    return " ".join(_ABBREVIATED.get(w, w) if i < last else w for i, w in enumerate(words))


# English directions in names of regions that GeoNames spells in French: "Centre-north"
# is Burkina Faso's Centre-Nord, "South-West" Cameroon's Sud-Ouest.
_FRENCH_DIRECTIONS = {"north": "nord", "south": "sud", "east": "est", "west": "ouest"}


def in_french(key: str) -> str:
    """The key with its direction words in French, when it has another word too."""
    words = key.split()
    if len(words) < 2 or not any(w in _FRENCH_DIRECTIONS for w in words):
        return ""
    return " ".join(_FRENCH_DIRECTIONS.get(w, w) for w in words)


def region_stem(name: str) -> str | None:
    """A region's name without its generic word, or None when it has none:
    "Stavropol'skiy Kray" -> "stavropol", "Nineveh Governorate" -> "nineveh"."""
    words = name_key(name).split()
    generic = [w for w in words if w in REGION_NAME_WORDS or w.rstrip("'") in REGION_NAME_WORDS]
    rest = [_ADJECTIVAL.sub("", w) for w in words if w not in generic]
    return " ".join(rest) if generic and rest and all(rest) else None


def variants(key: str) -> Iterator[tuple[str, str, str]]:
    """Forms to try when a name is not known as written, with how they matched and the
    generic word dropped: "Oaxaca State" (variant, state), "northern Mali"
    (direction:north)."""
    yield from _generic(key, "variant")
    match = _DIRECTION_OF.match(key) or _DIRECTIONAL.match(_PART_OF.sub(r"\1 \2", key))
    if match:
        direction = direction_of(match.group(1))
        how = f"direction:{direction}" if direction else "variant"
        yield match.group(2), how, ""
        yield from _generic(match.group(2), how)  # "southern Kandahar province"


def _generic(key: str, how: str) -> Iterator[tuple[str, str, str]]:
    """The key without its generic word ("Oaxaca State", "the city of Kandahar")."""
    for pattern, group, generic in ((_GENERIC_SUFFIX, 1, 2), (_GENERIC_PREFIX, 2, 1)):
        match = pattern.match(key)
        if match:
            yield match.group(group), how, match.group(generic)
    match = _STATE_PREFIX.match(key)
    if match:
        yield match.group(1), how, "state"


def is_code(alias: str) -> bool:
    """Postal codes and acronyms ("CA", "NYC") match only as written, never "ca" or "in"."""
    return alias.isupper() and alias.isalpha() and len(alias) <= 3
