"""Ingest with folding and clustering, end to end on real articles and real DuckDB files.

The example article is ingested, then twice more with small edits and once more as is
under another name: the copies are stored as copies, nothing is coded twice. A slice of
the Reuters 2017 corpus is ingested, then again under other ids, as is and edited.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import duckdb
import pytest

from eventscribe.ingest import ingest
from eventscribe.settings import Settings
from eventscribe.store import Database
from repo_paths import EXAMPLE

pytestmark = pytest.mark.slow

ORIGINAL_ID = EXAMPLE.stem
DOHA_BODY = "then met with Haniyeh in Qatar"
DOHA_SUMMARY = "During their meeting in Qatar"


def _edit(text: str, n: int) -> str:
    """Small edits, other ones for each n: a word changed, one dropped, a line added."""
    words = {1: ("historic", "momentous"), 2: ("intense", "severe")}
    old, new = words[n]
    return text.replace(old, new, 1).replace(" already", "", 1) + f"\nEditing by desk {n}.\n"


def _counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            table: con.execute(f"select count(*) from {table}").fetchone()[0]
            for table in ("articles", "events", "clusters")
        }


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("example")
    db = folder / "x.duckdb"
    first = ingest([EXAMPLE], Settings(db_path=db))
    before = _counts(db)
    again = folder / "again"
    again.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    (again / "edited-1.txt").write_text(_edit(text, 1), encoding="utf-8")
    (again / "edited-2.txt").write_text(_edit(text, 2), encoding="utf-8")
    (again / "renamed.txt").write_text(text, encoding="utf-8")
    second = ingest([again], Settings(db_path=db))
    return {"db": db, "first": first, "second": second, "before": before, "after": _counts(db)}


def test_edited_copies_are_folded_and_counts_of_events_do_not_move(example):
    first, second = example["first"], example["second"]
    assert first.ingested == 1 and first.events == example["before"]["events"] > 0
    assert (second.ingested, second.near_duplicates, second.duplicates) == (0, 2, 1)
    assert second.events == 0
    before, after = example["before"], example["after"]
    assert after["events"] == before["events"] and after["clusters"] == before["clusters"]
    assert after["articles"] == before["articles"] + 2


def test_a_copy_is_stored_as_a_copy_of_its_original(example):
    with Database(example["db"]) as db:
        copies = db.sql("select id, duplicate_of from articles where duplicate_of is not null")
        assert sorted(c["id"] for c in copies) == ["edited-1", "edited-2"]
        assert {c["duplicate_of"] for c in copies} == {ORIGINAL_ID}
        assert db.sql("select count(*) as n from events where article_id like 'edited%'") == [
            {"n": 0}
        ]
        # every event of the original is now reported by three articles
        counts = db.sql("select distinct n_articles, n_mentions from clusters")
        assert {c["n_articles"] for c in counts} == {3}


def test_every_event_has_a_cluster_and_the_doha_meeting_is_one(example):
    with Database(example["db"]) as db:
        assert db.sql("select count(*) as n from events where cluster_id is null") == [{"n": 0}]
        doha = _doha_mentions(db)
        assert doha, "the coder finds the Doha meeting in the body"
        assert len({m["cluster_id"] for m in doha}) == 1
        cluster = db.cluster(doha[0]["cluster_id"])
        assert cluster["mentions"] and len(cluster["mentions"]) == len(doha)
        assert cluster["cameo"] == "040" and cluster["place"]["country"] == "QAT"


def test_the_doha_meeting_reported_in_two_sentences_is_one_event(example):
    """'During their meeting in Qatar's capital Doha' and 'then met with Haniyeh in Qatar':
    one act of one day, in Doha and in the country that holds it, folded in the article
    (coding/repeats.py) into its fuller mention, one event of one cluster."""
    with Database(example["db"]) as db:
        doha = _doha_mentions(db)
        assert len(doha) == 1
        cluster = db.cluster(doha[0]["cluster_id"])
    evidence = [m["evidence"]["sentence"] for m in cluster["mentions"]]
    assert len(evidence) == 1
    assert DOHA_SUMMARY in evidence[0] or DOHA_BODY in evidence[0]
    assert cluster["source"]["id"] == "person:hossein-amirabdollahian"
    assert cluster["target"]["id"] == "person:ismail-haniyeh"
    assert cluster["place"]["country"] == "QAT"


def _doha_mentions(db: Database) -> list[dict]:
    return db.sql(
        "select * from events where cameo like '04%' "
        "and source_actor_id = 'person:hossein-amirabdollahian' and place_country = 'QAT'"
    )


def _rows(con, query: str, params: list) -> list[dict]:
    cursor = con.execute(query, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# -- Reuters: the same articles again under other ids, as they are and edited ---------------


def _slice(shared: Path, out: Path, n: int, *, prefix: str = "", edit: bool = False) -> Path:
    with gzip.open(shared / "corpus" / "reuters-2017.jsonl.gz", "rt", encoding="utf-8") as handle:
        records = [json.loads(next(handle)) for _ in range(n)]
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            record["id"] = prefix + record["id"]
            if edit:
                record["source"] = "Wire"
                record["text"] = record["text"].replace(" said ", " stated ", 1) + " (Editing)"
            handle.write(json.dumps(record) + "\n")
    return out


def test_reuters_twice_under_other_ids_folds_and_counts_do_not_move(shared, tmp_path):
    db = tmp_path / "r.duckdb"
    first = ingest([_slice(shared, tmp_path / "a.jsonl", 20)], Settings(db_path=db))
    before = _counts(db)
    again = _slice(shared, tmp_path / "b.jsonl", 20, prefix="again-")
    edited = _slice(shared, tmp_path / "c.jsonl", 20, prefix="edit-", edit=True)
    second = ingest([again, edited], Settings(db_path=db))
    after = _counts(db)
    assert first.ingested == 20 and before["events"] > 20
    assert (second.ingested, second.duplicates, second.near_duplicates) == (0, 20, 20)
    assert (after["events"], after["clusters"]) == (before["events"], before["clusters"])
    assert after["articles"] == 40
    with Database(db) as database:
        # each event is now reported by its article and the edited copy, from two sources
        found = database.sql("select min(n_sources) as lo, max(n_sources) as hi from clusters")
        assert found == [{"lo": 2, "hi": 2}]
