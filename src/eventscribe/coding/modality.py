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

from eventscribe.syntax import sentence_of

SAY_VERBS = frozenset(
    {"say", "tell", "report", "announce", "state", "claim", "add", "post", "write", "tweet",
     "confirm", "allege", "insist", "note", "quote", "cite", "declare", "warn"}
)  # fmt: skip
ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "allege"})
DENY_VERBS = frozenset({"deny", "dismiss", "refute", "reject"})
INTENT_VERBS = frozenset(
    {"plan", "intend", "aim", "seek", "want", "hope", "prepare", "expect", "agree", "decide",
     "try", "attempt", "propose", "offer", "promise", "pledge"}
)  # fmt: skip
THREAT_VERBS = frozenset({"threaten", "vow", "warn", "swear"})
# "said he was ready to meet Putin": the act is intended, not done.
READY_WORDS = frozenset({"ready", "willing", "prepared", "eager", "keen", "set", "poised"})
FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "could", "might", "may"})
POSSIBILITY_AUX = frozenset({"could", "might", "may"})
CONDITION_MARKS = frozenset({"if", "unless"})
# Links from an act up to the infinitive that carries it: its object, a preposition's object.
COMPLEMENT_PATH = frozenset({"xcomp", "dobj", "pobj", "prep"})
# Prepositions that name what a threatened act answers or aims at, not the act itself.
AIM_PREPS = frozenset({"to", "against", "at", "on", "toward", "towards"})
# How an act hangs on the verb a condition is attached to: "would impose sanctions if",
# "said it would retaliate if", "threatened to shell the town unless".
CONSEQUENCE_PATH = frozenset({"dobj", "xcomp", "ccomp", "conj", "nsubjpass", "advcl"})
# Priority when several apply: what most changes the event's truth comes first.
ORDER = ("negated", "denied", "conditional", "threatened", "intended", "reported", "asserted")


@dataclass
class Modality:
    modality: str = "asserted"
    attribution: str | None = None


def modality_of(predicate: Any, sentence: Any, *, headline: bool = False) -> Modality:
    found = {"asserted"}
    if is_negated(predicate):
        found.add("negated")
    if _conditional(predicate):
        found.add("conditional")
    auxiliaries = {c.lower_ for c in _tensed(predicate).children if c.dep_ == "aux"}
    if auxiliaries & POSSIBILITY_AUX:
        found.add("conditional")  # "could be targeting": what may be is no act
    elif auxiliaries & FUTURE_AUX:
        found.add("intended")
    if headline and any(c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children):
        found.add("intended")  # headline infinitive: "Hamas, Iran leaders to boost cooperation"
    if readied(predicate):
        found.add("intended")
    for governor in _governors(predicate):
        lemma = governor.lemma_.lower()
        if lemma in DENY_VERBS:
            found.add("denied")
        elif lemma in THREAT_VERBS and _complement_of(predicate, governor):
            found.add("threatened")
        elif lemma in INTENT_VERBS and _complement_of(predicate, governor):
            found.add("intended")
        if _conditional(governor):
            found.add("conditional")
    attribution = attribution_of(predicate, sentence)
    if attribution:
        found.add("reported")
    return Modality(next(m for m in ORDER if m in found), attribution)


def is_negated(predicate: Any) -> bool:
    """Negated by its own "not"/"never", by "without" ("withdrew without firing a shot"),
    or as a conjunct sharing its head's subject and negation ("had never met or spoken to
    Trump")."""
    if any(c.dep_ == "neg" or _no_longer(c) for c in predicate.children):
        return True
    if predicate.dep_ == "pcomp" and predicate.head.lower_ == "without":
        return True
    if _none_acts(predicate):
        return True
    shares_subject = predicate.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in predicate.children
    )
    return shares_subject and any(c.dep_ == "neg" for c in predicate.head.children)


NO_ONE = frozenset({"none", "nobody", "nothing", "neither", "noone"})


def _none_acts(predicate: Any) -> bool:
    """A subject that names no one: "none of the ships are known to have been attacked",
    "no one was killed", "no Russian troops crossed"; and "no attacks were reported"."""
    if predicate.pos_ == "NOUN":
        return _says_none(predicate)
    word = predicate
    while True:  # "are known to have been attacked": the subject of the verb it complements
        subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or word.dep_ != "xcomp":
            return any(_says_none(s) for s in subjects)
        word = word.head


def _says_none(word: Any) -> bool:
    if word.lower_ in NO_ONE:
        return True
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in word.children) or (
        word.lower_ == "one" and any(c.lower_ == "no" for c in word.children)
    )


def _no_longer(word: Any) -> bool:
    """ "will no longer be prosecuted", "no more": a negation the parser calls an adverb."""
    return word.dep_ == "advmod" and word.lower_ in ("longer", "more") and any(
        c.lower_ == "no" for c in word.children
    )


def _tensed(predicate: Any) -> Any:
    """The word that carries a noun act's tense: the verb it is the object of ("will hold a
    rally"), also through a list ("could launch raids or strikes"), the copula it completes
    ("will be on strike"); a verb carries its own."""
    if predicate.pos_ not in ("NOUN", "PROPN"):
        return predicate
    while predicate.dep_ == "conj" and predicate.head.pos_ in ("NOUN", "PROPN"):
        predicate = predicate.head  # "could launch bombing runs or missile strikes"
    head = predicate.head
    if predicate.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        return head
    if predicate.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return predicate


def _governors(predicate: Any) -> list[Any]:
    """Verbs above the predicate up to the sentence root."""
    chain = []
    token = predicate
    while token.head.i != token.i and len(chain) < 6:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            chain.append(token)
    return chain


def threatened(predicate: Any) -> bool:
    """Whether the act is what a verb of threat names ("threatened to shell the town if"),
    or one declared ready to be done ("ready to go to war against", "prepared to use force")."""
    return readied(predicate) or any(
        g.lemma_.lower() in THREAT_VERBS and _complement_of(predicate, g)
        for g in _governors(predicate)
    )


def readied(predicate: Any) -> bool:
    return predicate.dep_ == "xcomp" and predicate.head.lemma_.lower() in READY_WORDS


def _complement_of(predicate: Any, governor: Any) -> bool:
    """Whether the predicate is what the governor's infinitive names: "vowed to attack",
    and the act a verb of that infinitive carries ("vowed to continue its attacks",
    "plans to launch an offensive"), not a clause beside it ("vowed, after the attack")."""
    token = predicate
    while token.head.i != governor.i:
        if token.dep_ not in COMPLEMENT_PATH or token.head.i == token.i:
            return False
        if token.dep_ == "prep" and token.lower_ in AIM_PREPS:
            return False  # "threatened to respond to U.S. drills": the drills are the aim
        token = token.head
    return token.dep_ == "xcomp"


def is_condition(predicate: Any) -> bool:
    """Whether the act is the condition of a conditional ("if Russia invades, ..."): a
    hypothesis, never an event. Its consequence ("NATO will respond") is conditional."""
    token = predicate
    for _ in range(8):
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children
        ):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


# Words that make an infinitive an open question: "weighing whether to attack", "discussed
# how to free the hostages", "will decide when to impose sanctions".
QUESTION_WORDS = frozenset({"whether", "how", "when", "where", "what", "which", "if"})


def is_questioned(predicate: Any) -> bool:
    """Whether the act is asked about, not told: '"How can we arrest these young people?"
    the senator asked', "Will Moscow retaliate?", "is weighing whether to attack". The
    question runs from the sentence's start or an earlier question mark to a question mark
    after the act; an infinitive opened by a question word is one in itself."""
    if _open_infinitive(predicate):
        return True
    sentence = sentence_of(predicate)
    for token in predicate.doc[predicate.i + 1 : sentence.end]:
        if token.text == "?":
            return True
        if token.text in (".", "!"):
            return False
    return False


def _open_infinitive(predicate: Any) -> bool:
    children = list(predicate.children)
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    return to and any(
        c.dep_ in ("advmod", "mark", "dobj", "nsubj") and c.lower_ in QUESTION_WORDS and c.i < predicate.i
        for c in children
    )


def is_consequence(predicate: Any) -> bool:
    """Whether the act is what a condition would bring ("will impose sanctions if ...",
    "said he would withdraw the subsidy unless ..."), not the condition itself."""
    if is_condition(predicate) or is_negated(predicate):
        return False
    # up from the act through what it is the act of (object, complement), not through a
    # phrase that only mentions it: "would pinpoint the hackers behind the attack if ..."
    token = predicate
    for _ in range(6):
        if _conditional(token):
            return True
        if token.dep_ not in CONSEQUENCE_PATH or token.head.i == token.i:
            return False
        token = token.head
    return False


def _conditional(token: Any) -> bool:
    for child in token.children:
        if child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in child.children
        ):
            return True
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children)


def attribution_of(predicate: Any, sentence: Any) -> str | None:
    """Who says so: the subject of a governing verb of saying or accusing ("accused Russia
    of shelling the plant"), or 'according to X'."""
    for governor in _governors(predicate):
        lemma = governor.lemma_.lower()
        if (lemma in SAY_VERBS or lemma in ACCUSING_VERBS) and governor.i != predicate.i:
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
