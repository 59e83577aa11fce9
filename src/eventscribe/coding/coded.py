"""What the coder works with: a predicate coded with the words of its parties (`Coded`),
an act of violence or unrest found trigger first (`Act`), and the actors each token of the
article belongs to (`ActorIndex`)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from eventscribe.actors.phrases import is_wire_credit
from eventscribe.article import ActorRef, Article
from eventscribe.coding.triggers import Trigger


@dataclass
class Coded:
    code: str
    predicate: Any  # the token that carries the event
    pattern: str | None
    sources: list[Any]
    targets: list[Any]
    modality: str | None = None
    mutual: bool = False  # "X and Y boost cooperation": the act is between the subjects
    event_object: Any = None  # "praised the rampage": an act whose actor is found later
    shared_with: Any = None  # "their meeting": the possessive; the other party is found later
    owner_refs: list[ActorRef] = dataclasses.field(default_factory=list)  # "the U.S. sanctions"


@dataclass
class Act:
    trigger: Trigger
    source: ActorRef | None = None
    target: ActorRef | None = None
    code: str = ""
    outcomes: list[Any] = dataclasses.field(default_factory=list)  # tokens of folded deaths, injuries
    weapon: str | None = None
    agentless: bool = False  # the subject is no party at all: "Hurricane Irma struck Texas"
    abstract: bool = False  # the object is no party, place or thing: "attacked the plan"
    # Other parties the source's words name with it: "British and French troops attacked"
    co_sources: list[ActorRef] = dataclasses.field(default_factory=list)
    mutual: bool = False  # the parties act on each other: "Iraqi and Iranian forces clashed"

    @property
    def token(self) -> Any:
        return self.trigger.token

    @property
    def pattern(self) -> str:
        outcome = " + " + ", ".join(o.lower_ for o in self.outcomes) if self.outcomes else ""
        return f"violence {self.trigger.kind}: {self.trigger.text.lower()}{outcome}"


class ActorIndex:
    """Which actors a token belongs to: those of the smallest mention that contains it
    (several when a dictionary gives one phrase several actors: "The Shire")."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.by_char: dict[int, list[Any]] = {}
        spans: dict[tuple[int, int], list[Any]] = {}
        for mention in article.mentions:
            # A name modifying a thing ("Opec oil") is whose the thing is, not a participant.
            if mention.actor_id is not None and mention.kind != "modifier" and not is_wire_credit(
                article.text, mention.start, mention.end
            ):
                spans.setdefault((mention.start, mention.end), []).append(mention)
        for (start, end), mentions in sorted(spans.items(), key=lambda s: s[0][0] - s[0][1]):
            for char in range(start, end):
                self.by_char[char] = mentions
        self._chars = frozenset(self.by_char)  # asked for by every verb coded

    def at(self, token: Any) -> list[ActorRef]:
        return [self._ref(m) for m in self.by_char.get(token.idx, [])]

    def _ref(self, mention: Any) -> ActorRef:
        actor = self.article.actors[mention.actor_id]
        return ActorRef(
            id=actor.id, name=actor.name, country=actor.country, sector=actor.sector,
            text=mention.text, start=mention.start, end=mention.end, code=actor.code,
        )  # fmt: skip

    def token_ids(self) -> frozenset[int]:
        return self._chars
