"""Deaths and ACLED types are filters and columns: through the real command, on a real file."""

from __future__ import annotations

import csv
import io
import json

import pytest

from eventscribe.api import ingest

from .helpers import run

pytestmark = pytest.mark.slow

ARTICLES = [
    {"id": "strike", "date": "2024-03-10", "title": "Air strike kills 9 in Marib",
     "text": "An air strike killed nine people in Marib on Saturday, local officials said."},
    {"id": "rally", "date": "2024-03-11", "title": "Teachers rally in Nairobi",
     "text": "Thousands of teachers marched in Nairobi on Monday to demand higher pay."},
    {"id": "talks", "date": "2024-03-12", "title": "Ministers meet",
     "text": "The foreign ministers of France and Germany met in Paris on Tuesday."},
]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("violence")
    source = folder / "articles.jsonl"
    source.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    path = folder / "violence.duckdb"
    ingest([source], path)
    return path


def test_min_fatalities_keeps_the_deadly_events(db):
    result = run("events", "--db", str(db), "--min-fatalities", "5", "-f", "jsonl")
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and all(e["fatalities"]["value"] >= 5 for e in events)
    assert {e["acled"]["sub_event_type"] for e in events} == {"Air/drone strike"}


def test_event_type_filters_by_acled_type_in_any_case(db):
    result = run("events", "--db", str(db), "--event-type", "protests", "-f", "jsonl")
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and {e["cameo"][:2] for e in events} == {"14"}


def test_csv_export_carries_counts_and_types(db, tmp_path):
    out = tmp_path / "events.csv"
    run("export", str(out), "--db", str(db), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    deadly = [r for r in rows if r["fatalities_value"]]
    assert deadly and deadly[0]["fatalities_value"] == "9"
    assert deadly[0]["acled_event_type"] == "Explosions/Remote violence"
