"""Words of violence and unrest that name no act that happened in the street: an attack
that was foiled, a "protest" that is a politician's vote, a rally of lawmakers behind a
cause, a killing or wounding of a program, deaths of which a disaster is the cause.

Each check takes the trigger token (and what `violence.py` resolved) and says whether the
act is unreal; `plausibility.plausible` drops those.
"""

from __future__ import annotations

from typing import Any

from eventscribe.article import ActorRef
from eventscribe.coding.triggers import CROWD_WORDS, lemma_of, trigger_at

# Verbs whose object is an act that did not take place: "helped thwart a bomb attack".
AVERTING_VERBS = frozenset({"thwart", "foil", "avert", "prevent", "stop", "disrupt", "frustrate",
                            "forestall", "preempt", "pre-empt", "avoid"})  # fmt: skip
# Bodies and offices whose "protest" or "rally" is words or votes, not a demonstration.
SPEAKING_BODIES = frozenset({"GOV", "LEG", "PTY", "JUD", "ELI"})
# Acts a protest may be the purpose of without being one: "voted no to protest", "resigned in
# protest". (A crowd's act with that purpose is coded as the crowd's act.)
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
# Verbs whose infinitive is done, not aimed at: "began to shell", "went on to attack".
ASPECT_VERBS = frozenset({"begin", "start", "continue", "resume", "keep", "manage", "go",
                          "proceed", "come", "use", "tend", "dare", "help"})  # fmt: skip


def purpose_only(token: Any) -> bool:
    """An act named as another act's purpose has not happened: "boats carrying men to attack
    an oil terminal", "troops were sent to retake the town". (Acts a party vows, plans or is
    ready to do are modalities of their own: `modality.py`.)"""
    if token.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return False
    head = token.head
    if token.dep_ == "xcomp":  # "sent troops to retake", not "vowed to retake": an object's
        if not any(c.dep_ == "dobj" and c.i < token.i for c in head.children):
            return False
    elif token.dep_ not in ("advcl", "acl", "relcl"):
        return False
    return head.pos_ in ("NOUN", "PROPN") or lemma_of(head) not in ASPECT_VERBS


# Verbs of bringing an act about, and nouns of an act that may come: "could spark a clash",
# "little risk of sparking a clash", "fears of an attack".
CAUSING_VERBS = frozenset({"spark", "trigger", "provoke", "cause", "ignite", "unleash", "prompt",
                           "fuel", "invite"})  # fmt: skip
RISK_NOUNS = frozenset({"risk", "danger", "threat", "fear", "possibility", "prospect", "chance",
                        "likelihood", "spectre", "specter"})  # fmt: skip
MODALS = frozenset({"could", "may", "might", "would", "can"})


def risked(token: Any) -> bool:
    """An act that may come of something, not one that came: the object of a verb of causing
    under a modal or a noun of risk ("could spark a clash", "risk of sparking a clash"), or
    a noun of risk's own object ("fears of an attack")."""
    anchor = token
    while anchor.dep_ == "conj":
        anchor = anchor.head
    if _of_a_risk(anchor):
        return True
    if anchor.dep_ != "dobj" or lemma_of(anchor.head) not in CAUSING_VERBS:
        return False
    cause = anchor.head
    while cause.dep_ == "conj" and not any(c.dep_ == "aux" for c in cause.children):
        cause = cause.head
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in cause.children) or _of_a_risk(cause)


def _of_a_risk(word: Any) -> bool:
    return (
        word.dep_ in ("pobj", "pcomp") and word.head.lower_ == "of"
        and lemma_of(word.head.head) in RISK_NOUNS
    )  # fmt: skip


def averted(token: Any) -> bool:
    """ "thwart a bomb attack", "prevented an attack on ...": the object of an averting verb."""
    anchor = token
    while anchor.dep_ == "conj":
        anchor = anchor.head
    return anchor.dep_ in ("dobj", "nsubjpass") and lemma_of(anchor.head) in AVERTING_VERBS


def protest_of_words(token: Any, source: ActorRef | None) -> bool:
    """A protest or rally that is a body's words or votes: by a government, a legislature, a
    party or its members with no crowd in the sentence ("House Democrats rally to protect
    Mueller", "Republicans protested the deficit spending"), or a protest that is the
    purpose of another act ("voted no, in part to protest", "may vote against it in
    protest")."""
    if lemma_of(token) not in ("protest", "rally", "demonstrate", "march"):
        return False
    crowd = any(w.lower_ in CROWD_WORDS for w in token.sent)
    if source is not None and source.sector in SPEAKING_BODIES and not crowd:
        return True
    return _purpose_of_another_act(token)


def _purpose_of_another_act(token: Any) -> bool:
    """ "voted no to protest", "resigned in protest": the governing verb is no unrest act."""
    if token.pos_ in ("VERB", "AUX") and token.dep_ in ("advcl", "xcomp", "conj"):
        governor = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "in" and not list(token.children):
        governor = token.head.head
        while governor.dep_ in ("pobj", "prep") and governor.pos_ != "VERB":
            governor = governor.head  # "voted against the bill in protest"
    else:
        return False
    if governor.pos_ not in ("VERB", "AUX"):
        return False
    found = trigger_at(governor)
    return found is None or found.kind not in ("unrest", "violent", "property")


def causes_of_death(token: Any, subjects: list[Any]) -> list[Any]:
    """What a death word says caused it: its "of/in/from/by" objects, at any depth under a
    cause phrase ("died because of the hurricane"), and its subject, a relative pronoun
    read as its antecedent ("a derailment ..., which killed passengers")."""
    causes = [
        w for c in token.children if c.dep_ in ("prep", "agent", "advmod", "advcl")
        and c.lower_ in ("in", "of", "from", "by", "during", "after", "because", "due", "amid")
        for w in c.subtree if w.dep_ == "pobj"
    ]  # fmt: skip
    if not subjects:  # "..., which sent cars crashing and killed": the clause's subject
        subjects = _borrowed_subjects(token)
    for subject in subjects:
        noun = relative_antecedent(subject)
        causes.append(noun)  # "a train, which ...": the train
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            causes.append(noun.head.head)  # "the derailment of a train"
    return causes


def _borrowed_subjects(verb: Any) -> list[Any]:
    """The subject of the nearest verb above a conjoined or adverbial verb (three steps)."""
    for _ in range(3):
        if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
            return []
        verb = verb.head
        found = [c for c in verb.children if c.dep_ == "nsubj"]
        if found:
            return found
    return []


def relative_antecedent(word: Any) -> Any:
    """A relative pronoun's noun ("a derailment ..., which killed" -> derailment); any
    other word itself."""
    if word.lower_ not in RELATIVE_PRONOUNS:
        return word
    verb = _clause_verb(word)
    return verb.head if verb is not None and verb.dep_ == "relcl" else word


def _clause_verb(word: Any) -> Any:
    verb = word.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None
