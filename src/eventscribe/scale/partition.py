"""Worker side of a Dask ingest: one partition of articles -> the pipeline -> Parquet files.

Runs in a Dask worker process; the pipeline (spaCy model, dictionaries, gazetteer) is built
once per process and kept. Rows come from `eventscribe.store.rows`, the functions the
single-machine store uses, so both paths store the same values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventscribe.article import Article
from eventscribe.pipeline import Pipeline, settle
from eventscribe.scale.layout import arrow_schema, part_stem, table_file
from eventscribe.settings import Settings
from eventscribe.store import rows


@dataclass
class PartitionReport:
    number: int
    articles: int = 0
    duplicates: int = 0
    events: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)


@lru_cache(maxsize=2)
def _pipelines(settings: Settings) -> tuple[Pipeline, Pipeline]:
    """(head, tail) split after the text, built once per worker process."""
    pipelines = Pipeline.split_settings(settings, "text")
    settle()
    return pipelines


def process_partition(
    number: int, articles: list[Article], settings: Settings, out: str
) -> PartitionReport:
    """Analyse one partition and write its Parquet files under `out`."""
    head, tail = _pipelines(settings)
    before = {**head.seconds, **tail.seconds}
    unique = _unique(head.run(articles))
    done = tail.run(unique)
    write_partition(Path(out), number, done)
    seconds = {k: v - before.get(k, 0.0) for k, v in {**head.seconds, **tail.seconds}.items()}
    return PartitionReport(number, len(done), len(articles) - len(unique),
                           sum(len(a.events) for a in done), seconds)  # fmt: skip


def _unique(articles: list[Article]) -> list[Article]:
    """First article of each content within the partition, ids made unique as the store
    makes them (the loader applies the same rules across partitions and the database)."""
    return rows.first_with_free_ids(articles, set(), set())


def write_partition(out: Path, number: int, articles: list[Article]) -> None:
    """Every table's rows of `articles` as Parquet files of partition `number`."""
    tables = partition_rows(articles)
    _write_events(out, number, tables.pop("events"))
    articles_rows = tables.pop("articles")
    for table, records in tables.items():
        _write(table_file(out, table, number), table, records)
    # Written last: a part whose articles file exists is complete (a re-run skips it).
    _write(table_file(out, "articles", number), "articles", articles_rows)


def partition_rows(articles: list[Article]) -> dict[str, list[dict[str, Any]]]:
    """table -> rows, as `Store.write` builds them, with per-article registry sightings."""
    return rows.article_tables(articles)


def _write(path: Path, table: str, records: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".parquet.part")  # a killed worker leaves no half file
    pq.write_table(pa.Table.from_pylist(records, schema=arrow_schema(table)), partial)
    partial.replace(path)


def _write_events(out: Path, number: int, records: list[dict[str, Any]]) -> None:
    """Events in hive folders by event year and month, as `export --format parquet` does."""
    if not records:
        return
    import duckdb

    (out / "events").mkdir(parents=True, exist_ok=True)
    target = str(out / "events").replace("'", "''")
    with duckdb.connect() as con:
        con.register("batch", pa.Table.from_pylist(records, schema=arrow_schema("events")))
        con.execute(
            "copy (select *, year(event_date) as year, month(event_date) as month from batch) "
            f"to '{target}' (format parquet, partition_by (year, month), "
            f"filename_pattern '{part_stem(number)}-{{i}}', overwrite_or_ignore)"
        )
