"""Read-only lookups over the gazetteer's GeoNames block that cost nothing to load.

As Python dicts, the 495,000 name keys and the 274,000 GeoNames ids are a million small
objects that every process rebuilt from the data cache: a quarter of a second of each
ingest's start (measured), for the few hundred names an article asks about. Here each is a
few numpy arrays and one text, which unpickle as single blocks; a key is found by a stable
hash of it (`zlib.crc32`, the same in every process) and checked against its text.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence

import numpy as np


def _hash(key: str) -> int:
    return zlib.crc32(key.encode("utf-8"))


class PackedStrings:
    """key -> value text, for keys and values with no newline."""

    def __init__(self, keys: Sequence[str], values: Sequence[str]) -> None:
        hashes = np.fromiter((_hash(k) for k in keys), dtype=np.uint32, count=len(keys))
        order = np.argsort(hashes, kind="stable")
        self.hashes = hashes[order]
        self.keys, self.key_starts = joined_texts([keys[i] for i in order.tolist()])
        self.values, self.value_starts = joined_texts([values[i] for i in order.tolist()])

    def __len__(self) -> int:
        return len(self.hashes)

    def __iter__(self) -> Iterator[str]:
        """The keys, in the order of their hashes."""
        return iter(self.keys.split("\n")[:-1])

    def get(self, key: str) -> str | None:
        code = np.uint32(_hash(key))
        at = int(np.searchsorted(self.hashes, code))
        while at < len(self.hashes) and self.hashes[at] == code:
            if self.keys[self.key_starts[at] : self.key_starts[at + 1] - 1] == key:
                return self.values[self.value_starts[at] : self.value_starts[at + 1] - 1]
            at += 1  # (another key of the same hash)
        return None


def joined_texts(texts: list[str]) -> tuple[str, np.ndarray]:
    """The texts as one, each followed by a newline, and where each starts (one more entry:
    the end)."""
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    starts = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    return "".join(t + "\n" for t in texts), starts


class RowsById:
    """GeoNames id (digits) or curated id -> row. GeoNames ids sit in sorted arrays; the few
    others (curated places, added after) in a dict."""

    def __init__(self, ids: Sequence[str] = ()) -> None:
        numbers = np.array([int(i) for i in ids], dtype=np.int64)
        order = np.argsort(numbers, kind="stable")
        self.numbers = numbers[order]
        self.rows = order.astype(np.int64)
        self.others: dict[str, int] = {}

    def __setitem__(self, gazetteer_id: str, row: int) -> None:
        self.others[gazetteer_id] = row

    def __contains__(self, gazetteer_id: str) -> bool:
        return self.get(gazetteer_id) is not None

    def get(self, gazetteer_id: str) -> int | None:
        found = self.others.get(gazetteer_id)
        if found is not None or not gazetteer_id.isdigit():
            return found
        number = int(gazetteer_id)
        at = int(np.searchsorted(self.numbers, number, side="right")) - 1
        if at >= 0 and self.numbers[at] == number:
            return int(self.rows[at])  # (the last row of an id given twice, as a dict keeps)
        return None
