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

PERIODS = ("day", "week", "month", "year")


def _filtered(filters: Mapping[str, Any]) -> tuple[str, list[Any]]:
    return events_sql(filters, order=None)


def overview(db: Database, by: str, filters: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Events per period and quad class (1 verbal coop. .. 4 material conflict)."""
    if by not in PERIODS:
        raise EventscribeError(f"by {by!r}: choose one of {', '.join(PERIODS)}")
    inner, params = _filtered(filters)
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


def network(db: Database, limit: int, filters: Mapping[str, Any]) -> dict[str, Any]:
    """Dyads as weighted edges (most events first) and the actors they join."""
    inner, params = _filtered(filters)
    edges = db.sql(
        "select source_actor_id as source, target_actor_id as target, count(*) as events, "
        "avg(goldstein) as goldstein, "
        "count(*) filter (where quad_class in (1, 2)) as cooperation, "
        "count(*) filter (where quad_class in (3, 4)) as conflict "
        f"from ({inner}) where source_actor_id is not null and target_actor_id is not null "
        "and source_actor_id != target_actor_id "
        "group by all order by events desc, source, target limit ?",
        [*params, non_negative("limit", limit)],
    )
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    nodes = db.sql(
        "select id, name, country, sector, code, kind from actors "
        "where id in (select unnest(?)) order by id",
        [ids],
    )
    weight = {node_id: 0 for node_id in ids}
    for edge in edges:
        weight[edge["source"]] += edge["events"]
        weight[edge["target"]] += edge["events"]
    for node in nodes:
        node["events"] = weight[node["id"]]
    return {"nodes": nodes, "edges": edges}


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
