"""Evaluation reports for people: a few rich tables instead of a JSON dump."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

SCORE_KEYS = ("precision", "recall", "f1")


def print_report(
    report: dict[str, Any], console: Console, *, misses: int | None = 20, show: bool = False
) -> None:
    """The report as tables; `show` lists misses (news and UCDP: all, or the first `misses`)."""
    kind = report.get("format")
    if kind in ("news", "ucdp"):
        from eventscribe.evaluation.report_coder import print_news, print_ucdp

        printer = print_news if kind == "news" else print_ucdp
        printer(report, console, show=show, limit=misses)
        return
    if kind == "reports":
        from eventscribe.evaluation.reports import print_reports

        print_reports(report, console, show=show, limit=misses)
        return
    misses = 20 if misses is None else misses
    if kind == "events":
        _events(report, console, misses)
    elif kind == "expected":
        _expected(report, console)
    elif kind == "coref":
        _coref(report, console)
    else:
        _flat(report, console, misses)


def _events(report: dict[str, Any], console: Console, misses: int) -> None:
    table = Table(title=f"event coding: {report['records']} valid records")
    for column in ("scope", "level", "precision", "recall", "f1", "tp/gold/coded"):
        table.add_column(column)
    rows = [("all", report)] + sorted(report.get("by_category", {}).items())
    for scope, scores in rows:
        for level in ("full", "root"):
            s = scores[level]
            table.add_row(scope, level, *(f"{s[k]:.3f}" for k in SCORE_KEYS),
                          f"{s['tp']}/{s['gold']}/{s['coded']}")  # fmt: skip
    console.print(table)
    console.print(f"root confusion of misses (gold->coded): {report.get('root_confusion')}")
    for miss in report.get("misses", [])[:misses]:
        console.print(
            f"[bold]{miss['id']}[/bold] missed {miss['missed']} spurious {miss['spurious']}: "
            f"{miss['text']}",
            highlight=False,
        )


def _expected(report: dict[str, Any], console: Console) -> None:
    table = Table(title="article expectations")
    for column in ("what", "found", "missing"):
        table.add_column(column)
    for what in ("events", "actors", "numbers", "boilerplate"):
        part = report[what]
        missing = [
            str(i.get("id") or i.get("canonical") or i.get("kind") or i.get("text"))
            for i in part["items"]
            if not i["found"]
        ]
        table.add_row(what, f"{part['found']}/{part['expected']}", ", ".join(missing))
    console.print(table)


def _coref(report: dict[str, Any], console: Console) -> None:
    title = (
        f"actor coreference: {report['mentions']} gold mentions in {report['documents']} "
        f"documents, {report['topics']} topics"
    )
    table = Table(title=title)
    for column in ("system", "scope", "MUC F1", "B3 P", "B3 R", "B3 F1", "CEAF-e F1", "CoNLL F1"):
        table.add_column(column)
    rows = [("eventscribe", report), ("actors only", report.get("actors_only"))]
    for system, scores in (*(r for r in rows if r[1]), *report["baselines"].items()):
        for scope in ("within", "cross"):
            s = scores[scope]
            keys = ("muc_f1", "b3_precision", "b3_recall", "b3_f1", "ceafe_f1", "conll_f1")
            table.add_row(system, scope, *(f"{s[k]:.3f}" for k in keys))
    console.print(table)
    resolved = ", ".join(
        f"{kind} {part['resolved']:.2f} of {part['mentions']}"
        for kind, part in report["by_type"].items()
    )
    console.print(f"share of gold mentions given an actor, by type: {resolved}", highlight=False)
    chainless = report.get("chainless")
    if chainless:
        console.print(
            f"gold mentions with no chain: {chainless['mentions']}, of which the system puts "
            f"{chainless['linked']} in one entity with another gold mention of their document",
            highlight=False,
        )
    _by_form(console, "gold mentions chained in their document", report.get("by_form"),
             "mentions", ("no actor", "missed", "joined wrongly"))  # fmt: skip
    _by_form(console, "gold mentions linked to another of their document", report.get("links"),
             "links", ("right", "wrong", "chainless"))  # fmt: skip


def _by_form(
    console: Console, title: str, tallies: dict[str, Any] | None, total: str, counts: tuple[str, ...]
) -> None:
    """One line of a tally by mention form: "name 777: 93 no actor, 96 missed, ..."."""
    if not tallies:
        return
    parts = "; ".join(
        f"{form} {tally.get(total, 0)}: " + ", ".join(f"{tally.get(c, 0)} {c}" for c in counts)
        for form, tally in tallies.items()
    )
    console.print(f"{title}, by form: {parts}", highlight=False)


def _flat(report: dict[str, Any], console: Console, misses: int) -> None:
    for key, value in report.items():
        if key == "misses":
            continue
        console.print(f"{key}: {value}", highlight=False)
    for miss in report.get("misses", [])[:misses]:
        console.print(f"miss: {miss}", highlight=False)
