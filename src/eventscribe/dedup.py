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

Signatures are datasketch's MinHash ("affine32" scheme, seed 1) value for value, computed
here: importing datasketch imports SciPy, half a second of every ingest's start-up
(`tests/across/test_dedup.py` holds them equal).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

import numpy as np

NUM_PERM = 128
SHINGLE = 3  # words per shingle
THRESHOLD = 0.75  # estimated Jaccard similarity from which an article is a copy
LSH_THRESHOLD = 0.6  # candidates are fetched below it, so few pairs are missed
SEED = 1
SCHEME = "affine32"  # datasketch's permutation scheme: 32-bit hash values
# Names how stored signatures were made; others are ignored (they would not compare).
RECIPE = f"words{SHINGLE}/minhash{NUM_PERM}/{SCHEME}/seed{SEED}"
_WORD = re.compile(r"\w+")
# datasketch's `lsh._optimal_param(threshold, num_perm, 0.5, 0.5)` (bands, rows), which
# integrates with SciPy: known answers here, anything else asks datasketch.
KNOWN_BANDS = {(LSH_THRESHOLD, NUM_PERM): (18, 7)}


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The article's word `size`-grams, case folded; a short text is one shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


class NearDuplicates:
    """An LSH index of originals' signatures, keyed by content hash.

    Compact, since it holds every stored original for the whole ingest: signatures in one
    uint32 array, band keys in sorted numpy arrays per band (a small dict holds the rows
    added since the last merge). About 1 KB an article, where datasketch's MinHashLSH took
    about 8 KB of Python objects. Candidates and scores are those of MinHashLSH with the
    same bands: band keys are 64-bit hashes of a band's values, so a (rare) key collision
    only adds a candidate, which the Jaccard estimate then judges.
    """

    recipe = RECIPE

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.bands, self.rows = _bands_and_rows(min(LSH_THRESHOLD, threshold), num_perm)
        self._permutations = _permutations(num_perm, SEED)
        self._digests: list[str] = []
        self._row_of: dict[str, int] = {}
        self._values = np.empty((0, num_perm), dtype=np.uint32)
        self._bands = _BandIndex(self.bands)

    def __len__(self) -> int:
        return len(self._digests)

    def __contains__(self, digest: str) -> bool:
        return digest in self._row_of

    def signature(self, text: str) -> Signature:
        return Signature.of(shingles(text), self._permutations)

    def original_of(self, minhash: Signature) -> str | None:
        """The content hash of the indexed original most like `minhash`, if similar enough."""
        values = minhash.hashvalues
        best, best_score = None, self.threshold
        for row in self._bands.query(self._keys(values[None, :])[0]):
            score = float(np.count_nonzero(self._values[row] == values)) / self.num_perm
            key = self._digests[row]
            if score > best_score or (score == best_score and (best is None or key < best)):
                best, best_score = key, score
        return best

    def add(self, digest: str, minhash: Signature) -> None:
        self._add([digest], minhash.hashvalues[None, :])

    def load(self, stored: Iterable[tuple[str, bytes]]) -> NearDuplicates:
        """Index stored (content hash, signature bytes) pairs, a chunk at a time; returns self."""
        chunk: list[tuple[str, bytes]] = []
        for pair in stored:
            chunk.append(pair)
            if len(chunk) == _LOAD_CHUNK:
                self._load_chunk(chunk)
                chunk = []
        self._load_chunk(chunk)
        return self

    def from_bytes(self, blob: bytes) -> Signature:
        return Signature(np.frombuffer(blob, dtype="<u4").astype(np.uint32))

    def _load_chunk(self, chunk: list[tuple[str, bytes]]) -> None:
        if chunk:
            blobs = b"".join(blob for _, blob in chunk)
            values = np.frombuffer(blobs, dtype="<u4").astype(np.uint32).reshape(len(chunk), -1)
            self._add([digest for digest, _ in chunk], values)

    def _add(self, digests: list[str], values: np.ndarray) -> None:
        """Index new originals (rows of `values`); a digest indexed already is left alone."""
        first = len(self._digests)
        new = []
        for i, digest in enumerate(digests):
            if digest not in self._row_of:
                self._row_of[digest] = first + len(new)
                self._digests.append(digest)
                new.append(i)
        if new:
            self._values = _grown(self._values, first, values[new])
            self._bands.add(first, self._keys(values[new]))

    def _keys(self, values: np.ndarray) -> np.ndarray:
        """(n, bands) uint64 band keys: a polynomial hash of each band's `rows` values."""
        banded = values[:, : self.bands * self.rows].astype(np.uint64)
        banded = banded.reshape(len(values), self.bands, self.rows)
        with np.errstate(over="ignore"):
            return (banded * _MULTIPLIERS[: self.bands, : self.rows]).sum(axis=2, dtype=np.uint64)


_LOAD_CHUNK = 50_000
# Odd 64-bit multipliers (fixed: keys are rebuilt from stored signatures, never stored).
_MULTIPLIERS = (
    np.random.default_rng(20261202).integers(1, 2**63, size=(64, 64), dtype=np.uint64) * 2 + 1
).astype(np.uint64)  # [band, position]: each band hashes with its own, so bands never meet


def _grown(values: np.ndarray, used: int, more: np.ndarray) -> np.ndarray:
    """`values` (its first `used` rows in use) with `more` rows set after them; the array
    grows by half again when full, so appending one row at a time stays cheap."""
    needed = used + len(more)
    if needed > len(values):
        bigger = np.empty((max(needed, len(values) * 3 // 2, 1024), values.shape[1]), values.dtype)
        bigger[:used] = values[:used]
        values = bigger
    values[used:needed] = more
    return values


class _BandIndex:
    """Rows by band key (keys of different bands differ, as their multipliers do): one sorted
    array, plus a dict of the rows added since the last merge (merged when it reaches an
    eighth of the sorted part, so inserts cost amortised O(log n))."""

    MERGE_AT = 4096

    def __init__(self, bands: int) -> None:
        self.bands = bands
        self.keys = np.empty(0, dtype=np.uint64)
        self.rows = np.empty(0, dtype=np.int64)
        self.recent: dict[int, list[int]] = {}
        self.pending = 0

    def add(self, first: int, keys: np.ndarray) -> None:
        """Rows first, first + 1, ... with their (n, bands) keys."""
        if len(keys) >= self.MERGE_AT:  # a bulk load: straight into the sorted part
            self._merge(first, keys)
            return
        for offset, row_keys in enumerate(keys.tolist()):
            for key in row_keys:
                self.recent.setdefault(key, []).append(first + offset)
        self.pending += len(keys)
        if self.pending >= max(self.MERGE_AT, len(self.keys) // (8 * self.bands)):
            self._merge(first, np.empty((0, self.bands), dtype=np.uint64))

    def query(self, keys: np.ndarray) -> list[int]:
        found: set[int] = set()
        for key in keys.tolist():
            found.update(self.recent.get(key, ()))
        lo = np.searchsorted(self.keys, keys, side="left")
        hi = np.searchsorted(self.keys, keys, side="right")
        for start, end in zip(lo[hi > lo].tolist(), hi[hi > lo].tolist(), strict=True):
            found.update(self.rows[start:end].tolist())
        return sorted(found)

    def _merge(self, first: int, keys: np.ndarray) -> None:
        """Fold the recent rows and the new (first.., keys) rows into the sorted arrays."""
        pairs = [(key, row) for key, rows in self.recent.items() for row in rows]
        new_rows = np.repeat(np.arange(first, first + len(keys), dtype=np.int64), self.bands)
        all_keys = np.concatenate(
            [self.keys, np.array([k for k, _ in pairs], dtype=np.uint64), keys.reshape(-1)]
        )
        all_rows = np.concatenate(
            [self.rows, np.array([r for _, r in pairs], dtype=np.int64), new_rows]
        )
        order = np.argsort(all_keys, kind="stable")
        self.keys, self.rows = all_keys[order], all_rows[order]
        self.recent.clear()
        self.pending = 0


def to_bytes(minhash: Signature) -> bytes:
    """The signature as stored in `article_signatures.signature` (little-endian uint32s)."""
    return np.asarray(minhash.hashvalues, dtype="<u4").tobytes()


class Signature:
    """A MinHash signature: per permutation, the least permuted hash of the shingles."""

    def __init__(self, hashvalues: np.ndarray) -> None:
        self.hashvalues = hashvalues  # uint32, one per permutation

    @classmethod
    def of(cls, items: Iterable[bytes], permutations: tuple[np.ndarray, np.ndarray]) -> Signature:
        """datasketch's affine32 update: SHA-1's first 4 bytes (little-endian), mixed by
        MurmurHash3's 32-bit finalizer, then a * h + b modulo 2**32 per permutation."""
        hashes = [int.from_bytes(hashlib.sha1(item).digest()[:4], "little") for item in items]
        a, b = permutations
        if not hashes:
            return cls(np.full(len(a), 2**32 - 1, dtype=np.uint32))
        mixed = _fmix32(np.array(hashes, dtype=np.uint32)).reshape(-1, 1)
        return cls((mixed * a + b).min(axis=0))

    def jaccard(self, other: Signature) -> float:
        """The estimated Jaccard similarity of the two shingle sets."""
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self.hashvalues)


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (uint32 products wrap: the modulo is intended)."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 parameters: odd multipliers a, offsets b, from its seeded RNG."""
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _bands_and_rows(threshold: float, num_perm: int) -> tuple[int, int]:
    known = KNOWN_BANDS.get((threshold, num_perm))
    if known is not None:
        return known
    from datasketch.lsh import _optimal_param  # imports SciPy: only for other settings

    return _optimal_param(threshold, num_perm, 0.5, 0.5)
