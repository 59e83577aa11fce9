"""`eval`: scores against gold data (`eventscribe.evaluation`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from eventscribe.cli.app import app, out


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file: JSONL records or an *.expected.json.")],
    dictionaries: Annotated[
        Path | None, typer.Option(help="Folder of PETRARCH-format dictionaries.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    misses: Annotated[
        int | None, typer.Option(help="How many misses to print (default 20; with --show all).")
    ] = None,
    show: Annotated[
        bool, typer.Option("--show", help="News and UCDP gold: list misses record by record.")
    ] = False,
) -> None:
    """Score eventscribe against gold data (the format is told from the records)."""
    from eventscribe.evaluation import evaluate as run_eval
    from eventscribe.evaluation.report import print_report

    report = run_eval(gold, dictionaries=dictionaries)
    if as_json:
        print(json.dumps(report, default=str, ensure_ascii=False, indent=2))
    else:
        print_report(report, out, misses=misses, show=show)
