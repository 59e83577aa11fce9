"""Parses built by hand, as spaCy's own tests build them: a `Doc` from words, heads,
dependencies, tags and entities, with no statistical model loaded.

The NLP core (candidates, roles, coreference, argument filling, triggers) reads only the
annotations a `Doc` carries, so a hand-built parse tests it in milliseconds, pins its rules
on exactly the parse given, and can give the parse the model gets wrong. The pipeline adds
no `Doc._` or `Token._` extensions (it keeps its per-document caches in `doc.user_data`),
so none need registering here.

    doc = doc_from(
        ["Israel", "struck", "Gaza", "."],
        heads=[1, 1, 1, 1],            # absolute token indices; a root is its own head
        deps=["nsubj", "ROOT", "dobj", "punct"],
        tags=["NNP", "VBD", "NNP", "."],   # POS follows from the tag unless given
        ents=[(0, 1, "GPE"), (2, 3, "GPE")],   # (start, end, label) token spans
    )
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

# The English model's tag -> coarse part of speech (its attribute ruler's tag map), so a
# test gives the Penn tag alone, as the tagger predicts it, and reads `pos_` as the model would.
TAG_POS = {
    "$": "SYM", "''": "PUNCT", ",": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", ".": "PUNCT",
    ":": "PUNCT", "ADD": "X", "AFX": "ADJ", "CC": "CCONJ", "CD": "NUM", "DT": "DET",
    "EX": "PRON", "FW": "X", "HYPH": "PUNCT", "IN": "ADP", "JJ": "ADJ", "JJR": "ADJ",
    "JJS": "ADJ", "LS": "X", "MD": "AUX", "NFP": "PUNCT", "NN": "NOUN", "NNP": "PROPN",
    "NNPS": "PROPN", "NNS": "NOUN", "PDT": "DET", "POS": "PART", "PRP": "PRON",
    "PRP$": "PRON", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "RP": "ADP", "SYM": "SYM",
    "TO": "PART", "UH": "INTJ", "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB",
    "VBP": "VERB", "VBZ": "VERB", "WDT": "PRON", "WP": "PRON", "WP$": "PRON", "WRB": "ADV",
    "XX": "X", "_SP": "SPACE", "``": "PUNCT",
}  # fmt: skip

Span = tuple[int, int, str]  # token start, token end (exclusive), entity label


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """A blank English vocabulary (lexical attributes such as `like_num`), shared by tests."""
    import spacy

    return spacy.blank("en").vocab


def doc_from(
    words: Sequence[str],
    heads: Sequence[int] | None = None,
    deps: Sequence[str] | None = None,
    *,
    tags: Sequence[str] | None = None,
    pos: Sequence[str] | None = None,
    lemmas: Sequence[str] | None = None,
    ents: Sequence[Span] = (),
    spaces: Sequence[bool] | None = None,
) -> Doc:
    """A `Doc` of `words` with the parse given. `heads` are absolute token indices (a root
    heads itself); `pos` defaults to what `tags` imply; `lemmas` default to the lower-cased
    words (give them where a rule reads the lemma of an inflected word); `ents` are
    (start, end, label) token spans. Words are spaced as text is, with no space before
    punctuation, unless `spaces` says otherwise."""
    words = list(words)
    _same_length(words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    if pos is None and tags is not None:
        pos = [TAG_POS[tag] for tag in tags]
    return Doc(
        vocab(),
        words=words,
        spaces=list(spaces) if spaces is not None else _spaces(words),
        heads=list(heads) if heads is not None else None,
        deps=list(deps) if deps is not None else None,
        tags=list(tags) if tags is not None else None,
        pos=list(pos) if pos is not None else None,
        lemmas=list(lemmas) if lemmas is not None else [w.lower() for w in words],
        ents=_iob(len(words), ents) if ents else None,
    )


def token(doc: Doc, word: str, nth: int = 0) -> Token:
    """The `nth` token (from 0) written `word`: tests name the word they mean, not its index."""
    found = [t for t in doc if t.text == word]
    assert len(found) > nth, f"{word!r} is not in {doc.text!r} {nth + 1} times"
    return found[nth]


def texts(tokens: Iterable[Token]) -> list[str]:
    """The words of tokens, as a test compares them."""
    return [t.text for t in tokens]


NO_SPACE_BEFORE = (".", ",", ":", ";", "!", "?", ")", "'", "n't")


def _spaces(words: list[str]) -> list[bool]:
    """A space after each word but the last, and before punctuation or a clitic ("'s")."""
    return [not after.startswith(NO_SPACE_BEFORE) for after in words[1:]] + [False]


def _iob(length: int, spans: Sequence[Span]) -> list[str]:
    tags = ["O"] * length
    for start, end, label in spans:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def _same_length(words: list[str], **columns: Sequence | None) -> None:
    # spaCy's own message for a short column names no column; this one does.
    for name, column in columns.items():
        if column is not None and len(column) != len(words):
            raise ValueError(f"{name}: {len(column)} values for {len(words)} words {words}")
