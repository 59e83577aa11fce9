"""Near-duplicate articles: MinHash signatures of word shingles, found through an LSH index.

Wire copies, re-sends under another id and lightly edited updates of one story differ in a
few words, so their content hashes differ and each would be coded again. Two articles are
near duplicates when the Jaccard similarity of their sets of word 3-shingles (case folded,
punctuation dropped), estimated from 128-permutation MinHash signatures, is at least
`THRESHOLD`. The index holds originals only (a copy of a copy points at the first); it is
built from the signatures stored in `article_signatures` when an ingest starts and grows as
the run meets new originals, so a second run finds copies of what the first stored.

Why these numbers: on the Reuters 2017 corpus, a word changed and a credit line added
leave even 60-word articles at J >= 0.82 with 3-shingles (5-shingles: 0.76), while the
most similar pair of different stories is at 0.63; 0.75 sits between, about three
standard errors of the 128-permutation estimate (0.035) from either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 3  # words per shingle
THRESHOLD = 0.75  # estimated Jaccard similarity from which an article is a copy
LSH_THRESHOLD = 0.6  # candidates are fetched below it, so few pairs are missed
SEED = 1
SCHEME = "affine32"  # datasketch's permutation scheme: 32-bit hash values
# Names how stored signatures were made; others are ignored (they would not compare).
RECIPE = f"words{SHINGLE}/minhash{NUM_PERM}/{SCHEME}/seed{SEED}"
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The article's word `size`-grams, case folded; a short text is one shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


class NearDuplicates:
    """An LSH index of originals' signatures, keyed by content hash."""

    recipe = RECIPE

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=min(LSH_THRESHOLD, threshold), num_perm=num_perm)
        self._signatures: dict[str, MinHash] = {}
        self._permutations = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, digest: str) -> bool:
        return digest in self._signatures

    def signature(self, text: str) -> MinHash:
        minhash = MinHash(
            num_perm=self.num_perm, seed=SEED, permutations=self._permutations, scheme=SCHEME
        )
        minhash.update_batch(list(shingles(text)))
        return minhash

    def original_of(self, minhash: MinHash) -> str | None:
        """The content hash of the indexed original most like `minhash`, if similar enough."""
        best, best_score = None, self.threshold
        for key in self._lsh.query(minhash):
            score = minhash.jaccard(self._signatures[key])
            if score > best_score or (score == best_score and (best is None or key < best)):
                best, best_score = key, score
        return best

    def add(self, digest: str, minhash: MinHash) -> None:
        if digest not in self._signatures:
            self._lsh.insert(digest, minhash)
            self._signatures[digest] = minhash

    def load(self, stored: Iterable[tuple[str, bytes]]) -> NearDuplicates:
        """Index stored (content hash, signature bytes) pairs; returns self."""
        for digest, blob in stored:
            self.add(digest, self.from_bytes(blob))
        return self

    def from_bytes(self, blob: bytes) -> MinHash:
        values = np.frombuffer(blob, dtype="<u4").astype(np.uint32)
        return MinHash(
            num_perm=self.num_perm, seed=SEED, hashvalues=values,
            permutations=self._permutations, scheme=SCHEME,
        )  # fmt: skip


def to_bytes(minhash: MinHash) -> bytes:
    """The signature as stored in `article_signatures.signature` (little-endian uint32s)."""
    return np.asarray(minhash.hashvalues, dtype="<u4").tobytes()
