"""CPU seconds of each stage of one ingest, and optionally a profile of it.

`python benchmarks/stage_cpu.py [--articles 200] [--profile OUT.prof]` ingests the bench
corpus into a new DuckDB file in this process (one worker), in a fresh interpreter, and
prints the CPU seconds (user + system, this process) of: imports, each pipeline stage, the
store's writes (clustering included), and all of it. CPU time, not wall clock: on a machine
other jobs share, wall clock measures their load as much as ours. With `--profile`, the
ingest (not the imports) runs under cProfile and its statistics go to OUT.prof
(`python -m pstats OUT.prof`, or `--top N` to print the N largest self times). cProfile
doubles the time of small Python calls; `--sample N` instead samples the stack every 5 ms
of CPU time (a profiling timer signal) and prints the N functions with most samples, by
their own time and by their time with what they call: light enough to keep the shares true.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import signal
import sys
import tempfile
import time
import types
from collections import Counter
from pathlib import Path
from types import FrameType

INTERVAL = 0.005  # CPU seconds between samples


class Sampler:
    """Counts, at each tick of the CPU-time timer, the function running and those under it."""

    def __init__(self) -> None:
        self.own: Counter[str] = Counter()
        self.within: Counter[str] = Counter()
        self.samples = 0

    def __enter__(self) -> Sampler:
        signal.signal(signal.SIGPROF, self._tick)
        signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def _tick(self, _signum: int, frame: FrameType | None) -> None:
        self.samples += 1
        seen: set[str] = set()
        first = True
        while frame is not None:
            code = frame.f_code
            name = f"{_short(code.co_filename)}:{code.co_firstlineno}({code.co_name})"
            if first:
                self.own[name] += 1
                first = False
            if name not in seen:
                seen.add(name)
                self.within[name] += 1
            frame = frame.f_back

    def report(self, top: int) -> str:
        lines = [f"{self.samples} samples of {INTERVAL * 1000:.0f} ms CPU"]
        for title, counts in (("own time", self.own), ("with callees", self.within)):
            lines.append(f"-- {title}")
            for name, count in counts.most_common(top):
                lines.append(f"{count * INTERVAL:7.2f} s {count / self.samples:6.1%}  {name}")
        return "\n".join(lines)


def _short(filename: str) -> str:
    for marker in ("/eventscribe/", "/site-packages/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def _cpu_stage_clock() -> None:
    """Make the pipeline time its stages in CPU seconds: it reads `time.perf_counter`."""
    import eventscribe.pipeline as pipeline

    pipeline.time = types.SimpleNamespace(perf_counter=time.process_time)  # type: ignore[assignment]


def _build_data_caches() -> None:
    """As the bench does: the reference data caches built beforehand, in another process."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from ingest_throughput import _build_data_caches as build

    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        pool.submit(build).result()


def main(articles: int, profile: Path | None, top: int, sample: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    _build_data_caches()
    started = time.process_time()
    from corpus import write_input
    from ingest_throughput import _time_store_writes

    from eventscribe.ingest import ingest
    from eventscribe.settings import Settings

    imports = time.process_time() - started
    _cpu_stage_clock()
    store = _time_store_writes(time.process_time)
    with tempfile.TemporaryDirectory(prefix="eventscribe-cpu-") as tmp:
        path, _ = write_input(Path(tmp), articles)
        settings = Settings(db_path=Path(tmp) / "cpu.duckdb")
        profiler = cProfile.Profile() if profile else None
        sampler = Sampler()
        begun = time.process_time()
        if profiler:
            profiler.enable()
        if sample:
            with sampler:
                report = ingest([path], settings)
        else:
            report = ingest([path], settings)
        if profiler:
            profiler.disable()
        ingest_cpu = time.process_time() - begun
    stages = {**report.stage_seconds, "store": store[0]}
    rows = {"imports": imports, **stages, "other": ingest_cpu - sum(stages.values())}
    for name, seconds in rows.items():
        print(f"{name:14} {seconds:7.2f}")
    print(f"{'total':14} {imports + ingest_cpu:7.2f}  (after parse: "
          f"{imports + ingest_cpu - stages.get('parse', 0.0):.2f})")  # fmt: skip
    if profiler and profile:
        profiler.dump_stats(profile)
        if top:
            pstats.Stats(str(profile)).sort_stats("tottime").print_stats(top)
    if sample:
        print(sampler.report(sample))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--top", type=int, default=0)
    parser.add_argument("--sample", type=int, default=0)
    options = parser.parse_args()
    main(options.articles, options.profile, options.top, options.sample)
