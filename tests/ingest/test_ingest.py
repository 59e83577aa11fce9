"""Ingest reliability on real DuckDB files: idempotency, bad input, kill and resume."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from eventscribe.ingest import ingest
from eventscribe.settings import Settings
from repo_paths import EXAMPLE

pytestmark = pytest.mark.slow


def _count(db: Path, table: str) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(f"select count(*) from {table}").fetchone()[0]


def test_reingest_adds_nothing(tmp_path):
    db = tmp_path / "x.duckdb"
    first = ingest([EXAMPLE], Settings(db_path=db))
    events = _count(db, "events")
    second = ingest([EXAMPLE], Settings(db_path=db))
    assert first.ingested == 1 and first.events == events > 0
    assert second.ingested == 0 and second.duplicates == 1
    assert _count(db, "events") == events and _count(db, "articles") == 1


def test_bad_inputs_are_rejected_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (folder / "latin1.txt").write_bytes("date 2023-10-15 Caf\xe9\nBody caf\xe9.".encode("latin-1"))
    (folder / "nodate.txt").write_text("A title\nSome body text about the government.\n")
    lines = [
        '{"id": "ok", "date": "2023-10-15", "title": "T", "text": "Iran met with Qatar."}',
        '{"id": "broken", "date": ',
        "[1, 2]",
        '{"id": "nodate", "text": "x"}',
    ]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "good.txt").write_text(EXAMPLE.read_text())
    db = tmp_path / "x.duckdb"
    report = ingest([folder], Settings(db_path=db))
    assert report.ingested == 2
    assert report.rejected == 7
    with duckdb.connect(str(db), read_only=True) as con:
        reasons = dict(con.execute("select location, reason from rejects").fetchall())
    assert any(k.endswith("feed.jsonl:2") and "malformed JSON" in v for k, v in reasons.items())
    assert any(k.endswith("latin1.txt") and "UTF-8" in v for k, v in reasons.items())
    assert any(k.endswith("nodate.txt") and "date" in v for k, v in reasons.items())
    # A second run records nothing twice.
    ingest([folder], Settings(db_path=db))
    assert _count(db, "rejects") == 7


def _slice(shared: Path, out: Path, n: int) -> Path:
    with gzip.open(shared / "corpus" / "reuters-1987.jsonl.gz", "rt") as handle:
        lines = [next(handle) for _ in range(n)]
    out.write_text("".join(lines))
    return out


def test_killed_ingest_resumes_without_loss_or_doubles(tmp_path, shared):
    source = _slice(shared, tmp_path / "slice.jsonl", 120)
    db = tmp_path / "killed.duckdb"
    command = [
        sys.executable,
        "-m",
        "eventscribe",
        "ingest",
        str(source),
        "--db",
        str(db),
        "--batch-size",
        "8",
        "--verbose",
    ]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    committed = 0
    for line in process.stderr:
        if line.startswith("committed batch"):
            committed += 1
            if committed == 3:
                os.kill(process.pid, signal.SIGKILL)
                break
    process.wait()
    assert process.returncode == -signal.SIGKILL
    partial = _count(db, "articles")
    assert 0 < partial < 120
    subprocess.run(command[:-1], check=True, capture_output=True)
    clean = tmp_path / "clean.duckdb"
    subprocess.run(command[:-1] + ["--db", str(clean)], check=True, capture_output=True)
    for table in ("articles", "events", "mentions", "numbers"):
        assert _count(db, table) == _count(clean, table), table
    with duckdb.connect(str(db), read_only=True) as con:
        distinct, stored = con.execute(
            "select count(distinct content_hash), count(*) from articles"
        ).fetchone()
    assert distinct == stored > partial


def test_cli_prints_events_and_leaves_a_database(tmp_path):
    db = tmp_path / "cli.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "eventscribe", "ingest", str(EXAMPLE), "--db", str(db)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert "events" in done.stdout and "Wennesland" in done.stdout
    assert "ingested 1" in done.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "eventscribe", "events", "--db", str(db), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    events = json.loads(listed.stdout)
    assert events and {"id", "source", "target", "cameo", "evidence", "place"} <= set(events[0])


def test_cli_error_is_one_line_naming_the_file(tmp_path):
    missing = tmp_path / "nope.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "eventscribe", "events", "--db", str(missing)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and str(missing) in done.stderr


def test_two_workers_store_what_one_process_stores(tmp_path, shared):
    folder = shared / "corpus" / "reuters-2017-txt"
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    first = ingest([folder], Settings(db_path=one, batch_size=8))
    second = ingest([folder], Settings(db_path=two, batch_size=8, workers=2))
    assert first.ingested == second.ingested == 40
    for table in ("events", "mentions", "numbers", "actors"):
        assert _count(one, table) == _count(two, table), table
    assert set(second.stage_seconds) >= {"parse", "actors", "events", "time", "place"}


def test_articles_and_in_memory_inputs_are_ingested_as_files_are(tmp_path):
    """`ingest` takes Articles and posted bytes (readers.Posted) beside paths: the same
    events as from the file, and the same checks (a date out of range is a reject)."""
    import dataclasses
    import datetime as dt

    from eventscribe.readers import Posted, ReadOptions
    from eventscribe.readers.plaintext import parse_plaintext

    from_file = tmp_path / "file.duckdb"
    ingest([EXAMPLE], Settings(db_path=from_file))
    article = parse_plaintext(EXAMPLE.read_text(encoding="utf-8"), ReadOptions())
    article = dataclasses.replace(article, id=EXAMPLE.stem, origin="given")
    too_old = dataclasses.replace(article, id="old", published=dt.date(1800, 1, 1))
    text = b"date 2023-10-15 Talks\nIran's foreign minister met his Qatari counterpart in Doha."
    posted = Posted("documents/posted.txt", Path("posted.txt"), text)
    in_memory = tmp_path / "memory.duckdb"
    report = ingest([article, too_old, posted], Settings(db_path=in_memory))
    assert (report.ingested, report.rejected) == (2, 1)
    query = "select id, cameo, source_actor_id, target_actor_id from events where article_id = ?"
    with duckdb.connect(str(from_file), read_only=True) as con:
        expected = sorted(con.execute(query, [EXAMPLE.stem]).fetchall())
    with duckdb.connect(str(in_memory), read_only=True) as con:
        assert sorted(con.execute(query, [EXAMPLE.stem]).fetchall()) == expected
        assert con.execute("select id from articles order by id").fetchall() == [
            (EXAMPLE.stem,), ("posted",)
        ]
