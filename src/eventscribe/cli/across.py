"""Across articles: `timeline`, `dyad`, `alerts`, `clusters` and `cluster`, calls of
`eventscribe.across` and of the store.

timeline   counts and Goldstein sums per period, as a terminal chart, CSV or JSON
dyad A B   the same for A -> B and B -> A
alerts     escalations of material conflict by dyad or country, with the events behind
clusters   events as one real event each, with their counts of mentions, articles, sources
cluster    cluster the mentions that have none yet (ingest and load do it as they go)
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from eventscribe.cli.app import app, out
from eventscribe.cli.options import DEFAULT_DB, DbOption, FormatOption, require_db, with_filters
from eventscribe.cli.render import (
    ALERT_COLUMNS,
    CLUSTER_COLUMNS,
    SERIES_COLUMNS,
    STORY_COLUMNS,
    flat_cluster,
    print_alerts,
    print_chart,
    print_clusters,
    print_stories,
    title,
    write,
)
from eventscribe.errors import EventscribeError

CHART_FORMATS = ("table", "csv", "json")
By = Annotated[str, typer.Option(help="day, week or month.")]
Level = Annotated[str, typer.Option(help="events (mentions) or clusters (one per real event).")]
Format = Annotated[str, typer.Option("--format", "-f", help="table (a chart), csv, json.")]
Since = Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")]
Until = Annotated[str | None, typer.Option(help="To date YYYY-MM-DD.")]
Root = Annotated[str | None, typer.Option(help="CAMEO root code (2 digits).")]
Quad = Annotated[int | None, typer.Option(help="Quad class 1-4.")]


@app.command()
@with_filters
def timeline(
    db: DbOption = DEFAULT_DB,
    by: By = "week",
    level: Level = "events",
    format: Format = "table",
    *,
    filters: dict[str, Any],
) -> None:
    """Events per day, week or month, with their Goldstein sum (by default over the days
    the stored news was published: --since and --until for others)."""
    from eventscribe.across.series import series, span_or_reporting_window
    from eventscribe.api import open as open_db

    check_format(format)
    require_db(db)
    with open_db(db) as database:
        start, end = span_or_reporting_window(database, filters["start"], filters["end"])
        rows = series(database, by=by, level=level, **{**filters, "start": start, "end": end})
    named = ("actor", "country", "source", "target", "root", "quad_class")
    shown = {k: filters[k] for k in named} | {
        k: v for k, v in filters.items() if k not in (*named, "start", "end", "date_field")
    }
    label = title("events", **shown)
    write(rows, format, table=lambda r: print_chart(r, label), columns=SERIES_COLUMNS)


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
    from eventscribe.across.series import series, span_or_reporting_window
    from eventscribe.api import open as open_db

    check_format(format)
    require_db(db)
    directions = ((a, b), (b, a))
    with open_db(db) as database:
        since, until = span_or_reporting_window(database, since, until)
        found = {
            (s, t): series(database, by=by, source=s, target=t, root=root,
                           quad_class=quad_class, start=since, end=until, level=level)
            for s, t in directions
        }  # fmt: skip
    if format != "table":
        rows = [{"source": s, "target": t, **row} for (s, t), rows in found.items() for row in rows]
        return write(rows, format, columns=("source", "target", *SERIES_COLUMNS))
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

    check_format(format)
    require_db(db)
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
            return write(found, format, columns=ALERT_COLUMNS)
        print_alerts(found, database, show, level)


@app.command()
@with_filters
def clusters(
    db: DbOption = DEFAULT_DB,
    min_mentions: Annotated[int, typer.Option(help="Fewest mentions.")] = 1,
    limit: Annotated[int, typer.Option(help="How many.")] = 50,
    format: FormatOption = "table",
    *,
    filters: dict[str, Any],
) -> None:
    """Events as one real event each (clusters of mentions), most reported first."""
    from eventscribe.api import open as open_db

    require_db(db)
    with open_db(db) as database:
        found = database.clusters(min_mentions=min_mentions, limit=limit, **filters)
    if format == "csv":  # fixed columns, whether a cluster has a target or place or not
        found = [flat_cluster(row) for row in found]
    write(found, format, table=print_clusters, columns=CLUSTER_COLUMNS)


@app.command()
def stories(
    db: DbOption = DEFAULT_DB,
    min_articles: Annotated[int, typer.Option(help="Fewest reports.")] = 2,
    limit: Annotated[int, typer.Option(help="How many.")] = 50,
    format: FormatOption = "table",
) -> None:
    """Stories (the reports of one news story), most reported first, with the unnamed
    participants their leads share ("hackers", "three people", "the school")."""
    from eventscribe.api import open as open_db

    require_db(db)
    with open_db(db) as database:
        found = database.stories(min_articles=min_articles, limit=limit)
    if format == "csv":  # one row a story, its participants as "noun (articles)"
        found = [{**row, "participants": "; ".join(f"{p['noun']} ({p['articles']})"
                                                   for p in row["participants"])} for row in found]  # fmt: skip
    write(found, format, table=print_stories, columns=STORY_COLUMNS)


@app.command()
def cluster(db: DbOption = DEFAULT_DB) -> None:
    """Cluster the event mentions that have no cluster yet (ingest does it as it goes)."""
    from eventscribe.store import Store

    require_db(db)
    with Store(db) as store:
        touched = store.cluster_pending()
    out.print(f"{len(touched)} clusters updated", highlight=False)


def check_format(format: str) -> None:
    if format not in CHART_FORMATS:
        raise EventscribeError(f"--format {format!r}: choose one of {', '.join(CHART_FORMATS)}")
