"""Appeals and demands, trigger first: a verb of asking and the act it asks for.

"Iran urged Iraq to release the prisoners" (0253), "Pelosi called on Conyers to resign"
(0241), "Gillibrand called for Trump to resign" (0241), "Ryan said Conyers should resign"
(0241), "Iraq demanded that Iran withdraw" (1056). The asked party is the verb's object,
the object of its preposition ("called on"), or the subject of the asked-for clause; the
act asked for gives the code's digits after 02 or 10 (data/coding/appeals.tsv). The asked-for
act is not coded as if it happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventscribe.coding.arguments import TELLING_VERBS
from eventscribe.coding.ontology import CameoCodeError, cameo
from eventscribe.coding.sections import read_sections
from eventscribe.syntax import phrasal_keys

CLAUSE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})
# Verbs whose complement is an act that does not happen: "ruled out sending troops",
# "refused to release them", "avoided condemning Russia".
REFUSALS = frozenset({"refuse", "decline", "avoid", "oppose", "resist", "reject", "rule",
                      "deny", "fail", "hesitate", "stop", "cease", "abandon", "forgo"})  # fmt: skip
MODALS = frozenset({"should", "must", "ought"})
# Verbs of wishing: what they wish another party to do has not happened ("wants Saudi
# Arabia to recognise Israel", "expects Iran to comply").
WISHES = frozenset({"want", "wish", "expect", "hope", "prefer", "like", "need", "intend"})


@dataclass(frozen=True)
class Appeals:
    appeal: dict[str, frozenset[str]]  # verb -> prepositions ("" for none)
    demand: frozenset[str]
    modal: frozenset[str]
    topics: dict[str, str]


@dataclass
class Appeal:
    code: str
    predicate: Any  # the verb of asking
    asked: Any  # the word naming the asked party
    act: Any  # the asked-for verb

    @property
    def pattern(self) -> str:
        return f"appeal: {self.predicate.lemma_} + {self.act.lemma_}"


@lru_cache(maxsize=1)
def appeals() -> Appeals:
    sections = read_sections("appeals.tsv")
    appeal: dict[str, set[str]] = {}
    for word in sections["appeal"]:
        verb, _, prep = word.partition("/")
        appeal.setdefault(verb, set()).add(prep)
    topics = dict(line.split("\t") for line in sections["topics"])
    return Appeals({v: frozenset(p) for v, p in appeal.items()}, frozenset(sections["demand"]),
                   frozenset(sections["modal"]), topics)  # fmt: skip


def find_appeal(verb: Any) -> Appeal | None:
    """The appeal or demand a verb makes, when it asks a party for an act."""
    table = appeals()
    lemma = verb.lemma_.lower()
    if lemma not in table.appeal and lemma not in table.demand and lemma not in table.modal:
        return None  # no verb of asking (most verbs: asked before the clause is looked for)
    clause = _asked_clause(verb, modal=lemma in table.modal and lemma not in table.appeal)
    told = lemma in table.modal and lemma in TELLING_VERBS  # "told reporters that"
    instructed = _instruction(verb) if clause is None and told else None
    clause = clause or instructed
    if clause is None:
        return None
    if instructed is not None:
        root = "10"  # "told Iran to release the prisoners": an instruction, a demand
    elif lemma in table.appeal:
        # "called on Conyers to resign": the parse makes "on" a preposition or a particle
        preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt") and not _dated(c)}
        preps |= {c.lower_ for c in clause.children if c.dep_ == "mark"} | {""}
        if not (table.appeal[lemma] & preps):
            return None
        root = "02"
    elif lemma in table.demand:
        root = "10"
    elif lemma in table.modal:  # "said Iran should withdraw" asks; "must withdraw" demands
        root = "10" if _must(clause) else "02"
    else:
        return None
    asked = _asked_party(verb, clause, told=told and instructed is None)
    if asked is None:
        return None
    return Appeal(_code(root, clause, table.topics), verb, asked, clause)


def refused_acts(verb: Any) -> list[Any]:
    """The acts a verb of refusal or avoidance says are not done: the infinitive or gerund
    it governs ("refused to release", "ruled out sending", "avoided condemning")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REFUSALS:
        return []
    if verb.lemma_.lower() == "rule" and not any(c.lower_ == "out" for c in verb.children):
        return []
    return [
        c for c in verb.children
        if c.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "advcl") and c.pos_ == "VERB"
        and (c.tag_ == "VBG" or any(a.lower_ == "to" for a in c.children))
        and not (c.dep_ == "advcl" and _marked(c))
    ]  # fmt: skip


def wished_acts(verb: Any) -> list[Any]:
    """The acts a verb of wishing wants another party to do: "wants Saudi Arabia to
    recognise Israel" (the clause has its own subject, or the wish an object)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in WISHES:
        return []
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    return [
        c for c in verb.children
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
        and any(a.lower_ == "to" for a in c.children)
        and (has_object or any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))
    ]  # fmt: skip


# Subordinators whose finite clause tells what happened, not what is asked: "urged troops
# to leave after a tank killed a boy" (the killing is the occasion, and it took place).
OCCASION_MARKS = frozenset({"after", "since", "because", "as", "when", "while", "once"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def asked_words(act: Any) -> set[int]:
    """The token indices of an asked, refused or wished act, less the finite clauses in it
    that tell its occasion ("to leave after a tank killed a boy": the killing is told)."""
    told = {
        w.i for c in act.subtree
        if c.i != act.i and c.dep_ == "advcl" and c.tag_ in FINITE_TAGS
        and any(m.dep_ == "mark" and m.lower_ in OCCASION_MARKS for m in c.children)
        for w in c.subtree
    }  # fmt: skip
    return {w.i for w in act.subtree} - told


def _marked(clause: Any) -> bool:
    """ "ruled out talks after meeting him": a clause with its own preposition or mark is
    the circumstance, not the act ruled out."""
    return any(c.dep_ == "mark" for c in clause.children) or clause.head.i > clause.i


def _asked_clause(verb: Any, *, modal: bool) -> Any:
    """The asked-for act: "to resign" (an infinitive), "that Iran withdraw", or with a
    verb of saying only a clause with should, must or ought to."""
    for child in verb.children:
        if child.dep_ not in CLAUSE_DEPS or child.pos_ not in ("VERB", "AUX"):
            continue
        auxes = {a.lower_ for a in child.children if a.dep_ in ("aux", "mark")}
        if modal:
            if auxes & MODALS:
                return child
        elif "to" in auxes or child.dep_ == "ccomp" or auxes & MODALS:
            return child
    return None


def _instruction(verb: Any) -> Any:
    """The act someone is told to do: "told Iran to release the prisoners" (an object, then
    an infinitive), not "told reporters that ..." (a clause a modal makes an appeal)."""
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)  # fmt: skip


def _must(clause: Any) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "must" for a in clause.children)


def _asked_party(verb: Any, clause: Any, *, told: bool = False) -> Any:
    """ "urged Iraq to ...", "called on Conyers to resign" (Conyers the clause's subject),
    "appealed to Iraq to ..."; never a date ("called on Monday for ...") nor a phrase before
    the verb. What is told to someone asks the told clause's named subject: "told
    reporters the United States should stop" asks the United States, not the reporters
    (what "said" takes as its object is the clause's own subject, misparsed, or nothing)."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if told and subjects and _names_a_party(subjects[0]):  # ("told Iran it should": Iran)
        return subjects[0]
    for child in verb.children:
        if child.dep_ in ("dobj", "dative"):
            return child
    if subjects:
        return subjects[0]
    for child in verb.children:
        # after the verb: "With a record deficit, Congress is pressing to ..." asks no one
        if child.dep_ in ("prep", "prt") and child.lower_ in ("on", "upon", "with", "to") and child.i > verb.i:
            objects = [c for c in child.children if c.dep_ == "pobj" and not _date(c)]
            if objects:
                return objects[0]
    return None


def _names_a_party(word: Any) -> bool:
    """A name ("the United States", "Hamas"), not a pronoun or a thing ("the inquiry")."""
    return word.pos_ == "PROPN" or word.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")


def _dated(prep: Any) -> bool:
    """ "on Monday": a preposition of time, not the one of "called on X"."""
    return any(_date(c) for c in prep.children if c.dep_ == "pobj")


def _date(word: Any) -> bool:
    return word.ent_type_ in ("DATE", "TIME")


def _code(root: str, clause: Any, topics: dict[str, str]) -> str:
    digits = next((d for key in phrasal_keys(clause) if (d := topics.get(key))), None)
    if digits is None:
        return f"{root}0"
    code = f"{root}{digits}"
    try:
        return cameo(code).code
    except CameoCodeError:
        return f"{root}0"
