"""A source that gives nothing but rejects is given up after max_consecutive_rejects in a row."""

from __future__ import annotations

import json
import time

from reading import ENGLISH, read_all, write

from eventscribe.article import Article
from eventscribe.readers import Reject

GOOD = json.dumps({"date": "2023-10-15", "title": "T", "text": ENGLISH})
GAVE_UP = (
    'gave up on this input after {n:,} rejects in a row (the last: missing "text" (map a '
    "field with --field text=NAME)); raise max_consecutive_rejects in the settings to read on"
)


def test_a_million_empty_objects_stop_after_the_limit(tmp_path):
    path = write(tmp_path, "bomb.jsonl.gz", "{}\n" * 1_000_000)  # a 1 MB gzip of 1 M rejects
    started = time.perf_counter()
    items = read_all([path], max_consecutive_rejects=1000)
    assert time.perf_counter() - started < 10
    assert len(items) == 1001 and all(isinstance(i, Reject) for i in items)
    assert items[-1].message() == f"{path}: " + GAVE_UP.format(n=1000)


def test_an_article_starts_the_count_again_and_the_next_input_is_read(tmp_path):
    feed = write(tmp_path, "a.jsonl", "\n".join(["{}"] * 4 + [GOOD] + ["{}"] * 4 + [GOOD]) + "\n")
    other = write(tmp_path, "b.jsonl", GOOD + "\n")
    items = read_all([feed, other], max_consecutive_rejects=5)
    assert [type(i).__name__ for i in items].count("Article") == 3
    assert not any("gave up" in i.reason for i in items if isinstance(i, Reject))
    items = read_all([feed, other], max_consecutive_rejects=3)
    assert items[3].reason.startswith("gave up on this input after 3 rejects in a row")
    assert len(items) == 5 and isinstance(items[-1], Article)


def test_zero_means_no_limit(tmp_path):
    path = write(tmp_path, "a.jsonl", "{}\n" * 3000)
    assert len(read_all([path], max_consecutive_rejects=0)) == 3000
