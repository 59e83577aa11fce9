"""Relations between parties, named by nouns: their partners, and the acts that conclude or
end them.

"cut diplomatic ties with Israel" (161), "suspended talks with the Palestinians" (164),
"ended its military cooperation with France" (160), "withdrawing the subsidy for the port
employers" (1621); "Serbia and Kosovo reached an agreement" (057). A relation noun's partner
is its "with X" or "between X and Y"; the verbs and nouns are in data/coding/relations.tsv.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventscribe.coding import arguments
from eventscribe.coding.sections import read_sections
from eventscribe.syntax import phrasal_keys

SIGN_AGREEMENT = "057"
PARTNER_PREPS = frozenset({"with"})
# Aid and funds go "to" or "for" someone; a relation is "with" someone.
RECIPIENT_PREPS = frozenset({"to", "for"})
POSTED_PREPS = frozenset({"to", "from", "in"})
# On the verb: "cut aid to X", "recalled its ambassador from X".
VERB_PARTNER_PREPS = PARTNER_PREPS | RECIPIENT_PREPS | frozenset({"from"})


@dataclass(frozen=True)
class RelationWords:
    relations: dict[str, str]  # noun lemma -> code of ending it, "-" for none
    kinds: dict[str, str]
    end: frozenset[str]
    posted: frozenset[str]
    agreements: frozenset[str]
    conclude: frozenset[str]
    joint: frozenset[str]


@dataclass
class RelationAct:
    """A verb acting on a relation: concluding or ending it."""

    code: str
    predicate: Any
    relation: Any
    partners: list[Any]

    @property
    def pattern(self) -> str:
        kind = "agreement" if self.code == SIGN_AGREEMENT else "reduce relations"
        return f"{kind}: {self.predicate.lemma_} + {self.relation.lemma_}"


@lru_cache(maxsize=1)
def relation_words() -> RelationWords:
    sections = read_sections("relations.tsv")
    pairs = {name: dict(row.split("\t") for row in sections[name]) for name in ("relations", "kinds")}
    return RelationWords(pairs["relations"], pairs["kinds"], frozenset(sections["end"]),
                         frozenset(sections["posted"]), frozenset(sections["agreements"]),
                         frozenset(sections["conclude"]), frozenset(sections["joint"]))  # fmt: skip


def is_relation(word: Any) -> bool:
    return word.lemma_.lower() in relation_words().relations


def partners(word: Any) -> list[Any]:
    """The parties a relation noun is with: "ties with Israel", "talks between A and B",
    "aid to Ukraine"; [] for any other word."""
    relation = arguments.contents(word)  # "an aid package for Ukraine"
    if not is_relation(relation):
        return []
    preps = PARTNER_PREPS | (RECIPIENT_PREPS if _is_aid(relation) else frozenset())
    if relation.lemma_.lower() in relation_words().posted:
        preps = preps | POSTED_PREPS  # "its ambassador to Niger", "the embassy in Kabul"
    for holder in dict.fromkeys((relation, word)):
        found = arguments.prepositional_objects(holder, preps) or arguments.between(holder)
        if found:
            return found
    return []


def find_relation_act(verb: Any) -> RelationAct | None:
    """A verb that concludes or ends the relation its object names, with the partners (on
    the noun, or "with X" / "for X" on the verb)."""
    key, words = _verb_key(verb), relation_words()
    if key not in words.end and key not in words.conclude:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if key in words.conclude and (lemma in words.agreements or _joint(obj, words)):
            code: str | None = SIGN_AGREEMENT
        else:
            code = _ending_code(obj) if key in words.end else None
        if code is None:
            continue
        found = partners(obj) or arguments.prepositional_objects(verb, VERB_PARTNER_PREPS)
        return RelationAct(code, verb, obj, found)
    return None


def _joint(noun: Any, words: RelationWords) -> bool:
    """ "signed a joint statement": a document of several parties is an agreement."""
    return noun.lemma_.lower() in words.joint and any(
        c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in noun.children
    )


def _verb_key(verb: Any) -> str:
    return phrasal_keys(verb)[0]


def _ending_code(noun: Any) -> str | None:
    words = relation_words()
    code = words.relations.get(noun.lemma_.lower(), "-")
    if code == "-":
        return None
    for child in noun.children:
        kind = words.kinds.get(child.lower_) if child.dep_ in ("amod", "compound") else None
        if kind is not None and kind[:3] == code[:3]:
            return kind  # "military aid" 1622
        if kind == "161" and code == "160":
            return kind  # "diplomatic ties"
    return code


def _is_aid(word: Any) -> bool:
    return relation_words().relations.get(word.lemma_.lower(), "")[:3] == "162"


# Who an agreed act is done with: "agreed to build a pipeline with Turkey", and whom one
# acquires from ("agreed to charter tankers from the Soviet Union"; not "withdraw from").
WITH = frozenset({"with"})
FROM = frozenset({"from"})
ACQUIRING_VERBS = frozenset({"buy", "purchase", "charter", "lease", "rent", "import", "acquire",
                             "borrow", "order", "obtain", "hire"})  # fmt: skip


def agreed_act(verb: Any) -> tuple[Any, list[Any]] | None:
    """ "Kuwait has agreed to charter tankers from the Soviet Union": the act agreed to and
    the words of whom it is done with, or None (not agreed, or agreed with no one named)."""
    if verb.lemma_.lower() != "agree" or any(c.dep_ == "neg" for c in verb.children):
        return None
    for act in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        preps = WITH | FROM if act.lemma_.lower() in ACQUIRING_VERBS else WITH
        found = arguments.prepositional_objects(act, preps)
        found += [w for o in arguments.objects(act) for w in arguments.prepositional_objects(o, preps)]
        if found:
            return act, found
    return None
