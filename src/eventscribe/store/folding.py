"""Near-duplicate folding, run by the store: copies set aside until their originals are stored.

An article whose text nearly repeats one stored or met earlier (`eventscribe.dedup`) is not
coded: it is stored as a copy (its article and paragraph rows, `duplicate_of` naming the id
its original is stored under) once its original is stored. The index starts from the
signatures stored in `article_signatures` and grows with every original met; the signatures
of new originals are stored with the write that stores them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from eventscribe.dedup import NearDuplicates, to_bytes

Row = dict[str, Any]


@dataclass
class Copy:
    """A near copy waiting for its original (by content hash) to be stored."""

    article: Row  # its articles-table row
    paragraphs: list[Row]
    original: str


@dataclass
class Folding:
    """The LSH index of originals, new originals' signatures, copies waiting."""

    index: NearDuplicates
    signatures: dict[str, bytes] = field(default_factory=dict)
    copies: list[Copy] = field(default_factory=list)

    @classmethod
    def load(cls, stored: Iterable[tuple[str, bytes]]) -> Folding:
        return cls(NearDuplicates().load(stored))

    @property
    def recipe(self) -> str:
        return self.index.recipe

    def knows(self, digest: str) -> bool:
        """Whether an original of this content was met (stored, or earlier in this run)."""
        return digest in self.index

    def fold(self, digest: str, text: str, copy: Callable[[], tuple[Row, list[Row]]]) -> bool:
        """Set the article aside as a copy (True; `copy` gives its rows), or index it as an
        original (False)."""
        minhash = self.index.signature(text)
        original = self.index.original_of(minhash)
        if original is not None:
            self.copies.append(Copy(*copy(), original))
            return True
        self.index.add(digest, minhash)
        self.signatures[digest] = to_bytes(minhash)
        return False

    def take_signatures(self) -> dict[str, bytes]:
        taken, self.signatures = self.signatures, {}
        return taken

    def take_ready(self, stored: Callable[[Iterable[str]], dict[str, str]]) -> list[tuple[Copy, str]]:
        """The copies whose originals are stored now, with the ids they are stored under;
        `stored` maps content hashes to stored ids."""
        if not self.copies:
            return []
        ids = stored(copy.original for copy in self.copies)
        ready = [(copy, ids[copy.original]) for copy in self.copies if copy.original in ids]
        self.copies = [copy for copy in self.copies if copy.original not in ids]
        return ready
