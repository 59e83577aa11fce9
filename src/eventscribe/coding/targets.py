"""Whom an act is aimed at, beyond its parsed object: the author of the act it judges, the
country it arrives in, the partner of a relation, the party of an act refused, the event
noun a verb carries."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Any

from eventscribe.article import ActorRef
from eventscribe.coding import arguments
from eventscribe.coding.coded import ActorIndex
from eventscribe.coding.constructions import DOER_OF_NOUNS
from eventscribe.coding.news_rules import FORCE_ROOTS
from eventscribe.coding.participants import modifier_country, owner_ref, places_as_countries
from eventscribe.coding.relations import find_relation_act, partners
from eventscribe.coding.triggers import trigger_at

# Nouns of what victims suffer: their modifier is the victim, not the author ("Palestinian
# deaths").
SUFFERED = frozenset({"death", "casualty", "fatality", "injury", "loss", "suffering", "plight"})
ARRIVAL_VERBS = frozenset({"arrive"})
SLOT_CLIMB_DEPS = frozenset({"compound", "flat", "det", "nmod", "amod", "poss", "nummod"})


@lru_cache(maxsize=1)
def event_nouns() -> dict[str, str]:
    """data/coding/event_nouns.tsv: nouns that name an act -> their CAMEO code."""
    path = resources.files("eventscribe") / "data" / "coding" / "event_nouns.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row[0]: row[1] for row in rows if row}


def authors(noun: Any, actors: ActorIndex) -> list[ActorRef]:
    """Who did the act a noun names, by its modifier: "the Israeli strike", "Russia's
    invasion", "the French proposal" (a victim is no author: only acts and proposals)."""
    names_an_act = (
        noun.lemma_.lower() in event_nouns() or noun.lemma_.lower() in DOER_OF_NOUNS
        or trigger_at(noun) is not None
    )  # fmt: skip
    if noun.pos_ != "NOUN" or not names_an_act or noun.lemma_.lower() in SUFFERED:
        return []
    named = [r for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i
             for r in actors.at(c)]  # fmt: skip
    if named:
        return named
    by_demonym = owner_ref(noun) if modifier_country(noun) else None
    return [by_demonym] if by_demonym is not None else []


def questions_a_thing(verb: Any, actors: ActorIndex) -> bool:
    """Questioning a party is asking it (090: "the committee questioned Kaveladze");
    questioning a thing is doubting it ("questioned the use of the name")."""
    if verb.lemma_.lower() != "question":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(actors.at(o) for o in objects)


def names_an_organisation(words: list[Any], actors: ActorIndex) -> bool:
    """Whether the words name an international organisation or alliance ("NATO", "the EU")."""
    return any(ref.sector == "IGO" for w in words for ref in actors.at(w))


def readies_force(verb: Any) -> bool:
    """Whether what a verb of intent readies is force: "preparing for an attack", "plans
    an offensive" (the force is coded as intended, no cooperation)."""
    words = [c for c in verb.children if c.dep_ == "dobj"]
    words += arguments.prepositional_objects(verb, frozenset({"for"}))
    return any(
        (found := trigger_at(w)) is not None and found.code[:2] in FORCE_ROOTS for w in words
    )


def arrived_in(verb: Any, actors: ActorIndex) -> list[ActorRef]:
    """The country of the place an arrival is in or at: "arrived in Beijing" (China)."""
    places = arguments.prepositional_objects(verb, frozenset({"in", "at"}))
    named = [r for w in places for r in actors.at(w)]
    return named or places_as_countries(places, actors.at)


def acted_on(act: Any) -> list[Any]:
    """Whom an act not done would have been aimed at: its objects, "to X", "with X"."""
    words = arguments.objects(act)
    found = arguments.prepositional_objects(act, frozenset({"to", "with", "against", "on"}))
    return words + found + [p for w in words for p in partners(w)]


def governor_targets(verb: Any) -> list[Any]:
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


def whole_lists(words: list[Any]) -> list[Any]:
    """A pattern slot bound inside a list binds the whole list: "The Philippines and France"."""
    found: list[Any] = []
    for word in words:
        while word.dep_ in SLOT_CLIMB_DEPS and word.head.i != word.i:
            word = word.head  # "U.S. President Donald Trump" is Trump
        while word.dep_ == "conj" and word.head.i != word.i:
            word = word.head
        found.extend(w for w in arguments.conjuncts(word) if w not in found)
    return found


def holder(noun: Any) -> Any:
    """The container noun that holds an act: "package" of "a package of sanctions"."""
    head = noun.head.head if noun.head.dep_ == "prep" else noun.head
    if head.lemma_.lower() in arguments.CONTAINER_NOUNS and arguments.contents(head).i == noun.i:
        return head
    return None


# Verbs that name a measure by their "with" ("hit Russia with sanctions", "slapped Beijing
# with tariffs"): the measure is the act, not a blow.
MEASURE_VERBS = frozenset({"hit", "target", "slap", "punish", "strike", "sting", "lash"})


CARRYING_PREPS = frozenset({"to", "under", "into"})


def carried_event_noun(verb: Any) -> Any:
    """The event noun a verb carries: its object, or "to/under <noun>" ("under siege"), or
    what parties agree "on" ("agreed on a trade deal", as "agreed a trade deal")."""
    nouns = event_nouns()
    carrying = CARRYING_PREPS | ({"on"} if verb.lemma_.lower() == "agree" else set())
    for child in verb.children:
        held = arguments.contents(child)  # "agreed a new package of sanctions"
        if child.dep_ in ("dobj", "attr") and held.lemma_.lower() in nouns:
            return held
        if child.dep_ in ("prep", "dative") and child.lower_ in carrying:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in nouns:
                    return pobj
    if verb.lemma_.lower() in MEASURE_VERBS:  # "hit Russia with new sanctions"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for prep in (p for w in [verb, *objects] for p in w.children if p.dep_ == "prep" and p.lower_ == "with"):
            for pobj in prep.children:  # (the parse may hang "with" on the object)
                if pobj.dep_ == "pobj" and nouns.get(pobj.lemma_.lower(), "")[:2] == "16":
                    return pobj
    return None


def concluded_or_ended(noun: Any) -> bool:
    act = find_relation_act(noun.head) if noun.dep_ == "dobj" else None
    return act is not None and act.relation.i == noun.i
