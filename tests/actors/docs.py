"""Parses built by hand, as spaCy's own tests build them: words, heads, dependencies, tags
and entities, with no model loaded. For unit tests of the NLP core where the model's
choices are not the point."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_title ...)


def make_doc(
    words: list[str],
    heads: list[int],
    deps: list[str],
    pos: list[str] | None = None,
    tags: list[str] | None = None,
    ents: list[str] | None = None,
    lemmas: list[str] | None = None,
) -> Any:
    """A parsed Doc: `heads` are absolute token indices (a root is its own head), `ents`
    IOB strings ("B-PERSON", "I-PERSON", "O")."""
    return Doc(
        _VOCAB,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        ents=ents,
        lemmas=lemmas or [w.lower() for w in words],
    )
