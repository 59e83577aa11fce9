"""Runs and rejects: what an ingest records besides articles."""

from __future__ import annotations

from eventscribe.store import Database, Store


def test_runs_record_version_config_inputs_and_counts(two_runs):
    with Database(two_runs) as db:
        runs = db.runs()
        stats = db.stats()
    assert [(r["id"], r["status"], r["inputs"]) for r in runs] == [
        (1, "done", ["a1"]),
        (2, "done", ["a2"]),
    ]
    assert runs[0]["config"] == {"batch_size": 1} and runs[0]["counts"]["events"] == 3
    assert runs[0]["started"] <= runs[0]["finished"]
    assert stats["runs"] == 2


def test_a_run_left_running_by_a_dead_writer_is_marked_interrupted(db_path):
    with Store(db_path) as store:
        store.begin_run(version="test", config={}, inputs=["big.jsonl"])  # then "killed"
    with Store(db_path):
        pass
    with Database(db_path) as db:
        (run,) = db.runs()
    assert run["status"] == "interrupted" and run["finished"] is None


def test_rejects_are_recorded_once_with_their_run(db_path):
    with Store(db_path) as store:
        first = store.begin_run(version="test", config={}, inputs=["in.jsonl"])
        store.add_rejects(
            [
                ("in.jsonl", "in.jsonl:3", 'missing "date"'),
                ("in.jsonl", "in.jsonl:9", "not JSON"),
                ("in.jsonl", "in.jsonl:9", "not JSON"),
            ],
            first,
        )
        second = store.begin_run(version="test", config={}, inputs=["in.jsonl"])
        store.add_rejects([("in.jsonl", "in.jsonl:3", 'missing "date"')], second)
        store.add_rejects([], second)
    with Database(db_path) as db:
        rejects = db.rejects()
        assert db.rejects(run_id=second) == []
        assert len(db.rejects(limit=1)) == 1
    assert [(r["id"], r["run_id"], r["location"], r["reason"]) for r in rejects] == [
        (1, first, "in.jsonl:3", 'missing "date"'),
        (2, first, "in.jsonl:9", "not JSON"),
    ]
    assert rejects[0]["input"] == "in.jsonl" and rejects[0]["at"][:2] == "20"
