"""Parties an act names only by reference, found elsewhere in the article: who carried out
"the rampage" someone praised (the article's main perpetrator), who took "the decision"
someone criticised (the party of the act told just before), and whom "their meeting" was
with (the partner of the same kind of act in another sentence)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from eventscribe.article import ActorRef, Article
from eventscribe.coding.coded import ActorIndex, Coded
from eventscribe.coding.noun_events import VIOLENT_ROOTS
from eventscribe.coding.targets import event_nouns
from eventscribe.coding.triggers import trigger_at
from eventscribe.syntax import char_span, is_definite


def violent_object(verb: Any, targets: list[Any], actors: ActorIndex) -> Any:
    """The verb's object when it is a definite violent act with no actor named: "praised
    the rampage", "condemned the attack"."""
    if any(actors.at(t) for t in targets):
        return None
    for child in verb.children:
        incident = child.lemma_.lower() in INCIDENT_NOUNS
        code = _violent_code(child) or event_nouns().get(child.lemma_.lower())
        if code is None and incident:
            code = "190"  # "investigating last Friday's incident": the act the story is about
        definite = is_definite(child) or incident and any(
            c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in child.children
        )  # "last Friday's incident"
        if child.dep_ == "dobj" and code and code[:2] in VIOLENT_ROOTS and definite:
            return child
    return None


# Words for the act a story reports that name no kind of act: "the incident".
INCIDENT_NOUNS = frozenset({"incident"})


# Acts that are no decision of their maker's: words about others (statements, appeals,
# demands, criticism) and force.
NOT_DECIDED_ROOTS = frozenset({"01", "02", "10", "11", "18", "19", "20"})
DECISION_REACH = 2  # sentences back


def decider(article: Article, sentence: int, word: Any) -> ActorRef | None:
    """Who took "the decision": the source of the last act before it, in its own sentence
    or the two before, that a party decides (not words about others, not force)."""
    before = [
        e for e in article.events
        if e.source is not None and e.cameo[:2] not in NOT_DECIDED_ROOTS
        and (sentence - DECISION_REACH <= e.sentence < sentence
             or e.sentence == sentence and e.trigger_start < word.idx)
    ]  # fmt: skip
    return max(before, key=lambda e: (e.sentence, e.trigger_start)).source if before else None


def _violent_code(noun: Any) -> str | None:
    """ "the strike", "the shelling": a noun the violence lexicon names an act of force by."""
    trigger = trigger_at(noun) if noun.pos_ == "NOUN" else None
    return trigger.code if trigger is not None and trigger.kind == "violent" else None


def violent_actor(article: Article, sentence: int) -> ActorRef | None:
    """Who carried out "the rampage": the article's main perpetrator, the source of most of
    its violent acts reported in other sentences (the nearest on a tie). Sieges and
    occupations are states, not acts one calls a rampage."""
    acts = [
        e for e in article.events
        if e.cameo[:2] in VIOLENT_ROOTS and e.cameo[:3] not in ("191", "192")
        and e.source and e.sentence != sentence
    ]  # fmt: skip
    if not acts:
        return None
    counts = Counter(e.source.id for e in acts)
    best = min(acts, key=lambda e: (-counts[e.source.id], abs(e.sentence - sentence)))
    return best.source


def partner(article: Article, item: Coded, actors: ActorIndex) -> ActorRef | None:
    """The other party of "their meeting": who the same actor meets in another sentence
    reporting an act of the same kind."""
    ours = {r.id for t in item.sources for r in actors.at(t)}
    here = item.predicate.sent
    candidates = []
    for event in article.events:
        if event.cameo[:2] != item.code[:2] or event.target is None or event.source is None:
            continue
        if event.source.id in ours and event.target.id not in ours:
            other = event.target
        elif event.target.id in ours and event.source.id not in ours:
            other = event.source
        else:
            continue
        # The same meeting is told with the same places: "in Qatar's capital Doha" / "in Qatar".
        there = char_span(article.doc, event.evidence_start, event.evidence_end)  # fmt: skip
        shared = len(_places_named(here) & _places_named(there)) if there is not None else 0
        candidates.append((-shared, abs(event.evidence_start - here.start_char), other))
    return min(candidates, key=lambda c: c[:2])[2] if candidates else None


def _places_named(span: Any) -> set[str]:
    return {ent.text.lower() for ent in span.ents if ent.label_ in ("GPE", "LOC", "FAC")}
