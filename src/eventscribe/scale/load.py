"""`eventscribe load PARQUET_DIR`: a Dask ingest's Parquet folder into a DuckDB file.

Partitions are stored in input order, each by one `Store.write` of its rows: the rules of
every write (content stored already, or met in an earlier partition, is skipped; an id
taken by other content becomes `<id>~<8 digits of its hash>`; near duplicates are stored as
copies; the user's registry corrections applied; the registry merged; mentions clustered).
Loading a folder twice adds nothing.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventscribe.errors import EventscribeError
from eventscribe.runs import IngestReport
from eventscribe.scale.layout import REJECTS, part_numbers, part_stem, table_file
from eventscribe.store.rows import ARTICLE_TABLES, SIGHTING_TABLES
from eventscribe.store.writer import Store
from eventscribe.version import __version__

Rows = list[dict[str, Any]]


def load(parquet: Path, db_path: Path) -> IngestReport:
    """Store every partition of the folder `parquet` into the database at `db_path`."""
    parquet = Path(parquet)
    numbers = part_numbers(parquet)
    if not numbers:
        raise EventscribeError(f"{parquet}: no partitions (articles/part-*.parquet); "
                               "run `eventscribe ingest --engine dask` first")  # fmt: skip
    started = time.perf_counter()
    report = IngestReport()
    with Store(db_path) as store:
        report.run_id = store.begin_run(version=__version__, config={"engine": "dask"},
                                        inputs=[str(parquet)])  # fmt: skip
        report.rejected = load_rejects(store, parquet, report.run_id)
        for number in numbers:
            tables = read_part(parquet, number)
            written = store.write(tables, report.run_id)
            report.read += len(tables["articles"])
            report.ingested += written.stored
            report.duplicates += written.skipped
            report.near_duplicates += written.copies
            report.events += written.events
        report.seconds = time.perf_counter() - started
        store.finish_run(report.run_id, report.counts())
    return report


def read_part(parquet: Path, number: int) -> dict[str, Rows]:
    """table -> rows of one partition (events gathered from their date folders)."""
    tables = {}
    for table in (*ARTICLE_TABLES, *SIGHTING_TABLES):
        if table == "events":
            files = sorted((parquet / "events").glob(f"*/*/{part_stem(number)}-*.parquet"))
            found = [pq.read_table(f, partitioning=None) for f in files]
            tables[table] = pa.concat_tables(found).to_pylist() if found else []
        else:
            tables[table] = pq.read_table(table_file(parquet, table, number)).to_pylist()
    return tables


def load_rejects(store: Store, parquet: Path, run_id: int | None) -> int:
    """The client's rejects of the Dask ingest, recorded as an ingest records them."""
    path = parquet / REJECTS / "part-client.parquet"
    if not path.exists():
        return 0
    found = [(r["input"], r["location"], r["reason"]) for r in pq.read_table(path).to_pylist()]
    if found:
        store.add_rejects(found, run_id)
    return len(found)
