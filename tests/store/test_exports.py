"""Every exporter on a real file: CSV, JSONL, JSON, Parquet (file, folder, handle), GDELT."""

from __future__ import annotations

import csv
import io
import json

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from eventscribe import registry
from eventscribe.errors import EventscribeError
from eventscribe.store.export import GDELT_COLUMNS, export
from eventscribe.store.shape import FLAT_COLUMNS, flatten

HEADER = [flat for flat, _ in FLAT_COLUMNS]


def test_every_format_is_registered():
    assert {"csv", "gdelt", "json", "jsonl", "parquet"} <= set(registry.exporters.names())


def test_csv_has_the_flat_shape_and_a_header(db, tmp_path):
    assert export(db, tmp_path / "e.csv", "csv") == 6
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert list(rows[0]) == HEADER and len(rows) == 6
    events = db.events()
    for row, event in zip(rows, events, strict=True):
        flat = flatten(event)  # the JSON shape, flattened, is what the row says
        assert {k: "" if v is None else str(v) for k, v in flat.items()} == {
            k: row[k] for k in flat
        }
    assert not list((tmp_path).glob("*.part"))


def test_csv_filters_and_an_open_handle(db):
    handle = io.StringIO()
    assert export(db, handle, "csv", root="19", start="2023-10-15", end="2023-11-01") == 2
    lines = handle.getvalue().splitlines()
    assert lines[0].split(",")[:3] == ["id", "article_id", "event_date"] and len(lines) == 3


def test_jsonl_and_json_give_the_event_shape(db, tmp_path):
    assert export(db, tmp_path / "e.jsonl", "jsonl") == 6
    assert export(db, tmp_path / "e.json", "json") == 6
    assert export(db, tmp_path / "none.json", "json", actor="nobody") == 0
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == db.events()
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8")) == db.events()
    assert json.loads((tmp_path / "none.json").read_text(encoding="utf-8")) == []


def test_parquet_file_has_the_csv_columns_typed(db, tmp_path):
    assert export(db, tmp_path / "e.parquet", "parquet") == 6
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column_names == HEADER and table.num_rows == 6
    assert table.schema.field("event_date").type == pa.date32()
    assert table.schema.field("place_lat").type == pa.float64()
    assert table.column("id").to_pylist() == [e["id"] for e in db.events()]


def test_parquet_partitioned_by_event_year_and_month(db, tmp_path):
    out = tmp_path / "events"
    assert export(db, out, "parquet", partition=True) == 6
    months = sorted(p.relative_to(out).as_posix() for p in out.glob("year=*/month=*"))
    assert months == ["year=2023/month=10", "year=2023/month=11"]
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 6
    assert export(db, tmp_path / "by-default", "parquet", root="04") == 2  # no .parquet: a folder
    assert (tmp_path / "by-default").is_dir()


def test_parquet_to_an_open_binary_handle(db):
    handle = io.BytesIO()
    assert export(db, handle, "parquet", country="ISR") == 4
    handle.seek(0)
    assert pq.read_table(handle).num_rows == 4


def test_gdelt_tsv_has_61_columns_in_gdelt_order(db, tmp_path):
    assert export(db, tmp_path / "e.tsv", "gdelt") == 6
    lines = (tmp_path / "e.tsv").read_text(encoding="utf-8").splitlines()
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    assert len(GDELT_COLUMNS) == 61 and all(len(line.split("\t")) == 61 for line in lines)
    assert GDELT_COLUMNS[0] == "GlobalEventID" and GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    met = next(r for r in rows if r["EventCode"] == "040" and r["SOURCEURL"].endswith("/a1"))
    assert met["Day"] == "20231014" and met["MonthYear"] == "202310" and met["Year"] == "2023"
    assert met["FractionDate"].startswith("2023.7")
    assert (met["Actor1Code"], met["Actor1Name"], met["Actor1CountryCode"]) == (
        "IRNGOV", "HOSSEIN AMIRABDOLLAHIAN", "IRN",
    )  # fmt: skip
    assert met["Actor1Type1Code"] == "GOV"
    assert (met["Actor2Code"], met["Actor2CountryCode"], met["Actor2KnownGroupCode"]) == (
        "IGOUNO", "", "UNO",
    )  # fmt: skip
    assert (met["EventBaseCode"], met["EventRootCode"], met["QuadClass"]) == ("040", "04", "1")
    assert met["GoldsteinScale"] == "1.0" and met["NumMentions"] == "1" and met["AvgTone"] == ""
    assert (met["ActionGeo_Type"], met["ActionGeo_FullName"], met["ActionGeo_Lat"]) == (
        "4", "Beirut", "33.89",
    )  # fmt: skip
    assert met["Actor1Geo_Type"] == "" and len(met["DATEADDED"]) == 14
    assert int(met["GlobalEventID"]) > 0 and met["IsRootEvent"] == "1"  # the first body paragraph
    fired = next(r for r in rows if r["EventCode"] == "195")
    assert fired["IsRootEvent"] == "0" and fired["ActionGeo_CountryCode"] == "ISR"
    assert (fired["Actor1Code"], fired["Actor1Type1Code"], fired["Actor1KnownGroupCode"]) == (
        "PSEREB", "REB", "",
    )  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json", "gdelt", "parquet"])
def test_a_bad_filter_writes_no_file(db, tmp_path, fmt):
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(EventscribeError, match="unknown event filter"):
        export(db, folder / "out", fmt, contry="ISR")
    assert list(folder.iterdir()) == []


def test_bad_requests_are_one_line_errors(db, tmp_path):
    with pytest.raises(EventscribeError, match="unknown exporter 'xml'"):
        export(db, tmp_path / "e.xml", "xml")
    with pytest.raises(EventscribeError, match="only the parquet format"):
        export(db, tmp_path / "e.csv", "csv", partition=True)
    with pytest.raises(EventscribeError, match="cannot write"):
        export(db, tmp_path / "missing-folder" / "e.csv", "csv")
