"""Cluster upkeep: the store keeps the `clusters` table current after every write.

The rules (what joins what, what a cluster row says) are pure and live in
`eventscribe.clustering`; this module runs them on the stored mentions inside the store's
transaction: mentions with no cluster yet join stored clusters or found new ones, and the
touched clusters' rows are recomputed from all their mentions. Only `Store` calls it.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pyarrow as pa

from eventscribe.clustering import MENTION_ORDER, Cluster, Row, assign, cluster_row, window


def cluster_pending(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Cluster the mentions that have none yet, store it, and refresh touched clusters.

    Returns the ids of the clusters touched. Runs inside the caller's transaction.
    """
    mentions = _rows(con, f"select * from events where cluster_id is null order by {MENTION_ORDER}")
    if not mentions:
        return set()
    chosen, touched = assign(mentions, _candidates(con, mentions))
    _set_cluster_ids(con, chosen)
    refresh(con, touched)
    return touched


def refresh_for_articles(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> set[str]:
    """Recompute the clusters the articles' mentions belong to (a copy of them was stored)."""
    ids = sorted(set(article_ids))
    found = con.execute(
        "select distinct cluster_id from events where cluster_id is not null "
        "and article_id in (select unnest(?))",
        [ids],
    ).fetchall()
    touched = {row[0] for row in found}
    refresh(con, touched)
    return touched


def _candidates(con: duckdb.DuckDBPyConnection, mentions: list[Row]) -> list[Cluster]:
    """Stored clusters that could take one of `mentions`: same root, windows overlapping
    (a range join, so an old date among the mentions does not fetch every cluster between)."""
    windows = [window(m) for m in mentions]
    table = pa.table({
        "root": [m["cameo_root"] for m in mentions],
        "lo": [w[0] for w in windows],
        "hi": [w[1] for w in windows],
    })  # fmt: skip
    con.register("_eventscribe_windows", table)
    try:
        found = _rows(
            con,
            "select * from clusters where id in (select c.id from clusters c "
            "join _eventscribe_windows w on c.cameo_root = w.root "
            "and coalesce(c.date_to, date '9999-12-31') >= w.lo "
            "and coalesce(c.date_from, date '0001-01-01') <= w.hi)",
        )
    finally:
        con.unregister("_eventscribe_windows")
    return [Cluster.stored(row) for row in found]


def _set_cluster_ids(con: duckdb.DuckDBPyConnection, chosen: dict[str, str]) -> None:
    table = pa.table({"id": list(chosen), "cluster_id": list(chosen.values())})
    con.register("_eventscribe_clusters", table)
    try:
        con.execute(
            "update events set cluster_id = b.cluster_id from _eventscribe_clusters b "
            "where events.id = b.id"
        )
    finally:
        con.unregister("_eventscribe_clusters")

# -- cluster rows ---------------------------------------------------------------------------

ARTICLE_COUNTS = """
    with m as (select distinct cluster_id, article_id from events
               where cluster_id in (select unnest(?))),
    reporting as (
        select m.cluster_id, a.id, a.source, a.published
        from m join articles a on a.id = m.article_id
        union
        select m.cluster_id, c.id, c.source, c.published
        from m join articles c on c.duplicate_of = m.article_id)
    select cluster_id, count(distinct id) as n_articles,
           count(distinct coalesce(source, '')) as n_sources,
           min(published) as first_seen, max(published) as last_seen
    from reporting group by cluster_id
"""
CLUSTER_TYPES = {
    "n_mentions": pa.int32(), "n_articles": pa.int32(), "n_sources": pa.int32(),
    "fatalities": pa.int32(), "injured": pa.int32(),
    "quad_class": pa.int32(), "goldstein": pa.float64(), "place_lat": pa.float64(),
    "place_lon": pa.float64(), "event_date": pa.date32(), "date_from": pa.date32(),
    "date_to": pa.date32(), "first_seen": pa.date32(), "last_seen": pa.date32(),
}  # fmt: skip


def refresh(con: duckdb.DuckDBPyConnection, cluster_ids: Iterable[str]) -> None:
    """Rewrite the clusters rows of `cluster_ids` from all their mentions."""
    ids = sorted(set(cluster_ids))
    if not ids:
        return
    members: dict[str, list[Row]] = {}
    query = f"select * from events where cluster_id in (select unnest(?)) order by {MENTION_ORDER}"
    for row in _rows(con, query, [ids]):
        members.setdefault(row["cluster_id"], []).append(row)
    counts = {row["cluster_id"]: row for row in _rows(con, ARTICLE_COUNTS, [ids])}
    records = [cluster_row(cid, rows, counts[cid]) for cid, rows in members.items()]
    con.execute("delete from clusters where id in (select unnest(?))", [ids])
    if records:
        _insert_clusters(con, records)


def _insert_clusters(con: duckdb.DuckDBPyConnection, records: list[Row]) -> None:
    names = list(records[0])
    schema = pa.schema([(n, CLUSTER_TYPES.get(n, pa.string())) for n in names])
    con.register("_eventscribe_clusters", pa.Table.from_pylist(records, schema=schema))
    try:
        columns = ", ".join(f'"{n}"' for n in names)
        con.execute(f"insert into clusters ({columns}) select {columns} from _eventscribe_clusters")
    finally:
        con.unregister("_eventscribe_clusters")



def _rows(con: duckdb.DuckDBPyConnection, query: str, params: list | None = None) -> list[Row]:
    cursor = con.execute(query, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
