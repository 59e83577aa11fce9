"""Aid, trigger first: a verb of giving, pledging or cutting and the aid it concerns.

"The United States sent weapons to Ukraine" (072), "Germany pledged 1 billion euros in
military aid to Ukraine" (0332), "Japan will provide humanitarian aid to Turkey" (073),
"Washington suspended military aid to Egypt" (1622). The thing given is the verb's object
or what the object is "in" ("euros in military aid"); the recipient the object of "to" or
"for" on the verb or on the aid, and for aid cut also of "from" ("withdrew funding from
the agency"). data/coding/aid.tsv.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventscribe.coding import arguments
from eventscribe.coding.sections import read_sections
from eventscribe.syntax import earlier_mentions, is_definite, phrasal_keys

RECIPIENT_PREPS = frozenset({"to", "for"})
CUT_OFF_PREPS = RECIPIENT_PREPS | {"from"}
ROOT_OF_SECTION = {"give": "07", "allot": "07", "pledge": "033", "cut": "162"}


@dataclass(frozen=True)
class AidWords:
    give: frozenset[str]
    allot: frozenset[str]
    pledge: frozenset[str]
    cut: frozenset[str]
    aid: dict[str, str]  # noun -> kind digit or "-"
    kinds: dict[str, str]  # modifier -> kind digit


@dataclass
class Aid:
    code: str
    predicate: Any
    recipients: list[Any]
    given: Any

    @property
    def pattern(self) -> str:
        return f"aid: {self.predicate.lemma_} + {self.given.lemma_}"


@lru_cache(maxsize=1)
def aid_words() -> AidWords:
    sections = read_sections("aid.tsv")
    pairs = {name: dict(row.split("\t") for row in sections[name]) for name in ("aid", "kinds")}
    verbs = (frozenset(sections[name]) for name in ("give", "allot", "pledge", "cut"))
    return AidWords(*verbs, pairs["aid"], pairs["kinds"])


def find_aid(verb: Any) -> Aid | None:
    words = aid_words()
    keys = phrasal_keys(verb)  # "held back funds", then "hold"
    section = next((name for key in keys for name in ROOT_OF_SECTION if key in getattr(words, name)), None)
    if section is None:
        return None
    given = _given(verb, words)
    if given is None or section in ("allot", "cut") and given.lemma_.lower() == "support":
        return None  # "announced its support for Kyiv", "withdrew its support": words, not aid
    preps = CUT_OFF_PREPS if section == "cut" else RECIPIENT_PREPS
    recipients = (_recipients(verb, preps) or _recipients(given, preps)
                  or _recipients(given.head, preps) or _earlier_recipients(given, preps))  # fmt: skip
    kind = _kind(given, words)
    root = ROOT_OF_SECTION[section]
    code = f"{root}{kind}" if kind else ("070" if root == "07" else root)
    return Aid(code, verb, recipients, given)


def _given(verb: Any, words: AidWords) -> Any:
    """The aid given: the object, or what the object is "in" ("1 billion euros in aid")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        held = arguments.contents(obj)  # "an aid package", "a new tranche of weapons"
        if held.lemma_.lower() in words.aid:
            return held
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in words.aid:
                        return pobj
    return None


def _recipients(word: Any, preps: frozenset[str] = RECIPIENT_PREPS) -> list[Any]:
    """ "sent arms to Ukraine", "aid for Gaza", and the indirect object: "gave Jordan $50m"."""
    found = []
    for child in word.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            found.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN"):
            found.append(child)
    return found


def _earlier_recipients(given: Any, preps: frozenset[str]) -> list[Any]:
    """ "would withdraw the subsidy": the recipients of the subsidy the article named before
    ("the labour subsidy for Rotterdam's port employers")."""
    if not is_definite(given):
        return []
    earlier = next(earlier_mentions(given), None)
    return [] if earlier is None else _recipients(earlier, preps) or _recipients(earlier.head, preps)


def _kind(given: Any, words: AidWords) -> str:
    own = words.aid.get(given.lemma_.lower(), "-")
    if own != "-":
        return own
    for child in given.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in words.kinds:
            return words.kinds[child.lower_]
    return ""
