"""Proof that a speed-up changes nothing: ingest fixed inputs, dump every stored row.

`python benchmarks/output_dump.py OUT.tsv [INPUT.jsonl ...]` ingests the inputs (default:
the 200-article bench corpus, then the news gold's articles) into a new DuckDB file, one
worker, and writes every table's rows, sorted, one table after another, leaving out what
differs from run to run (run ids, timestamps). Two dumps of the same code are identical;
`diff` two dumps of two versions to see what a change did to the output.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import duckdb

# Columns that name the run or the clock, not the analysis.
VOLATILE = {"run_id", "ingested_at", "created", "at", "started", "finished"}
SKIPPED_TABLES = {"runs", "schema_version"}


def dump(db: Path, out: Path) -> int:
    """Write the tables of `db` to `out` as sorted tab-separated rows; the row count."""
    rows = 0
    with duckdb.connect(str(db), read_only=True) as con, out.open("w", encoding="utf-8") as f:
        tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                            "ORDER BY table_name").fetchall()]  # fmt: skip
        for table in tables:
            if table in SKIPPED_TABLES:
                continue
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [table]).fetchall() if c not in VOLATILE]  # fmt: skip
            listed = ", ".join(f'"{c}"' for c in columns)
            f.write(f"## {table}\t{listed}\n")
            for row in sorted(map(repr, con.execute(f'SELECT {listed} FROM "{table}"').fetchall())):
                f.write(row + "\n")
                rows += 1
    return rows


def main(out: Path, inputs: list[Path]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import CORPUS, write_input

    from eventscribe.ingest import ingest
    from eventscribe.settings import Settings

    with tempfile.TemporaryDirectory(prefix="eventscribe-dump-") as tmp:
        if not inputs:
            # A fixed folder beside OUT: the stored origin names the input file.
            folder = out.parent / "output_dump_input"
            folder.mkdir(exist_ok=True)
            # The news gold sits beside the corpus, in the shared folder.
            gold = CORPUS.parent.parent / "gold" / "news_dev.jsonl"
            inputs = [write_input(folder, 200)[0], gold]
        db = Path(tmp) / "dump.duckdb"
        ingest(inputs, Settings(db_path=db))
        print(f"{out}: {dump(db, out)} rows")


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
