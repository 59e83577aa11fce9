"""Modality and attribution of an event: asserted, reported (by whom), conditional,
threatened, intended, denied or negated.

Read from the parse around the predicate: a negation on it ("did not attack"), an
if/unless clause on it or on the clause that governs it, a governing verb of denial,
threat or intent, a future auxiliary, and a governing verb of saying whose subject is the
attribution holder ("..., the UN said"; "according to X").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SAY_VERBS = frozenset(
    {"say", "tell", "report", "announce", "state", "claim", "add", "post", "write", "tweet",
     "confirm", "allege", "insist", "note", "quote", "cite", "declare", "warn"}
)  # fmt: skip
DENY_VERBS = frozenset({"deny", "dismiss", "refute", "reject"})
INTENT_VERBS = frozenset(
    {"plan", "intend", "aim", "seek", "want", "hope", "prepare", "expect", "agree", "decide",
     "try", "attempt", "propose", "offer", "promise", "pledge"}
)  # fmt: skip
THREAT_VERBS = frozenset({"threaten", "vow", "warn", "swear"})
FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "could", "might", "may"})
CONDITION_MARKS = frozenset({"if", "unless"})
# Priority when several apply: what most changes the event's truth comes first.
ORDER = ("negated", "denied", "conditional", "threatened", "intended", "reported", "asserted")


@dataclass
class Modality:
    modality: str = "asserted"
    attribution: str | None = None


def modality_of(predicate: Any, sentence: Any, *, headline: bool = False) -> Modality:
    found = {"asserted"}
    if any(c.dep_ == "neg" for c in predicate.children):
        found.add("negated")
    if _conditional(predicate):
        found.add("conditional")
    if any(c.lower_ in FUTURE_AUX and c.dep_ == "aux" for c in predicate.children):
        found.add("intended")
    if headline and any(c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children):
        found.add("intended")  # headline infinitive: "Hamas, Iran leaders to boost cooperation"
    for governor in _governors(predicate):
        lemma = governor.lemma_.lower()
        if lemma in DENY_VERBS:
            found.add("denied")
        elif lemma in THREAT_VERBS and predicate.dep_ == "xcomp":
            found.add("threatened")
        elif lemma in INTENT_VERBS and predicate.dep_ == "xcomp":
            found.add("intended")
        if _conditional(governor):
            found.add("conditional")
    attribution = attribution_of(predicate, sentence)
    if attribution:
        found.add("reported")
    return Modality(next(m for m in ORDER if m in found), attribution)


def _governors(predicate: Any) -> list[Any]:
    """Verbs above the predicate up to the sentence root."""
    chain = []
    token = predicate
    while token.head.i != token.i and len(chain) < 6:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            chain.append(token)
    return chain


def _conditional(token: Any) -> bool:
    for child in token.children:
        if child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in child.children
        ):
            return True
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children)


def attribution_of(predicate: Any, sentence: Any) -> str | None:
    """Who says so: the subject of a governing verb of saying, or 'according to X'."""
    for governor in _governors(predicate):
        if governor.lemma_.lower() in SAY_VERBS and governor.i != predicate.i:
            speaker = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
            if speaker and speaker[0].lower_ not in ("it", "this"):
                return _phrase_text(speaker[0])
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            following = token.doc[token.i + 1]
            objects = [c for c in following.children if c.dep_ == "pobj"]
            if following.lower_ == "to" and objects:
                return _phrase_text(objects[0])
    return None


def _phrase_text(token: Any) -> str:
    return token.doc[token.left_edge.i : token.i + 1].text  # not Doc.text: slow
