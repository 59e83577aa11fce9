"""The command line: a thin face over the library (every command calls a public function).

app.py       the Typer app and its consoles
options.py   options shared by commands; the event filters, generated from their declaration
render.py    printing: JSON, JSON Lines, CSV, tables, charts, blocks
help.py      plain help (OUTPUT, --limit INTEGER)
ingest.py    ingest (local or Dask), load
events.py    events, export, rejects
actors.py    actors (list, show, merge, split)
across.py    timeline, dyad, alerts, clusters, cluster
evaluate.py  eval
bench.py     bench
serve.py     serve
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from eventscribe.cli import across, actors, bench, evaluate, events, ingest, serve  # noqa: F401
from eventscribe.cli.app import app, err, out
from eventscribe.cli.help import plain_help
from eventscribe.cli.render import EVENT_COLUMNS
from eventscribe.errors import EventscribeError
from eventscribe.version import __version__

__all__ = ["EVENT_COLUMNS", "app", "err", "main", "out"]


def main() -> None:
    try:
        app()
    except EventscribeError as error:
        print(f"error: {error}", file=sys.stderr)  # one line, never wrapped
        sys.exit(2)


@app.callback(invoke_without_command=True)
def version(
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    if version:
        out.print(f"eventscribe {__version__}")
        raise typer.Exit()


plain_help(app)  # every command, wherever it was declared
