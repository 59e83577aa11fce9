"""Reading a spaCy parse, shared by the actors and the coding stages (below both).

Token-level helpers that neither stage owns: coordination ("X, Y and Z"), the named entity
a token is part of (and the document's entities and each token's sentence, found once), a place phrase ("in Qatar"), a wire credit ("(Reuters) -"), and the text
and end of a token run.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any

LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "from"})


def conjuncts(token: Any) -> list[Any]:
    """The token and those coordinated with it: "X and Y", "X, Y and Z"."""
    found = [token]
    for child in token.children:
        if _coordinated(child):
            found.extend(conjuncts(child))
    return _misparsed_firsts(token) + found


def _misparsed_firsts(token: Any) -> list[Any]:
    """ "Finance Minister Gerhard Stoltenberg and Treasury Secretary James Baker" parsed as
    one name, the first hung on the second as a modifier with its own "and": both."""
    if token.pos_ != "PROPN":
        return []
    return [
        word for left in token.lefts if _name_modifier(left)
        for word in left.subtree
        if _name_modifier(word) and word.ent_type_ == "PERSON"
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in word.children)
    ]  # fmt: skip


def _name_modifier(word: Any) -> bool:
    return word.dep_ in ("nmod", "compound") and word.pos_ == "PROPN"


def _coordinated(child: Any) -> bool:
    if child.dep_ == "conj":
        return child.pos_ in ("PROPN", "NOUN", "PRON")
    # A list in apposition: "Hamas, Iran leaders", "Mordor, the Shire, Fornost and Bree".
    return child.dep_ == "appos" and (
        child.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in child.children)
    )


# Adverbs that make a phrasal verb when the parser does not tag them as particles: "step
# aside", "back away".
PARTICLE_ADVERBS = frozenset({"aside", "away", "back", "down", "off", "out", "up", "over"})


def phrasal_keys(verb: Any) -> list[str]:
    """A verb's lemma with each of its particles ("step down", "rule out"), then the bare
    lemma: the keys a lexicon of phrasal verbs is read with."""
    lemma = verb.lemma_.lower()
    particles = [
        c.lower_ for c in verb.children
        if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in PARTICLE_ADVERBS and c.i > verb.i
    ]  # fmt: skip
    return [f"{lemma} {p}" for p in particles] + [lemma]


# Determiners of a noun told as known, that may point back at what the text named before.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def is_definite(word: Any) -> bool:
    """ "the report", "this move", "those attacks"."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in word.children)


def earlier_mentions(noun: Any) -> Iterator[Any]:
    """The nouns of the same lemma before this one in its document, nearest first: what
    "the report", "the subsidy" may name again."""
    return (t for t in reversed(noun.doc[: noun.i]) if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN")


def is_locative(token: Any) -> bool:
    """A place where something happens ("in Qatar's capital Doha"), not an actor."""
    while token.dep_ in ("appos", "compound", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


def is_wire_credit(text: str, start: int, end: int) -> bool:
    """'(Reuters) -' credits the agency for the story; it is not a party to it."""
    return (
        text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
        and text[end + 1 : end + 4].strip()[:1] in ("-", "–", "—")
    )


def entity_text(token: Any) -> str:
    """The text of the named entity the token is part of (the token's own if none)."""
    return entity_span(token).text


def entity_span(token: Any) -> Any:
    """The named entity the token is part of (the token alone if none)."""
    start = end = token.i
    doc = token.doc
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[start : end + 1]


def entities(doc: Any) -> tuple[Any, ...]:
    """The document's entity spans, built once and kept on it: `Doc.ents` builds them all
    anew on each call, and every stage reads them (the parse is not changed after it)."""
    if "entities" not in doc.user_data:
        doc.user_data["entities"] = tuple(doc.ents)
    return doc.user_data["entities"]


def sentence_of(token: Any) -> Any:
    """The token's sentence, as `Token.sent` gives it, from the doc's sentences listed once
    and kept on it: `Token.sent` walks the parse and builds a new span on each call."""
    doc = token.doc
    if "sentence_of" not in doc.user_data:
        doc.user_data["sentence_of"] = [s for s in doc.sents for _ in range(len(s))]
    return doc.user_data["sentence_of"][token.i]


def span_text(tokens: list[Any]) -> str:
    """The text of a run of tokens, from the first to the last."""
    first, last = tokens[0], tokens[-1]
    return doc_text(first.doc)[first.idx : last.idx + len(last.text)]


def char_span(doc: Any, start: int, end: int) -> Any:
    """The tokens that overlap characters start to end, as a span (None for none): spaCy's
    `Doc.char_span(..., alignment_mode="expand")`, by a binary search of the tokens'
    offsets (spaCy's reads token after token, and the stages ask tens of thousands)."""
    tokens = token_range(doc, start, end)
    return doc[tokens.start : tokens.stop] if tokens else None


def token_range(doc: Any, start: int, end: int) -> range:
    """The indices of the tokens that overlap characters start to end."""
    starts, ends = _token_offsets(doc)
    first = bisect_right(ends, start)  # the first token ending after start
    return range(first, max(first, bisect_left(starts, end)))


def _token_offsets(doc: Any) -> tuple[list[int], list[int]]:
    offsets = doc.user_data.get("token_offsets")
    if offsets is None:
        starts = [t.idx for t in doc]
        ends = [t.idx + len(t.text) for t in doc]
        offsets = doc.user_data["token_offsets"] = (starts, ends)
    return offsets


def doc_text(doc: Any) -> str:
    """The document's text, joined once (Doc.text joins its tokens each time it is read)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def token_end(token: Any) -> int:
    """The character offset just after the token."""
    return token.idx + len(token.text)


def governing_verb(token: Any) -> Any:
    """The nearest verb above a word, or None."""
    return next((a for a in token.ancestors if a.pos_ == "VERB"), None)


def tokens_written(doc: Any, texts: tuple[str, ...]) -> list[Any]:
    """The tokens written exactly as one of `texts` ("(", ":"), in order, and those of white
    space holding a line break when `texts` holds "\\n": read from the doc's arrays, not by
    a look at every token."""
    import numpy as np  # (here: the CLI checks its arguments before spaCy is imported)
    from spacy.attrs import IS_SPACE, ORTH

    columns = doc.to_array([ORTH, IS_SPACE])
    wanted = [doc.vocab.strings.add(t) for t in texts if t != "\n"]
    hits = np.isin(columns[:, 0], np.array(wanted, dtype=columns.dtype)) if wanted else None
    if "\n" in texts:
        spaces = columns[:, 1].astype(bool)
        hits = spaces if hits is None else hits | spaces
    found = [doc[int(i)] for i in np.flatnonzero(hits)] if hits is not None else []
    return [t for t in found if not t.is_space or "\n" in t.text or t.text in texts]
