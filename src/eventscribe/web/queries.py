"""Aggregates the page draws (overview, network, map) and one event with its context.

Each takes the CLI's event filters and builds on `events_sql`, so a filter means the same
thing on the page, in the CLI and in the Python API. Only fixed SQL fragments are chosen by
name; every user value is a parameter.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from eventscribe.errors import EventscribeError
from eventscribe.store import Database, shape
from eventscribe.store.query import events_sql, non_negative
from eventscribe.web.windows import check_periods

PERIODS = ("day", "week", "month", "year")


def _filtered(filters: Mapping[str, Any]) -> tuple[str, list[Any]]:
    return events_sql(filters, order=None)


def overview(db: Database, by: str, filters: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Events per period and quad class (1 verbal coop. .. 4 material conflict)."""
    if by not in PERIODS:
        raise EventscribeError(f"by {by!r}: choose one of {', '.join(PERIODS)}")
    inner, params = _filtered(filters)
    dates = db.sql(f"select min(event_date) as a, max(event_date) as b from ({inner})", params)[0]
    if dates["a"] is not None:
        check_periods(by, dates["a"], dates["b"])
    rows = db.sql(
        f"select cast(date_trunc('{by}', event_date) as date) as period, quad_class, count(*) as n "
        f"from ({inner}) where event_date is not null group by all order by 1, 2",
        params,
    )
    periods: dict[str, dict[str, Any]] = {}
    for row in rows:
        key = shape.iso(row["period"])
        entry = periods.setdefault(key, {"period": key, "events": 0, "by_quad": {}})
        entry["events"] += row["n"]
        entry["by_quad"][str(row["quad_class"])] = row["n"]
    return list(periods.values())


def network(
    db: Database, limit: int, filters: Mapping[str, Any], *, top: int = 40
) -> dict[str, Any]:
    """The `top` actors in most dyad events (their `events`), and the dyads between them as
    weighted edges, most events first; `actors` counts every actor in a matching dyad."""
    inner, params = _filtered(filters)
    ranked = db.sql(
        f"{_DYADS.format(inner=inner)}, weights as (select id, sum(events) as weight "
        "from (select source as id, events from dyads union all select target, events "
        "from dyads) group by id) select id, weight, count(*) over () as actors "
        "from weights order by weight desc, id limit ?",
        [*params, non_negative("actors", top)],
    )
    weight = {row["id"]: row["weight"] for row in ranked}
    edges = db.sql(
        f"{_DYADS.format(inner=inner)} select * from dyads where source in (select unnest(?)) "
        "and target in (select unnest(?)) order by events desc, source, target limit ?",
        [*params, list(weight), list(weight), non_negative("limit", limit)],
    )
    nodes = db.sql(
        "select id, name, country, sector, code, kind from actors "
        "where id in (select unnest(?)) order by id",
        [list(weight)],
    )
    for node in nodes:
        node["events"] = weight[node["id"]]
    return {"nodes": nodes, "edges": edges, "actors": ranked[0]["actors"] if ranked else 0}


_DYADS = (
    "with dyads as (select source_actor_id as source, target_actor_id as target, "
    "count(*) as events, avg(goldstein) as goldstein, "
    "count(*) filter (where quad_class in (1, 2)) as cooperation, "
    "count(*) filter (where quad_class in (3, 4)) as conflict "
    "from ({inner}) where source_actor_id is not null and target_actor_id is not null "
    "and source_actor_id != target_actor_id group by all)"
)


def counts(db: Database, filters: Mapping[str, Any]) -> dict[str, int]:
    """Events matching the filters, the articles they come from, the actors they name."""
    inner, params = _filtered(filters)
    return db.sql(
        f"with matched as ({inner}) select count(*) as events, "
        "count(distinct article_id) as articles, (select count(*) from (select "
        "source_actor_id as id from matched union select target_actor_id from matched) "
        "where id is not null) as actors from matched",
        params,
    )[0]


def places(db: Database, limit: int, filters: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Event places with coordinates, most events first."""
    inner, params = _filtered(filters)
    return db.sql(
        "select place_name as name, place_country as country, place_lat as lat, "
        "place_lon as lon, count(*) as events, avg(goldstein) as goldstein, "
        "count(*) filter (where quad_class in (1, 2)) as cooperation, "
        "count(*) filter (where quad_class in (3, 4)) as conflict "
        f"from ({inner}) where place_lat is not null and place_lon is not null "
        "group by all order by events desc, name limit ?",
        [*params, non_negative("limit", limit)],
    )


def event_detail(db: Database, event_id: str) -> dict[str, Any] | None:
    """One event, where it shows in its article, the actor mentions in its evidence
    sentence and the article it comes from."""
    found = db.sql("select * from events where id = ?", [event_id])
    if not found:
        return None
    row = found[0]
    mentions = db.sql(
        'select sentence, "start", "end", text, actor_id, kind from mentions '
        'where article_id = ? and "start" >= ? and "end" <= ? order by "start", "end"',
        [row["article_id"], row["evidence_start"], row["evidence_end"]],
    )
    article = db.sql(
        "select id, published, title, source, url, origin, language, status "
        "from articles where id = ?",
        [row["article_id"]],
    )
    return {
        **shape.event_json(row),
        "spans": shape.event_spans(row),
        "mentions": mentions,
        "article": shape.article_summary_json(article[0]) if article else None,
    }
