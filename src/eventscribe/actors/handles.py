"""Social media handles and web links in news text.

A handle names an account, and an account is its holder's: "@realDonaldTrump" is Donald
Trump, "@NATO" is NATO, "@mfa_russia" Russia's government, "@SecBlinken" the Blinken the
article names. A handle that says no more than its letters ("@katyperry", "@foxandfriends")
is no actor: a registry row named after it would only be noise. A link ("tmsnrt.rs/2C2sWCs",
"https://t.co/x") names a page, never an actor.
"""

from __future__ import annotations

import re
from typing import Any

from eventscribe.actors import knowledge, names
from eventscribe.actors.candidate import Candidate, Found
from eventscribe.actors.candidates import country_collective
from eventscribe.actors.phrases import Phrase
from eventscribe.actors.phrases import is_handle as is_handle

# Words accounts wear around their holder's name: "@realDonaldTrump", "@TheDemocrats".
FILLER_WORDS = frozenset({"real", "the", "official", "team"})
# Parts of a handle: a run of capitals before a capitalised word or the end ("MFA" of
# "IsraelMFA"), a capitalised or lower-case word, digits (dropped).
_PARTS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
def is_web_link(token: Any) -> bool:
    """A link to a page: an address with a path, or one with its scheme ("Amazon.com" and
    "AL.com" are companies' names, not links)."""
    text = token.text.lower()
    return text.startswith(("http:", "https:", "www.")) or (token.like_url and "/" in text)


def handle_words(handle: str) -> list[str]:
    """The words a handle runs together, without fillers, numbers and a closing code of
    one or two letters ("@ZelenskyyUa" -> Zelenskyy, "@KremlinRussia_E" -> Kremlin Russia)."""
    words = [w for w in _PARTS.findall(handle.lstrip("@")) if not w.isdigit()]
    while words and words[0].lower() in FILLER_WORDS:
        words.pop(0)
    if len(words) > 1 and (len(words[-1]) == 1 or len(words[-1]) == 2 and not words[-1].isupper()):
        words.pop()  # (but "UN" of "@UKRinUN")
    return words


def account_holder(phrase: Phrase, found: Found) -> Candidate | None:
    """Whose account the handle heading `phrase` is, if its words say (see the module)."""
    token = phrase.head
    words = handle_words(token.text)
    if not words or all(w.islower() for w in words) and len(words) == 1:
        return None  # "@katyperry": one run of letters, no name to read
    text = " ".join(words)
    org = knowledge.organization_by_name(text)
    if org is not None:
        return Candidate("organization", org.name, org.country, org.sector, org.code,
                         name_tokens=[token])  # fmt: skip
    state = _state_account(words)
    if state is not None:
        return state
    if len(words) >= 2 and names.is_given_name(words[0]):
        return Candidate("person", text, name_tokens=[token])  # "@JoeBiden"
    return _named_person(words, found)


def _state_account(words: list[str]) -> Candidate | None:
    """A country's or its seat's account ("@IsraelMFA", "@KremlinRussia"): its government."""
    for word in words:
        seat = knowledge.seat_of_government(word)
        if seat is not None:
            return country_collective(*seat)
    for word in words:
        # a country's name written out, not its adjective ("@AmericanAir") nor a code
        # ("@UKRinUN" has no government's word to read)
        country = knowledge.country_by_name(word) if len(word) > 3 else None
        if country is not None and word.lower() not in {a.lower() for a in country.adjectives}:
            return country_collective(country.iso3, "GOV")
    return None


def _named_person(words: list[str], found: Found) -> Candidate | None:
    """The person named before whose surname one of the handle's words is ("@SecBlinken")."""
    for _, _, candidate in reversed(found):
        if candidate.kind != "person":
            continue
        if any(names.exact_surname(word, candidate.name) for word in words):
            return candidate.copy()
    return None
