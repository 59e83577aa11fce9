"""The unit of work: an `Article` and what each pipeline stage adds to it.

A reader fills `id`, `body`, `title`, `published` and the metadata; the normalize
stage builds `text`. Offsets (`start`, `end`) everywhere are Python string offsets into
`Article.text`, the normalized text that is stored in the database. `Article.text`
begins with the title paragraph, then the summary bullets (without their `- ` marker),
then the body paragraphs, one paragraph a line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

PARAGRAPH_KINDS = ("title", "summary", "body", "boilerplate", "caption", "dateline", "foreign")
MODALITIES = ("asserted", "reported", "conditional", "threatened", "denied", "negated", "intended")
DATE_PRECISIONS = ("day", "week", "month", "year", "range", "publication")
PLACE_PRECISIONS = ("point", "city", "region", "country")


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    kind: str = "body"  # one of PARAGRAPH_KINDS; only title, summary and body are coded

    @property
    def coded(self) -> bool:
        return self.kind in ("title", "summary", "body")


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    coded: bool = True  # False inside boilerplate, captions and discarded (sports...) text


@dataclass(slots=True)
class Place:
    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    precision: str = "city"  # one of PLACE_PRECISIONS
    text: str | None = None  # as written in the article
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Role:
    """A role an actor holds: from a dictionary (date-bounded) or learned from text."""

    title: str | None  # "foreign minister", "UN envoy"
    country: str | None  # ISO-3, or "IGO"/"NGO" style codes for international bodies
    sector: str | None  # CAMEO sector code: GOV, MIL, REB, IGO ...
    code: str | None = None  # full CAMEO actor code, e.g. IRNGOV
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    source: str = "text"  # "text" or the dictionary it came from
    evidence: str | None = None  # the sentence that gave the role
    article_id: str | None = None


@dataclass(slots=True)
class Actor:
    """A canonical actor as resolved within one article; the registry merges across articles."""

    id: str  # stable across articles, e.g. "person:hossein-amir-abdollahian" or "country:IRN"
    name: str
    kind: str  # person, organization, country, group, sector
    country: str | None = None
    sector: str | None = None
    code: str | None = None  # CAMEO actor code, e.g. IRNGOV
    role: str | None = None
    forms: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


@dataclass(slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    sentence: int
    actor_id: str | None = None
    kind: str = "name"  # name, noun_phrase, demonym, pronoun, title, description, loose, modifier


@dataclass(slots=True)
class Participant:
    """An unnamed participant the lead of a story names ("hackers", "a technician", "the
    school"), keyed by its noun: the reports of one story share it (`actors.participants`)."""

    start: int
    end: int
    text: str
    sentence: int
    noun: str  # the head noun as written, lower case: "hackers"


@dataclass(slots=True)
class ActorRef:
    """An event's participant: the actor and the words that named it in this sentence."""

    id: str
    name: str
    country: str | None
    sector: str | None
    text: str
    start: int
    end: int
    code: str | None = None


@dataclass(slots=True)
class Casualty:
    """A count on an event: "more than 2,200" killed, per Gaza authorities."""

    value: int | None
    qualifier: str  # exact, more than, at least, about ...
    text: str  # as written: "more than 2,200 people"
    attribution: str | None = None


@dataclass(slots=True)
class Event:
    sentence: int
    cameo: str
    source: ActorRef | None
    target: ActorRef | None
    trigger: str  # the predicate as written ("met", "bombardment")
    trigger_start: int
    trigger_end: int
    quad_class: int | None = None
    goldstein: float | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    event_date: dt.date | None = None
    date_end: dt.date | None = None  # last day of a range or of a week/month/year period
    date_precision: str = "publication"  # one of DATE_PRECISIONS
    date_expression: str | None = None
    place: Place | None = None
    modality: str = "asserted"  # one of MODALITIES
    attribution: str | None = None  # who says so, as written
    evidence_start: int = 0  # the evidence sentence in Article.text
    evidence_end: int = 0
    confidence: float = 0.5
    pattern: str | None = None  # the dictionary pattern or rule that coded it
    fatalities: Casualty | None = None  # killed
    injured: Casualty | None = None
    arrested: Casualty | None = None  # arrested, detained or taken hostage
    event_type: str | None = None  # ACLED event_type (Battles, Protests ...)
    sub_event_type: str | None = None  # ACLED sub_event_type (Armed clash ...)
    civilian_targeting: bool | None = None  # for acts of force: the target is unarmed people


@dataclass(slots=True)
class NumericReport:
    kind: str  # killed, wounded, missing, hostages, arrested, displaced
    value: int | None  # None for vague amounts ("scores of")
    qualifier: str  # exact, more than, at least, about, up to, scores, dozens, hundreds ...
    text: str
    start: int
    end: int
    sentence: int
    attribution: str | None = None
    victims: str | None = None  # who or where, as written ("people", "Palestinians")
    place: Place | None = None


@dataclass(slots=True)
class Article:
    id: str
    body: str = ""  # the body as read, before normalization
    text: str = ""  # set by the normalize stage: title, summary and body, normalized
    published: dt.date | None = None
    title: str = ""
    source: str | None = None
    url: str | None = None
    origin: str = ""  # where it was read from: "file.jsonl:12", "-", "example.txt"
    dateline: str | None = None  # the place of the dateline ("WASHINGTON"), or as the input gave it
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    numbers: list[NumericReport] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    doc: Any = None  # the spaCy Doc while the article is in the pipeline; never stored

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]


@lru_cache(maxsize=1024)  # asked of one article by each step of an ingest (a str keeps its hash)
def content_hash(text: str) -> str:
    """Identity of an article's content: whitespace and case do not make a new article."""
    folded = " ".join(text.split()).casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()
