"""docs/codebook.md documents every column of every export (so it stays honest)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventscribe.cli import EVENT_COLUMNS
from eventscribe.cli.render import CLUSTER_COLUMNS
from eventscribe.store import Database
from eventscribe.store.export import GDELT_COLUMNS
from eventscribe.store.panel import COLUMNS as PANEL_COLUMNS
from eventscribe.store.shape import flatten

CODEBOOK = Path(__file__).resolve().parents[2] / "docs" / "codebook.md"
ROW = re.compile(r"^\|(?:\s*\d+\s*\|)?\s*`([^`]+)`", re.MULTILINE)


def documented(heading: str) -> set[str]:
    """The names in the first (or, after a number, second) cell of the section's table rows."""
    text = CODEBOOK.read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}")
    end = text.find("\n## ", start + 1)
    return set(ROW.findall(text[start : end if end > 0 else None]))


def test_the_mention_level_is_documented(world):
    names = documented("Mention level")
    with Database(world) as db:
        event = db.events(limit=1)[0]
    assert set(EVENT_COLUMNS) <= names
    assert set(flatten(event)) <= names  # the JSON shape, keys joined by "_"
    assert {"year", "month"} <= names  # partitioned Parquet


def test_the_event_level_is_documented(world):
    names = documented("Event level")
    with Database(world) as db:
        table = [d[0] for d in db.con.execute("select * from clusters limit 0").description]
        cluster = db.clusters(limit=1)[0]
    assert set(table) <= names, set(table) - names
    assert set(flatten(cluster)) <= names, set(flatten(cluster)) - names
    assert set(CLUSTER_COLUMNS) <= names


def test_the_gdelt_columns_are_documented_in_order():
    text = CODEBOOK.read_text(encoding="utf-8")
    start = text.index("\n## GDELT-like TSV")
    rows = re.findall(r"^\| (\d+) \| `([^`]+)`", text[start:], re.MULTILINE)
    assert [(int(n), name) for n, name in rows] == list(enumerate(GDELT_COLUMNS, start=1))


@pytest.mark.parametrize("kind", sorted(PANEL_COLUMNS))
def test_the_panels_are_documented(kind):
    assert set(PANEL_COLUMNS[kind]) <= documented("Panels")


def test_every_value_the_code_knows_is_documented():
    from eventscribe.article import DATE_PRECISIONS, MODALITIES, PLACE_PRECISIONS

    text = CODEBOOK.read_text(encoding="utf-8")
    for field, values in (("date_precision", DATE_PRECISIONS), ("modality", MODALITIES),
                          ("place_precision", PLACE_PRECISIONS)):  # fmt: skip
        line = next(line for line in text.splitlines() if line.startswith(f"| `{field}` |"))
        assert set(values) <= set(re.findall(r"`(\w+)`", line)), (field, values)
