"""`eventscribe export`: every format at both levels, each file read back."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from eventscribe.store import Database
from eventscribe.store.export import GDELT_COLUMNS
from eventscribe.store.shape import FLAT_COLUMNS

from .helpers import run

HEADER = [flat for flat, _ in FLAT_COLUMNS]
FORMATS = ("csv", "jsonl", "json", "parquet", "gdelt")


def read(path, fmt):
    """The file's rows as dicts (GDELT's by its 61 column names)."""
    if fmt == "csv":
        return list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "json":
        return json.loads(path.read_text(encoding="utf-8"))
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    lines = path.read_text(encoding="utf-8").splitlines()
    return [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_mention_level_in_every_format(world, tmp_path, fmt):
    out = tmp_path / f"mentions.{fmt}"
    done = run("export", out, "--db", world, "--format", fmt)
    assert "wrote 6 events" in done.stderr
    rows = read(out, fmt)
    with Database(world) as db:
        events = db.events(limit=100)
    assert len(rows) == 6
    if fmt == "gdelt":
        assert {r["EventCode"] for r in rows} == {"040", "190", "195"}
        assert all(r["SOURCEURL"].startswith("https://example.com/a") for r in rows)
        return
    ids = [row["id"] for row in rows]
    assert ids == [event["id"] for event in events]  # oldest first, as the events table
    if fmt in ("csv", "parquet"):
        assert list(rows[0]) == HEADER
        met = next(r for r in rows if r["cameo"] == "040")
        assert (met["source_country"], met["target_name"]) == ("IRN", "Tor Wennesland")
        assert str(met["place_lat"]) == "33.89"
    else:
        assert rows == events  # the JSON shape, as the API gives it


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_event_level_in_every_format(weeks, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    done = run("export", out, "--db", weeks, "--format", fmt, "--level", "events")
    assert "wrote 36 clustered events" in done.stderr
    rows = read(out, fmt)
    assert len(rows) == 36  # a cluster a week for each of three dyads
    with Database(weeks) as db:
        clusters = {c["id"]: c for c in db.clusters(limit=100)}
    if fmt == "gdelt":
        assert sum(int(r["NumMentions"]) for r in rows) == 60
        escalation = next(r for r in rows if r["NumMentions"] == "9")
        assert (escalation["Actor1CountryCode"], escalation["Actor2CountryCode"]) == ("ISR", "PSE")
        assert (escalation["Day"], escalation["EventCode"]) == ("20240226", "190")
        return
    if fmt in ("csv", "parquet"):
        assert sum(int(r["n_mentions"]) for r in rows) == 60
        assert {r["id"] for r in rows} == set(clusters)
        assert "best_event_id" in rows[0] and "evidence_sentence" in rows[0]
    else:
        assert {r["id"]: r for r in rows} == clusters  # the cluster shape of the API


def test_parquet_at_the_event_level_keeps_the_column_types(weeks, tmp_path):
    out = tmp_path / "events.parquet"
    run("export", out, "--db", weeks, "-f", "parquet", "--level", "events", "--country", "USA")
    table = pq.read_table(out)
    assert table.num_rows == 12 and str(table.schema.field("event_date").type) == "date32[day]"
