"""The store on real DuckDB files: round trip, filters, registry, exports."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from conftest import EXAMPLE
from eventscribe.api import Result
from eventscribe.api import open as open_db
from eventscribe.pipeline import Pipeline
from eventscribe.readers import ReadOptions, read_inputs
from eventscribe.settings import Settings
from eventscribe.store import Store
from eventscribe.store.export import GDELT_COLUMNS, export


@pytest.fixture(scope="module")
def example():
    article = next(iter(read_inputs([EXAMPLE], ReadOptions())))
    return Pipeline.from_settings(Settings())(article)


@pytest.fixture()
def db(tmp_path, example):
    path = tmp_path / "store.duckdb"
    with Store(path) as store:
        run = store.begin_run(version="test", config={}, inputs=[str(EXAMPLE)])
        assert store.write_batch([example], run) == 1
        store.finish_run(run, {"ingested": 1})
    return path


def test_round_trip_gives_the_shape_of_process(db, example):
    with open_db(db) as database:
        stored = {e["id"]: e for e in database.events(limit=1000)}
    direct = {e["id"]: e for e in Result(example).events}
    assert stored == direct and len(stored) >= 10


def test_same_batch_twice_is_stored_once(db, example):
    with Store(db) as store:
        assert store.write_batch([example, example], None) == 0
    with open_db(db) as database:
        assert database.stats()["articles"] == 1


def test_filters(db):
    with open_db(db) as database:
        assert {e["cameo"][:2] for e in database.events(root="19")} == {"19"}
        assert all(
            "ISR" in (e["source"]["country"], (e["target"] or {}).get("country"))
            for e in database.events(country="isr")
        )
        met = database.events(text="met with")
        assert met and all("met with" in e["evidence"]["sentence"] for e in met)
        assert database.events(actor="Wennesland")[0]["source"]["name"] == "Tor Wennesland"
        assert [e["place"]["name"] for e in database.events(place_country="LBN", code="04")] == [
            "Beirut"
        ]
        beirut = database.events(bbox=(35.0, 33.5, 36.0, 34.2))
        assert beirut and all(e["place"]["country"] == "LBN" for e in beirut)
        assert database.events(start="2023-10-14", end="2023-10-14")
        assert database.events(text="'; drop table events; --") == []
        assert database.stats()["events"] > 0


def test_registry_holds_one_actor_with_its_spellings_and_role(db):
    with open_db(db) as database:
        actor = database.actor("person:hossein-amirabdollahian")
    forms = {f["form"] for f in actor["forms"]}
    assert {"Hossein Amirabdollahian", "Hossein Amir-Abdollahian", "Abdollahian"} <= forms
    assert actor["country"] == "IRN" and actor["sector"] == "GOV"
    assert actor["roles"][0]["title"] == "foreign minister" and actor["roles"][0]["evidence"]


def test_exports(db, tmp_path):
    with open_db(db) as database:
        total = database.count_events()
        assert export(database, tmp_path / "e.csv", "csv") == total
        assert export(database, tmp_path / "e.jsonl", "jsonl") == total
        assert export(database, tmp_path / "e.parquet", "parquet") == total
        assert export(database, tmp_path / "e.tsv", "gdelt") == total
    rows = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert len(rows) == total and "source_name" in rows[0] and "place_lat" in rows[0]
    lines = (tmp_path / "e.jsonl").read_text().splitlines()
    assert all(json.loads(line)["evidence"]["sentence"] for line in lines)
    assert pq.read_table(tmp_path / "e.parquet").num_rows == total
    tsv = [line.split("\t") for line in (tmp_path / "e.tsv").read_text().splitlines()]
    assert len(tsv) == total and all(len(row) == len(GDELT_COLUMNS) == 61 for row in tsv)


def test_newer_schema_is_refused(db):
    import duckdb

    with duckdb.connect(str(db)) as con:
        con.execute("insert into schema_version values (99)")
    with pytest.raises(Exception, match="newer than this eventscribe"):
        Store(db)
