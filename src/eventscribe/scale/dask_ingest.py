"""`eventscribe ingest --engine dask`: the pipeline on Dask workers, Parquet out.

The client reads the inputs (streaming) and cuts them into partitions of articles; each
partition is one task that runs the whole pipeline in a worker process and writes the
partition's Parquet files (see `layout`). The client keeps only a few partitions in flight
per worker, so memory stays flat whatever the input size. A partition whose files are
complete is not computed again: a killed run is finished by running the same command.
`eventscribe load` then stores the folder in DuckDB, skipping what is stored already.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventscribe.readers import Input, Reject, check_inputs, read_inputs
from eventscribe.runs import IngestReport, ShowReject, read_options
from eventscribe.scale.layout import REJECTS, table_file
from eventscribe.scale.partition import PartitionReport, process_partition
from eventscribe.settings import Settings

PARTITION_BATCHES = 4  # a partition is this many batches (Settings.batch_size articles each)


def parquet_dir(settings: Settings) -> Path:
    """Where a Dask ingest for `settings.db_path` writes: beside it, `<name>.parquet/`."""
    return settings.db_path.with_suffix(".parquet")


def ingest_dask(
    inputs: Sequence[Input],
    settings: Settings,
    out: Path | None = None,
    *,
    scheduler: str | None = None,
    partition_size: int | None = None,
    on_reject: ShowReject | None = None,
) -> IngestReport:
    """Analyse `inputs` on a Dask cluster (a LocalCluster of `settings.workers` processes
    when `scheduler` is None) into the Parquet folder `out`."""
    options = read_options(settings)  # a bad --date or input fails here, before any work
    check_inputs(inputs)
    out = Path(out or parquet_dir(settings)).resolve()  # workers may run elsewhere
    size = partition_size or settings.batch_size * PARTITION_BATCHES
    started = time.perf_counter()
    report = IngestReport()
    rejects: list[Reject] = []
    with dask_client(scheduler, settings.workers) as client:
        in_flight = 2 * max(1, len(client.scheduler_info()["workers"]))
        runner = _Partitions(client, settings, out, in_flight)
        for number, items in enumerate(_chunks(read_inputs(inputs, options), size)):
            articles = [item for item in items if not isinstance(item, Reject)]
            report.read += len(items)
            new = [item for item in items if isinstance(item, Reject)]
            _note_rejects(new, rejects, report, on_reject)
            for done in runner.submit(number, articles):
                _add(report, done)
        for done in runner.drain():
            _add(report, done)
    _write_rejects(out, rejects)
    report.seconds = time.perf_counter() - started
    return report


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A client of the cluster at `scheduler`, or of a new LocalCluster (one thread per
    worker process: spaCy and the stages hold the GIL)."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:  # fmt: skip
        yield client


class _Partitions:
    """Partitions submitted to the cluster, at most `limit` in flight."""

    def __init__(self, client: Any, settings: Settings, out: Path, limit: int) -> None:
        self.client, self.settings, self.out, self.limit = client, settings, out, limit
        self.pending: list[Any] = []

    def submit(self, number: int, articles: list[Any]) -> Iterator[PartitionReport]:
        if table_file(self.out, "articles", number).exists():
            return  # complete from an earlier run of the same command
        self.pending.append(self.client.submit(
            process_partition, number, articles, self.settings, str(self.out),
            key=f"eventscribe-partition-{number}-{time.time_ns()}", pure=False,
        ))  # fmt: skip
        while len(self.pending) >= self.limit:
            yield from self._wait_one()

    def drain(self) -> Iterator[PartitionReport]:
        while self.pending:
            yield from self._wait_one()

    def _wait_one(self) -> Iterator[PartitionReport]:
        from distributed import wait

        done, pending = wait(self.pending, return_when="FIRST_COMPLETED")
        self.pending = list(pending)
        for future in done:
            yield future.result()  # a failed partition raises here, with the worker's error


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _note_rejects(
    new: list[Reject], rejects: list[Reject], report: IngestReport, on_reject: ShowReject | None
) -> None:
    rejects += new
    report.rejected += len(new)
    for reject in new:
        if on_reject:
            on_reject(reject)


def _add(report: IngestReport, done: PartitionReport) -> None:
    report.ingested += done.articles
    report.duplicates += done.duplicates
    report.events += done.events
    for name, value in done.stage_seconds.items():
        report.stage_seconds[name] = report.stage_seconds.get(name, 0.0) + value


def _write_rejects(out: Path, rejects: list[Reject]) -> None:
    path = out / REJECTS / "part-client.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = {"input": [str(r.input) for r in rejects], "location": [str(r.where) for r in rejects],
               "reason": [str(r.reason) for r in rejects]}  # fmt: skip
    pq.write_table(pa.table(columns, schema=pa.schema([(k, pa.string()) for k in columns])), path)
