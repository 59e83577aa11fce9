"""Ingest reliability on real DuckDB files: idempotency, bad input, kill and resume."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
from itertools import islice
from pathlib import Path

import duckdb
import pytest

from db_tables import differences, tables
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


# Short articles of the 1987 feed with events, in feed order (chosen 2026-12: a fifth of the
# time of the feed's first 120 articles, with the events, mentions and clusters to compare).
ARTICLES = ("00107", "00244", "00245", "00622", "00878", "01290", "01410", "01416", "01591",
            "01899", "01938", "02034", "02267", "02503", "02563")  # fmt: skip
BATCH = 4  # articles per batch: the input below is five batches


def _kill_input(shared: Path, out: Path) -> Path:
    """The feed's articles with what a resumed ingest must decide as a clean one did: a near
    copy in its original's batch and near copies batches after theirs, an exact repeat under
    another id, an id taken by other content, and a broken line (each batch is 4 lines)."""
    with gzip.open(shared / "corpus" / "reuters-1987.jsonl.gz", "rt") as handle:
        feed = {record["id"]: record for record in map(json.loads, islice(handle, 120))}
    a = [feed[f"reuters1987-{number}"] for number in ARTICLES]
    lines = [
        *a[0:4],
        a[4], a[5], _near_copy(a[5], "copy-01290"), a[6],  # a copy in its original's batch
        a[7], '{"id": "broken", "date": ', a[8], a[9],
        {**a[1], "id": "resent-00244"},  # exact repeat of a stored article
        _near_copy(a[4], "update-00878"),  # near copy of an article two batches back
        a[10], {**a[11], "id": a[2]["id"]},  # an id taken by other content
        a[12], a[13], a[14], _near_copy(a[0], "copy-00107"),
    ]  # fmt: skip
    out.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n"
                           for line in lines))  # fmt: skip
    return out


def _near_copy(record: dict, new_id: str) -> dict:
    """A re-send: one word changed and a credit line added (Jaccard well above 0.75)."""
    words = record["text"].split(" ")
    middle = len(words) // 2
    words[middle] = "reportedly"
    text = " ".join(words) + "\n(Reporting by Jane Doe; editing by John Roe)"
    return {**record, "id": new_id, "text": text}


def _ingest_command(source: Path, db: Path, write_batches: int = 1) -> list[str]:
    """One write a batch, which the kill points below name, unless `write_batches`."""
    return ["ingest", str(source), "--db", str(db), "--batch-size", str(BATCH),
            "--write-batches", str(write_batches), "--quiet"]  # fmt: skip


@pytest.fixture(scope="module")
def kill_input(shared, tmp_path_factory) -> Path:
    return _kill_input(shared, tmp_path_factory.mktemp("kill") / "feed.jsonl")


@pytest.fixture(scope="module")
def clean_ingest(kill_input, tmp_path_factory) -> Path:
    """The input ingested once, never killed: what every resumed ingest must store."""
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    command = [sys.executable, "-m", "eventscribe", *_ingest_command(kill_input, db)]
    subprocess.run(command, check=True, capture_output=True)
    return db


def test_the_kill_input_has_what_a_resume_must_redo(clean_ingest):
    """The input exercises every rule across batches: without it, the kill test proves less."""
    with duckdb.connect(str(clean_ingest), read_only=True) as con:
        copies = con.execute(
            "select id, duplicate_of from articles where duplicate_of is not null order by id"
        ).fetchall()
        taken = con.execute("select count(*) from articles where id like '%~%'").fetchone()[0]
        repeated = con.execute("select count(*) from articles where id = 'resent-00244'")
        assert repeated.fetchone()[0] == 0
        events = con.execute("select count(*) from events").fetchone()[0]
    assert copies == [("copy-00107", "reuters1987-00107"), ("copy-01290", "reuters1987-01290"),
                      ("update-00878", "reuters1987-00878")]  # fmt: skip
    assert taken == 1 and events > 40
    assert _count(clean_ingest, "rejects") == 1


# Where the ingest is killed: (point of the batch write, which write). Write 2 holds a copy
# of its own batch's article; write 4 the exact repeat, the id taken, and a copy of an
# article write 2 stored (its signature must come from the file on resume).
KILLS = [("before", 1), ("inside", 2), ("after", 2), ("inside", 4)]


# With three batches a write (the default groups four), the first write holds a copy of its
# own batch's article and a copy of an article of an earlier batch of the same write.
JOINED_KILLS = [("inside", 1, 3), ("after", 1, 3)]


@pytest.mark.parametrize(
    ("point", "write", "write_batches"),
    [(p, w, 1) for p, w in KILLS] + JOINED_KILLS,
    ids=[f"{p}-{w}" for p, w in KILLS] + [f"{p}-{w}-joined" for p, w, _ in JOINED_KILLS],
)
def test_killed_ingest_resumes_without_loss_or_doubles(
    kill_input, clean_ingest, tmp_path, point, write, write_batches
):
    """Killed (SIGKILL) before, inside or after a write's transaction, then run again: every
    table as the clean ingest's, row for row (run ids and timestamps aside)."""
    db = tmp_path / "killed.duckdb"
    command = _ingest_command(kill_input, db, write_batches)
    killer = Path(__file__).with_name("kill_at.py")
    killed = subprocess.run([sys.executable, str(killer), point, str(write), *command],
                            capture_output=True, text=True)  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    stored = _count(db, "articles")
    subprocess.run([sys.executable, "-m", "eventscribe", *command], check=True, capture_output=True)
    assert not differences(tables(db), tables(clean_ingest))
    with duckdb.connect(str(db), read_only=True) as con:
        runs = con.execute("select status from runs order by id").fetchall()
        resumed = con.execute("select count(*) from articles where run_id = 2").fetchone()[0]
    assert runs == [("interrupted",), ("done",)]
    assert resumed == _count(db, "articles") - stored > 0  # the second run stored the rest


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
