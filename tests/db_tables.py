"""Whole databases compared table by table, for tests that two ways of storing the same
input (one process or workers, local or Dask, killed and resumed or clean) store the same."""

from __future__ import annotations

from pathlib import Path

import duckdb

# Columns that say when and by which run a row was stored, not what was stored.
WHEN = {"run_id", "ingested_at", "at"}


def tables(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows (bar the runs log), sorted, without the columns in WHEN."""
    with duckdb.connect(str(db), read_only=True) as con:
        names = [row[0] for row in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main' "
            "and table_name not in ('runs', 'schema_version') order by 1").fetchall()]  # fmt: skip
        found = {}
        for table in names:
            columns = [row[0] for row in con.execute(f'describe "{table}"').fetchall()]
            kept = ", ".join(f'"{c}"' for c in columns if c not in WHEN)
            found[table] = con.execute(f'select {kept} from "{table}" order by all').fetchall()
        return found


def differences(found: dict[str, list[tuple]], expected: dict[str, list[tuple]]) -> list[str]:
    """What differs, a line per table with a few rows of each side: a failure names the
    rows (and so the articles) that differ, not just a count."""
    lines = []
    for table in sorted(set(found) | set(expected)):
        have, want = found.get(table, []), expected.get(table, [])
        if have == want:
            continue
        extra = [row for row in have if row not in want]
        missing = [row for row in want if row not in have]
        lines.append(f"{table}: {len(have)} rows, expected {len(want)}; "
                     f"extra {extra[:3]}; missing {missing[:3]}")  # fmt: skip
    return lines
