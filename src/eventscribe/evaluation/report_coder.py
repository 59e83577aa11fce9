"""Tables for the coder's article-level gold: hand-annotated news and UCDP headlines."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table


def print_news(report: dict[str, Any], console: Console, *, show: bool, limit: int | None) -> None:
    title = (
        f"news events: {report['articles']} articles, {report['core_events']} core of "
        f"{report['gold_events']} gold events, {report['system_events']} system events"
    )
    table = Table(title=title)
    for column in (
        "recall",
        "precision",
        "F1",
        "loose precision",
        "dates equal (day)",
        "places agree",
    ):
        table.add_column(column)
    dates = report["dates"]
    table.add_row(
        f"{report['recall']:.3f} ({report['matched_core']}/{report['core_events']})",
        f"{report['precision']:.3f} ({report['matched_system']}/{report['system_events']})",
        f"{report['f1']:.3f}",
        f"{report['loose_precision']:.3f}",
        f"{dates['share']:.3f} ({dates['same_date']}/{dates['day_precision_matched']})",
        _places(report["places"]),
    )
    console.print(table)
    per = report["per_article"]
    console.print(
        f"events per article: system {per['system']}, gold core {per['gold_core']}, "
        f"gold all {per['gold_all']}",
        highlight=False,
    )
    countries = report["participant_countries"]
    console.print(
        f"gold participants named with their country by some system event: "
        f"{countries['share']:.3f} ({countries['right']}/{countries['participants']})",
        highlight=False,
    )
    console.print(_roots(report["by_root"]))
    console.print(
        f"root confusion of missed core events (gold->system root for the same two countries): "
        f"{report['root_confusion']}",
        highlight=False,
    )
    for rejected in report.get("rejected", []):
        console.print(f"not processed: line {rejected['line']} {rejected['id']}: "
                      f"{rejected['reason']}", highlight=False)  # fmt: skip
    if show:
        _show_news(report["outcomes"], console, limit)


def _roots(by_root: dict[str, dict[str, Any]]) -> Table:
    table = Table(title="by CAMEO root")
    for column in ("root", "core", "recall", "system", "precision"):
        table.add_column(column)
    for root, s in by_root.items():
        table.add_row(root, str(s["core"]), f"{s['recall']:.2f} ({s['matched_core']})",
                      str(s["system"]), f"{s['precision']:.2f} ({s['matched_system']})")  # fmt: skip
    return table


def _event_line(event: dict[str, Any]) -> str:
    return (
        f"{event['code']} {event['source']} -> {event['target']} [{event['event_date']}]"
        f"{' @ ' + event['place'] if event.get('place') else ''}: "
        f"{event['evidence']}"
    )


def _line(console: Console, markup: str) -> None:
    """One line of a listing, never wrapped: it stays one line in a pipe or a grep."""
    console.print(markup, soft_wrap=True, highlight=False)


def _show_news(outcomes: list[dict[str, Any]], console: Console, limit: int | None) -> None:
    shown = [o for o in outcomes if o["missed"] or o["spurious"]]
    for outcome in shown[:limit]:
        _line(
            console,
            f"\n[bold]{escape(str(outcome['id']))}[/bold] {escape(outcome['title'])} "
            f"(core {outcome['matched_core']}/{outcome['core']}, "
            f"system {outcome['matched_system']}/{outcome['system']})",
        )
        for pair in outcome["matched"]:
            _line(console, f"  [green]matched[/green] {escape(_event_line(pair['system']))}")
        for event in outcome["missed"]:
            _line(console, f"  [yellow]missed[/yellow] {escape(_event_line(event))}")
        for event in outcome["spurious"]:
            _line(console, f"  [red]spurious[/red] {escape(_event_line(event))}")


UCDP_COLUMNS = (
    ("found", "found"),
    ("date_right", "date right"),
    ("date_told", "date right,\ntext tells"),
    ("date_found", "date right,\nfound"),
    ("within_50", "place 50 km"),
    ("within_161", "place 161 km"),
    ("killed_exact", "killed exact"),
)


def print_ucdp(report: dict[str, Any], console: Console, *, show: bool, limit: int | None) -> None:
    """One row per measure, one column per type of violence: it fits 80 columns."""
    title = f"UCDP violent events: {report['records']} records (share, then right/records)"
    table = Table(title=title, show_lines=True)
    table.add_column("measure", no_wrap=True)
    scopes = [("all", report)] + [(f"{k} {s['name']}", s) for k, s in report["by_type"].items()]
    for name, _ in scopes:
        table.add_column(name, no_wrap=True)
    for key, label in UCDP_COLUMNS:
        table.add_row(label, *(_cell(scores[key]) for _, scores in scopes))
    console.print(table)
    if show:
        _show_ucdp(report["outcomes"], console, limit)


def _cell(measure: dict[str, Any]) -> str:
    return f"{measure['share']:.3f}\n{measure['right']}/{measure['records']}"


# The measures a miss is listed by (the "date right" diagnostics only repeat "date right").
UCDP_MISSES = tuple(
    (key, label) for key, label in UCDP_COLUMNS if key not in ("date_told", "date_found")
)


def _show_ucdp(outcomes: list[dict[str, Any]], console: Console, limit: int | None) -> None:
    shown = [o for o in outcomes if any(o[key] is False for key, _ in UCDP_MISSES)]
    for outcome in shown[:limit]:
        failed = ", ".join(label for key, label in UCDP_MISSES if outcome[key] is False)
        gold = outcome["gold"]
        _line(console, f"\n[bold]{escape(str(outcome['id']))}[/bold] type {outcome['type']} "
                       f"missed: {failed}")  # fmt: skip
        _line(
            console,
            escape(
                f"  gold {gold['event_date']}..{gold['date_end']} {gold['where']}, "
                f"{gold['side_a']} vs {gold['side_b']}, deaths {outcome['deaths']}; "
                f"system killed {outcome['killed']}, events {outcome['events']}"
            ),
        )
        for headline in outcome["text"].split("\n"):
            _line(console, f"  | {escape(headline)}")
        for event in outcome["violent"]:
            _line(console, f"  violent {escape(str(event))}")


def _places(places: dict[str, Any]) -> str:
    return f"{places['share']:.3f} ({places['same_place']}/{places['matched_with_place']})"
