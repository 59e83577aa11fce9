"""Query speed over a large events table: 10 M synthetic events in the real schema.

The events are made in SQL (no pipeline): 300 actors whose frequencies fall off steeply,
as news actors do, 25 years of dates in arrival order, CAMEO codes over all 20 roots. Two
queries are timed, each warm, best and median of five:

- a dyad time series: monthly event count and mean Goldstein between the two most
  frequent actors, both directions;
- a filtered event page through `Database.events` (the API's path): one country, one
  CAMEO root, one year, the third page of 50.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

ACTORS = 300
DAYS = 25 * 365
CHUNK = 2_000_000  # rows per INSERT, to bound memory while filling
DYAD_SQL = """
select date_trunc('month', event_date) as month, count(*) as events, avg(goldstein) as goldstein
from events
where (source_actor_id = ? and target_actor_id = ?) or (source_actor_id = ? and target_actor_id = ?)
group by month order by month
"""


def run(events: int = 10_000_000, db: Path | None = None) -> dict[str, Any]:
    """Fill a database with `events` synthetic events (unless `db` holds them) and time."""
    with tempfile.TemporaryDirectory(prefix="eventscribe-query-") as tmp:
        path = db or Path(tmp) / "events.duckdb"
        fill_seconds = fill(path, events) if not path.exists() else 0.0
        return {"events": events, "fill_seconds": round(fill_seconds, 1),
                "db_mb": round(path.stat().st_size / 2**20), **time_queries(path)}  # fmt: skip


def fill(path: Path, events: int) -> float:
    """Create the schema and insert the synthetic events; seconds taken."""
    import duckdb

    from eventscribe.store import Store

    Store(path).close()  # the schema, exactly as ingest creates it
    started = time.perf_counter()
    with duckdb.connect(str(path)) as con:
        for first in range(0, events, CHUNK):
            con.execute(_insert_sql(), [first, min(first + CHUNK, events), events])
        con.execute("checkpoint")
    return time.perf_counter() - started


def _insert_sql() -> str:
    # actor k is drawn with weight ~ 1/(k+1)^1.5 (floor(ACTORS * u^4) approximates it)
    actor = f"'actor:a' || lpad(floor({ACTORS} * pow(hash(i * {{salt}}) % 1000000 / 1e6, 4))::int::varchar, 3, '0')"
    country = f"'C' || lpad((floor({ACTORS} * pow(hash(i * {{salt}}) % 1000000 / 1e6, 4))::int % 150)::varchar, 3, '0')"
    return f"""
    insert into events (id, article_id, sentence, event_date, date_precision, published,
        source_actor_id, source_name, source_country, target_actor_id, target_name,
        target_country, cameo, cameo_root, quad_class, goldstein, modality,
        evidence_sentence, evidence_start, evidence_end, trigger, confidence)
    select printf('%016x', hash(i)), 'art' || (i // 8), (i % 8)::int,
        date '2000-01-01' + (i * {DAYS} // ?3)::int, 'day', date '2000-01-01' + (i * {DAYS} // ?3)::int,
        {actor.format(salt=3)}, 'Actor', {country.format(salt=3)},
        {actor.format(salt=7)}, 'Actor', {country.format(salt=7)},
        lpad((1 + hash(i * 11) % 20)::varchar, 2, '0') || '0', lpad((1 + hash(i * 11) % 20)::varchar, 2, '0'),
        (1 + hash(i * 13) % 4)::int, (hash(i * 17) % 200) / 10.0 - 10.0, 'asserted',
        'A synthetic evidence sentence.', 0, 30, 'met', 0.8
    from range(?1, ?2) as t(i)
    """


def time_queries(path: Path, repeat: int = 5) -> dict[str, Any]:
    """Best and median milliseconds of the dyad series and the filtered page."""
    from eventscribe.store import Database

    with Database(path) as db:
        top = [r["actor"] for r in db.sql(
            "select source_actor_id as actor from events group by all order by count(*) desc "
            "limit 2")]  # fmt: skip
        dyad = [top[0], top[1], top[1], top[0]]
        series = _timed(lambda: db.sql(DYAD_SQL, dyad), repeat)
        page = _timed(lambda: db.events(country="C001", root="19", start="2010-01-01",
                                        end="2010-12-31", limit=50, offset=100), repeat)  # fmt: skip
    return {"dyad": top, "dyad_months": len(series[0]), "dyad_ms": series[1],
            "page_rows": len(page[0]), "page_ms": page[1]}  # fmt: skip


def _timed(query: Any, repeat: int) -> tuple[Any, dict[str, float]]:
    result = query()  # warm: the first run reads from disk
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        query()
        times.append(1000 * (time.perf_counter() - started))
    return result, {"best": round(min(times), 1), "median": round(statistics.median(times), 1)}


def describe(result: dict[str, Any]) -> str:
    return "\n".join((
        f"{result['events']:,} events ({result['db_mb']:,} MB; filled in {result['fill_seconds']} s)",
        f"dyad series  : {result['dyad_ms']['median']} ms median, {result['dyad_ms']['best']} ms "
        f"best ({result['dyad_months']} months, {' <-> '.join(result['dyad'])})",
        f"filtered page: {result['page_ms']['median']} ms median, {result['page_ms']['best']} ms "
        f"best ({result['page_rows']} rows)",
    ))  # fmt: skip
