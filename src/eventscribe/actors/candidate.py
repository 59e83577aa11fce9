"""What one phrase names, before the article's spellings are merged: a `Candidate`, and the
`Actor` it becomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventscribe.actors import names
from eventscribe.actors.dictionaries import DatedCode
from eventscribe.actors.phrases import Phrase
from eventscribe.article import Actor


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

    def copy(self) -> Candidate:
        """The same actor named again ("the group"): no words of the earlier phrase."""
        return Candidate(**{**self.__dict__, "title_tokens": [], "name_tokens": []})


Found = list[tuple[int, Phrase, Candidate]]  # (sentence, phrase, candidate) in text order


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
