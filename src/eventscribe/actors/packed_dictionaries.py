"""The packaged actor dictionaries' two big tables, as the data cache keeps them: read-only
mappings that decode an entry when it is asked for.

As dicts, the 34,000 actor phrases (their entries with the restrictions' texts) and the
14,000 surname keys were objects each process rebuilt from the cache: 0.17 s of CPU of each
ingest's start (measured), for the few hundred an ingest asks about. Packed, they load as a
few numpy arrays and texts (`where.packed.PackedStrings`). An entry decoded once is kept, so
the synonyms of one person give the very same `ActorEntry` (callers tell people apart by it).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

from eventscribe.actors.dictionaries import ActorEntry
from eventscribe.where.packed import PackedStrings, joined_texts

Words = tuple[str, ...]
PEOPLE, WORDS = "\x1e", "\x1f"  # separators no dictionary word holds


class PackedActors(Mapping[Words, ActorEntry]):
    """Phrase words -> actor entry, as `Dictionaries.actors`."""

    def __init__(self, actors: Mapping[Words, ActorEntry]) -> None:
        number: dict[int, int] = {}  # id of an entry -> its number
        entries: list[ActorEntry] = []
        for entry in actors.values():
            if id(entry) not in number:
                number[id(entry)] = len(entries)
                entries.append(entry)
        self.phrases = PackedStrings([" ".join(w) for w in actors],
                                     [str(number[id(e)]) for e in actors.values()])  # fmt: skip
        texts = [json.dumps([e.name, e.restrictions, e.primary]) for e in entries]
        self.entries, self.starts = joined_texts(texts)
        self.count = len(actors)
        self._decoded: dict[int, ActorEntry] = {}

    def entry(self, number: int) -> ActorEntry:
        found = self._decoded.get(number)
        if found is None:
            text = self.entries[self.starts[number] : self.starts[number + 1] - 1]
            name, restrictions, primary = json.loads(text)
            found = ActorEntry(name, [tuple(r) for r in restrictions], primary)
            self._decoded[number] = found
        return found

    def number_of(self, words: Words) -> int | None:
        found = self.phrases.get(" ".join(words))
        return None if found is None else int(found)

    def __getitem__(self, words: Words) -> ActorEntry:
        number = self.number_of(words) if isinstance(words, tuple) else None
        if number is None:
            raise KeyError(words)
        return self.entry(number)

    def __iter__(self) -> Iterator[Words]:
        return (tuple(k.split(" ")) for k in self.phrases)

    def __len__(self) -> int:
        return self.count

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_decoded": {}}  # (decoded entries are the process's own)


class PackedSurnames(Mapping[str, list[tuple[Words, ActorEntry]]]):
    """Transliteration key of a surname -> (phrase words, entry) of the people bearing it,
    as `Dictionaries.surnames`, over the entries of `actors`."""

    def __init__(
        self, surnames: Mapping[str, list[tuple[Words, ActorEntry]]], actors: PackedActors
    ) -> None:
        self.actors = actors
        values = []
        for people in surnames.values():
            values.append(PEOPLE.join(f"{actors.number_of(w)}{WORDS}{' '.join(w)}" for w, _ in people))
        self.keys = PackedStrings(list(surnames), values)

    def __getitem__(self, key: str) -> list[tuple[Words, ActorEntry]]:
        found = self.keys.get(key) if isinstance(key, str) else None
        if found is None:
            raise KeyError(key)
        people = []
        for item in found.split(PEOPLE):
            number, _, words = item.partition(WORDS)
            people.append((tuple(words.split(" ")), self.actors.entry(int(number))))
        return people

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)
