"""Force by crowds is rioting (CAMEO 145, ACLED "Riots"): "protesters stormed the palace",
"rioters torched a police station", "angry villagers attacked a police post".

A crowd named as one (protesters, rioters, mobs, looters: `crowd` in
data/violence/participants.tsv) riots whatever it does by force, short of firearms,
artillery or aircraft. Other unarmed people (residents, youths, students, workers) riot when
they destroy property, storm or loot, or attack the police, the army or the state; their
force against other people ("herders attacked villages, killing 40") stays communal
violence, coded as the act it is.
"""

from __future__ import annotations

from typing import Any

from eventscribe.article import ActorRef
from eventscribe.coding import participants
from eventscribe.coding.triggers import lemma_of

RIOT = "145"
UNARMED = frozenset({"CVL", "OPP", "EDU", "LAB", "REF", "REL", "AGR"})
STATE = frozenset({"COP", "MIL", "GOV", "JUD", "LEG", "PTY"})
# Acts that are rioting whoever unarmed does them: taking or wrecking places and things.
WRECKING = frozenset({"storm", "loot", "ransack", "vandalize", "burn", "torch", "set",
                      "destroy", "smash", "overrun", "invade", "raid", "throw", "hurl"})  # fmt: skip
ARMED_MEANS = ("193", "194", "195", "1952")


def riots(token: Any, kind: str, code: str, source: ActorRef | None,
          target: ActorRef | None) -> bool:  # fmt: skip
    """Whether an act of force or destruction (`kind` violent or property) of the trigger
    `token` is a riot: a crowd's, or unarmed people's against property or the state."""
    if kind not in ("violent", "property") or source is None or code.startswith(ARMED_MEANS):
        return False
    if not source.id.startswith("sector:") or source.sector not in UNARMED:
        return False  # a named party or an armed one: "Hamas stormed", "gunmen burned"
    word = source_word(token, source)
    if word is None:
        return False
    if _crowd(word) or kind == "property":  # a subject shared along conjoined verbs
        return _own_argument(word, _first_conjunct(token))
    if not _own_argument(word, token):
        return False  # a subject borrowed from another clause: the parse may have erred
    if kind == "property" or lemma_of(token) in WRECKING:
        return True
    return target is not None and target.sector in STATE


def source_word(token: Any, ref: ActorRef) -> Any:
    """The head word of a participant's phrase: the last token of its span in the sentence."""
    inside = [t for t in token.sent if ref.start <= t.idx < ref.end]
    return inside[-1] if inside else None


def _own_argument(word: Any, token: Any) -> bool:
    """The word hangs from the trigger, directly or by one word: "protesters stormed",
    "hundreds of protesters stormed", "clashes between protesters and police"."""
    heads = {word.head.i, word.head.head.i, word.head.head.head.i}
    return token.i in heads


def _first_conjunct(token: Any) -> Any:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _crowd(word: Any) -> bool:
    kind = participants.kind_of(participants.counted(word))
    return kind is not None and kind.kind == "crowd"
