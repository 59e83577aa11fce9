"""What the place modules share: a place phrase as found in a text, and headlines.

Below `mentions.py` (which finds the phrases), `widen.py` (which widens them) and
`attach.py` (which ties them to events), so that none of those imports another for these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Nouns of a town that a demonym qualifies and a name follows: "the Lebanese city of Tripoli".
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "capital", "port"})
# A sentence ending in none of these is a headline or a caption.
HEADLINE_ENDS = frozenset({".", "!", "?", '"', "\u201d", "'"})


@dataclass(slots=True)
class Mention:
    """A place phrase in a text: an entity or a demonym with a place noun."""

    text: str
    start: int
    end: int
    demonym: str | None = None  # "Lebanese" in "the Lebanese border"


def is_headline(span: Any) -> bool:
    """A headline or a caption: no full stop, question or exclamation mark at its end."""
    last = next((t for t in reversed(span) if not t.is_space), None)
    return last is not None and last.text[-1:] not in HEADLINE_ENDS


def settlement_names(noun: Any) -> list[Any]:
    """The tokens that may name the town a settlement noun stands for: its apposition and
    the object of its "of" ("the Somali capital, Mogadishu", "the Lebanese city of
    Tripoli"); none for other nouns."""
    if noun.lower_ not in SETTLEMENT_NOUNS:
        return []
    names = [child for child in noun.children if child.dep_ == "appos"]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            names += [c for c in child.children if c.dep_ == "pobj"]
    return names
