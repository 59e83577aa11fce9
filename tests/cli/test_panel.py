"""`eventscribe export --panel`: country-month and dyad-month counts, zero-filled, read back."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pyarrow.parquet as pq
import pytest

from across.synthetic import insert
from eventscribe.store import Store
from eventscribe.store.panel import COLUMNS, ROOTS

from .helpers import run

# (day, source, target, CAMEO): Israel strikes in January and April, nothing between;
# the US consults Russia in February; Palestine answers once in April.
EVENTS = [
    (dt.date(2024, 1, 3), "ISR", "PSE", "190"),
    (dt.date(2024, 1, 9), "ISR", "PSE", "195"),
    (dt.date(2024, 2, 14), "USA", "RUS", "040"),
    (dt.date(2024, 4, 2), "ISR", "PSE", "190"),
    (dt.date(2024, 4, 5), "PSE", "ISR", "180"),
]
MONTHS = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"]


@pytest.fixture(scope="module")
def gappy(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("panel") / "gappy.duckdb"
    with Store(path) as store:
        for n, (day, source, target, code) in enumerate(EVENTS):
            insert(store, f"p{n}", day, source, target, code)
    return path


def read_csv(path):
    return list(csv.DictReader(path.open(encoding="utf-8", newline="")))


def test_country_month_is_zero_filled_between_the_first_and_last_month(gappy, tmp_path):
    out = tmp_path / "countries.csv"
    assert "wrote 16 country-month rows" in run("export", out, "--db", gappy,
                                                "--panel", "country-month").stderr  # fmt: skip
    rows = read_csv(out)
    assert list(rows[0]) == list(COLUMNS["country-month"])
    assert [(r["country"], r["month"]) for r in rows] == [
        (country, month) for country in ("ISR", "PSE", "RUS", "USA") for month in MONTHS
    ]
    israel = {r["month"]: r for r in rows if r["country"] == "ISR"}
    assert [israel[m]["events"] for m in MONTHS] == ["2", "0", "0", "2"]
    assert (israel[MONTHS[0]]["events_as_source"], israel[MONTHS[3]]["events_as_target"]) == ("2", "1")
    assert israel[MONTHS[0]]["goldstein_sum"] == "-20.0" and israel[MONTHS[0]]["quad4"] == "2"
    assert israel[MONTHS[3]]["goldstein_mean"] == "-9.5"  # (-10 - 9) / 2
    assert israel[MONTHS[1]]["goldstein_sum"] == "0.0" and israel[MONTHS[1]]["goldstein_mean"] == ""
    assert (israel[MONTHS[0]]["root19"], israel[MONTHS[3]]["root18"]) == ("2", "1")
    usa = {r["month"]: r for r in rows if r["country"] == "USA"}
    assert [usa[m]["quad1"] for m in MONTHS] == ["0", "1", "0", "0"] and usa[MONTHS[1]]["root04"] == "1"


def test_dyad_month_in_parquet_is_typed(gappy, tmp_path):
    out = tmp_path / "dyads.parquet"
    run("export", out, "--db", gappy, "--panel", "dyad-month", "-f", "parquet")
    table = pq.read_table(out)
    assert table.column_names == list(COLUMNS["dyad-month"])
    assert str(table.schema.field("month").type) == "date32[day]"
    assert str(table.schema.field("events").type) == "int64"
    rows = table.to_pylist()
    assert {(r["source_country"], r["target_country"]) for r in rows} == {
        ("ISR", "PSE"), ("PSE", "ISR"), ("USA", "RUS")}  # fmt: skip
    assert len(rows) == 3 * 4
    isr_pse = [r["events"] for r in rows if r["source_country"] == "ISR"]
    assert isr_pse == [2, 0, 0, 1]
    assert sum(r[f"root{root}"] for r in rows for root in ROOTS) == len(EVENTS)


def test_since_and_until_bound_the_months_and_country_picks_one(gappy, tmp_path):
    out = tmp_path / "iran.jsonl"
    run("export", out, "--db", gappy, "--panel", "country-month", "-f", "jsonl",
        "--country", "Israeli", "--since", "2023-12", "--until", "2024-02")  # fmt: skip
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["country"], r["month"], r["events"]) for r in rows] == [
        ("ISR", "2023-12-01", 0), ("ISR", "2024-01-01", 2), ("ISR", "2024-02-01", 0)]  # fmt: skip


def test_the_event_level_counts_clusters(weeks, tmp_path):
    out = tmp_path / "clusters.csv"
    run("export", out, "--db", weeks, "--panel", "dyad-month", "--level", "events")
    rows = read_csv(out)
    assert sum(int(r["events"]) for r in rows) == 36  # one cluster a week for three dyads


def test_a_panel_with_no_events_has_its_header_and_a_bad_panel_is_refused(empty, tmp_path):
    out = tmp_path / "none.csv"
    run("export", out, "--db", empty, "--panel", "country-month")
    assert out.read_text().splitlines() == [",".join(COLUMNS["country-month"])]
    bad = run("export", out, "--db", empty, "--panel", "country-year", ok=False)
    assert "choose country-month or dyad-month" in str(bad.exception)
    bad = run("export", out, "--db", empty, "--panel", "dyad-month", "-f", "gdelt", ok=False)
    assert "a panel exports as csv, parquet, jsonl, json" in str(bad.exception)
