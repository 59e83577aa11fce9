"""Command-line commands of this part (registered on the main `app` when cli.py imports this).

timeline   counts and Goldstein sums per period, as a terminal chart, CSV or JSON
dyad A B   the same for A -> B and B -> A
alerts     escalations of material conflict by dyad or country, with the events behind
clusters   events as one real event each, with their counts of mentions, articles, sources
cluster    cluster the mentions that have none yet (after `eventscribe load`)
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from eventscribe.cli import (
    DEFAULT_DB,
    WIDE,
    CountryOption,
    DbOption,
    _require_db,
    _write,
    app,
    out,
    print_blocks,
)
from eventscribe.cli_help import plain_help
from eventscribe.errors import EventscribeError

BLOCKS = " ▏▎▍▌▋▊▉█"
SPARKS = "▁▂▃▄▅▆▇█"
BAR_WIDTH = 40
CHART_FORMATS = ("table", "csv", "json")
# CSV columns, written as a header even when there are no rows.
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

By = Annotated[str, typer.Option(help="day, week or month.")]
Level = Annotated[str, typer.Option(help="events (mentions) or clusters (one per real event).")]
Format = Annotated[str, typer.Option("--format", "-f", help="table (a chart), csv, json.")]
Since = Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")]
Until = Annotated[str | None, typer.Option(help="To date YYYY-MM-DD.")]
Root = Annotated[str | None, typer.Option(help="CAMEO root code (2 digits).")]
Quad = Annotated[int | None, typer.Option(help="Quad class 1-4.")]


@app.command()
def timeline(
    db: DbOption = DEFAULT_DB,
    by: By = "week",
    actor: Annotated[str | None, typer.Option(help="Actor id, code or name.")] = None,
    country: CountryOption = None,
    source: Annotated[
        str | None, typer.Option(help="Source: an actor (id, code, name) or a country.")
    ] = None,
    target: Annotated[str | None, typer.Option(help="Target: as --source.")] = None,
    root: Root = None,
    quad_class: Quad = None,
    since: Since = None,
    until: Until = None,
    level: Level = "events",
    format: Format = "table",
) -> None:
    """Events per day, week or month, with their Goldstein sum (by default over the days
    the stored news was published: --since and --until for others)."""
    from eventscribe.across.series import series
    from eventscribe.api import open as open_db

    _check_format(format)
    _require_db(db)
    with open_db(db) as database:
        since, until = _span(database, since, until)
        rows = series(
            database, by=by, actor=actor, country=country, source=source, target=target,
            root=root, quad_class=quad_class, start=since, end=until, level=level,
        )  # fmt: skip
    title = _title("events", actor=actor, country=country, source=source, target=target,
                   root=root, quad_class=quad_class)  # fmt: skip
    _write(rows, format, table=lambda r: print_chart(r, title), columns=SERIES_COLUMNS)


@app.command()
def dyad(
    a: Annotated[
        str, typer.Argument(help="One side: an actor (id, code, name) or a country (Iran, IRN).")
    ],
    b: Annotated[str, typer.Argument(help="The other side.")],
    db: DbOption = DEFAULT_DB,
    by: By = "week",
    root: Root = None,
    quad_class: Quad = None,
    since: Since = None,
    until: Until = None,
    level: Level = "events",
    format: Format = "table",
) -> None:
    """Events of A towards B and of B towards A, per period."""
    from eventscribe.across.series import series
    from eventscribe.api import open as open_db

    _check_format(format)
    _require_db(db)
    directions = ((a, b), (b, a))
    with open_db(db) as database:
        since, until = _span(database, since, until)
        found = {
            (s, t): series(database, by=by, source=s, target=t, root=root,
                           quad_class=quad_class, start=since, end=until, level=level)
            for s, t in directions
        }  # fmt: skip
    if format != "table":
        rows = [{"source": s, "target": t, **row} for (s, t), rows in found.items() for row in rows]
        return _write(rows, format, columns=("source", "target", *SERIES_COLUMNS))
    for (s, t), rows in found.items():
        print_chart(rows, f"{s} -> {t}")


@app.command()
def alerts(
    db: DbOption = DEFAULT_DB,
    by: By = "week",
    key: Annotated[str, typer.Option(help="dyad (ISR>PSE) or country.")] = "dyad",
    window: Annotated[int, typer.Option(help="Periods in the rolling baseline.")] = 8,
    threshold: Annotated[float, typer.Option(help="Robust z-score from which to alert.")] = 3.5,
    min_events: Annotated[int, typer.Option(help="Fewest events in an alert period.")] = 3,
    level: Level = "events",
    country: Annotated[
        str | None, typer.Option(help="Only alerts of this country or its dyads (Iran, IRN).")
    ] = None,
    show: Annotated[int, typer.Option(help="Events to print under each alert.")] = 3,
    format: Format = "table",
) -> None:
    """Rises of material conflict (quad class 4) against each dyad's or country's baseline."""
    from eventscribe.across.alerts import alerts as find_alerts
    from eventscribe.api import open as open_db
    from eventscribe.store.countries import filter_country

    _check_format(format)
    _require_db(db)
    wanted = filter_country(country) if country else None
    with open_db(db) as database:
        found = find_alerts(
            database, by=by, key=key, window=window, threshold=threshold,
            min_events=min_events, level=level,
        )  # fmt: skip
        if wanted:  # keys are a country (ISR) or a dyad (ISR>PSE)
            found = [a for a in found if wanted in a["key"].split(">")]
        if format == "csv":  # one cell of ids, space-separated
            found = [{**a, "event_ids": " ".join(a["event_ids"])} for a in found]
        if format != "table":
            return _write(found, format, columns=ALERT_COLUMNS)
        print_alerts(found, database, show, level)


@app.command()
def clusters(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor id, code or name.")] = None,
    country: CountryOption = None,
    root: Root = None,
    since: Since = None,
    until: Until = None,
    min_mentions: Annotated[int, typer.Option(help="Fewest mentions.")] = 1,
    limit: Annotated[int, typer.Option(help="How many.")] = 50,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv, json, jsonl.")] = (
        "table"
    ),
) -> None:
    """Events as one real event each (clusters of mentions), most reported first."""
    from eventscribe.api import open as open_db

    _require_db(db)
    with open_db(db) as database:
        found = database.clusters(
            actor=actor, country=country, root=root, start=since, end=until,
            min_mentions=min_mentions, limit=limit,
        )  # fmt: skip
    if format == "csv":  # fixed columns, whether a cluster has a target or place or not
        found = [_flat_cluster(row) for row in found]
    _write(found, format, table=print_clusters, columns=CLUSTER_COLUMNS)


@app.command()
def cluster(db: DbOption = DEFAULT_DB) -> None:
    """Cluster the event mentions that have no cluster yet (ingest does it as it goes)."""
    from eventscribe.across.cluster import cluster_pending
    from eventscribe.store import Store

    _require_db(db)
    with Store(db) as store, store.transaction():
        touched = cluster_pending(store.con)
    out.print(f"{len(touched)} clusters updated", highlight=False)


# -- printing ---------------------------------------------------------------------------------


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


def _cluster_block(row: dict[str, Any]) -> tuple[str, str, str]:
    action = f"{row['cameo']} {(row['cameo_name'] or '').split(',')[0]}"
    place = (row["place"] or {}).get("name")
    counts = ", ".join(f"{row[key]} {key if row[key] != 1 else key[:-1]}"
                       for key in ("mentions", "articles", "sources"))  # fmt: skip
    parties = f"{_name(row['source'])} -> {_name(row['target'])}"
    details = " · ".join(x for x in (parties, f"in {place}" if place else "", counts) if x)
    return f"{row['event_date'] or ''}  {action}", details, row["evidence"]["sentence"]


def _flat_cluster(row: dict[str, Any]) -> dict[str, Any]:
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


def _span(database: Any, since: str | None, until: str | None) -> tuple[Any, Any]:
    """The dates asked for; by default the reporting window (first to last publication):
    events the news dates years back would stretch a chart over empty decades."""
    from eventscribe.across.series import reporting_window

    window = reporting_window(database) or (None, None)
    return since or window[0], until or window[1]


def _title(what: str, **filters: Any) -> str:
    given = ", ".join(f"{k}={v}" for k, v in filters.items() if v not in (None, ""))
    return f"{what} ({given})" if given else what


def _check_format(format: str) -> None:
    if format not in CHART_FORMATS:
        raise EventscribeError(f"--format {format!r}: choose one of {', '.join(CHART_FORMATS)}")


plain_help(app)  # this module may be imported before cli.py has finished
