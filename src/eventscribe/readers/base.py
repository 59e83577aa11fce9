"""What every reader shares: the options a batch is read with, and what a bad input becomes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from eventscribe.article import Article
from eventscribe.errors import EventscribeError
from eventscribe.settings import DEFAULT_MIN_DATE, one_year_after

# The fields of a record (JSONL) that `ReadOptions.field_map` can map to the input's names.
RECORD_FIELDS = ("id", "date", "title", "text", "url", "source", "dateline")


@dataclass(frozen=True)
class ReadOptions:
    default_date: dt.date | None = None  # --date: the publication date of inputs that have none
    field_map: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    format: str | None = None  # force a reader ("text", "jsonl", "html"); None: detect
    max_chars: int = 500_000  # longer articles are rejected
    check_language: bool = True
    # Articles with at least this share of common English words pass the language check at
    # once; below it a language detector decides (slower, so only for the doubtful ones).
    min_english_share: float = 0.2
    # The publication dates accepted, first and last (Settings.min_date, max_date).
    dates: tuple[dt.date, dt.date] = field(
        default_factory=lambda: (DEFAULT_MIN_DATE, one_year_after())
    )
    max_consecutive_rejects: int = 1000  # a source is given up after so many (0: never)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.field_map) - set(RECORD_FIELDS))
        if unknown:
            raise EventscribeError(
                f"--field {unknown[0]}=...: no such field (map one of {', '.join(RECORD_FIELDS)})"
            )

    def their(self, ours: str) -> str:
        """The input's name for one of our fields (`--field date=published_at`)."""
        return self.field_map.get(ours, ours)


@dataclass(frozen=True)
class Reject:
    """An input, or one line of it, that gives no article, and why."""

    where: str  # "path" or "path:LINE" (1-based); "-" and "-:LINE" for stdin
    reason: str  # one line, from the catalogue in eventscribe.readers.checks
    input: str  # the file's path as given (or as found in a folder given)
    line: int | None = None

    @classmethod
    def at(cls, name: str, reason: str, line: int | None = None) -> Reject:
        where = f"{name}:{line}" if line is not None else name
        return cls(where, reason, name, line)

    @classmethod
    def from_origin(cls, origin: str, reason: str) -> Reject:
        """A reject at an article's origin ("file.jsonl:12", "file.txt", "-")."""
        name, _, line = origin.rpartition(":")
        if name and line.isdigit():
            return cls.at(name, reason, int(line))
        return cls.at(origin, reason)

    def message(self) -> str:
        return f"{self.where}: {self.reason}"


# What a reader yields (its type, `Reader`, is in the package: it names `sources.Source`,
# which imports this module).
Items = Iterator[Article | Reject]
