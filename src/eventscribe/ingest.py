"""Ingest: readers -> pipeline -> store, in batches, each batch one transaction.

Reliability comes from two rules: a batch is written in one transaction, and an article
whose content hash is already stored is skipped. A killed ingest therefore loses at most
the batch in flight, and running the same command again completes it without doubling.
With `workers > 1` the pipeline runs in worker processes and the main process is the one
writer (DuckDB allows one writer per file).

Across articles (`eventscribe.across`): an article whose text nearly repeats a stored or
earlier one (MinHash/LSH, `across.dedup`) is not analysed; it is stored as a copy of its
original once the original is stored. After each stored batch the new event mentions are
clustered into events (`across.cluster`).
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from itertools import islice
from multiprocessing import get_context
from pathlib import Path

from eventscribe import __version__
from eventscribe.across.cluster import cluster_pending, refresh_for_articles
from eventscribe.across.dedup import NearDuplicates, to_bytes
from eventscribe.article import Article
from eventscribe.errors import EventscribeError
from eventscribe.pipeline import Pipeline
from eventscribe.readers import ReadOptions, Reject, read_inputs
from eventscribe.settings import Settings, as_date
from eventscribe.store import Store

ShowReject = Callable[[Reject], None]
ShowBatch = Callable[[int, "IngestReport"], None]


@dataclass
class IngestReport:
    read: int = 0
    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: int = 0
    events: int = 0
    seconds: float = 0.0
    run_id: int | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.ingested / self.seconds if self.seconds else 0.0

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, int) and k != "run_id"}


def read_options(settings: Settings) -> ReadOptions:
    """The readers' options; a bad --date, or one outside the accepted range, is an error."""
    dates = settings.publication_range()
    default_date = None
    if settings.default_date:
        default_date = as_date(settings.default_date, "--date")
        if not dates[0] <= default_date <= dates[1]:
            raise EventscribeError(
                f"--date {default_date}: outside the accepted publication dates "
                f"{dates[0]} to {dates[1]} (settings min_date, max_date)"
            )
    return ReadOptions(
        default_date=default_date,
        field_map=dict(settings.field_map),
        max_chars=settings.max_chars,
        min_english_share=settings.min_english_share,
        dates=dates,
        max_consecutive_rejects=settings.max_consecutive_rejects,
    )


def ingest(
    inputs: Sequence[str | Path],
    settings: Settings,
    *,
    show_progress: bool = False,
    on_reject: ShowReject | None = None,
    on_batch: ShowBatch | None = None,
) -> IngestReport:
    """Read, analyse and store `inputs` into `settings.db_path`; see the module docstring."""
    started = time.perf_counter()
    report = IngestReport()
    # With workers, this process only normalizes and stores: it loads no model.
    prepare, analyse = Pipeline.split_settings(settings, "text", tail=settings.workers <= 1)
    # The workers start first: they load the model while this process opens the store.
    with _Runner(analyse, settings) as runner, Store(settings.db_path) as store:
        report.run_id = store.begin_run(
            version=__version__, config=_config(settings), inputs=[str(p) for p in inputs]
        )
        folding = _Folding(store)
        with _progress(inputs, show_progress) as advance:
            batches = _batches(read_inputs(inputs, read_options(settings)), settings.batch_size)
            for items in batches:
                articles = _take_rejects(items, store, report, on_reject)
                fresh = _fresh(prepare.run(articles), store, report, folding)
                runner.submit(fresh)
                for done in runner.writable(runner.completed()):
                    _store(done, store, report, on_batch, folding)
                folding.store_copies(report)
                advance(len(items))
            for done in runner.writable(runner.drain(), final=True):
                _store(done, store, report, on_batch, folding)
        folding.store_copies(report)
        report.seconds = time.perf_counter() - started
        report.stage_seconds = {**prepare.seconds, **runner.stage_seconds()}
        store.finish_run(report.run_id, report.counts())
    return report


def _config(settings: Settings) -> dict:
    return {k: str(v) if isinstance(v, Path) else v for k, v in asdict(settings).items()}


def _batches(items: Iterable[Article | Reject], size: int) -> Iterator[list[Article | Reject]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _take_rejects(
    items: list[Article | Reject], store: Store, report: IngestReport, on_reject: ShowReject | None
) -> list[Article]:
    rejects = [item for item in items if isinstance(item, Reject)]
    report.read += len(items)
    report.rejected += len(rejects)
    if rejects:
        store.add_rejects([(r.input, r.where, r.reason) for r in rejects], report.run_id)
        for reject in rejects:
            if on_reject:
                on_reject(reject)
    return [item for item in items if not isinstance(item, Reject)]


def _fresh(
    articles: list[Article], store: Store, report: IngestReport, folding: _Folding
) -> list[Article]:
    """Articles whose content is not stored yet, nor repeated earlier in this run, exactly
    or nearly (near copies are set aside in `folding`, to be stored as copies)."""
    known = store.known_hashes(a.content_hash for a in articles)
    fresh: list[Article] = []
    for article in articles:
        digest = article.content_hash
        if digest in known or digest in folding.index:  # stored, or met earlier in this run
            report.duplicates += 1
            continue
        known.add(digest)
        if folding.is_copy(article, digest):
            report.near_duplicates += 1
            continue
        fresh.append(article)
    folding.save_signatures()
    return fresh


def _store(
    articles: list[Article],
    store: Store,
    report: IngestReport,
    on_batch: ShowBatch | None,
    folding: _Folding,
) -> None:
    written = store.write_batch(articles, report.run_id)
    report.ingested += written
    report.duplicates += len(articles) - written
    report.events += sum(len(a.events) for a in articles)
    with store.transaction():
        cluster_pending(store.con)
    folding.store_copies(report)
    if on_batch:
        on_batch(written, report)


class _Folding:
    """Near duplicates of this run: the LSH index, new signatures, copies waiting to be stored.

    A copy waits until its original is stored (the original may still be in the pipeline),
    so that `duplicate_of` names the id the original got.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.index = NearDuplicates()
        self.index.load(store.signatures(self.index.recipe))
        self.signatures: dict[str, bytes] = {}
        self.copies: list[tuple[Article, str]] = []

    def is_copy(self, article: Article, digest: str) -> bool:
        """Set `article` aside as a copy, or index it as an original."""
        minhash = self.index.signature(article.text)
        original = self.index.original_of(minhash)
        if original is not None:
            self.copies.append((article, original))
            return True
        self.index.add(digest, minhash)
        self.signatures[digest] = to_bytes(minhash)
        return False

    def save_signatures(self) -> None:
        if self.signatures:
            self.store.add_signatures(self.signatures, self.index.recipe)
            self.signatures = {}

    def store_copies(self, report: IngestReport) -> None:
        """Store the copies whose originals are stored, and recount the originals' events."""
        if not self.copies:
            return
        stored = self.store.ids_by_hash(original for _, original in self.copies)
        ready = [(a, o) for a, o in self.copies if o in stored]
        self.copies = [(a, o) for a, o in self.copies if o not in stored]
        if ready:
            self.store.write_copies(ready, report.run_id)
            with self.store.transaction():
                refresh_for_articles(self.store.con, [stored[o] for _, o in ready])


# With workers: analysed batches stored per transaction (see `_Runner.writable`).
WRITE_BATCHES = 4


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
        if self.workers > 1:
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context("spawn"),
                initializer=_init_worker,
                initargs=(settings,),
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
        """Finished batches as the writer should store them. With workers, this process's
        time is taken from theirs (two cores), and each write and clustering pass costs
        about the same whatever its size: batches are joined to WRITE_BATCHES at a time.
        A killed ingest redoes at most those (nothing is lost, nothing doubled)."""
        if self.pool is None:
            yield from batches
            return
        self.unwritten.extend(batches)
        if final or len(self.unwritten) >= WRITE_BATCHES:
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


def _init_worker(settings: Settings) -> None:
    global _worker_pipeline  # one pipeline per worker process, built once
    _worker_pipeline = Pipeline.split_settings(settings, "text")[1]


def _started() -> None:
    """Nothing: submitting it makes the pool start a worker (and its initializer) at once."""


def _run_in_worker(articles: list[Article]) -> tuple[list[Article], dict[str, float]]:
    assert _worker_pipeline is not None
    before = dict(_worker_pipeline.seconds)
    done = _worker_pipeline.run(articles)
    return done, {k: v - before.get(k, 0.0) for k, v in _worker_pipeline.seconds.items()}


class _progress:
    """A rich progress bar (count, rate, ETA) for ingests of more than a few articles."""

    def __init__(self, inputs: Sequence[str | Path], enabled: bool) -> None:
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


def estimate_count(inputs: Sequence[str | Path]) -> int:
    """How many articles the inputs hold, cheaply: files in folders, lines of JSONL files."""
    total = 0
    for name in inputs:
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
