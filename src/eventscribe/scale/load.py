"""`eventscribe load PARQUET_DIR`: a Dask ingest's Parquet folder into a DuckDB file.

Partitions are stored in input order, each in one transaction, with the rules of
`Store.write_batch`: content already stored (or met in an earlier partition) is skipped,
an article id taken by other content becomes `<id>~<8 digits of its hash>`, and the actor
registry is merged with the same MERGE statements. Loading a folder twice adds nothing.

The user's registry corrections (`eventscribe actors merge/split`) were not known to the
workers that built the rows, so they are replayed on the stored data after each partition,
before it is clustered: the end state is the one `Store.write_batch` gives.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventscribe import __version__
from eventscribe.across.cluster import cluster_pending
from eventscribe.errors import EventscribeError
from eventscribe.ingest import IngestReport
from eventscribe.scale.layout import (
    ARTICLE_KEY,
    REJECTS,
    part_numbers,
    part_stem,
    table_file,
)
from eventscribe.store import corrections, rows
from eventscribe.store.schema import utc_now
from eventscribe.store.writer import (
    ACTOR_MERGE,
    ARTICLE_TABLES,
    FORM_MERGE,
    ROLE_MERGE,
    Store,
    merge_actor,
    merge_role,
)

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
    with _Loader(db_path) as store:
        report.run_id = store.begin_run(version=__version__, config={"engine": "dask"},
                                        inputs=[str(parquet)])  # fmt: skip
        report.rejected = store.load_rejects(parquet, report.run_id)
        for number in numbers:
            store.write_part(read_part(parquet, number), report)
        report.seconds = time.perf_counter() - started
        store.finish_run(report.run_id, report.counts())
    return report


def read_part(parquet: Path, number: int) -> dict[str, Rows]:
    """table -> rows of one partition (events gathered from their date folders)."""
    tables = {}
    for table in (*ARTICLE_TABLES, "actors", "actor_forms", "actor_roles"):
        if table == "events":
            files = sorted((parquet / "events").glob(f"*/*/{part_stem(number)}-*.parquet"))
            found = [pq.read_table(f, partitioning=None) for f in files]
            tables[table] = pa.concat_tables(found).to_pylist() if found else []
        else:
            tables[table] = pq.read_table(table_file(parquet, table, number)).to_pylist()
    return tables


class _Loader(Store):
    """The store, fed table rows instead of Articles."""

    def load_rejects(self, parquet: Path, run_id: int | None) -> int:
        path = parquet / REJECTS / "part-client.parquet"
        if not path.exists():
            return 0
        found = [(r["input"], r["location"], r["reason"]) for r in pq.read_table(path).to_pylist()]
        if found:
            self.add_rejects(found, run_id)
        return len(found)

    def write_part(self, tables: dict[str, Rows], report: IngestReport) -> None:
        """One partition in one transaction; see the module docstring for the rules."""
        report.read += len(tables["articles"])
        with self._transaction():
            fresh, ids = self._fresh_rows(tables["articles"])
            now = utc_now()
            self._bulk("articles", [{**r, "run_id": report.run_id, "ingested_at": now}
                                    for r in fresh])  # fmt: skip
            for table in ARTICLE_TABLES[1:]:
                self._bulk(table, _kept(tables[table], ids, "article_id"))
            self._merge_sightings(fresh, tables, ids)
            corrections.replay(self.con, corrections.load_corrections(self.con))
            cluster_pending(self.con)  # as an ingest does after each stored batch
        report.ingested += len(fresh)
        report.duplicates += len(tables["articles"]) - len(fresh)
        report.events += len(_kept(tables["events"], ids, "article_id"))

    def _fresh_rows(self, articles: Rows) -> tuple[Rows, dict[str, str]]:
        """Article rows of new content, and their original id -> stored id (as `_unstored`)."""
        hashes = [r["content_hash"] for r in articles]
        seen, taken = self._stored(hashes, [r["id"] for r in articles])
        fresh, ids = [], {}
        for row in articles:
            digest = row["content_hash"]
            if digest in seen:
                continue
            seen.add(digest)
            stored_id = row["id"] if row["id"] not in taken else f"{row['id']}~{digest[:8]}"
            taken.add(stored_id)
            ids[row["id"]] = stored_id
            fresh.append({**row, "id": stored_id})
        return fresh, ids

    def _merge_sightings(self, fresh: Rows, tables: dict[str, Rows], ids: dict[str, str]) -> None:
        """The registry rows of the stored articles, merged in publication order."""
        order = sorted(range(len(fresh)), key=lambda i: _published_order(fresh[i]))
        position = {i: n for n, i in enumerate(order)}
        rank = {original: position[i] for i, original in enumerate(ids)}
        actors: dict[str, dict[str, Any]] = {}
        roles: dict[str, dict[str, Any]] = {}
        forms: dict[tuple[str, str], int] = {}
        for row in _in_order(tables["actors"], rank):
            actors[row["id"]] = merge_actor(actors[row["id"]], row) if row["id"] in actors else row
        for row in _in_order(tables["actor_roles"], rank):
            roles[row["id"]] = merge_role(roles[row["id"]], row) if row["id"] in roles else row
        for row in _in_order(tables["actor_forms"], rank):
            key = (row["actor_id"], row["form"])
            forms[key] = forms.get(key, 0) + row["count"]
        form_rows = [{"actor_id": a, "form": f, "count": n} for (a, f), n in forms.items()]
        self._merge("actors", list(actors.values()), ("id",), ACTOR_MERGE)
        self._merge("actor_forms", form_rows, ("actor_id", "form"), FORM_MERGE)
        self._merge("actor_roles", list(roles.values()), ("id",), ROLE_MERGE)


def _kept(records: Rows, ids: dict[str, str], column: str) -> Rows:
    return [{**r, column: ids[r[column]]} for r in records if r[column] in ids]


def _in_order(sightings: Rows, rank: dict[str, int]) -> Rows:
    """Sightings of stored articles, by their article's publication rank (stable)."""
    kept = [r for r in sightings if r[ARTICLE_KEY] in rank]
    return sorted(kept, key=lambda r: rank[r[ARTICLE_KEY]])


def _published_order(row: dict[str, Any]) -> tuple[bool, Any]:
    published = rows.as_date(row["published"])
    return (published is None, published or "")
