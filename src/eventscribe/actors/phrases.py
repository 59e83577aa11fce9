"""Candidate actor phrases in a parsed sentence: nominal heads with their left modifiers.

A phrase is the words that name one participant: "UN Middle East peace envoy Tor
Wennesland", "Iran's UN mission", "Israel's mission to the UN", "Israeli jets". The
resolver decides whether a phrase names an actor; this module only finds and splits them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from eventscribe.actors import knowledge, names
from eventscribe.actors.dictionaries import BODY_WORDS

# Parse helpers the coding stage reads from here too (they live below both, in syntax).
from eventscribe.syntax import entities, span_text
from eventscribe.syntax import entity_text as entity_text
from eventscribe.syntax import is_locative as is_locative
from eventscribe.syntax import is_wire_credit as is_wire_credit

NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
MODIFIER_DEPS = frozenset({"compound", "amod", "flat", "nmod", "nummod", "quantmod"})
SKIP_LEFT = frozenset({"DET", "PUNCT", "CCONJ", "ADP", "PART"})
# Right-hand attachments that belong to an institution's name: "mission to the UN".
INSTITUTION_PREPS = frozenset({"to", "at", "in", "of"})


@dataclass
class Phrase:
    head: Any  # spaCy Token
    tokens: list[Any]  # contiguous, in order

    @property
    def start(self) -> int:
        return self.tokens[0].idx

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.idx + len(last.text)

    @cached_property
    def text(self) -> str:
        # Kept: each classifier of the resolver asks for it again.
        return span_text(self.tokens)

    @property
    def is_definite(self) -> bool:
        return any(t.dep_ == "det" and t.lower_ == "the" for t in self.head.lefts)

    def before_head(self) -> list[Any]:
        return [t for t in self.tokens if t.i < self.head.i]


def sentence_phrases(span: Any) -> list[Phrase]:
    """Every nominal head's phrase in the sentence, longest first (the resolver's order)."""
    names = _names_with_of(span)
    inside = {t.i for name in names for t in name.tokens}
    handles = "@" in span.text  # (a handle is a phrase whatever its tag: rare, looked for so)
    phrases = names + [
        phrase_of(token) for token in span
        if (is_phrase_head(token) or handles and is_handle(token)) and token.i not in inside
    ]  # fmt: skip
    return sorted(phrases, key=lambda p: (-len(p.tokens), p.start))


def _names_with_of(span: Any) -> list[Phrase]:
    """A name with "of" inside is one phrase, not two: "the U.S. House of Representatives
    Ethics Committee", "the Bank of England" (the parser hangs the part after "of" apart);
    so is one with "and" inside (`_one_name_with_and`)."""
    names = []
    for ent in _names_of(span.doc):
        if ent.start < span.start or ent.end > span.end or ent.root.pos_ != "PROPN":
            continue
        tokens = [t for t in ent if not (t.i == ent.start and t.pos_ == "DET")]
        if any(t.lower_ == "of" for t in tokens[1:-1]):
            names.append(Phrase(ent.root, tokens))
        elif _one_name_with_and(tokens):  # (the parser may head it by its first word:
            names.append(Phrase(tokens[-1], tokens))  # "Procter" of "Procter & Gamble")
    return names


# The last words of an institution's name: what "X and Y Committee" ends with when it is
# one body ("the Securities and Exchange Commission"), not two ("Google and Facebook").
INSTITUTION_WORDS = frozenset(w.lower() for w in BODY_WORDS) | {
    "committee", "administration", "organisation"}  # fmt: skip
JOINT_WORDS = frozenset({"and", "&", "of", "for", "on", "the"})


def _names_a_body(words: list[Any]) -> bool:
    """Whether the words alone name an organization of the tables or a kind of actor
    ("NBC", "Senate", "Democrats")."""
    text = span_text(words)
    if knowledge.organization_by_name(text) is not None:
        return True
    lowered = text.lower()
    for word in (lowered, lowered.removesuffix("s")):
        sector = knowledge.sector_by_word(word)
        if sector is not None and sector.word == word:
            return True
    return False


def _one_name_with_and(tokens: list[Any]) -> bool:
    """A tagged name with "and" or "&" inside that is one name, every word capitalised: a
    company's ("Procter & Gamble"), an institution's ("the Securities and Exchange
    Commission", "the House Ways and Means Committee", which the parser cuts at "and":
    "Securities" and "Exchange Commission", a person "Ways"), one with a preposition
    before the "and" ("Centers for Disease Control and Prevention"), or a word and a name
    of two words or more ("Customs and Border Protection"); not two names the tagger ran
    together ("Corker and Flake", "Allstate and Capital One Financial Corp")."""
    joints = [at for at, t in enumerate(tokens[1:-1], start=1) if t.lower_ in ("and", "&")]
    if not joints or not all(t.lower_ in JOINT_WORDS or t.text[:1].isupper() for t in tokens):
        return False
    at = joints[0]
    before, after = tokens[:at], tokens[at + 1 :]
    if after[0].lower_ == "the" or all(t.is_upper or not t.is_alpha for t in tokens):
        return False  # "the House Committee on Science and the Subcommittee ...", "ANGER & UNITY"
    if any(_names_a_body(side) for side in (before, after)):
        return False  # "NBC & Comcast", "House & Senate": two the tables know
    if tokens[at].text == "&" or tokens[-1].lower_ in INSTITUTION_WORDS:
        return True
    if any(t.lower_ in ("of", "for", "on") for t in before[1:]):
        return True
    while len(before) > 1 and knowledge.country_by_name(before[0].text) is not None:
        before = before[1:]  # "U.S. Customs and Border Protection"
    legal = any(names.fold(t.text) in names.LEGAL_FORMS for t in tokens)
    return len(before) == 1 and len(after) >= 2 and not legal


def _names_of(doc: Any) -> list[Any]:
    """The document's ORG and FAC entities, read once (`Span.ents` rebuilds them each call)."""
    if "org_names" not in doc.user_data:
        doc.user_data["org_names"] = [e for e in entities(doc) if e.label_ in ("ORG", "FAC")]
    return doc.user_data["org_names"]


_HANDLE = re.compile(r"@\w{2,}")


def is_handle(token: Any) -> bool:
    """A social media handle ("@NATO"), which the tagger may take for any part of speech."""
    return token.text[:1] == "@" and _HANDLE.fullmatch(token.text) is not None


def is_phrase_head(token: Any) -> bool:
    if token.pos_ not in NOMINAL or token.dep_ in ("compound", "flat"):
        return False
    # A possessor like "Iran's" is its own phrase; an adjectival demonym is not.
    return not (token.dep_ in MODIFIER_DEPS and token.pos_ != "PROPN")


def phrase_of(head: Any) -> Phrase:
    """The head with its contiguous left modifiers, trimmed of determiners and punctuation."""
    if is_handle(head):
        return Phrase(head, [head])  # an account, whatever the parse hangs on it
    tokens = list(head.doc[head.left_edge.i : head.i + 1])
    # Stop at a comma or a coordinating word: "Hamas, Iran leaders" gives "Iran leaders".
    for at in range(len(tokens) - 2, -1, -1):
        token = tokens[at]
        if token.pos_ in ("PUNCT", "CCONJ") and token.text not in ("-", "'s", "'"):
            tokens = tokens[at + 1 :]
            break
    # "the", "2.3 million" and stray punctuation do not name anyone.
    while (
        tokens
        and tokens[0].i != head.i
        and (
            tokens[0].pos_ in SKIP_LEFT
            or tokens[0].like_num
            or tokens[0].dep_ in ("nummod", "quantmod")
        )
    ):
        tokens.pop(0)
    return Phrase(head, tokens or [head])


# Tokens no name runs across: a list's dash, a slash.
NAME_BREAKS = frozenset({"-", "–", "—", "/", "|", "*"})


def with_institution_tail(phrase: Phrase) -> Phrase:
    """Extend an institution's phrase with its attached "to the UN" / "in Geneva" part."""
    for child in phrase.head.rights:
        if child.dep_ == "prep" and child.lower_ in INSTITUTION_PREPS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].ent_type_ in ("ORG", "GPE"):
                last = objects[0].i
                return Phrase(phrase.head, list(phrase.head.doc[phrase.tokens[0].i : last + 1]))
    return phrase


def entity_tokens(phrase: Phrase, label: str) -> list[Any]:
    """The tokens of the `label` entity that ends the phrase at its head, if any."""
    head = phrase.head
    if head.ent_type_ != label:
        return []
    tokens = [head]
    for token in reversed(phrase.before_head()):
        if token.ent_type_ != label or token.ent_iob_ == "O" or tokens[0].is_sent_start:
            break
        if is_name_break(token) or (label == "PERSON" and _names_an_organization(token)):
            break  # "Mark Green - Trump", "told Reuters Trump's": the tagger ran two together
        tokens.insert(0, token)
        if token.ent_iob_ == "B":
            break
    return tokens


def is_name_break(token: Any) -> bool:
    """A spaced dash or slash: "Mark Green - Trump", not the hyphen of "Amir-Abdollahian"."""
    spaced = bool(token.whitespace_) or (token.i > 0 and bool(token.doc[token.i - 1].whitespace_))
    return token.text in NAME_BREAKS and spaced


def _names_an_organization(token: Any) -> bool:
    return token.is_title and knowledge.organization_by_name(token.text) is not None


def plain(text: str) -> str:
    """A phrase's text without a leading "the"."""
    return text.removeprefix("the ").removeprefix("The ").strip()
