"""Name keys and spelling-variant matching for people (transliteration-tolerant)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz
from unidecode import unidecode

from eventscribe.actors import knowledge
from eventscribe.data_cache import cached

_NON_LETTERS = re.compile(r"[^a-z0-9]+")
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "sheikh",
        "sheik",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sen",
        "rep",
        "gov",
        "pres",
        "prof",
        "lord",
        "dame",
    ]
)
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # "Trump Jr.", "Joseph Smith Sr."
_REGNAL = re.compile(r"^[IVX]{2,5}$")  # a regnal number: II, XIV, XVI (not a one-letter initial)
# Countries whose people the news names family name first: "Xi Jinping" is "Xi", "Moon
# Jae-in" is "Moon". (Not Vietnam: "Nguyen Xuan Phuc" is "Phuc"; not Japan, whose names
# English news writes given name first.)
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR"})
SAME_NAME_SCORE = 88  # rapidfuzz ratio from which two surnames are one spelled two ways


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII letters and digits only: 'Amir-Abdollahian' -> 'amirabdollahian'."""
    return _NON_LETTERS.sub("", unidecode(text).lower())


# Spelling differences of transliterated names (Arabic, Persian, Russian ...), applied in order.
_TRANSLIT = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"(?<=[a-z])[ae]h$", "a"), (r"iy", "i"), (r"y", "i"), (r"ou|oo", "u"), (r"ee", "i"),
        (r"ph", "f"), (r"kh", "h"), (r"q", "k"), (r"(.)\1+", r"\1"),
    )
)  # fmt: skip


@lru_cache(maxsize=1 << 16)
def translit_key(text: str) -> str:
    """A coarser key for transliterations: 'Haniyeh' and 'Haniya' both give 'hania'."""
    key = fold(text)
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return key


@lru_cache(maxsize=1 << 16)
def similar(a: str, b: str) -> bool:
    """Two name words spelled alike, letter for letter or as transliterations."""
    return max(fuzz.ratio(fold(a), fold(b)), fuzz.ratio(translit_key(a), translit_key(b))) >= (
        SAME_NAME_SCORE
    )


def slug(text: str) -> str:
    return _NON_LETTERS.sub("-", unidecode(text).lower()).strip("-")


# The legal form at the end of a company's name: "Intel Corp" is "Intel", "SeaMicro Inc" is
# "SeaMicro". (Not "Corps": the Revolutionary Guard Corps is a corps.)
LEGAL_FORMS = frozenset({"inc", "corp", "corporation", "co", "ltd", "limited", "llc", "plc",
                         "ag", "sa", "nv", "bv", "gmbh", "spa", "lp", "llp", "incorporated"})  # fmt: skip
# Words an organization's initials skip: "Bank of England" is BOE, not BOFE.
INITIALS_SKIP = frozenset({"of", "and", "the", "for", "de", "du", "des", "la", "le", "&"})


@lru_cache(maxsize=1 << 16)
def org_key(name: str) -> str:
    """A key equal for spellings of one organization's name: its slug without a trailing legal
    form ("Intel Corp." = "Intel") and with initials undotted ("U.S." = "US")."""
    words = [w for w in re.split(r"[\s,]+", name.strip()) if w]
    while len(words) > 1 and fold(words[-1]) in LEGAL_FORMS:
        words = words[:-1]
    # "U.S. Geological Survey" = "US Geological Survey": initials with dots are one word
    return slug(" ".join(w.replace(".", "") if DOTTED_INITIALS.fullmatch(w) else w for w in words))


def spelled_key(key: str) -> str:
    """An organization's key (`org_key`) without hyphens, and without plural endings when
    it has two words or more: "sea-micro" and "seamicro", "central-elections-commission"
    and "central-election-commission" are one; "times" and "time" two (The Times, Time)."""
    words = key.split("-")
    if len(words) < 2:
        return key
    return "".join(w[:-1] if len(w) >= 4 and w.endswith("s") else w for w in words)


def initials(name: str) -> str:
    """The capital initials of a name's words: "Advanced Micro Devices" -> "AMD", "Bank of
    England" -> "BE" (the small words skipped), "U.S. Geological Survey" -> "USGS" (a word
    of initials gives them all); "" when a word is not capitalised."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in INITIALS_SKIP]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w.replace(".", "") if DOTTED_INITIALS.fullmatch(w) else w[0] for w in words)


DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.K."


def name_parts(name: str) -> list[str]:
    """The words of a person's name without honorifics; hyphenated parts stay together."""
    return list(_name_parts(name))


@lru_cache(maxsize=1 << 16)
def _name_parts(name: str) -> tuple[str, ...]:
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if len(words) > 1 and _REGNAL.match(words[-1]) and not name.isupper():
        words = words[:-1]  # "John Paul II" is "John Paul" (not "PREMIER LI")
    return tuple(w for w in words if fold(w) not in HONORIFICS and fold(w))


@lru_cache(maxsize=1 << 16)
def person_key(name: str) -> str:
    """A key equal for spellings of one name: 'Hossein Amir-Abdollahian' = 'Hossein
    Amirabdollahian'; 'Donald J. Trump' = 'Donald Trump' (middle initials are dropped)."""
    parts = [fold(part) for part in name_parts(name)]
    middle = [p for p in parts[1:-1] if len(p) > 1]
    return "-".join([*parts[:1], *middle, *parts[-1:]] if len(parts) > 2 else parts)


@lru_cache(maxsize=1 << 16)
def surname_variants(name: str, family_first: bool = False) -> frozenset[str]:
    """Folded forms a surname-only mention may take: the surname (the last word, or the first
    where the family name comes first) and its hyphen parts."""
    parts = name_parts(name)
    if not parts:
        return frozenset()
    surname = parts[0] if family_first and len(parts) >= 2 else parts[-1]
    variants = {fold(surname)}
    variants.update(fold(piece) for piece in surname.split("-") if len(fold(piece)) > 2)
    if not family_first and len(parts) >= 2 and parts[-2][:1].islower():
        variants.add(fold(" ".join(parts[-2:])))  # particles: "al Assad", "van der Bellen"
    return frozenset(variants)


@lru_cache(maxsize=1 << 16)
def same_surname(short: str, full_name: str, family_first: bool = False) -> bool:
    """Whether a one-word mention names the person `full_name` (exactly or as a variant)."""
    folded = fold(short)
    if len(folded) < (2 if family_first else 3):
        return False
    if exact_surname(short, full_name, family_first):
        return True
    variants = surname_variants(full_name, family_first)
    return any(similar(folded, v) for v in variants if len(v) > 3)


@lru_cache(maxsize=1 << 16)
def exact_surname(short: str, full_name: str, family_first: bool = False) -> bool:
    """Whether a one-word mention is one of the surname spellings of `full_name`. Family
    names of two letters ("Xi", "Li") count where the family name comes first."""
    folded = fold(short)
    shortest = 2 if family_first else 3
    return len(folded) >= shortest and folded in surname_variants(full_name, family_first)


@lru_cache(maxsize=1 << 16)
def same_person(a: str, b: str) -> bool:
    """Two full names of one person: equal keys, or the same first name (or its short form:
    "Mike" and "Michael") and surname variants."""
    if person_key(a) == person_key(b):
        return True
    pa, pb = name_parts(a), name_parts(b)
    if len(pa) < 2 or len(pb) < 2 or not same_given_name(pa[0], pb[0]):
        return False
    return similar(pa[-1], pb[-1])


def same_given_name(a: str, b: str) -> bool:
    """One first name: the same, a short form of the other ("Mike", "Michael"), or another
    romanisation of it ("Dmitry", "Dmitri"; "Oleksii", "Oleksiy")."""
    return given_name(a) == given_name(b) or translit_key(a) == translit_key(b)


def given_name(word: str) -> str:
    """A first name folded, its short form as the full one ("Rick" -> "richard")."""
    folded = fold(word)
    return knowledge.nicknames().get(folded, folded)


def is_given_name(word: str) -> bool:
    """Whether a word is a given name of the tables, however transliterated ("Oleksii" is
    the dictionaries' "Oleksiy")."""
    return translit_key(word) in _given_name_keys()


@lru_cache(maxsize=1)
def _given_name_keys() -> frozenset[str]:
    """Built once per machine (keying 12,000 names costs each process 80 ms)."""
    folder = resources.files("eventscribe") / "data" / "actors"
    with resources.as_file(folder) as base:
        sources = [base / "first_names.tsv", base / "given_names.txt"]
        return cached("given-names", sources, 1, _keyed_given_names)


def _keyed_given_names() -> frozenset[str]:
    return frozenset(translit_key(name) for name in knowledge.given_names())


def surname_with_generation(name: str) -> tuple[str, str] | None:
    """ "Trump Jr." -> ("trump", "jr"): a surname with a generation and no given name."""
    parts = name_parts(name)
    if len(parts) == 2 and fold(parts[1]) in GENERATIONS:
        return fold(parts[0]), fold(parts[1])
    return None


def ends_with(full_name: str, surname: tuple[str, str]) -> bool:
    """Whether a full name ends with the surname and generation: "Donald Trump Jr."."""
    parts = name_parts(full_name)
    return len(parts) >= 3 and (fold(parts[-2]), fold(parts[-1])) == surname
