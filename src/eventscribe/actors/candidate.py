"""What one phrase names, before the article's spellings are merged: a `Candidate`, and the
`Actor` it becomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventscribe.actors import names
from eventscribe.actors.dictionaries import DatedCode
from eventscribe.actors.phrases import Phrase
from eventscribe.article import Actor, ActorMention


@dataclass
class Candidate:
    """What one phrase names, before article-level merging."""

    kind: str  # person, organization, country, body, collective
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    affiliation: str | None = None  # an organization actor id ("org:hamas")
    title_tokens: list[Any] = field(default_factory=list)  # "Iran's Foreign Minister"
    name_tokens: list[Any] = field(default_factory=list)
    key: str | None = None  # a body's words without its country ("mission-un"); an
    # organization's shortest spelling ("amd" for "Advanced Micro Devices (AMD)")
    dictionary_role: DatedCode | None = None  # the dictionary's dated role, when it gave one
    dictionary_source: str = "phoenix dictionary"
    described: bool = False  # named by a description ("the group", "Israeli towns"), not a name
    countryless: bool = False  # a collective whose country the article must give ("police")
    modifier: bool = False  # named as a modifier of a thing ("the SEACOM cable", "Opec oil")
    # whose the person is, by their title ("Trump" | "son-in-law" of "Trump's son-in-law")
    owner_words: list[Any] = field(default_factory=list)
    owned_words: list[Any] = field(default_factory=list)

    @property
    def actor_id(self) -> str:
        if self.kind == "person":
            return f"person:{names.person_key(self.name)}"
        if self.kind == "organization":
            return f"org:{self.key or names.org_key(self.name)}"
        if self.kind == "country":
            return f"country:{self.country}"
        if self.kind == "body":
            return f"body:{(self.country or 'x').lower()}:{self.key or names.slug(self.name)}"
        return f"sector:{self.country or 'X'}:{self.sector or 'X'}"

    def copy(self, described: bool = False) -> Candidate:
        """The same actor named again ("the group"): no words of the earlier phrase."""
        words: dict[str, Any] = {"title_tokens": [], "name_tokens": [], "described": described,
                                 "owner_words": [], "owned_words": []}  # fmt: skip
        return Candidate(**{**self.__dict__, **words})


Found = list[tuple[int, Phrase, Candidate]]  # (sentence, phrase, candidate) in text order


# A pronoun ("he", "it", "who") is never an actor's spelling, nor a place or run of words
# standing for a country ("Texas", "GULF OFF IRAN": kind "loose"), nor a bare common noun or
# title ("the company", "country", "President"); a description or title of more words is
# ("the Palestinian Islamist group", "UN spokesman", "Iran's Foreign Minister"), except a
# country's ("Iranian coast"): a country's spellings are its names and demonyms.
ARTICLES = frozenset({"the", "a", "an"})


def is_spelling(mention: ActorMention) -> bool:
    """Whether the mention's text is one of its actor's spellings (a registry form)."""
    if mention.kind in ("pronoun", "loose"):
        return False
    if mention.kind == "description" and (mention.actor_id or "").startswith("country:"):
        return False  # a country's spellings are its names and demonyms, not "Iranian coast"
    if mention.kind in ("title", "description"):
        return len([w for w in mention.text.split() if w.lower() not in ARTICLES]) >= 2
    return True


def as_actor(candidate: Candidate) -> Actor:
    return Actor(
        id=candidate.actor_id,
        name=candidate.name,
        kind=candidate.kind,
        country=candidate.country,
        sector=candidate.sector,
        code=candidate.code,
        role=candidate.role,
    )
