"""The Dask engine on a real LocalCluster: same events as the single-machine ingest."""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from db_tables import tables
from eventscribe.cli import app
from eventscribe.ingest import ingest
from eventscribe.scale.layout import events_glob
from eventscribe.settings import Settings

pytestmark = pytest.mark.slow

ARTICLES = 10
EVENT_COLUMNS = ("id, article_id, cameo, source_actor_id, target_actor_id, event_date, "
                 "modality, evidence_start, trigger_start")  # fmt: skip


@pytest.fixture(scope="module")
def corpus_slice(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first articles of the shared Reuters corpus, the first one repeated (a duplicate),
    and a lightly edited re-send of the second under another id (a near duplicate)."""
    with gzip.open(shared / "corpus" / "reuters-2017.jsonl.gz", "rt", encoding="utf-8") as f:
        lines = list(islice(f, ARTICLES))
    resent = json.loads(lines[1])
    resent["id"] += "-update"
    resent["text"] = resent["text"].replace("Transgender people", "Transgender Americans", 1)
    resent["text"] += " (Reporting by Reuters staff)"
    near = json.dumps(resent) + "\n"
    path = tmp_path_factory.mktemp("slice") / "slice.jsonl"
    path.write_text("".join([*lines, lines[0], near]), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as local:  # fmt: skip
        yield local


@pytest.fixture(scope="module")
def single(corpus_slice: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("single") / "single.duckdb"
    ingest([corpus_slice], Settings(db_path=db, batch_size=4))  # the Dask partitions' size
    return db


@pytest.fixture(scope="module")
def on_dask(corpus_slice: Path, cluster, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Through the CLI: ingest on the cluster (partitions of 4 articles), then load."""
    db = tmp_path_factory.mktemp("dask") / "dask.duckdb"
    runner = CliRunner()
    analysed = runner.invoke(app, ["ingest", str(corpus_slice), "--db", str(db), "--engine",
                                   "dask", "--scheduler", cluster.scheduler_address,
                                   "--batch-size", "1"])  # fmt: skip
    assert analysed.exit_code == 0, analysed.output
    loaded = runner.invoke(app, ["load", str(db.with_suffix(".parquet")), "--db", str(db)])
    assert loaded.exit_code == 0, loaded.output
    return db


def _rows(db: Path, query: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(query).fetchall()


def test_same_events_as_the_single_machine_path(single: Path, on_dask: Path):
    query = f"select {EVENT_COLUMNS} from events order by id"
    expected = _rows(single, query)
    assert len(expected) > 5
    assert _rows(on_dask, query) == expected


@pytest.mark.parametrize("table", ["articles", "actors", "actor_forms", "actor_roles",
                                   "mentions", "numbers", "sentences"])  # fmt: skip
def test_same_tables_as_the_single_machine_path(single: Path, on_dask: Path, table: str):
    columns = {"articles": "id, content_hash, published, text",
               "actors": "*", "actor_forms": "*", "actor_roles": "*"}.get(table, "*")  # fmt: skip
    query = f"select {columns} from {table} order by all"
    assert _rows(on_dask, query) == _rows(single, query)


@pytest.fixture(scope="module")
def through_api(corpus_slice: Path, cluster, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Through the Python API: `eventscribe.ingest(..., engine="dask")` analyses and stores."""
    from eventscribe import api

    db = tmp_path_factory.mktemp("api") / "api.duckdb"
    report = api.ingest([corpus_slice], db, engine="dask",
                                scheduler=cluster.scheduler_address,
                                settings=Settings(batch_size=1))  # fmt: skip
    assert (report.ingested, report.near_duplicates) == (ARTICLES, 1)
    return db


@pytest.mark.parametrize("path", ["cli", "api"])
def test_every_table_as_the_single_machine_path(single: Path, on_dask: Path, through_api: Path,
                                                path: str):  # fmt: skip
    expected = tables(single)
    assert len(expected["article_signatures"]) == ARTICLES
    assert len(expected["clusters"]) > 5
    found = tables(on_dask if path == "cli" else through_api)
    assert list(found) == list(expected)
    for table, rows in expected.items():
        assert found[table] == rows, table


def test_the_near_duplicate_is_folded_as_on_one_machine(single: Path, on_dask: Path):
    query = "select id, duplicate_of from articles where duplicate_of is not null"
    assert _rows(on_dask, query) == _rows(single, query)
    (copy,) = _rows(on_dask, "select id from articles where duplicate_of is not null")
    assert _rows(on_dask, f"select count(*) from events where article_id = '{copy[0]}'") == [(0,)]


def test_the_repeated_article_is_stored_once(on_dask: Path):
    assert _rows(on_dask, "select count(*) from articles where duplicate_of is null") == [
        (ARTICLES,)
    ]


def test_loading_again_adds_nothing(on_dask: Path):
    before = _rows(on_dask, "select count(*) from events")
    result = CliRunner().invoke(app, ["load", str(on_dask.with_suffix(".parquet")),
                                      "--db", str(on_dask)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "stored 0" in result.output
    assert _rows(on_dask, "select count(*) from events") == before


def test_events_parquet_is_partitioned_by_date_and_queryable(on_dask: Path):
    """The folder holds every analysed article's events; the store keeps those of originals
    (a near copy's are dropped when it is folded)."""
    folder = on_dask.with_suffix(".parquet")
    assert list((folder / "events").glob("year=*/month=*/part-*.parquet"))
    copies = [row[0] for row in _rows(on_dask, "select id from articles where duplicate_of is not null")]
    with duckdb.connect() as con:
        found = con.execute(
            f"select count(distinct id), min(year) from read_parquet('{events_glob(folder)}', "
            "hive_partitioning = true) where article_id not in (select unnest(?))", [copies]
        ).fetchone()
    stored = _rows(on_dask, "select count(*), min(year(event_date)) from events")[0]
    assert found == stored


def test_a_complete_partition_is_not_computed_again(corpus_slice: Path, on_dask: Path, cluster):
    from eventscribe.scale.dask_ingest import ingest_dask

    settings = Settings(db_path=on_dask, batch_size=1)
    again = ingest_dask([corpus_slice], settings, scheduler=cluster.scheduler_address)
    assert again.read == ARTICLES + 2 and again.ingested == 0


def test_loaded_events_are_clustered_as_an_ingest_clusters_them(single: Path, on_dask: Path):
    query = "select count(*), count(cluster_id), count(distinct cluster_id) from events"
    assert _rows(on_dask, query) == _rows(single, query)
    assert _rows(on_dask, "select count(*) from events where cluster_id is null") == [(0,)]
