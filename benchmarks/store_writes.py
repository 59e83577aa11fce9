"""Bulk write speed of the store: 1,000 hand-built articles of 10 events each, written in
batches as ingest writes them, then the same batches again (all skipped as stored).

Was the timed test tests/store/test_speed.py (floor 1,000 events/s; 4,000-8,000 measured on
a shared 2-core machine). The articles come from the store tests' builder, no spaCy.
"""

from __future__ import annotations

import importlib.util
import tempfile
import time
from pathlib import Path
from typing import Any

from corpus import REPO

FLOOR = 1_000  # events/s below which the store has regressed


def run(articles: int = 1_000, events: int = 10, batch: int = 100) -> dict[str, Any]:
    """Events/s written and the time to skip a stored batch."""
    from eventscribe.store import Database, Store

    builder = _store_articles()
    made = [builder.with_events(builder.make_article(f"a{i}", tag=str(i)), events)
            for i in range(articles)]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="eventscribe-store-") as tmp:
        path = Path(tmp) / "events.duckdb"
        with Store(path) as store:
            write = _timed(lambda: sum(store.write_batch(made[i : i + batch], None)
                                       for i in range(0, articles, batch)))  # fmt: skip
            skip = _timed(lambda: sum(store.write_batch(made[i : i + batch], None)
                                      for i in range(0, articles, batch)))  # fmt: skip
        with Database(path) as db:
            stored = db.stats()["events"]
    assert write[0] == articles and skip[0] == 0 and stored == articles * events
    rate = articles * events / write[1]
    return {"articles": articles, "events": stored, "batch": batch,
            "events_per_s": round(rate), "articles_per_s": round(articles / write[1]),
            "skip_batch_ms": round(1000 * skip[1] / (articles / batch), 1),
            "floor_events_per_s": FLOOR, "ok": rate > FLOOR and skip[1] < write[1]}  # fmt: skip


def _timed(work: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    result = work()
    return result, time.perf_counter() - started


def _store_articles() -> Any:
    """tests/store/store_articles.py, the builder of hand-made processed articles."""
    path = REPO / "tests" / "store" / "store_articles.py"
    spec = importlib.util.spec_from_file_location("store_articles", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def describe(result: dict[str, Any]) -> str:
    return (f"store: {result['events_per_s']:,} events/s ({result['articles_per_s']:,} "
            f"articles/s) in batches of {result['batch']}; a stored batch skipped in "
            f"{result['skip_batch_ms']} ms; {'ok' if result['ok'] else 'BELOW FLOOR'} "
            f"(floor {result['floor_events_per_s']:,} events/s)")  # fmt: skip
