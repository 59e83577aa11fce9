"""Command-line commands of this part (registered on the main `app` when cli.py imports this):
`bench`, `load`, and the Dask branch of `ingest`."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import typer

import eventscribe
from eventscribe.cli import DEFAULT_DB, DbOption, app, err
from eventscribe.cli_help import plain_help
from eventscribe.errors import EventscribeError
from eventscribe.settings import Settings

BENCHMARKS = {
    "ingest": "ingest_throughput",
    "dask": "dask_scaling",
    "query": "query_speed",
    "store": "store_writes",
}


def ingest_on_dask(
    inputs: Sequence[str], settings: Settings, scheduler: str | None, quiet: bool
) -> None:
    """`ingest --engine dask`: Parquet beside the database file, then say how to load it."""
    from eventscribe.ingest import RejectLines
    from eventscribe.scale.dask_ingest import ingest_dask, parquet_dir

    out = parquet_dir(settings)
    rejects = RejectLines(lambda line: print(line, file=sys.stderr))
    report = ingest_dask(inputs, settings, out, scheduler=scheduler, on_reject=rejects)
    rejects.summary()
    if not quiet:
        err.print(
            f"analysed {report.ingested}, skipped as duplicate {report.duplicates}, rejected "
            f"{report.rejected}; {report.events} events; {report.seconds:.1f} s "
            f"({report.rate:.1f} articles/s) -> {out}\n"
            f"store it with: eventscribe load {out} --db {settings.db_path}",
            highlight=False,
        )
    if report.failure():
        print(f"error: {report.failure()}", file=sys.stderr)
        raise typer.Exit(1)


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


@app.command()
def bench(
    what: Annotated[str, typer.Argument(help="ingest, dask, query or store.")] = "ingest",
    articles: Annotated[int, typer.Option(help="Articles (the corpus, repeated).")] = 200,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
    events: Annotated[int, typer.Option(help="query: synthetic events.")] = 10_000_000,
    rounds: Annotated[int, typer.Option(help="ingest: alternating rounds; medians are shown.")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Measure: ingest throughput against bare spaCy, Dask scaling, query or store speed."""
    if what not in BENCHMARKS:
        raise EventscribeError(f"bench {what!r}: choose one of {', '.join(BENCHMARKS)}")
    module = benchmark_module(BENCHMARKS[what])
    options: dict[str, Any] = {"ingest": {"articles": articles, "workers": workers,
                                          "rounds": rounds},
                               "dask": {"articles": articles, "workers": max(2, workers)},
                               "query": {"events": events}, "store": {}}[what]  # fmt: skip
    result = module.run(**options)
    print(json.dumps(result, indent=2) if as_json else module.describe(result))


def benchmarks_dir() -> Path:
    """`benchmarks/` of the source tree this eventscribe is installed from (editable)."""
    folder = Path(eventscribe.__file__).resolve().parents[2] / "benchmarks"
    if not folder.is_dir():
        raise EventscribeError(
            f"{folder}: no benchmarks folder; `eventscribe bench` runs from a clone "
            "(pip install -e .)"
        )
    return folder


def benchmark_module(name: str) -> ModuleType:
    """Import `benchmarks/<name>.py` by its plain name, so worker processes can import it too."""
    folder = str(benchmarks_dir())
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(name)


plain_help(app)  # this module may be imported before cli.py has finished
