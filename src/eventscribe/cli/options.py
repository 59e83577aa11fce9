"""Options shared by commands: the database file, settings, and the event filters.

The event filters are declared once, in `eventscribe.store.query.DECLARED`; `with_filters`
gives a command an option for each (`--since`/`--until` for start and end), so `events`,
`export`, `timeline` and `clusters` offer the same filters as the API.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from eventscribe.errors import EventscribeError
from eventscribe.settings import Settings
from eventscribe.store.query import PUBLIC_FILTERS, Filter

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file.")]
DEFAULT_DB = Path("eventscribe.duckdb")
FORMATS = ("table", "csv", "json", "jsonl")
FormatOption = Annotated[str, typer.Option("--format", "-f", help=", ".join(FORMATS) + ".")]
ORDER_HELP = (
    "newest (by event date; the default), oldest, or a column with - for descending: "
    "event_date, published, goldstein, confidence."
)


def require_db(db: Path) -> None:
    if not db.exists():
        raise EventscribeError(f"{db}: no such database (run `eventscribe ingest` first)")


def settings_from(config: Path | None, **changes: Any) -> Settings:
    """The settings of the file `config` (or the defaults), with `changes` (None: unchanged)."""
    base = Settings.from_file(config) if config else Settings()
    return base.replace(**changes)


def field_map(fields: list[str] | None) -> dict[str, str] | None:
    """`--field text=body` options as a mapping of our field names to the input's."""
    if not fields:
        return None
    mapping = {}
    for item in fields:
        ours, sep, theirs = item.partition("=")
        if not sep or not ours or not theirs:
            raise EventscribeError(f"--field {item!r}: expected OURS=THEIRS, e.g. text=body")
        mapping[ours] = theirs
    return mapping


def filter_option(declared: Filter) -> Any:
    """The CLI option of one declared filter."""
    kind = declared.type if declared.default is not None else declared.type | None
    return Annotated[kind, typer.Option(declared.option, help=declared.help)]


def with_filters(command: Callable[..., Any]) -> Callable[..., Any]:
    """The command with an option for every declared event filter; it receives their values
    as one keyword, `filters` (name -> value, None when not given)."""
    hints = typing.get_type_hints(command, include_extras=True)
    own = [
        p.replace(annotation=hints.get(p.name, p.annotation))
        for p in inspect.signature(command).parameters.values()
        if p.name != "filters"
    ]
    added = [
        inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=f.default,
                          annotation=filter_option(f))  # fmt: skip
        for f in PUBLIC_FILTERS
    ]

    @functools.wraps(command)
    def run(**values: Any) -> Any:
        filters = {f.name: values.pop(f.name, f.default) for f in PUBLIC_FILTERS}
        return command(**values, filters=filters)

    del run.__wrapped__  # the signature below is the command's, not the function's
    run.__signature__ = inspect.Signature([*own, *added])  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in [*own, *added]}
    return run
