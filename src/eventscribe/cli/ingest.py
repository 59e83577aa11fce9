"""`ingest` (local or on Dask) and `load` (a Dask ingest's Parquet folder): calls of
`eventscribe.api.ingest` and `eventscribe.scale.load.load`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from eventscribe.cli.app import app, err
from eventscribe.cli.options import DEFAULT_DB, DbOption, field_map, settings_from
from eventscribe.cli.render import print_events


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, .gz, or - for stdin.")],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int, typer.Option(help="Pipeline processes.")] = 1,
    batch_size: Annotated[int | None, typer.Option(help="Articles per batch.")] = None,
    write_batches: Annotated[
        int | None, typer.Option(help="Batches stored per transaction (a killed ingest redoes them).")
    ] = None,
    date: Annotated[str | None, typer.Option(help="YYYY-MM-DD for inputs with no date.")] = None,
    field: Annotated[
        list[str] | None, typer.Option(help="JSONL field mapping OURS=THEIRS (repeatable).")
    ] = None,
    dictionaries: Annotated[
        Path | None, typer.Option(help="Folder of PETRARCH-format dictionaries.")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Settings file (TOML).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or tables.")] = False,
    show: Annotated[int, typer.Option(help="Print the events found when at most this many.")] = 50,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="A line per stored batch.")
    ] = False,
    engine: Annotated[
        str, typer.Option(help="local, or dask: Parquet beside --db, stored by `load`.")
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (default: a LocalCluster).")
    ] = None,
) -> None:
    """Read articles, find their events and store them in the database."""
    from eventscribe.errors import EventscribeError
    from eventscribe.ingest import ENGINES
    from eventscribe.ingest import ingest as run_ingest
    from eventscribe.runs import RejectLines

    settings = settings_from(
        config, db_path=db, workers=workers, batch_size=batch_size, write_batches=write_batches,
        default_date=date, field_map=field_map(field), dictionaries=dictionaries,
    )  # fmt: skip
    if engine not in ENGINES:
        raise EventscribeError(f"--engine {engine!r}: choose local or dask")
    if scheduler and engine != "dask":
        raise EventscribeError("--scheduler: only the dask engine has one (add --engine dask)")
    rejects = RejectLines(_print_err)
    report = run_ingest(
        inputs,
        settings,
        engine=engine,
        scheduler=scheduler,
        store=False,  # a Dask ingest's Parquet is stored by `eventscribe load`
        show_progress=not quiet and err.is_terminal,
        on_reject=rejects,
        on_batch=_log_batch if verbose else None,
    )
    rejects.summary()
    if engine == "dask":
        return _report_dask(report, settings, quiet)
    if not quiet and 0 < report.events <= show:
        print_events(_run_events(settings.db_path, report.run_id))
    if not quiet:
        err.print(
            f"ingested {report.ingested}, skipped as duplicate {report.duplicates}, "
            f"stored as near-duplicate copies {report.near_duplicates}, "
            f"rejected {report.rejected}; {report.events} events; "
            f"{report.seconds:.1f} s ({report.rate:.1f} articles/s) -> {settings.db_path}",
            highlight=False,
            soft_wrap=True,  # one line in a log or a pipe, whatever the width
        )
    exit_if_failed(report.failure())


def _report_dask(report: Any, settings: Any, quiet: bool) -> None:
    """`ingest --engine dask`: where the Parquet went, and how to load it."""
    from eventscribe.scale.dask_ingest import parquet_dir

    out = parquet_dir(settings)
    if not quiet:
        err.print(
            f"analysed {report.ingested}, skipped as duplicate {report.duplicates}, rejected "
            f"{report.rejected}; {report.events} events; {report.seconds:.1f} s "
            f"({report.rate:.1f} articles/s) -> {out}\n"
            f"store it with: eventscribe load {out} --db {settings.db_path}",
            highlight=False,
        )
    exit_if_failed(report.failure())


@app.command()
def load(
    parquet: Annotated[Path, typer.Argument(help="Folder written by `ingest --engine dask`.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Store a Dask ingest's Parquet folder in the database (what is stored is skipped)."""
    from eventscribe.scale.load import load as run_load

    report = run_load(parquet, db)
    err.print(
        f"stored {report.ingested}, skipped as duplicate {report.duplicates}, rejected "
        f"{report.rejected}; {report.events} events; {report.seconds:.1f} s -> {db}",
        highlight=False,
    )


def _print_err(line: str) -> None:
    print(line, file=sys.stderr)


def exit_if_failed(failure: str | None) -> None:
    """A run that could read nothing at all fails (exit 1), saying so in one line."""
    if failure:
        print(f"error: {failure}", file=sys.stderr)
        raise typer.Exit(1)


def _log_batch(written: int, report: Any) -> None:
    # Plain print, flushed: tests and log readers follow this line by line.
    print(
        f"committed batch: {written} articles, {report.ingested} in all",
        file=sys.stderr,
        flush=True,
    )


def _run_events(db: Path, run_id: int | None) -> list[dict]:
    from eventscribe.api import open as open_db

    with open_db(db) as database:
        return database.events(run_id=run_id, limit=1000)
