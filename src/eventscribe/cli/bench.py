"""`bench`: the benchmarks of the source tree (`benchmarks/`), run and described."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import typer

import eventscribe
from eventscribe.cli.app import app
from eventscribe.errors import EventscribeError

BENCHMARKS = {
    "ingest": "ingest_throughput",
    "dask": "dask_scaling",
    "query": "query_speed",
    "store": "store_writes",
}


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
