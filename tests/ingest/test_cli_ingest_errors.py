"""`eventscribe ingest` through the real command: what fails, fails at once, in one line,
before the spaCy model loads; a run that could read nothing exits non-zero."""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from eventscribe.store import Store
from repo_paths import EXAMPLE

# Runs the CLI and says on stderr, as the process ends, whether spaCy was ever imported.
PROBE = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('spacy imported' if 'spacy' in sys.modules else "
    "'no spacy', file=sys.stderr))\n"
    "from eventscribe.cli import main\n"
    "sys.argv = ['eventscribe', *sys.argv[1:]]\n"
    "main()\n"
)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)  # fmt: skip


def error_line(done: subprocess.CompletedProcess) -> str:
    lines = done.stderr.strip().splitlines()
    assert lines[-1] == "no spacy", done.stderr
    assert "Traceback" not in done.stderr
    return "\n".join(lines[:-1])


@pytest.mark.parametrize("args, message", [
    (["nope.txt"], "error: nope.txt: no such file or folder"),
    (["https://example.com/a.html"],
     "error: https://example.com/a.html: a URL, not a file (eventscribe reads files: download "
     "it first)"),
    ([str(EXAMPLE), "--batch-size", "0"], "error: --batch-size 0: must be a whole number >= 1"),
    ([str(EXAMPLE), "--batch-size", "-5"], "error: --batch-size -5: must be a whole number >= 1"),
    ([str(EXAMPLE), "--write-batches", "0"],
     "error: --write-batches 0: must be a whole number >= 1"),
    ([str(EXAMPLE), "--date", "2017-13-45"],
     "error: --date '2017-13-45': not a date (expected YYYY-MM-DD)"),
    ([str(EXAMPLE), "--date", "0001-01-01"],
     "error: --date 0001-01-01: outside the accepted publication dates 1900-01-01 to "),
])  # fmt: skip
def test_bad_arguments_fail_in_one_line_before_the_model_loads(tmp_path, args, message):
    done = run("ingest", *args, "--db", str(tmp_path / "x.duckdb"), cwd=tmp_path)
    assert done.returncode == 2
    assert error_line(done).startswith(message)
    assert not (tmp_path / "x.duckdb").exists()


def test_a_link_loop_argument_says_so(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    done = run("ingest", "loop.txt", cwd=tmp_path)
    assert error_line(done) == "error: loop.txt: symbolic link loop (the link leads back to itself)"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_database_the_server_holds_names_the_server(tmp_path):
    db = tmp_path / "served.duckdb"
    with Store(db):
        pass
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "eventscribe", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "EVENTSCRIBE_TOKEN": "x" * 32},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as client:
                if client.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        done = run("ingest", str(EXAMPLE), "--db", str(db), cwd=tmp_path)
    finally:
        server.kill()
        server.wait()
    assert done.returncode == 2
    line = error_line(done)
    assert f"in use by another process (PID {server.pid}: eventscribe serve --db {db}" in line
    assert "an ingest writes it" not in line


@pytest.mark.slow
def test_a_run_whose_every_input_is_rejected_exits_1_with_a_summary(tmp_path):
    (tmp_path / "feed.jsonl").write_text("{}\n" * 10)
    (tmp_path / "note.txt").write_text("no date line here\n")
    done = subprocess.run(
        [sys.executable, "-m", "eventscribe", "ingest", "feed.jsonl", "note.txt", "--db", "x.db"],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    missing = 'missing "text" (map a field with --field text=NAME)'
    assert lines[:3] == [f"rejected feed.jsonl:{n}: {missing}" for n in (1, 2, 3)]
    assert f"rejected 7 more of feed.jsonl: {missing}" in lines
    assert (
        lines[-1]
        == "error: nothing ingested: all 11 records read were rejected (the reasons are above)"
    )
    assert sum("feed.jsonl" in line for line in lines) == 4


@pytest.mark.slow
def test_a_run_with_one_good_input_succeeds(tmp_path):
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": "x"}) + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "eventscribe", "ingest", "feed.jsonl", str(EXAMPLE), "--db", "x.db"],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "ingested 1" in done.stderr


@pytest.mark.slow
def test_a_year_0001_article_is_rejected_and_the_rest_stored(tmp_path, shared):
    with gzip.open(shared / "corpus" / "reuters-1987.jsonl.gz", "rt") as handle:
        records = [json.loads(next(handle)) for _ in range(6)]
    records[1]["date"], records[4]["date"] = "0001-01-01", "9999-12-31"
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records))
    for _ in range(2):  # the second run meets a database the first left whole
        done = subprocess.run(
            [sys.executable, "-m", "eventscribe", "ingest", str(feed), "--db", "x.duckdb", "-q"],
            capture_output=True, text=True, cwd=tmp_path, timeout=600,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    assert "feed.jsonl:2: publication date 0001-01-01 outside 1900-01-01" in done.stderr
    assert "feed.jsonl:5: publication date 9999-12-31 outside 1900-01-01" in done.stderr
    with duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True) as con:
        stored = con.execute("select min(published), max(published), count(*) from articles")
        first, last, count = stored.fetchone()
    assert count == 4 and first.year == last.year == 1987


@pytest.mark.slow
def test_a_folder_with_nothing_to_read_exits_1(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".hidden.txt").write_text("not read")
    done = subprocess.run(
        [sys.executable, "-m", "eventscribe", "ingest", "empty", "--db", "x.db", "-q"],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip() == "error: nothing read: the inputs hold no files"
