"""Blame, trigger first: a speaker or finding that puts an act on a party.

"Ukraine said Russia was responsible for the blast" (112 Ukraine -> Russia), "the inquiry
found that the army was to blame for the massacre", "Kyiv said Moscow was behind the attack",
"the court ruled that he was guilty of fraud". The verb of saying or finding is the act; the
party blamed is the subject of its copular clause, or the doer of a wrong it reports ("Kyiv
said Moscow had lied about the talks": data/coding/wrongdoing.txt).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from eventscribe.coding import arguments
from eventscribe.coding.modality import ACCUSING_VERBS, SAY_VERBS, is_negated
from eventscribe.coding.sections import read_words
from eventscribe.syntax import phrasal_keys

# Verbs that report a judgement besides saying: "found", "concluded", "determined".
FINDING_VERBS = frozenset({"find", "conclude", "determine", "establish", "rule", "believe",
                           "suspect", "think", "assess", "judge"})  # fmt: skip
# What a copular clause says of its subject that blames it.
BLAMING_WORDS = frozenset({"responsible", "guilty", "culpable", "liable", "behind"})


def blamed(verb: Any) -> list[Any]:
    """The parties a verb of saying or finding blames: the subjects of its copular clause
    that is responsible for, to blame for, behind or guilty of something; [] if none."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (lemma in SAY_VERBS or lemma in FINDING_VERBS or lemma in ACCUSING_VERBS):
        return []
    found = []
    # "said fighting went on but that Iran had exaggerated": each clause said
    clauses = [w for c in verb.children if c.dep_ == "ccomp" for w in (c, *_conjoined_clauses(c))]
    for clause in clauses:
        if clause.lemma_ == "be" and _blames(clause) or _wrongdoing(clause):
            subjects = [s for s in clause.children if s.dep_ == "nsubj"]
            found.extend(w for s in subjects for w in arguments.conjuncts(s) if w.is_alpha)
    return found


def _conjoined_clauses(clause: Any) -> list[Any]:
    return [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]


@lru_cache(maxsize=1)
def wrongdoing_verbs() -> frozenset[str]:
    return read_words("wrongdoing.txt")


def _wrongdoing(clause: Any) -> bool:
    """A reported clause whose verb is a wrong done, not denied: "(said) Moscow had lied"."""
    words = wrongdoing_verbs()
    return (
        clause.pos_ == "VERB"
        and any(key in words for key in phrasal_keys(clause))
        and not is_negated(clause)
    )


def is_blame_predicate(verb: Any) -> bool:
    """ "X was to blame for the attack": the infinitive says who is blamed; nobody blames."""
    return verb.lemma_.lower() == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"


def _blames(copula: Any) -> bool:
    if any(c.dep_ == "neg" for c in copula.children):
        return False  # "said Russia was not responsible": no blame
    for child in copula.children:
        if child.dep_ in ("acomp", "prep") and child.lower_ in BLAMING_WORDS:
            return child.lower_ != "behind" or _names_an_act(child)
        if child.dep_ == "xcomp" and child.lemma_.lower() == "blame":
            return True  # "was to blame for"
    return False


def _names_an_act(prep: Any) -> bool:
    """ "behind the attack", not "behind the lines" or "behind schedule"."""
    return any(c.dep_ == "pobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in
               ("line", "schedule", "door", "scene", "wheel") for c in prep.children)  # fmt: skip


ACKNOWLEDGE, DENY = "015", "016"


def plea(verb: Any) -> str | None:
    """A plea in court: "pleaded guilty" acknowledges responsibility (015), "pleaded not
    guilty" or "innocent" denies it (016)."""
    if verb.lemma_.lower() != "plead":
        return None
    for word in verb.children:
        if word.dep_ in ("acomp", "oprd", "advmod", "attr") and word.lower_ in ("guilty", "innocent"):
            denied = word.lower_ == "innocent" or is_negated(word) or is_negated(verb)
            return DENY if denied else ACKNOWLEDGE
    return None
