"""Opening a database file and checking its schema version.

The schema (`schema.sql`) is versioned by the `schema_version` table. A writer creates it in
an empty file; a file written by a newer eventscribe is refused rather than misread, and so
is one written by an older, incompatible version (re-ingest into a new file).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import duckdb

from eventscribe.errors import EventscribeError

SCHEMA_VERSION = 7


def connect(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to `path`, with the reasons DuckDB refuses one said in our words."""
    if read_only and not path.exists():
        raise EventscribeError(f"{path}: no such database (run `eventscribe ingest` first)")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as error:
        if "lock" in str(error):
            raise EventscribeError(
                f"{path}: in use by another process{lock_holder(str(error))}, which has it "
                "open for writing; try again when it has finished (or stop it)"
            ) from None
        raise EventscribeError(f"{path}: cannot open database ({error})") from None
    except duckdb.ConnectionException:
        raise EventscribeError(
            f"{path}: already open for {'writing' if read_only else 'reading'} in this "
            "process; close it first"
        ) from None
    except duckdb.Error as error:
        raise EventscribeError(f"{path}: cannot open database ({error})") from None


def lock_holder(message: str) -> str:
    """The process DuckDB names in a lock error, by its command line when it can be read:
    ' (PID 4242: eventscribe serve --db events.duckdb)'; '' when DuckDB names none."""
    found = re.search(r"\(PID (\d+)\)", message)
    if not found:
        return ""
    pid = found.group(1)
    try:
        words = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:  # not Linux, or gone since
        words = []
    command = " ".join(w.decode(errors="replace") for w in words if w)
    return f" (PID {pid}: {_short_command(command)})" if command else f" (PID {pid})"


def _short_command(command: str) -> str:
    """`python -m eventscribe serve ...` and `/venv/bin/eventscribe serve ...` alike, shortly."""
    # the program word itself, not a folder of that name: "/src/eventscribe/.venv/bin/python"
    found = re.search(r"(?:^|[/\s])(eventscribe(?:\s.*)?)$", command)
    shown = found.group(1) if found else command
    return shown if len(shown) <= 120 else shown[:117] + "..."


@lru_cache(maxsize=1)
def schema_sql() -> str:
    return resources.files("eventscribe.store").joinpath("schema.sql").read_text("utf-8")


def stored_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The file's schema version; None when it has no eventscribe schema."""
    if not _has_table(con, "schema_version"):
        return None
    return con.execute("select max(version) from schema_version").fetchone()[0]


def check_version(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Refuse a file that is not an eventscribe database of this schema version."""
    version = stored_version(con)
    if version is None:
        raise EventscribeError(f"{path}: not an eventscribe database (no schema_version table)")
    if version > SCHEMA_VERSION:
        raise EventscribeError(
            f"{path}: database schema {version} is newer than this eventscribe's "
            f"({SCHEMA_VERSION}); upgrade eventscribe"
        )
    if version < SCHEMA_VERSION:
        raise EventscribeError(
            f"{path}: database schema {version} is older than this eventscribe's "
            f"({SCHEMA_VERSION}); ingest again into a new file"
        )


# Steps that bring a file of an older version up to the next one, in place (a writer only).
MIGRATIONS = {
    3: (  # version 4 added the actor corrections (merge/split) table
        "CREATE SEQUENCE correction_ids START 1;"
        "CREATE TABLE actor_corrections (id INTEGER PRIMARY KEY DEFAULT nextval('correction_ids'),"
        " kind VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, into_id VARCHAR NOT NULL,"
        " form VARCHAR, name VARCHAR, created TIMESTAMP NOT NULL);"
    ),
    4: (  # version 5 added the counts and ACLED types of events (violence and unrest)
        "ALTER TABLE events ADD COLUMN fatalities INTEGER;"
        "ALTER TABLE events ADD COLUMN fatalities_qualifier VARCHAR;"
        "ALTER TABLE events ADD COLUMN fatalities_attribution VARCHAR;"
        "ALTER TABLE events ADD COLUMN injured INTEGER;"
        "ALTER TABLE events ADD COLUMN injured_qualifier VARCHAR;"
        "ALTER TABLE events ADD COLUMN arrested INTEGER;"
        "ALTER TABLE events ADD COLUMN arrested_qualifier VARCHAR;"
        "ALTER TABLE events ADD COLUMN event_type VARCHAR;"
        "ALTER TABLE events ADD COLUMN sub_event_type VARCHAR;"
        "ALTER TABLE events ADD COLUMN civilian_targeting BOOLEAN;"
        "ALTER TABLE clusters ADD COLUMN fatalities INTEGER;"
        "ALTER TABLE clusters ADD COLUMN injured INTEGER;"
        "ALTER TABLE clusters ADD COLUMN event_type VARCHAR;"
        "ALTER TABLE clusters ADD COLUMN sub_event_type VARCHAR;"
    ),
    5: (  # version 6 recorded why the registry merged two actors by itself, and undid it
        "ALTER TABLE actor_corrections ADD COLUMN reason VARCHAR;"
        "ALTER TABLE actor_corrections ADD COLUMN articles VARCHAR[];"
        "ALTER TABLE actor_corrections ADD COLUMN was VARCHAR;"
    ),
    6: (  # version 7 kept the unnamed participants of the leads, and the stories
        'CREATE TABLE IF NOT EXISTS participants (article_id VARCHAR NOT NULL, sentence INTEGER NOT NULL,'
        ' "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,'
        " noun VARCHAR NOT NULL);"
        "CREATE TABLE IF NOT EXISTS stories (article_id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL);"
    ),
}


def ensure_schema(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Create the schema in an empty file, upgrade an older one that a migration reaches,
    or check the version of an existing one."""
    version = stored_version(con)
    if version is not None:
        while version in MIGRATIONS and version < SCHEMA_VERSION:
            con.execute("begin transaction")
            con.execute(MIGRATIONS[version])
            version += 1
            con.execute("insert into schema_version values (?, ?)", [version, utc_now()])
            con.execute("commit")
        check_version(con, path)
        return
    if con.execute("select count(*) from information_schema.tables").fetchone()[0]:
        raise EventscribeError(f"{path}: not an eventscribe database (it holds other tables)")
    con.execute("begin transaction")
    con.execute(schema_sql())
    con.execute("insert into schema_version values (?, ?)", [SCHEMA_VERSION, utc_now()])
    con.execute("commit")


def table_columns(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[str, str]]]:
    """table -> [(column, DuckDB type)], in schema order."""
    found = con.execute(
        "select table_name, column_name, data_type from information_schema.columns "
        "where table_schema = 'main' order by table_name, ordinal_position"
    ).fetchall()
    tables: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in found:
        tables.setdefault(table, []).append((column, kind))
    return tables


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    found = con.execute(
        "select count(*) from information_schema.tables where table_name = ?", [name]
    ).fetchone()[0]
    return bool(found)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
