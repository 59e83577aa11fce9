"""Bulk write speed: 1,000 articles of 10 events each, in batches as ingest writes them."""

from __future__ import annotations

import time

from eventscribe.store import Database, Store

from .store_articles import make_article, with_events

ARTICLES, EVENTS, BATCH = 1_000, 10, 100
FLOOR = 1_000  # events/s; measured 4,000-8,000 on a shared 2-core machine (see docs/schema.md)


def test_bulk_writes_are_fast_and_skipping_is_faster(db_path, capsys):
    articles = [with_events(make_article(f"a{i}", tag=str(i)), EVENTS) for i in range(ARTICLES)]
    with Store(db_path) as store:
        started = time.perf_counter()
        for i in range(0, ARTICLES, BATCH):
            assert store.write_batch(articles[i : i + BATCH], None) == BATCH
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        assert sum(store.write_batch(articles[i : i + BATCH], None)
                   for i in range(0, ARTICLES, BATCH)) == 0  # fmt: skip
        skip_seconds = time.perf_counter() - started
    rate = ARTICLES * EVENTS / seconds
    with capsys.disabled():
        print(f"\nstore: {rate:,.0f} events/s ({ARTICLES / seconds:,.0f} articles/s) in batches "
              f"of {BATCH}; a stored batch skipped in {1000 * skip_seconds / 10:.1f} ms")  # fmt: skip
    with Database(db_path) as db:
        assert db.stats()["events"] == ARTICLES * EVENTS
    assert rate > FLOOR
    assert skip_seconds < seconds
