"""Criticism by judgement: a verb of naming or saying whose object or clause is judged
harshly ("McConnell called the Democrats' position untenable", "Iran said the U.S.
sanctions were illegal"). The judged party is the object or the clause's subject, or who
owns it ("the Democrats' position", "the U.S. sanctions"). data/coding/disapproval.txt.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from eventscribe.coding.modality import SAY_VERBS

NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "deem", "consider"})
CRITICIZE = "111"


@lru_cache(maxsize=1)
def harsh_words() -> frozenset[str]:
    path = resources.files("eventscribe") / "data" / "coding" / "disapproval.txt"
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line.lower() for line in lines if line)


def judged(verb: Any) -> Any:
    """The word a verb judges harshly, or None: the object of "called X untenable", the
    subject of "said X was illegal"."""
    lemma = verb.lemma_.lower()
    words = harsh_words()
    if lemma in NAMING_VERBS:
        predicate = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp")]
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
        if objects and any(_harsh(p, words) for p in predicate):
            return objects[0]
    if lemma in SAY_VERBS:
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            predicate = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
            subjects = [
                c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
            ]  # "it was unacceptable" judges no party
            if subjects and any(_harsh(p, words) for p in predicate):
                return subjects[0]
    return None


def _harsh(word: Any, words: frozenset[str]) -> bool:
    negated = any(c.dep_ == "neg" for c in word.head.children) or any(c.dep_ == "neg" for c in word.children)
    return word.lemma_.lower() in words and not negated
