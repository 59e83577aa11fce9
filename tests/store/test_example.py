"""The store on a really processed article (the example, through the whole pipeline)."""

from __future__ import annotations

import pytest

from eventscribe.pipeline import Pipeline
from eventscribe.readers import ReadOptions, read_inputs
from eventscribe.settings import Settings
from eventscribe.store import Database, Store, rows
from eventscribe.store.shape import event_json
from repo_paths import EXAMPLE


@pytest.mark.slow
def test_a_processed_article_reads_back_as_process_gives_it(db_path):
    article = next(iter(read_inputs([EXAMPLE], ReadOptions())))
    article = Pipeline.from_settings(Settings())(article)
    with Store(db_path) as store:
        assert store.write_batch([article], store.begin_run(version="t", config={}, inputs=[])) == 1
    direct = {e["id"]: e for e in map(event_json, rows.event_rows(article))}
    with Database(db_path) as db:
        stored = {e["id"]: e for e in db.events(limit=1000)}
        page = db.article(article.id)
        participants = {p["id"] for e in stored.values() for p in (e["source"], e["target"]) if p}
        registry = {a["id"] for a in db.actors(limit=1000)}
    assert stored == direct and len(stored) >= 5
    assert participants <= registry
    text = page["text"]
    for event in stored.values():
        evidence = event["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in page["mentions"])
