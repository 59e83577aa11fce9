"""Events stage: code each clause's predicate in CAMEO, with its source and target actors.

For every verb in a coded sentence the verb dictionary (PETRARCH format) gives a CAMEO
code, refined by its patterns; nouns that name events ("clashes", "bombardment") are coded
from `data/coding/event_nouns.tsv`, and a verb that only carries an event noun ("subjected
Gaza to bombardment", "put the enclave under siege") takes the noun's code. A threat verb
over a violent act ("vowed to annihilate Hamas") is coded as the matching CAMEO threat.
Coordinated subjects with no object act on each other ("X and Y met").
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from eventscribe import registry
from eventscribe.article import ActorRef, Article, Event
from eventscribe.coding import arguments
from eventscribe.coding.modality import THREAT_VERBS, modality_of
from eventscribe.coding.numbers import find_numbers
from eventscribe.coding.ontology import CameoCodeError, cameo
from eventscribe.coding.verbs import VerbCoder
from eventscribe.pipeline import BaseStage

# Verbs that only carry the event named by their object: "subject X to bombardment".
LIGHT_VERBS = frozenset(
    {"subject", "put", "place", "carry", "conduct", "launch", "stage", "hold", "mount",
     "wage", "impose", "begin", "start", "continue", "resume", "boost", "step", "intensify",
     "expand", "deepen", "strengthen", "have", "make", "announce", "order"}
)  # fmt: skip
# A threat to do something violent is coded as the CAMEO threat of that kind.
THREAT_OF = {"15": "138", "17": "137", "18": "1383", "19": "1384", "20": "1385",
             "191": "1381", "192": "1382", "16": "131"}  # fmt: skip
# Codes whose definition has no addressee: a target is not required.
ONE_PARTY_CODES = frozenset({"011", "012", "013", "014", "015", "017"})


@dataclass
class Coded:
    code: str
    predicate: Any  # the token that carries the event
    pattern: str | None
    sources: list[Any]
    targets: list[Any]
    modality: str | None = None


@lru_cache(maxsize=1)
def event_nouns() -> dict[str, str]:
    path = resources.files("eventscribe") / "data" / "coding" / "event_nouns.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row[0]: row[1] for row in rows if row}


@registry.stages.register("events")
class EventStage(BaseStage):
    name = "events"
    requires = ("doc", "sentences", "mentions", "actors")
    assigns = ("events", "numbers")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.verbs = VerbCoder.load(settings.dictionaries)

    def __call__(self, article: Article) -> Article:
        actors = ActorIndex(article)
        for sentence in article.sentences:
            if sentence.coded:
                span = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
                article.events.extend(self._code_sentence(article, sentence.index, span, actors))
        article.numbers = find_numbers(article)
        return article

    def _code_sentence(
        self, article: Article, index: int, span: Any, actors: ActorIndex
    ) -> list[Event]:
        headline = article.paragraphs[article.sentences[index].paragraph].kind == "title"
        coded = [c for token in span for c in self._code_predicate(token, actors)]
        events: list[Event] = []
        for item in _drop_threatened_acts(coded):
            for source, target in _pairs(item, actors):
                event = _event(article, index, item, source, target, span, headline)
                if event is not None and not _seen(event, events):
                    events.append(event)
        return events

    def _code_predicate(self, token: Any, actors: ActorIndex) -> list[Coded]:
        if token.pos_ == "VERB":
            return self._code_verb(token, actors)
        if token.pos_ == "NOUN" and token.lemma_.lower() in event_nouns():
            return _code_noun(token)
        return []

    def _code_verb(self, verb: Any, actors: ActorIndex) -> list[Coded]:
        sources = arguments.subjects(verb)
        targets = arguments.objects(verb)
        carried = _carried_event_noun(verb)
        if carried is not None and verb.lemma_.lower() in LIGHT_VERBS:
            code, pattern = (
                event_nouns()[carried.lemma_.lower()],
                f"{verb.lemma_} + {carried.lemma_}",
            )
        else:
            found = self.verbs.code(verb, actors.token_ids())
            if found is None:
                return []
            code, pattern = found.code, found.pattern
        if not any(actors.at(t) for t in targets):
            targets = targets + arguments.nested_targets(verb, targets)
        if not any(actors.at(t) for t in targets) and code[:2] >= "14":
            targets = targets + _governor_targets(verb)
        threat = _threat(verb, code)
        if threat is not None:
            return [threat]
        return [Coded(code, verb, pattern, sources, targets)]

    def __repr__(self) -> str:
        return f"EventStage(verbs={self.verbs!r})"


def _governor_targets(verb: Any) -> list[Any]:
    """A participle clause acts on its governor's target when it names none itself:
    "Hamas stormed Israeli towns, killing 1,300 people and seizing hostages"."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj"):
        return []
    governor = verb.head
    # "killing ... and seizing ...": climb the participles up to the finite verb.
    while (
        governor.tag_ == "VBG"
        and governor.dep_ in ("advcl", "conj")
        and governor.head.i != governor.i
    ):
        governor = governor.head
    if governor.i == verb.i or governor.pos_ != "VERB" or governor.tag_ == "VBG":
        return []
    return arguments.objects(governor)


def _code_noun(noun: Any) -> list[Coded]:
    """A nominal event with its own participants: "Hezbollah's clashes with Israel"."""
    sources = arguments.noun_source(noun)
    if not sources:
        return []  # participants come from a light verb, coded with that verb
    code = event_nouns()[noun.lemma_.lower()]
    return [Coded(code, noun, f"noun {noun.lemma_}", sources, arguments.noun_targets(noun))]


def _carried_event_noun(verb: Any) -> Any:
    """The event noun a verb carries: its object, or "to/under <noun>" ("under siege")."""
    nouns = event_nouns()
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and child.lemma_.lower() in nouns:
            return child
        if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "under", "into"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in nouns:
                    return pobj
    return None


def _threat(verb: Any, code: str) -> Coded | None:
    """'vowed to annihilate Hamas' -> the threat verb codes 1384 against Hamas."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in THREAT_VERBS:
        return None
    threat = THREAT_OF.get(code[:3]) or THREAT_OF.get(code[:2])
    if threat is None:
        return None
    governor = verb.head
    sources = arguments.subjects(governor)
    targets = arguments.objects(verb)
    return Coded(
        threat, governor, f"{governor.lemma_} to {verb.lemma_}", sources, targets, "threatened"
    )


def _drop_threatened_acts(coded: list[Coded]) -> list[Coded]:
    """The threat is the event; the threat verb's own default code is not coded again."""
    threat_heads = {c.predicate.i for c in coded if c.modality == "threatened"}
    return [c for c in coded if c.modality == "threatened" or c.predicate.i not in threat_heads]


class ActorIndex:
    """Which actor a token belongs to: the smallest mention that contains it."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.by_char: dict[int, Any] = {}
        for mention in sorted(article.mentions, key=lambda m: m.end - m.start, reverse=True):
            for char in range(mention.start, mention.end):
                self.by_char[char] = mention

    def at(self, token: Any) -> ActorRef | None:
        mention = self.by_char.get(token.idx)
        if mention is None or mention.actor_id is None:
            return None
        actor = self.article.actors[mention.actor_id]
        return ActorRef(
            id=actor.id, name=actor.name, country=actor.country, sector=actor.sector,
            text=mention.text, start=mention.start, end=mention.end, code=actor.code,
        )  # fmt: skip

    def token_ids(self) -> set[int]:
        return set(self.by_char)


def _pairs(item: Coded, actors: ActorIndex) -> list[tuple[ActorRef, ActorRef | None]]:
    sources = _unique(r for r in map(actors.at, item.sources) if r)
    targets = _unique(r for r in map(actors.at, item.targets) if r)
    if not targets and len(sources) > 1:  # "X and Y met": each acts on the other
        return [(a, b) for a in sources for b in sources if a.id != b.id]
    pairs = [(s, t) for s in sources for t in targets if s.id != t.id]
    if not pairs and item.code in ONE_PARTY_CODES:
        pairs = [(s, None) for s in sources]
    return pairs


def _unique(refs: Any) -> list[ActorRef]:
    seen: dict[str, ActorRef] = {}
    for ref in refs:
        seen.setdefault(ref.id, ref)
    return list(seen.values())


def _event(
    article: Article,
    index: int,
    item: Coded,
    source: ActorRef,
    target: ActorRef | None,
    span: Any,
    headline: bool,
) -> Event | None:
    try:
        info = cameo(item.code)
    except CameoCodeError:
        return None
    modality = modality_of(item.predicate, span, headline=headline)
    sentence = article.sentences[index]
    pred = item.predicate
    return Event(
        sentence=index,
        cameo=info.code,
        source=source,
        target=target,
        trigger=pred.text,
        trigger_start=pred.idx,
        trigger_end=pred.idx + len(pred.text),
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover_type=info.plover_type,
        plover_mode=info.plover_mode,
        event_date=article.published,
        date_precision="publication",
        modality=item.modality
        if item.modality and modality.modality == "asserted"
        else modality.modality,
        attribution=modality.attribution,
        evidence_start=sentence.start,
        evidence_end=sentence.end,
        confidence=_confidence(item, target),
        pattern=item.pattern,
    )


def _confidence(item: Coded, target: ActorRef | None) -> float:
    score = 0.6
    if item.pattern and not item.pattern.startswith("default"):
        score += 0.2
    if target is not None:
        score += 0.1
    return round(min(score, 0.95), 2)


def _seen(event: Event, events: list[Event]) -> bool:
    key = (event.cameo, event.source and event.source.id, event.target and event.target.id)
    return any((e.cameo, e.source and e.source.id, e.target and e.target.id) == key for e in events)
