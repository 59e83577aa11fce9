"""The file itself: schema version, who may open it when, and docs that list every column."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from eventscribe.errors import EventscribeError
from eventscribe.store import SCHEMA_VERSION, Database, Store
from eventscribe.store.schema import schema_sql

from .store_articles import make_article

DOCS = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


def _schema_columns() -> dict[str, list[str]]:
    with duckdb.connect() as con:
        con.execute(schema_sql())
        found = con.execute(
            "select table_name, column_name from information_schema.columns "
            "order by table_name, ordinal_position"
        ).fetchall()
    tables: dict[str, list[str]] = {}
    for table, column in found:
        tables.setdefault(table, []).append(column)
    return tables


def _documented_columns() -> dict[str, list[str]]:
    """Tables are `### \\`name\\`` headings; columns the first cell of their table rows."""
    tables: dict[str, list[str]] = {}
    current = None
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"#{2,3} (.*)", line)
        if heading:
            name = re.fullmatch(r"`(\w+)`", heading.group(1).strip())
            current = name.group(1) if name else None
            if current:
                tables[current] = []
        elif current and (cell := re.match(r"\| `(\w+)` \|", line)):
            tables[current].append(cell.group(1))
    return tables


def test_docs_list_every_table_and_column_of_the_schema():
    schema, documented = _schema_columns(), _documented_columns()
    assert sorted(documented) == sorted(schema)
    for table, columns in schema.items():
        assert documented[table] == columns, table  # every column, in schema order


def test_a_new_file_gets_the_schema_and_its_version(db_path):
    with Store(db_path):
        pass
    with Database(db_path) as db:
        assert db.sql("select version from schema_version") == [{"version": SCHEMA_VERSION}]
        assert set(db.stats()) == set(_schema_columns()) - {"schema_version"}
    with Store(db_path) as store:  # opening again keeps it as it is
        assert store.write_batch([make_article()], None) == 1


def test_a_writer_may_run_duckdb_on_one_thread(db_path):
    # (an ingest does: its batches are small, and the cores are the pipeline's)
    with Store(db_path, threads=1) as store:
        assert store.con.execute("select current_setting('threads')").fetchone()[0] == 1
        assert store.write_batch([make_article()], None) == 1


@pytest.mark.parametrize(("version", "message"), [(99, "newer"), (1, "older")])
def test_another_schema_version_is_refused(db_path, version, message):
    with Store(db_path):
        pass
    with duckdb.connect(str(db_path)) as con:
        con.execute("update schema_version set version = ?", [version])
    for opener in (Store, Database):
        with pytest.raises(EventscribeError, match=f"{message} than this eventscribe"):
            opener(db_path)


def test_a_file_that_is_not_an_eventscribe_database_is_left_alone(db_path, tmp_path):
    with duckdb.connect(str(db_path)) as con:
        con.execute("create table mine (x integer)")
    for opener in (Store, Database):
        with pytest.raises(EventscribeError, match="not an eventscribe database"):
            opener(db_path)
    with duckdb.connect(str(db_path)) as con:
        assert con.execute("select count(*) from information_schema.tables").fetchone() == (1,)
    with pytest.raises(EventscribeError, match="no such database"):
        Database(tmp_path / "missing.duckdb")


def test_readers_share_a_file_no_writer_holds(two_runs):
    with Database(two_runs) as first, Database(two_runs) as second:
        assert first.count_events() == second.count_events() == 6
        with pytest.raises(duckdb.Error):
            first.sql("delete from events")
        with pytest.raises(EventscribeError, match="already open for reading"):
            Store(two_runs)


def test_a_reader_in_the_writers_process_is_told_to_wait(two_runs):
    with Store(two_runs), pytest.raises(EventscribeError, match="already open for writing"):
        Database(two_runs)


def test_a_reader_is_refused_while_another_process_writes(two_runs):
    writer = subprocess.Popen(
        [sys.executable, "-c", "import sys; from eventscribe.store import Store; "
         f"s = Store({str(two_runs)!r}); print('open', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert writer.stdout.readline().strip() == "open"
        with pytest.raises(EventscribeError, match="in use by another process"):
            Database(two_runs)
    finally:
        writer.communicate("", timeout=30)
    with Database(two_runs) as db:  # the writer has gone: readers are welcome again
        assert db.count_events() == 6


V5_EVENT_COLUMNS = (
    "fatalities", "fatalities_qualifier", "fatalities_attribution", "injured",
    "injured_qualifier", "arrested", "arrested_qualifier", "event_type", "sub_event_type",
    "civilian_targeting",
)  # fmt: skip


def test_a_version_3_file_is_upgraded_in_place_by_a_writer(tmp_path):
    import duckdb

    from eventscribe.store import Store
    from eventscribe.store.schema import MIGRATIONS, SCHEMA_VERSION, schema_sql, table_columns

    path = tmp_path / "old.duckdb"
    with Store(path):
        pass
    with duckdb.connect(str(path)) as con:  # make it the version 3 file an older release wrote
        con.execute("drop table actor_corrections; drop sequence correction_ids")
        con.execute("drop table participants; drop table stories")
        for column in V5_EVENT_COLUMNS:
            con.execute(f"alter table events drop column {column}")
        for column in ("fatalities", "injured", "event_type", "sub_event_type"):
            con.execute(f"alter table clusters drop column {column}")
        con.execute("delete from schema_version")
        con.execute("insert into schema_version values (3, now())")
    assert 3 in MIGRATIONS
    with Store(path) as store:
        version = store.con.execute("select max(version) from schema_version").fetchone()[0]
        upgraded = table_columns(store.con)["actor_corrections"]
        events = table_columns(store.con)["events"]
        stories = table_columns(store.con)["participants"], table_columns(store.con)["stories"]
    assert version == SCHEMA_VERSION
    with duckdb.connect(":memory:") as fresh:
        fresh.execute(schema_sql())
        assert upgraded == table_columns(fresh)["actor_corrections"]
        assert events == table_columns(fresh)["events"]  # version 5's counts and ACLED types
        assert stories == (table_columns(fresh)["participants"], table_columns(fresh)["stories"])


@pytest.mark.parametrize(
    "command",
    [
        "/home/ana/eventscribe/.venv/bin/python -m eventscribe serve --db x.duckdb",
        "/home/ana/eventscribe/.venv/bin/eventscribe serve --db x.duckdb",
        "eventscribe serve --db x.duckdb",
    ],
)
def test_the_lock_holder_is_named_by_its_program_not_a_folder_of_that_name(command):
    from eventscribe.store.schema import _short_command

    assert _short_command(command) == "eventscribe serve --db x.duckdb"
