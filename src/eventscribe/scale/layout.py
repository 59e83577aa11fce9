"""The Parquet folder a Dask ingest writes and `eventscribe load` reads.

    OUT/articles/part-00007.parquet            one file per table and partition
    OUT/events/year=2017/month=12/part-00007-0.parquet   events, by event date
    OUT/actors/part-00007.parquet              registry sightings: one row per article and
    OUT/actor_forms/... OUT/actor_roles/...    actor, `_article` naming the article
    OUT/rejects/part-client.parquet            inputs the readers rejected

Column types are those of the DuckDB schema, so a load is a plain insert and the events
folder can be queried as it is (`read_parquet('OUT/events/*/*/*.parquet')`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pyarrow as pa

from eventscribe.store.rows import ARTICLE_KEY, ARTICLE_TABLES, SIGHTING_TABLES
from eventscribe.store.writer import ARROW_TYPES

REJECTS = "rejects"


def part_stem(number: int) -> str:
    return f"part-{number:05d}"


def table_file(out: Path, table: str, number: int) -> Path:
    return out / table / f"{part_stem(number)}.parquet"


def events_glob(out: Path, number: int | None = None) -> str:
    """Every events file of the folder, or of one partition."""
    name = f"{part_stem(number)}-*.parquet" if number is not None else "*.parquet"
    return str(out / "events" / "*" / "*" / name)


def part_numbers(out: Path) -> list[int]:
    """The partitions present, in input order (each one has an articles file)."""
    return sorted(int(p.stem.split("-")[1]) for p in (out / "articles").glob("part-*.parquet"))


@lru_cache(maxsize=16)
def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table's Parquet files: its DuckDB columns (plus the sighting key)."""
    columns = [(name, ARROW_TYPES[kind]) for name, kind in _columns()[table]]
    if table in SIGHTING_TABLES:
        columns.append((ARTICLE_KEY, pa.string()))
    return pa.schema(columns)


@lru_cache(maxsize=1)
def _columns() -> dict[str, list[tuple[str, str]]]:
    import duckdb

    from eventscribe.store.schema import schema_sql, table_columns

    with duckdb.connect() as con:
        con.execute(schema_sql())
        return table_columns(con)


ALL_TABLES = (*ARTICLE_TABLES, *SIGHTING_TABLES)
