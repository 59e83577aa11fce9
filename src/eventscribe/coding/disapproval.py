"""Criticism by judgement: a verb of naming or saying whose object or clause is judged
harshly ("McConnell called the Democrats' position untenable", "Iran said the U.S.
sanctions were illegal"). The judged party is the object or the clause's subject, or who
owns it ("the Democrats' position", "the U.S. sanctions"). data/coding/disapproval.txt.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from eventscribe.coding import arguments
from eventscribe.coding.arguments import conjuncts
from eventscribe.coding.modality import SAY_VERBS
from eventscribe.coding.participants import names_arms
from eventscribe.coding.sections import read_words

NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "deem", "consider"})
CRITICIZE = "111"
# "came under fire", "drew criticism from", "faced condemnation": criticism received.
RECEIVING_VERBS = frozenset({"come", "receive", "draw", "face", "attract", "earn", "meet",
                             "provoke", "spark", "trigger"})  # fmt: skip
CRITICISM_NOUNS = frozenset({"criticism", "fire", "condemnation", "rebuke", "flak", "censure",
                             "attack", "denunciation", "scorn", "backlash", "outcry"})  # fmt: skip
DISAPPROVE = "110"
# "said he was unhappy with the decision", "is angry at Seoul": displeasure voiced (CAMEO 110).
DISPLEASED = frozenset({"unhappy", "angry", "dissatisfied", "disappointed", "upset", "furious",
                        "frustrated", "dismayed", "displeased", "incensed", "annoyed", "irritated",
                        "disgusted", "indignant", "livid"})  # fmt: skip
DISPLEASURE_PREPS = frozenset({"with", "at", "about", "over", "by"})
LINKING_VERBS = frozenset({"be", "feel", "seem", "remain", "appear", "become", "grow"})
# Prepositions that name the critics: "from the opposition", "by rights groups", and the
# forum they spoke in: "in Congress".
CRITIC_PREPS = frozenset({"from", "by", "in", "among"})


@lru_cache(maxsize=1)
def harsh_words() -> frozenset[str]:
    return read_words("disapproval.txt")


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
    return word.lemma_.lower() in words and not _negated(word)


def received_criticism(verb: Any) -> tuple[list[Any], list[Any]] | None:
    """ "The plan came under fire in Congress", "Kohl received strong criticism from the
    Greens": (the critics' words, the criticised words), or None. The subject is criticised
    (or who owns it: "the minister's plan"); the critics are the from/by/in phrase."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("under", "with")
              for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    noun = next((n for n in nouns if n.lemma_.lower() in CRITICISM_NOUNS), None)
    # "continued to come under fire": the subject of the verb the infinitive complements
    subjects = [c for c in arguments.subjects(verb) if c.pos_ != "PRON"]
    # "The convoy came under fire near Kandahar": an armed party makes it force.
    if noun is None or not subjects or _names_force(noun) or names_arms(verb.sent):
        return None
    holders = [noun, verb] + [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"]
    critics = [
        p for h in holders for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ in CRITIC_PREPS
        for p in c.children if p.dep_ == "pobj"
    ]  # fmt: skip
    return [w for c in critics for w in conjuncts(c)], subjects


def _names_force(noun: Any) -> bool:
    """ "came under rocket fire", "faced an attack by gunmen": force, not words."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in FORCE_MODIFIERS
               for c in noun.children)  # fmt: skip


FORCE_MODIFIERS = frozenset({"rocket", "mortar", "artillery", "sniper", "gun", "machine-gun",
                             "tank", "heavy", "enemy", "militant", "insurgent", "armed", "suicide",
                             "terrorist", "air", "missile", "drone", "cross-border"})  # fmt: skip


def displeasure(verb: Any) -> tuple[list[Any], list[Any]] | None:
    """ "Schoufour said he was unhappy with the decision", "Paris is angry at Rome": (who is
    displeased, with what or whom), or None. A pronoun subject of a reported clause is the
    speaker."""
    if verb.lemma_.lower() not in LINKING_VERBS:
        return None
    adjective = next((c for c in verb.children if c.dep_ == "acomp"
                      and c.lemma_.lower() in DISPLEASED), None)  # fmt: skip
    if adjective is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    objects = [p for c in adjective.children if c.dep_ == "prep" and c.lower_ in DISPLEASURE_PREPS
               for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAY_VERBS
    if subjects and subjects[0].pos_ == "PRON" and reported:
        # the speaker, and the pronoun too: where the speaker is a title the parse cut from
        # its name, the pronoun's antecedent names the party
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"] + subjects
    if not objects or not subjects:
        return None
    return subjects, [w for o in objects for w in conjuncts(o)]


@lru_cache(maxsize=1)
def quoted_harsh_words() -> frozenset[str]:
    return harsh_words() | read_words("harsh_words.txt")


@lru_cache(maxsize=1)
def failing_words() -> frozenset[str]:
    """Verbs that judge when negated ("did not understand"): harsh_words.txt [negated]."""
    return read_words("harsh_words.txt", "negated")


def harsh_report(verb: Any) -> list[Any]:
    """The words of what a speaker is reported saying, when they judge harshly: "'It is
    deeply unfortunate that the president cannot ... without a racial slur,' Warren said"
    (a harsh word, not negated, in the reported clause); else []."""
    if verb.lemma_.lower() not in SAY_VERBS:
        return []
    words = quoted_harsh_words()
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
        found = [w for w in clause.subtree if w.lemma_.lower() in words or w.lower_ in words]
        if _failings(clause) or any(not _negated(w) for w in found):
            return list(clause.subtree)
    return []


def _negated(word: Any) -> bool:
    return any(c.dep_ == "neg" for c in (*word.children, *word.head.children))


def failing_subjects(verb: Any) -> list[Any]:
    """Who the reported clause says fails: the subject of a negated verb of understanding
    ("said the Polish government does not understand how the EU works" -> the Polish
    government), the first judged when the clause names several parties."""
    if verb.lemma_.lower() not in SAY_VERBS:
        return []
    return [
        s for clause in verb.children if clause.dep_ in ("ccomp", "parataxis")
        for w in _failings(clause) for s in w.children if s.dep_ == "nsubj"
    ]  # fmt: skip


@lru_cache(maxsize=1)
def failed_words() -> frozenset[str]:
    """Verbs that judge when not negated: harsh_words.txt [failed]."""
    return read_words("harsh_words.txt", "failed")


def _failings(clause: Any) -> list[Any]:
    """The verbs of a reported clause that say someone fails: a negated verb of
    understanding ("does not understand"), or "failed to provide" (not "never failed to")."""
    negated, failed = failing_words(), failed_words()
    return [
        w for w in clause.subtree
        if w.lemma_.lower() in negated and _negated(w)
        or w.lemma_.lower() in failed and not _negated(w) and any(c.dep_ == "xcomp" for c in w.children)
    ]  # fmt: skip
