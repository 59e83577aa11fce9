"""PETRARCH-format actor, agent and discard dictionaries: reading them.

Actors (`*.actors.txt`): a primary phrase with an optional default code, `+synonym` lines,
and tab-indented date restrictions, e.g.

    GOLLUM
    +SMEAGOL
        [HOB < 950601]
        [HOBGOV 19950601 - 19990815]
        [HOBREB > 990816]

Dates are YYMMDD or YYYYMMDD, limits inclusive; the first restriction that holds wins,
else the default code. `[FRO/BIL/SAM]` gives several actors. Agents (`*.agents.txt`):
`PHRASE {plurals} [~CODE]` adds CODE after the actor's code (`[CODE~]` before it); regular
plurals are made unless `{}` says none; `!MARKER! = A, B` lines define substitutions.
Discards (`*.discards.txt`): phrases whose sentence (with `+`: whose story) is not coded;
they match as stems ("WEIGHTLIFT" finds "weightlifting") unless they end with `_`.
Words of an actor or agent phrase, joined by `_` or spaces, match consecutive whole words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from eventscribe.data_cache import cached
from eventscribe.errors import EventscribeError
from eventscribe.petrarch_files import strip_comments

_CODE = re.compile(r"\[([^\]]*)\]")
_AGENT_CODE = re.compile(r"\[([^\]}]*)[\]}]")  # "[~ENV}" occurs upstream
_BRACES = re.compile(r"\{([^}]*)\}")
_RESTRICTION = re.compile(
    r"^\s*(?P<code>[^\s<>]+)?\s*(?:(?P<op>[<>])\s*(?P<date>\d{6,8})"
    r"|(?P<start>\d{6,8})\s*-\s*(?P<end>\d{6,8}))?\s*$"
)
_NULL_CODES = frozenset({"---", "###", "+++", ""})


@dataclass(frozen=True)
class DatedCode:
    codes: tuple[str, ...]
    start: dt.date | None = None  # inclusive
    end: dt.date | None = None  # inclusive

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass
class ActorEntry:
    """One actor of the dictionary. Its codes are parsed when first asked for: a run looks
    up a few hundred of the tens of thousands it reads."""

    name: str  # the primary phrase, readable
    restrictions: list[tuple[str, str]] = field(default_factory=list)  # ([...] text, file:line)
    primary: str | None = None  # the code on the primary phrase's line
    _parsed: tuple[tuple[str, ...], list[DatedCode], list[str]] | None = None

    @property
    def default(self) -> tuple[str, ...]:
        return self._parse()[0]

    @property
    def dated(self) -> list[DatedCode]:
        return self._parse()[1]

    @property
    def errors(self) -> list[str]:
        return self._parse()[2]

    def codes_on(self, day: dt.date | None) -> tuple[str, ...]:
        """The actor's codes on a day: the first date restriction that holds, else default."""
        for restriction in self.dated:
            undated = restriction.start is None and restriction.end is None
            if (day is None and undated) or (day is not None and restriction.holds(day)):
                return restriction.codes
        return self.default

    def _parse(self) -> tuple[tuple[str, ...], list[DatedCode], list[str]]:
        if self._parsed is None:
            default: tuple[str, ...] = ()
            dated: list[DatedCode] = []
            errors: list[str] = []
            if self.primary is not None:
                restriction = parse_restriction(self.primary)  # checked when read
                if restriction.start or restriction.end:
                    dated.append(restriction)
                else:
                    default = restriction.codes
            for text, where in self.restrictions:
                try:
                    dated.append(parse_restriction(text))
                except ValueError as error:  # upstream typos ("9008223"): skip, say where
                    errors.append(f"{where}: {error}")
            self._parsed = (default, dated, errors)
        return self._parsed


@dataclass(frozen=True)
class AgentEntry:
    name: str
    code: str
    before: bool = False  # "NGO~": the code goes before the actor's code


@dataclass
class Dictionaries:
    # (a dict as read; the packaged dictionaries' cache keeps a read-only packed mapping)
    actors: Mapping[tuple[str, ...], ActorEntry] = field(default_factory=dict)
    agents: dict[tuple[str, ...], AgentEntry] = field(default_factory=dict)
    discards: dict[str, bool] = field(default_factory=dict)  # phrase as written -> story-level
    longest: int = 1  # words in the longest phrase
    skipped: list[str] = field(default_factory=list)  # "file:line: reason" of unreadable lines
    # Transliteration key of a surname -> people of that surname (`people_by_surname`).
    surnames: Mapping[str, list[tuple[tuple[str, ...], ActorEntry]]] | None = None

    def check(self) -> list[str]:
        """Every unreadable line: skipped agents and date restrictions (parsed lazily)."""
        entries = {id(e): e for e in self.actors.values()}.values()
        return self.skipped + [error for entry in entries for error in entry.errors]

    def add_phrase(self, table: dict, words: tuple[str, ...], value: object) -> None:
        if words and words not in table:
            table[words] = value
            self.longest = max(self.longest, len(words))


def phrase_words(text: str) -> tuple[str, ...]:
    """A dictionary phrase as the words it must match: 'MINAS_TIRITH' -> ('MINAS', 'TIRITH')."""
    return tuple(w for w in re.split(r"[_\s]+", text.strip().upper()) if w)


def split_codes(text: str) -> tuple[str, ...]:
    codes = tuple(c.strip().upper() for c in text.split("/"))
    return tuple(c for c in codes if c not in _NULL_CODES)


def parse_date(text: str) -> dt.date:
    """YYMMDD (years 00-29 are 20xx, as in PETRARCH's own dictionaries) or YYYYMMDD."""
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise ValueError(f"bad date {text}") from None


def parse_restriction(text: str) -> DatedCode:
    match = _RESTRICTION.match(text)
    if match is None:
        raise ValueError(f"bad date restriction [{text}]")
    for name in ("date", "start", "end"):
        if match[name] and len(match[name]) == 7:
            raise ValueError(f"bad date {match[name]} in [{text}]")
    codes = split_codes(match["code"] or "")
    if match["op"] == "<":
        return DatedCode(codes, end=parse_date(match["date"]))
    if match["op"] == ">":
        return DatedCode(codes, start=parse_date(match["date"]))
    if match["start"]:
        return DatedCode(codes, parse_date(match["start"]), parse_date(match["end"]))
    return DatedCode(codes)


def read_actors(path: Path, into: Dictionaries) -> None:
    entry: ActorEntry | None = None
    for number, line in _lines(path):
        try:
            if line[:1].isspace() and line.strip().startswith("["):
                if entry is None:
                    raise ValueError("date restriction before any actor")
                where = f"{path.name}:{number}"
                entry.restrictions.extend((code, where) for code in _CODE.findall(line))
            elif line.lstrip().startswith("+"):
                if entry is None:
                    raise ValueError("synonym before any actor")
                into.add_phrase(into.actors, phrase_words(_CODE.sub("", line.strip()[1:])), entry)
            else:
                phrase = _CODE.sub("", line).strip()
                codes = _CODE.findall(line)
                entry = ActorEntry(name=" ".join(phrase_words(phrase)).title())
                if codes:
                    parse_restriction(codes[0])  # a bad primary code stops the reading
                    entry.primary = codes[0]
                into.add_phrase(into.actors, phrase_words(phrase), entry)
        except ValueError as error:
            raise EventscribeError(f"{path}:{number}: {error}") from None


def read_agents(path: Path, into: Dictionaries) -> None:
    markers: dict[str, list[str]] = {}
    for number, line in _lines(path):
        text = line.strip()
        if re.match(r"^!\w+!\s*=", text):
            name, _, values = text.partition("=")
            markers[name.strip().upper()] = [
                v.strip().upper() for v in values.split(",") if v.strip()
            ]
            continue
        codes = _AGENT_CODE.findall(text)
        if not codes:
            into.skipped.append(f"{path.name}:{number}: agent without a [code]")
            continue
        code = codes[0].strip().upper()
        agent_code, before = (code[:-1], True) if code.endswith("~") else (code.lstrip("~"), False)
        head = _AGENT_CODE.sub("", text)
        plurals = _BRACES.findall(head)
        phrase = _BRACES.sub("", head).strip()
        for variant in _substituted(phrase, markers):
            entry = AgentEntry(name=" ".join(phrase_words(variant)).lower(), code=agent_code.strip(),
                               before=before)  # fmt: skip
            words = phrase_words(variant)
            into.add_phrase(into.agents, words, entry)
            forms = plurals[0].split() if plurals else _plurals(words[-1:] and words[-1])
            for plural in forms:
                into.add_phrase(into.agents, phrase_words(plural) if "_" in plural
                                else words[:-1] + (plural.upper(),), entry)  # fmt: skip


def _substituted(phrase: str, markers: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!\w+!", phrase)
    if match is None:
        return [phrase]
    values = markers.get(match.group().upper())
    if values is None:
        return [phrase.replace(match.group(), "")]
    return [
        v
        for value in values
        for v in _substituted(phrase.replace(match.group(), value, 1), markers)
    ]


def _plurals(word: str) -> list[str]:
    if not word or not word.isalpha():
        return []
    if word.endswith("Y") and word[-2:-1] not in ("A", "E", "I", "O", "U"):
        return [word[:-1] + "IES"]
    if word.endswith(("SS", "SH", "CH", "X")):
        return [word + "ES"]
    return [word + "S"]


def read_discards(path: Path, into: Dictionaries) -> None:
    for _, line in _lines(path):
        text = line.strip()
        story = text.startswith("+")
        phrase = " ".join(text.lstrip("+").split()).upper()
        if phrase:
            into.discards.setdefault(phrase, story)


def _lines(path: Path) -> list[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise EventscribeError(f"{path}: cannot read dictionary ({error})") from None
    return strip_comments(text.splitlines())


def read_folder(folder: Path) -> Dictionaries:
    """Every actor, agent and discard dictionary of a PETRARCH-format folder."""
    found = Dictionaries()
    kinds = (("*actors*.txt", read_actors), ("*agents*.txt", read_agents),
             ("*discards*.txt", read_discards))  # fmt: skip
    for pattern, reader in kinds:
        for path in sorted(folder.glob(pattern)):
            reader(path, found)
    if not found.actors:
        raise EventscribeError(f"{folder}: no actor dictionary (*actors*.txt) in folder")
    return found


@lru_cache(maxsize=4)
def load_dictionaries(folder: str | None = None) -> Dictionaries:
    """The dictionaries of a folder, or the packaged Phoenix ones; read once per process."""
    if folder is not None:
        return read_folder(Path(folder))
    with resources.as_file(resources.files("eventscribe") / "data" / "petrarch2") as base:
        return _cached(base)


# Bump when what the cached pickle holds changes shape or meaning (the transliteration keys).
CACHE_FORMAT = 7
# Words that make an actor phrase a body's name, not a person's: anywhere, or last.
NOT_IN_NAMES = frozenset({"OF", "THE", "AND", "FOR", "ON", "IN", "TO"})
BODY_WORDS = frozenset({
    "OFFICE", "AGENCY", "COMMITTEE", "COUNCIL", "DEPARTMENT", "MINISTRY", "COURT", "BANK",
    "ARMY", "FORCE", "FORCES", "PARTY", "UNION", "ORGANIZATION", "ASSOCIATION", "CORPORATION",
    "COMPANY", "GROUP", "BUREAU", "SERVICE", "SERVICES", "COMMISSION", "CENTER", "CENTRE",
    "INSTITUTE", "UNIVERSITY", "BOARD", "AUTHORITY", "FUND", "FOUNDATION", "FRONT",
    "MOVEMENT", "ASSEMBLY", "PARLIAMENT", "SENATE", "CONGRESS", "GOVERNMENT", "POLICE",
    "GUARD", "NAVY", "COMMAND", "CORPS", "BRIGADE", "LEAGUE", "FEDERATION", "COALITION",
    "ALLIANCE", "NETWORK", "NEWS", "TIMES", "POST", "TELEVISION", "RADIO", "AIRLINES",
})  # fmt: skip


def _cached(folder: Path) -> Dictionaries:
    """The folder's dictionaries through the data cache: every worker process would
    otherwise parse 54,000 lines and key 16,000 surnames."""

    def build() -> Dictionaries:
        from eventscribe.actors.packed_dictionaries import PackedActors, PackedSurnames

        found = read_folder(folder)
        surnames = people_by_surname(found)
        found.actors = PackedActors(found.actors)  # (see packed_dictionaries: load time)
        found.surnames = PackedSurnames(surnames, found.actors)
        return found

    return cached("dictionaries", sorted(folder.glob("*.txt")), CACHE_FORMAT, build)


@lru_cache(maxsize=1)
def default_discards() -> Dictionaries:
    """The discards of the default coding: sports and entertainment (data/coding)."""
    found = Dictionaries()
    with resources.as_file(resources.files("eventscribe") / "data" / "coding") as base:
        read_discards(base / "discards.txt", found)
    return found


def people_by_surname(found: Dictionaries) -> dict[str, list[tuple[tuple[str, ...], ActorEntry]]]:
    """Actor phrases of two or more name words, by the transliteration key of the surname
    ("HANIYA" and "Haniyeh" share one): the last word, and also the first for people of a
    country that names the family first ("XI JINPING" under "Xi"). Built once per
    dictionary (and kept in its cache)."""
    from eventscribe.actors.names import FAMILY_NAME_FIRST, translit_key

    if found.surnames is None:
        index: dict[str, list[tuple[tuple[str, ...], ActorEntry]]] = {}
        for words, entry in found.actors.items():
            if (
                len(words) >= 2
                and all(w.replace("-", "").replace(".", "").isalpha() for w in words)
                and not NOT_IN_NAMES.intersection(words)  # "HOUSE OF REPRESENTATIVES"
                and words[-1] not in BODY_WORDS  # "NATIONAL RECONNAISSANCE OFFICE"
                and _a_person(words, entry)
            ):
                index.setdefault(translit_key(words[-1]), []).append((words, entry))
                if _countries(entry) & FAMILY_NAME_FIRST and words[0] not in NOT_SURNAMES:
                    # (not a title before the name: "PRESIDENT HU JINTAO", "PREMIER WEN JIABAO")
                    index.setdefault(translit_key(words[0]), []).append((words, entry))
        found.surnames = index
    return found.surnames


# Last words of actor phrases that are no surname: legal forms and trades of companies, places,
# titles ("BEST BUY CO", "SHAMIR OPTICAL INDUSTRY", "MURRAY RIVER", "US PRESIDENT"), bodies
# ("US INTELLIGENCE COMMUNITY"); nor, before a family name, first words ("PREMIER WEN JIABAO").
NOT_SURNAMES = frozenset({
    "INC", "CORP", "CO", "LTD", "LIMITED", "INCORPORATED", "LLC", "PLC", "AG", "SA", "NV",
    "HOLDINGS", "INTERNATIONAL", "TRUST", "BANCORP", "PARTNERS", "TECHNOLOGIES", "SYSTEMS",
    "INDUSTRY", "INDUSTRIES", "PHARMACEUTICALS", "ENERGY", "BRIGADES", "ISLAND", "ISLANDS",
    "RIVER", "STATE", "COUNTY", "REPUBLIC", "PROVINCE", "REGION", "PRESIDENT", "MINISTER",
    "PREMIER", "CHANCELLOR", "KING", "QUEEN", "PRINCE", "SECRETARY", "GENERAL", "AMBASSADOR",
    "ADMINISTRATION", "COMMUNITY", "PM", "MR", "MRS", "MS", "DR", "COLONEL", "CHIEF", "KPA",
})  # fmt: skip
# Sector codes of people in the dictionaries (the fourth to sixth letters of a code).
PERSON_SECTORS = frozenset({
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "ELI", "CVL", "BUS", "MED",
    "EDU", "LAB", "AGR", "HLH", "CRM", "REF", "MOD", "RAD", "IGO", "NGO", "UAF", "REL", "HRI",
    "SEP", "INS", "ENV", "DEV", "JEW", "MUS", "CHR", "BUD", "HIN", "SHI", "SUN",
})  # fmt: skip


def _a_person(words: tuple[str, ...], entry: ActorEntry) -> bool:
    """Whether an actor phrase may be a person's name: not a company's (an MNC code), nor a
    place's (a bare country code or a region's, no dated role), nor a title's."""
    if words[-1] in NOT_SURNAMES or any(c.startswith("MNC") for c in entry.default):
        return False
    place = entry.default and not entry.dated and all(
        len(c) <= 3 or c[3:6] not in PERSON_SECTORS for c in entry.default)  # fmt: skip
    return not place and not _a_group(words, entry)


# Sectors of the groups the dictionaries list beside people ("PEOPLES WAR GROUP": INDREB,
# "WORLD LIBRARY PARTNERSHIP": NGOEDU).
GROUP_SECTORS = frozenset({"REB", "NGO", "IGO", "UAF", "INS", "SEP"})


def _a_group(words: tuple[str, ...], entry: ActorEntry) -> bool:
    """A group's phrase, not a person's: a group's code and no dated role, and a first word
    that is no given name ("Boko Haram", but "Imad Moughniyah" of the same code is a man)."""
    from eventscribe.actors.names import is_given_name

    grouped = entry.default and not entry.dated and all(
        c[:3] in GROUP_SECTORS or c[3:6] in GROUP_SECTORS for c in entry.default)  # fmt: skip
    return bool(grouped) and not is_given_name(words[0])


def _countries(entry: ActorEntry) -> set[str]:
    """The countries of all an entry's codes, whenever they hold."""
    codes = [*entry.default, *(c for dated in entry.dated for c in dated.codes)]
    return {code[:3] for code in codes}
