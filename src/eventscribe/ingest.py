"""Ingest: readers -> pipeline -> store, in batches, each batch one transaction.

Reliability comes from two rules: a batch is written in one transaction, and an article
whose content hash is already stored is skipped. A killed ingest therefore loses at most
the batch in flight, and running the same command again completes it without doubling.
With `workers > 1` the pipeline runs in worker processes and the main process is the one
writer (DuckDB allows one writer per file); the workers die with it (`scale.lifeline`).

The content hash is checked before anything costly: a stored article is not language-checked
(the readers leave that check to `_Run.fresh`), nor analysed, again. What cannot run at all
(a missing input, a bad --date, a database another process holds) fails before the model loads.

Across articles: an article whose text nearly repeats a stored or earlier one is not
analysed (`Store.fold`); the store keeps it as a copy of its original once the original is
stored. Every batch is stored by `Store.write`, which also clusters the new event mentions.
Inputs are paths, in-memory inputs (`readers.Posted`) or Articles (see `readers.read_inputs`).
"""

from __future__ import annotations

import dataclasses
import gzip
import os
import sys
import time
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from eventscribe.article import Article
from eventscribe.errors import EventscribeError
from eventscribe.pipeline import Pipeline, settle
from eventscribe.readers import Input, ReadOptions, Reject, Source, check_inputs, read_inputs
from eventscribe.readers.checks import language_reject
from eventscribe.runs import (  # noqa: F401  (RejectLines, read_options: re-exported)
    IngestReport,
    RejectLines,
    ShowBatch,
    ShowReject,
    read_options,
)
from eventscribe.scale.lifeline import die_with_parent
from eventscribe.settings import Settings
from eventscribe.store import Store
from eventscribe.version import __version__

ENGINES = ("local", "dask")

def ingest(
    inputs: Sequence[Input],
    settings: Settings,
    *,
    engine: str = "local",
    scheduler: str | None = None,
    store: bool = True,
    show_progress: bool = False,
    on_reject: ShowReject | None = None,
    on_batch: ShowBatch | None = None,
) -> IngestReport:
    """Read, analyse and store `inputs` into `settings.db_path`; see the module docstring.

    Inputs are files, folders, .gz, '-' (stdin), in-memory inputs (`readers.Posted`) or
    `Article`s. `engine="local"` runs the pipeline in this process (or `settings.workers`
    processes); `engine="dask"` on a Dask cluster (`scheduler`, or a LocalCluster of
    `settings.workers` workers), writing Parquet beside the database file, which is then
    stored (`store=False` leaves it for `eventscribe load`). Both store through `Store.write`.
    """
    if engine not in ENGINES:
        raise EventscribeError(f"engine {engine!r}: choose local or dask")
    if scheduler and engine != "dask":
        raise EventscribeError("scheduler: only the dask engine has one (engine='dask')")
    if engine == "dask":
        from eventscribe.scale.dask_ingest import ingest_dask, parquet_dir
        from eventscribe.scale.load import load

        analysed = ingest_dask(inputs, settings, scheduler=scheduler, on_reject=on_reject)
        return load(parquet_dir(settings), settings.db_path) if store else analysed
    return _ingest_here(inputs, settings, show_progress, on_reject, on_batch)


def ingest_into(
    inputs: Sequence[Input],
    db: str | Path | None = None,
    *,
    settings: Settings | None = None,
    **options: Any,
) -> IngestReport:
    """`ingest` into the DuckDB file `db` (default `settings.db_path`): `eventscribe.ingest`."""
    chosen = settings or Settings()
    return ingest(inputs, chosen if db is None else chosen.replace(db_path=Path(db)), **options)


def _ingest_here(
    inputs: Sequence[Input],
    settings: Settings,
    show_progress: bool,
    on_reject: ShowReject | None,
    on_batch: ShowBatch | None,
) -> IngestReport:
    """The local engine: this process reads and stores; the pipeline runs here or in workers."""
    started = time.perf_counter()
    # A bad --date or input fails here, before the model loads. The language check waits
    # until the content hash has found the articles stored already (see `_Run.fresh`).
    options = dataclasses.replace(read_options(settings), check_language=False)
    check_inputs(inputs)
    # The store first: a file another process holds fails the run before any model loads.
    # One DuckDB thread: a batch's statements are small, and the cores are the pipeline's
    # (here or in workers); threads on each statement cost more CPU than they save time.
    with Store(settings.db_path, threads=1) as store:
        # With workers, this process only normalizes and stores: it loads no model.
        prepare, analyse = Pipeline.split_settings(settings, "text", tail=settings.workers <= 1)
        settle()
        with _Runner(analyse, settings) as runner:
            run = _Run(store, prepare, runner, options, on_reject, on_batch)
            run.report.run_id = store.begin_run(
                version=__version__, config=_config(settings), inputs=_names(inputs)
            )
            run.all(inputs, settings, show_progress)
        report = run.report
        report.seconds = time.perf_counter() - started
        report.stage_seconds = {**prepare.seconds, **runner.stage_seconds()}
        store.finish_run(report.run_id, report.counts())
    return report


def _names(inputs: Sequence[Input]) -> list[str]:
    """The inputs as the runs table records them."""
    names = []
    for item in inputs:
        if isinstance(item, Article):
            names.append(item.origin or item.id)
        else:
            names.append(item.name if isinstance(item, Source) else str(item))
    return names


def _config(settings: Settings) -> dict:
    return {k: str(v) if isinstance(v, Path) else v for k, v in asdict(settings).items()}


def _batches(items: Iterable[Article | Reject], size: int) -> Iterator[list[Article | Reject]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class _Run:
    """One ingest's batches through dedup, the language check, the pipeline and the store."""

    def __init__(
        self,
        store: Store,
        prepare: Pipeline,
        runner: _Runner,
        options: ReadOptions,
        on_reject: ShowReject | None,
        on_batch: ShowBatch | None,
    ) -> None:
        self.store, self.prepare, self.runner, self.options = store, prepare, runner, options
        self.on_reject, self.on_batch = on_reject, on_batch
        self.report = IngestReport()

    def all(self, inputs: Sequence[Input], settings: Settings, show_progress: bool) -> None:
        items = read_inputs(inputs, self.options)
        with _progress(inputs, show_progress) as advance:
            for batch in _batches(items, settings.batch_size):
                articles = self.take_rejects(batch)
                self.runner.submit(self.fresh(self.prepare.run(articles)))
                for done in self.runner.writable(self.runner.completed()):
                    self.store_batch(done)
                self.store.write([], self.report.run_id)  # copies of originals stored before
                advance(len(batch))
            for done in self.runner.writable(self.runner.drain(), final=True):
                self.store_batch(done)
        self.store.write([], self.report.run_id)

    def take_rejects(self, items: list[Article | Reject]) -> list[Article]:
        self.report.read += len(items)
        self.rejected([item for item in items if isinstance(item, Reject)])
        return [item for item in items if not isinstance(item, Reject)]

    def rejected(self, rejects: list[Reject]) -> None:
        self.report.rejected += len(rejects)
        if rejects:
            self.store.add_rejects([(r.input, r.where, r.reason) for r in rejects],
                                   self.report.run_id)  # fmt: skip
            for reject in rejects:
                if self.on_reject:
                    self.on_reject(reject)

    def fresh(self, articles: list[Article]) -> list[Article]:
        """Articles whose content is not stored yet, nor repeated earlier in this run, exactly
        or nearly (near copies are set aside by the store, to be stored as copies), and that
        pass the language check: content identity is checked first, as it is the cheaper."""
        known = self.store.known_hashes(a.content_hash for a in articles)
        fresh: list[Article] = []
        rejects: list[Reject] = []
        for article in articles:
            digest = article.content_hash
            if digest in known or self.store.met(digest):  # stored, or met in this run
                self.report.duplicates += 1
                continue
            known.add(digest)
            reject = language_reject(article, self.options)
            if reject:
                rejects.append(reject)
            elif self.store.fold(article):
                self.report.near_duplicates += 1
            else:
                fresh.append(article)
        self.rejected(rejects)
        return fresh

    def store_batch(self, articles: list[Article]) -> None:
        written = self.store.write(articles, self.report.run_id).stored
        self.report.ingested += written
        self.report.duplicates += len(articles) - written
        self.report.events += sum(len(a.events) for a in articles)
        if self.on_batch:
            self.on_batch(written, self.report)


class _Runner:
    """Runs the analysis stages in this process, or in worker processes when workers > 1."""

    def __init__(self, pipeline: Pipeline | None, settings: Settings) -> None:
        self.pipeline = pipeline  # None when workers run it
        self.workers = max(1, settings.workers)
        self.pool: ProcessPoolExecutor | None = None
        self.pending: set[Future] = set()
        self.ready: list[list[Article]] = []
        self.worker_seconds: dict[str, float] = {}
        self.unwritten: list[list[Article]] = []
        self.write_batches = settings.write_batches
        if self.workers > 1:
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context("spawn"),
                initializer=_init_worker,
                initargs=(settings, os.getpid()),
            )
            for _ in range(self.workers):  # start every worker now, not at its first batch
                self.pool.submit(_started)

    def __enter__(self) -> _Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool:
            self.pool.shutdown(cancel_futures=True)

    def submit(self, articles: list[Article]) -> None:
        if not articles:
            return
        if self.pool is None:
            self.ready.append(self.pipeline.run(articles))
            return
        self.pending.add(self.pool.submit(_run_in_worker, articles))

    def completed(self) -> Iterator[list[Article]]:
        """Finished batches; with workers, waits only while too many batches are in flight."""
        yield from self._take_ready()
        while len(self.pending) >= 2 * self.workers:
            done, self.pending = wait(self.pending, return_when=FIRST_COMPLETED)
            yield from self._collect(done)

    def drain(self) -> Iterator[list[Article]]:
        yield from self._take_ready()
        while self.pending:
            done, self.pending = wait(self.pending, return_when=FIRST_COMPLETED)
            yield from self._collect(done)

    def writable(
        self, batches: Iterable[list[Article]], *, final: bool = False
    ) -> Iterator[list[Article]]:
        """Finished batches as the writer should store them: `Settings.write_batches` at a
        time. Each write and clustering pass costs about the same whatever its size (200
        articles in one process: 0.85 s of CPU in writes of one batch of 32, 0.53 s in
        writes of four), and with workers this process's time is taken from theirs. A
        killed ingest redoes at most those batches (nothing is lost, nothing doubled)."""
        self.unwritten.extend(batches)
        if final or len(self.unwritten) >= self.write_batches:
            joined = [article for batch in self.unwritten for article in batch]
            self.unwritten = []
            if joined:
                yield joined

    def stage_seconds(self) -> dict[str, float]:
        return dict(self.pipeline.seconds) if self.pool is None else dict(self.worker_seconds)

    def _take_ready(self) -> Iterator[list[Article]]:
        ready, self.ready = self.ready, []
        yield from ready

    def _collect(self, done: set[Future]) -> Iterator[list[Article]]:
        for future in done:
            articles, seconds = future.result()
            for name, value in seconds.items():
                self.worker_seconds[name] = self.worker_seconds.get(name, 0.0) + value
            yield articles


_worker_pipeline: Pipeline | None = None


def _init_worker(settings: Settings, parent: int) -> None:
    global _worker_pipeline  # one pipeline per worker process, built once
    die_with_parent(parent)  # never an orphan holding a model when the ingest is killed
    _worker_pipeline = Pipeline.split_settings(settings, "text")[1]
    settle()


def _started() -> None:
    """Nothing: submitting it makes the pool start a worker (and its initializer) at once."""


def _run_in_worker(articles: list[Article]) -> tuple[list[Article], dict[str, float]]:
    assert _worker_pipeline is not None
    before = dict(_worker_pipeline.seconds)
    done = _worker_pipeline.run(articles)
    return done, {k: v - before.get(k, 0.0) for k, v in _worker_pipeline.seconds.items()}


class _progress:
    """A rich progress bar (count, rate, ETA) for ingests of more than a few articles."""

    def __init__(self, inputs: Sequence[Input], enabled: bool) -> None:
        self.total = estimate_count(inputs) if enabled else 0
        self.bar = None
        if enabled and self.total > 3:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("ingest"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} articles/s"),
                TimeRemainingColumn(),
                transient=False,
            )

    def __enter__(self) -> Callable[[int], None]:
        if self.bar is None:
            return lambda n: None
        self.bar.start()
        task = self.bar.add_task("ingest", total=self.total, rate="-")
        started = time.perf_counter()

        def advance(n: int) -> None:
            done = self.bar.tasks[task].completed + n
            rate = done / max(time.perf_counter() - started, 1e-9)
            self.bar.update(task, advance=n, rate=f"{rate:.1f}")

        return advance

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def estimate_count(inputs: Sequence[Input]) -> int:
    """How many articles the inputs hold, cheaply: files in folders, lines of JSONL files."""
    total = 0
    for name in inputs:
        if not isinstance(name, str | Path):
            total += 1
            continue
        path = Path(name)
        if str(name) == "-" or not path.exists():
            total += 1
        elif path.is_dir():
            total += sum(
                _count_one(p)
                for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.parts)
            )
        else:
            total += _count_one(path)
    return total


def _count_one(path: Path) -> int:
    name = path.name.removesuffix(".gz")
    if not name.endswith((".jsonl", ".ndjson", ".json")):
        return 1
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except (OSError, EOFError):
        return 1


class _CallableModule(types.ModuleType):
    """This module, callable as `eventscribe.ingest(...)` (the public API's function).

    Importing `eventscribe.ingest` makes the package attribute `eventscribe.ingest` this
    module, hiding the function of the same name that `eventscribe.__getattr__` gives;
    calling the module calls that function, so `eventscribe.ingest(...)` works either way.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> IngestReport:
        return ingest_into(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
