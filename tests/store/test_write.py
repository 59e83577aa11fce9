"""Writing: the round trip to the stable shape, idempotency, atomic batches, stable ids."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from eventscribe.errors import EventscribeError
from eventscribe.store import Database, Store, rows
from eventscribe.store.shape import event_json

from .store_articles import MINISTER, make_article

EVENT_KEYS = [
    "id", "article_id", "event_date", "date_end", "date_precision", "date_expression",
    "published", "source", "target", "cameo", "cameo_name", "quad_class", "goldstein", "plover",
    "place", "modality", "attribution", "evidence", "trigger", "confidence", "fatalities",
    "injured", "arrested", "acled",
]  # fmt: skip


def _write(path, *articles, run_id=None) -> int:
    with Store(path) as store:
        return store.write_batch(list(articles), run_id)


def test_stored_events_read_back_as_process_shapes_them(db_path):
    article = make_article()
    _write(db_path, article)
    direct = [event_json(row) for row in rows.event_rows(article)]
    with Database(db_path) as db:
        stored = db.events(limit=1000)
        one = db.event(direct[0]["id"])
    assert len(stored) == 3 and {e["id"]: e for e in stored} == {e["id"]: e for e in direct}
    assert [e["event_date"] for e in stored] == ["2023-10-13", "2023-10-14", "2023-10-15"]
    assert one == direct[0]
    assert list(direct[0]) == EVENT_KEYS


def test_the_event_shape_holds_what_the_article_says(db_path):
    article = make_article()
    _write(db_path, article)
    with Database(db_path) as db:
        met, struck, fired = (db.events(code=code)[0] for code in ("040", "190", "195"))
    assert met["source"] == {
        "id": MINISTER, "name": "Hossein Amirabdollahian", "country": "IRN", "sector": "GOV",
        "code": "IRNGOV", "text": "Hossein Amir-Abdollahian",
    }  # fmt: skip
    assert met["event_date"] == "2023-10-14" and met["date_precision"] == "day"
    assert met["goldstein"] == 1.0 and isinstance(met["goldstein"], float)
    assert met["cameo_name"] and met["plover"] == {"type": "CONSULT", "mode": None}
    assert met["place"]["name"] == "Beirut" and met["place"]["lat"] == 33.89
    evidence = met["evidence"]
    assert article.text[evidence["start"] : evidence["end"]] == evidence["sentence"]
    assert evidence["sentence"].startswith("Iranian Foreign Minister")
    # No date in the text: the event is dated by its publication, and says so.
    assert struck["event_date"] == "2023-10-15" and struck["date_precision"] == "publication"
    assert struck["modality"] == "reported" and struck["attribution"] == "health officials"
    assert fired["trigger"] == "fired" and fired["published"] == "2023-10-15"


def test_event_without_evidence_offsets_gets_its_sentence(db_path):
    article = make_article()
    article.events[0].evidence_start = article.events[0].evidence_end = 0
    row = rows.event_row(article, article.events[0])
    assert row["evidence_sentence"] == article.sentence_text(1)


def test_event_ids_depend_on_content_not_on_article_id_or_run():
    first = [row["id"] for row in rows.event_rows(make_article("a1"))]
    again = [row["id"] for row in rows.event_rows(make_article("other-id"))]
    changed = [row["id"] for row in rows.event_rows(make_article("a1", tag="edited"))]
    assert first == again and len(set(first)) == 3
    assert not set(first) & set(changed)


def test_a_repeated_event_is_stored_once(db_path):
    article = make_article()
    article.events.append(dataclasses.replace(article.events[0]))
    assert len(rows.event_rows(article)) == 3
    _write(db_path, article)
    with Database(db_path) as db:
        assert db.count_events() == 3


def test_same_batch_twice_is_stored_once(db_path):
    article = make_article()
    assert _write(db_path, article, article) == 1
    assert _write(db_path, article) == 0
    with Database(db_path) as db:
        stats = db.stats()
    assert stats["articles"] == 1 and stats["events"] == 3 and stats["numbers"] == 1
    assert stats["sentences"] == 5 and stats["paragraphs"] == 5 and stats["mentions"] == 9


def test_same_content_under_another_id_is_skipped(db_path):
    assert _write(db_path, make_article("a1")) == 1
    with Store(db_path) as store:
        assert store.known_hashes([make_article("b").content_hash, "0" * 64]) == {
            make_article("a1").content_hash
        }
        assert store.write_batch([make_article("b")], None) == 0
    with Database(db_path) as db:
        assert [a["id"] for a in db.articles()] == ["a1"]


def test_other_content_under_a_taken_id_gets_a_suffixed_id(db_path):
    first, revised = make_article("a1"), make_article("a1", tag="revised")
    assert _write(db_path, first) == 1
    assert _write(db_path, revised) == 1
    suffixed = f"a1~{revised.content_hash[:8]}"
    with Database(db_path) as db:
        assert {a["id"] for a in db.articles()} == {"a1", suffixed}
        assert db.count_events(article_id=suffixed) == 3
    assert revised.id == "a1"  # the caller's article is left as it was


def test_a_batch_that_fails_half_way_leaves_nothing(db_path):
    good, bad = make_article("good"), make_article("bad", tag="bad")
    bad.events[1].goldstein = "not a number"  # fails at the events insert, after articles
    with Store(db_path) as store, pytest.raises(Exception) as failure:
        store.write_batch([good, bad], run_id=None)
    assert any("rolled back" in note for note in failure.value.__notes__)
    with Database(db_path) as db:
        assert set(db.stats().values()) == {0}
    assert _write(db_path, good) == 1  # the file is fine afterwards


def test_article_page_has_text_spans_mentions_and_numbers(db):
    article = db.article("a1")
    text = article["text"]
    assert article["title"].startswith("Iran's foreign minister")
    assert article["published"] == "2023-10-15" and article["meta"] == {"section": "world",
                                                                        "words": 60}  # fmt: skip
    assert [p["kind"] for p in article["paragraphs"]][-1] == "boilerplate"
    assert article["sentences"][-1]["coded"] is False
    assert len(article["events"]) == 3
    triggers = [text[s["start"] : s["end"]] for s in article["spans"] if s["kind"] == "trigger"]
    assert triggers == ["met", "struck", "fired"]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in article["mentions"])
    assert article["numbers"] == [{
        "sentence": 2, "kind": "killed", "value": 20, "qualifier": "at least",
        "text": "at least 20 people", "start": article["numbers"][0]["start"],
        "end": article["numbers"][0]["end"], "attribution": "health officials",
        "victims": "people", "place_name": "Gaza", "place_country": "PSE",
    }]  # fmt: skip
    assert db.article("missing") is None


def test_article_list_is_newest_first_with_event_counts(db):
    listed = db.articles()
    assert [(a["id"], a["events"]) for a in listed] == [("a2", 3), ("a1", 3)]
    assert "text" not in listed[0]
    assert [a["id"] for a in db.articles(start="2023-11")] == ["a2"]
    assert [a["id"] for a in db.articles(limit=1, offset=1)] == ["a1"]


def test_an_article_without_a_date_is_stored(db_path):
    article = make_article(published=None)
    assert _write(db_path, article) == 1
    with Database(db_path) as db:
        assert db.article("a1")["published"] is None


def test_a_read_only_store_reads_but_does_not_write(two_runs):
    with Store(two_runs, read_only=True) as store:
        assert store.known_hashes([make_article("a1").content_hash])
        with pytest.raises(EventscribeError, match="read-only"):
            store.write_batch([make_article("x", tag="x")], None)


def test_datetime_publication_is_stored_as_its_date(db_path):
    article = make_article()
    article.published = dt.datetime(2023, 10, 15, 23, 30)
    _write(db_path, article)
    with Database(db_path) as db:
        assert db.article("a1")["published"] == "2023-10-15"


def test_paging_values_are_checked(db):
    for call in (lambda: db.articles(limit="ten"), lambda: db.actors(offset=-1),
                 lambda: db.rejects(limit=None)):  # fmt: skip
        with pytest.raises(EventscribeError, match="whole number"):
            call()
