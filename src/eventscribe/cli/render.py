"""How commands print: JSON, JSON Lines, CSV (a header always) or a table, chart or blocks."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Callable, Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

from eventscribe.cli.app import out
from eventscribe.store.shape import FLAT_COLUMNS

# The columns of `events -f csv`, whatever the rows (none, or without target or place).
EVENT_COLUMNS = tuple(flat for flat, _ in FLAT_COLUMNS)
ACTOR_COLUMNS = ("id", "name", "kind", "country", "sector", "code", "role", "first_seen",
                 "last_seen", "forms", "mentions", "events")  # fmt: skip
SERIES_COLUMNS = ("period", "events", "goldstein")
ALERT_COLUMNS = ("key", "period", "count", "baseline", "mad", "score", "event_ids")
CLUSTER_COLUMNS = (
    "id", "cameo", "cameo_name", "quad_class", "goldstein", "modality", "event_date",
    "date_precision", "date_from", "date_to", "mentions", "articles", "sources", "first_seen",
    "last_seen", *(f"{side}_{key}" for side in ("source", "target")
                   for key in ("id", "name", "country", "code")),
    *(f"place_{key}" for key in ("name", "country", "lat", "lon", "precision")),
    "evidence_event_id", "evidence_article_id", "evidence_sentence", "fatalities", "injured",
    "acled_event_type", "acled_sub_event_type",
)  # fmt: skip
WIDE = 140  # narrower terminals and pipes get one record a block, not seven thin columns
BLOCKS = " ▏▎▍▌▋▊▉█"
SPARKS = "▁▂▃▄▅▆▇█"
BAR_WIDTH = 40


def write(
    rows: list[dict],
    format: str,
    table: Callable[[list[dict]], None] | None = None,
    columns: Sequence[str] | None = None,
) -> None:
    """`rows` as JSON, JSON Lines, CSV (of `columns`, a header even when no rows) or `table`."""
    if format == "json":
        out.print_json(json.dumps(rows, default=str)) if out.is_terminal else print(
            json.dumps(rows, default=str, ensure_ascii=False, indent=2)
        )
    elif format == "jsonl":
        for row in rows:
            print(json.dumps(row, default=str, ensure_ascii=False))
    elif format == "csv":
        write_csv(rows, columns)
    else:
        (table or print_events)(rows)


def write_csv(rows: list[dict], columns: Sequence[str] | None = None) -> None:
    import csv

    from eventscribe.store.shape import flatten

    flat = [flatten(row) for row in rows]
    names = list(columns or dict.fromkeys(key for row in flat for key in row))
    if not names:
        return  # no rows and no known columns
    writer = csv.DictWriter(sys.stdout, fieldnames=names, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(flat)


def print_blocks(title: str, blocks: list[tuple[str, str, str]]) -> None:
    """Records as blocks: a bold first line, then indented lines wrapped to the terminal."""
    out.print(title, highlight=False, markup=False)
    width = max(40, out.width)
    for head, details, evidence in blocks:
        out.print()
        out.print(Text(head, style="bold", overflow="fold"))
        for text in (details, evidence):
            for line in textwrap.wrap(text, width, initial_indent="  ", subsequent_indent="  "):
                out.print(line, highlight=False, markup=False, overflow="fold")


# -- events ---------------------------------------------------------------------------------


def print_events(rows: list[dict]) -> None:
    if out.width < WIDE:
        print_blocks(f"{len(rows)} events", [event_block(row) for row in rows])
        return
    table = Table(title=f"{len(rows)} events", show_lines=False, expand=True)
    # Date and modality as wide as they need; the others share the rest.
    table.add_column("date", no_wrap=True)
    for column, ratio in (("source", 2), ("action", 2), ("target", 2), ("place", 1)):
        table.add_column(column, ratio=ratio, overflow="fold")
    table.add_column("modality", max_width=24)
    table.add_column("evidence", ratio=5, overflow="fold")
    for row in rows:
        table.add_row(
            _date(row), _actor(row["source"]), _action(row),
            _actor(row["target"]), (row["place"] or {}).get("name") or "",
            _modality(row), _snippet(row),
        )  # fmt: skip
    out.print(table)


def event_block(row: dict) -> tuple[str, str, str]:
    """(date and action, who to whom where and how, evidence) of one event."""
    parties = f"{_actor(row['source'])} -> {_actor(row['target'])}"
    place = (row["place"] or {}).get("name")
    details = " · ".join(x for x in (parties, f"in {place}" if place else "", _modality(row)) if x)
    return f"{_date(row)}  {_action(row)}", details, row["evidence"]["sentence"]


def _action(row: dict) -> str:
    name = (row.get("cameo_name") or "").split(",")[0]  # "Consult, not specified below"
    return f"{row['cameo']} {name}"


def _date(row: dict) -> str:
    if row.get("date_precision") == "publication":
        return f"{row['event_date']} (pub)"
    if row.get("date_end"):
        return f"{row['event_date']}..{row['date_end']}"
    return str(row["event_date"] or "")


def _actor(actor: dict | None) -> str:
    if not actor:
        return "-"
    where = "/".join(x for x in (actor.get("country"), actor.get("sector")) if x)
    return f"{actor['name']} ({where})" if where else actor["name"]


def _modality(row: dict) -> str:
    if row.get("attribution"):
        return f"{row['modality']} by {row['attribution']}"
    return row["modality"]


def _snippet(row: dict, width: int = 160) -> str:
    sentence = row["evidence"]["sentence"]
    return sentence if len(sentence) <= width else sentence[: width - 1] + "…"


# -- actors ---------------------------------------------------------------------------------


def print_actors(rows: list[dict]) -> None:
    table = Table(title=f"{len(rows)} actors")
    for column in ("id", "name", "country", "sector", "role", "events", "forms"):
        table.add_column(column, overflow="fold")
    for row in rows:
        forms = ", ".join(row.get("forms") or [])
        table.add_row(
            row["id"], row["name"], row.get("country") or "", row.get("sector") or "",
            row.get("role") or "", str(row.get("events", "")), forms,
        )  # fmt: skip
    out.print(table)


AUDIT_COLUMNS = ("id", "name", "kind", "country", "mentions", "problem", "detail")


def print_audit(rows: list[dict]) -> None:
    table = Table(title=f"{len(rows)} suspect actors (fix with actors merge / split)")
    for column in AUDIT_COLUMNS:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(str(row.get(c) or "") for c in AUDIT_COLUMNS))
    out.print(table)


def print_actor(actor: dict) -> None:
    """One actor as three small tables: who it is, how it was written, the roles it held."""
    about = Table(title=f"{actor['id']}: {actor['name']}", show_header=False)
    about.add_column("", style="bold")
    about.add_column("", overflow="fold")
    seen = f"{actor.get('first_seen') or '?'} .. {actor.get('last_seen') or '?'}"
    events = f"{actor['events_as_source']} as source, {actor['events_as_target']} as target"
    for key, value in (("kind", actor["kind"]), ("country", actor.get("country")),
                       ("sector", actor.get("sector")), ("code", actor.get("code")),
                       ("role", actor.get("role")), ("seen", seen), ("events", events),
                       ("mentions", str(actor["mentions"]))):  # fmt: skip
        about.add_row(key, value or "")
    out.print(about)
    forms = Table(title="spellings")
    forms.add_column("form", overflow="fold")
    forms.add_column("count", justify="right")
    for form, count in actor["form_counts"].items():
        forms.add_row(form, str(count))
    out.print(forms)
    if actor["roles"]:
        out.print(_roles_table(actor["roles"]))
    if actor.get("merged"):
        out.print(_merged_table(actor["merged"]))


def _merged_table(merged: list[dict]) -> Table:
    """The actors merged into this one and why (undo: `actors split ID MERGED-ID`)."""
    table = Table(title="merged into it (undo: eventscribe actors split ID MERGED-ID)")
    for column in ("merged id", "reason"):
        table.add_column(column, overflow="fold")
    for row in merged:
        table.add_row(row["id"], row["reason"])
    return table


def _roles_table(roles: list[dict]) -> Table:
    table = Table(title="roles")
    for column in ("title", "country", "sector", "code", "valid", "source", "evidence"):
        table.add_column(column, overflow="fold")
    for role in roles:
        valid = f"{role.get('valid_from') or '?'} .. {role.get('valid_to') or '?'}"
        evidence = role.get("evidence") or ""
        table.add_row(
            role.get("title") or "", role.get("country") or "", role.get("sector") or "",
            role.get("code") or "", valid, role["source"],
            evidence if len(evidence) <= 120 else evidence[:119] + "…",
        )  # fmt: skip
    return table


# -- series, alerts, clusters ---------------------------------------------------------------


def print_chart(rows: list[dict[str, Any]], title: str) -> None:
    """A horizontal bar a period, the count and the Goldstein sum beside it."""
    total = sum(r["events"] for r in rows)
    out.print(f"{title}: {total} events in {len(rows)} periods  {sparkline(rows)}", highlight=False)
    top = max((r["events"] for r in rows), default=0)
    for row in rows:
        out.print(
            f"{row['period']}  {bar(row['events'], top):<{BAR_WIDTH}} {row['events']:>5}"
            f"  goldstein {row['goldstein']:>8.1f}",
            highlight=False,
        )


def bar(value: float, top: float, width: int = BAR_WIDTH) -> str:
    """`value` of `top` as a bar of `width` cells, in eighths of a cell."""
    if top <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / top * width * 8))
    return BLOCKS[-1] * (eighths // 8) + (BLOCKS[eighths % 8] if eighths % 8 else "")


def sparkline(rows: list[dict[str, Any]]) -> str:
    top = max((r["events"] for r in rows), default=0)
    if top == 0:
        return ""
    return "".join(
        " " if r["events"] == 0 else SPARKS[min(7, r["events"] * 8 // (top + 1))] for r in rows
    )


def title(what: str, **filters: Any) -> str:
    given = ", ".join(f"{k}={v}" for k, v in filters.items() if v not in (None, ""))
    return f"{what} ({given})" if given else what


def print_alerts(found: list[dict[str, Any]], database: Any, show: int, level: str) -> None:
    if not found:
        out.print("no alerts", highlight=False)
        return
    for alert in found:
        out.print(
            f"[bold]{alert['key']}[/bold] {alert['period']}: {alert['count']} events "
            f"(baseline {alert['baseline']:g}, MAD {alert['mad']:g}, score {alert['score']:g})"
        )
        for event_id in alert["event_ids"][:show]:
            event = database.event(event_id) if level == "events" else database.cluster(event_id)
            sentence = event["evidence"]["sentence"] if event else event_id
            out.print(f"    {event_id}  {sentence[:150]}", highlight=False, soft_wrap=True)
        if len(alert["event_ids"]) > show:
            out.print(f"    ... and {len(alert['event_ids']) - show} more", highlight=False)


def print_clusters(rows: list[dict[str, Any]]) -> None:
    if out.width < WIDE:
        print_blocks(f"{len(rows)} clusters", [_cluster_block(row) for row in rows])
        return
    table = Table(title=f"{len(rows)} clusters", expand=True)
    table.add_column("date", no_wrap=True)  # whole; the others share the rest
    for column, ratio in (("source", 2), ("action", 2), ("target", 2), ("place", 1)):
        table.add_column(column, ratio=ratio, overflow="fold")
    table.add_column("m/a/s", no_wrap=True)
    table.add_column("evidence", ratio=5, overflow="fold")
    for row in rows:
        table.add_row(
            str(row["event_date"] or ""), _name(row["source"]),
            f"{row['cameo']} {(row['cameo_name'] or '').split(',')[0]}",
            _name(row["target"]), (row["place"] or {}).get("name") or "",
            f"{row['mentions']}/{row['articles']}/{row['sources']}",
            row["evidence"]["sentence"][:200],
        )  # fmt: skip
    out.print(table)


STORY_COLUMNS = ("story_id", "title", "articles", "first_published", "last_published",
                 "participants")  # fmt: skip


def print_stories(rows: list[dict[str, Any]]) -> None:
    blocks = []
    for row in rows:
        days = sorted({str(row["first_published"] or ""), str(row["last_published"] or "")})
        shared = ", ".join(f"{p['noun']} ({p['articles']})" for p in row["participants"][:8])
        blocks.append((f"{' to '.join(d for d in days if d)}  {row['title'] or row['story_id']}",
                       f"{row['articles']} reports · {row['story_id']}",
                       f"participants: {shared}" if shared else ""))  # fmt: skip
    print_blocks(f"{len(rows)} stories", blocks)


def _cluster_block(row: dict[str, Any]) -> tuple[str, str, str]:
    action = f"{row['cameo']} {(row['cameo_name'] or '').split(',')[0]}"
    place = (row["place"] or {}).get("name")
    counts = ", ".join(f"{row[key]} {key if row[key] != 1 else key[:-1]}"
                       for key in ("mentions", "articles", "sources"))  # fmt: skip
    parties = f"{_name(row['source'])} -> {_name(row['target'])}"
    details = " · ".join(x for x in (parties, f"in {place}" if place else "", counts) if x)
    return f"{row['event_date'] or ''}  {action}", details, row["evidence"]["sentence"]


def flat_cluster(row: dict[str, Any]) -> dict[str, Any]:
    """A cluster as one CSV row of CLUSTER_COLUMNS."""
    flat = {k: v for k, v in row.items() if k not in ("source", "target", "place", "evidence")}
    for side in ("source", "target"):
        for key in ("id", "name", "country", "code"):
            flat[f"{side}_{key}"] = (row[side] or {}).get(key)
    for key in ("name", "country", "lat", "lon", "precision"):
        flat[f"place_{key}"] = (row["place"] or {}).get(key)
    flat.update({f"evidence_{k}": v for k, v in row["evidence"].items()})
    return flat


def _name(actor: dict[str, Any] | None) -> str:
    return "-" if not actor else actor["name"] or actor["id"]
