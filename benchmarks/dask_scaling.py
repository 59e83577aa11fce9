"""Dask scaling: the same input on a LocalCluster of 1 worker, then of K workers.

Each cluster is started and every worker's pipeline (spaCy model, dictionaries) loaded
before the clock starts: at corpus scale that start-up is paid once, and it is reported
on its own. The time is `ingest_dask` from the first partition read to the last written.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any


def run(articles: int = 200, workers: int = 2, batch_size: int = 8) -> dict[str, Any]:
    """Seconds and articles/s with 1 and with `workers` Dask workers; the speed-up."""
    from corpus import write_input

    with tempfile.TemporaryDirectory(prefix="eventscribe-dask-") as tmp:
        path, words = write_input(Path(tmp), articles)
        # Partitions that divide evenly among the workers (4 each): a last, lone partition
        # would leave the other workers idle and measure the imbalance, not the scaling.
        size = -(-articles // (workers * 4))
        runs = {n: _one(path, Path(tmp) / f"w{n}", n, batch_size, size) for n in (1, workers)}
    one, many = runs[1], runs[workers]
    return {"articles": articles, "words": words, "batch_size": batch_size,
            "partition_size": size,
            "runs": {str(n): r for n, r in runs.items()},
            "speedup": round(one["seconds"] / many["seconds"], 2)}  # fmt: skip


def _one(
    path: Path, folder: Path, workers: int, batch_size: int, partition_size: int
) -> dict[str, Any]:
    from distributed import Client, LocalCluster

    from eventscribe.scale.dask_ingest import ingest_dask
    from eventscribe.settings import Settings

    settings = Settings(db_path=folder / "bench.duckdb", workers=workers, batch_size=batch_size)
    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:  # fmt: skip
        client.run(_warm, settings)
        startup = time.perf_counter() - started
        report = ingest_dask([path], settings, scheduler=cluster.scheduler_address,
                             partition_size=partition_size)  # fmt: skip
        rss = client.run(_peak_rss_mb)
    return {"workers": workers, "startup_seconds": round(startup, 1),
            "seconds": round(report.seconds, 2), "articles": report.ingested,
            "articles_per_s": round(report.rate, 2), "events": report.events,
            "peak_rss_worker_mb": round(max(rss.values()))}  # fmt: skip


def _warm(settings: Any) -> None:
    from eventscribe.scale.partition import _pipelines

    _pipelines(settings)


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def describe(result: dict[str, Any]) -> str:
    lines = [f"{result['articles']} articles on Dask (partitions of {result['partition_size']})"]
    for n, r in result["runs"].items():
        lines.append(f"{n} worker(s): {r['seconds']:.1f} s, {r['articles_per_s']:.2f} articles/s "
                     f"(start-up {r['startup_seconds']:.1f} s; peak RSS per worker "
                     f"{r['peak_rss_worker_mb']} MB)")  # fmt: skip
    lines.append(f"speed-up  : {result['speedup']:.2f}x")
    return "\n".join(lines)
