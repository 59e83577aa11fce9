"""`events`, `export` and `rejects`: queries of `eventscribe.open(db)` and its exporters."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from eventscribe.cli.app import app, err, out
from eventscribe.cli.options import (
    DEFAULT_DB,
    FORMATS,
    ORDER_HELP,
    DbOption,
    FormatOption,
    require_db,
    with_filters,
)
from eventscribe.cli.render import EVENT_COLUMNS, write
from eventscribe.errors import EventscribeError


@app.command()
@with_filters
def events(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="How many events.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many.")] = 0,
    order: Annotated[str, typer.Option(help=ORDER_HELP)] = "newest",
    format: FormatOption = "table",
    *,
    filters: dict[str, Any],
) -> None:
    """Query events, newest first (--order oldest for the other way)."""
    from eventscribe.api import open as open_db

    if format not in FORMATS:
        raise EventscribeError(f"--format {format!r}: choose one of {', '.join(FORMATS)}")
    require_db(db)
    with open_db(db) as database:
        found = database.events(limit=limit, offset=offset, order=order, **filters)
    write(found, format, columns=EVENT_COLUMNS)


@app.command()
@with_filters
def export(
    output: Annotated[
        Path, typer.Argument(help="File to write (a folder for partitioned Parquet).")
    ],
    db: DbOption = DEFAULT_DB,
    format: Annotated[
        str, typer.Option("--format", "-f", help="csv, jsonl, json, parquet, gdelt.")
    ] = "csv",
    level: Annotated[
        str, typer.Option(help="mentions (events rows) or events (one per real event).")
    ] = "mentions",
    panel: Annotated[
        str | None,
        typer.Option(help="country-month or dyad-month: counts per unit and month, zero-filled."),
    ] = None,
    *,
    filters: dict[str, Any],
) -> None:
    """Export events to CSV, JSONL, JSON, Parquet or a GDELT-2.0-like TSV, or a panel of
    counts per country (or dyad) and month. Fields: docs/codebook.md."""
    from eventscribe.api import open as open_db
    from eventscribe.store.export import export as run_export

    require_db(db)
    with open_db(db) as database:
        written = run_export(database, output, format, level=level, panel=panel, **filters)
    what = "clustered events" if level == "events" else "events"
    err.print(f"wrote {written} {f'{panel} rows' if panel else what} to {output}", highlight=False)


@app.command()
def rejects(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="How many.")] = 100,
) -> None:
    """Inputs that were rejected, with their reasons."""
    from eventscribe.api import open as open_db

    require_db(db)
    with open_db(db) as database:
        found = database.rejects(limit=limit)
    if not found:
        out.print(f"no rejected inputs in {db}", highlight=False)
    for row in found:
        out.print(f"{row['location']}: {row['reason']}", highlight=False)
