"""Every bad input becomes one Reject with a one-line reason, pinned here word for word."""

from __future__ import annotations

import gzip
import json
import time
import tracemalloc

import pytest
from reading import ENGLISH, FRENCH, GERMAN, RUSSIAN, read_all, read_one, write

from eventscribe import registry
from eventscribe.article import Article


@pytest.mark.parametrize("name", ["e.txt", "e.jsonl", "e.html", "e", "e.txt.gz"])
def test_empty_file(tmp_path, name):
    assert read_one(write(tmp_path, name, "")).reason == "empty input"


def test_blank_file(tmp_path):
    assert read_one(write(tmp_path, "b.txt", " \n\t\n" * 2000)).reason == "empty input"
    assert read_one(write(tmp_path, "b.jsonl", " \n\t\n" * 2000)).reason == "empty input"


@pytest.mark.parametrize("name", ["b.txt", "b.jsonl", "b.html", "b", "b.txt.gz"])
def test_binary_file(tmp_path, name):
    content = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert read_one(write(tmp_path, name, content)).reason == "binary content, not text"


def test_utf16_without_a_byte_order_mark_is_binary(tmp_path):
    data = f"date 2023-10-15 T\n{ENGLISH}".encode("utf-16-le")
    assert read_one(write(tmp_path, "u.txt", data)).reason == "binary content, not text"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, encoding):
    marked = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    data = marked + f"date 2023-10-15 Ministers meet\r\n{ENGLISH}".encode(encoding)
    article = read_one(write(tmp_path, "u.txt.gz", data))
    assert article.title == "Ministers meet" and article.body.strip() == ENGLISH


def test_utf16_json_lines_are_read_line_by_line(tmp_path):
    record = json.dumps({"date": "2023-10-15", "title": "Ministers meet", "text": ENGLISH})
    items = read_all([write(tmp_path, "f.jsonl", f"{record}\n{{bad\n{record}\n".encode("utf-16"))])
    assert [type(i).__name__ for i in items] == ["Article", "Reject", "Article"]
    assert items[1].where.endswith("f.jsonl:2")


def test_broken_utf16_says_so(tmp_path):
    data = "date 2023-10-15 T\n".encode("utf-16") + b"\x00\xd8\x41\x00"  # a lone surrogate
    item = read_one(write(tmp_path, "u.txt", data))
    assert item.reason == "invalid UTF-16-LE text (illegal UTF-16 surrogate)"


def test_invalid_utf8_says_at_which_byte(tmp_path):
    latin1 = "date 2023-10-15 Caf\xe9\nBody caf\xe9.".encode("latin-1")
    assert read_one(write(tmp_path, "l.txt", latin1)).reason == "invalid UTF-8 at byte 19"
    lines = json.dumps({"date": "2023-10-15", "text": ENGLISH}).encode() + b"\n"
    bad = b'{"text": "caf\xe9"}\n'
    item = read_all([write(tmp_path, "l.jsonl", lines + bad)])[1]
    assert item.message().endswith(f"l.jsonl:2: invalid UTF-8 at byte {len(lines) + 13}")


def test_html_without_text_or_date(tmp_path):
    empty = write(tmp_path, "p.html", "<html><head><title>x</title></head><body></body></html>")
    assert read_one(empty).reason == "no article text found"
    page = f"<html><body><article><p>{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>"
    assert (
        read_one(write(tmp_path, "q.html", page)).reason == "no date found in the page (use --date)"
    )


def test_no_text(tmp_path):
    assert (
        read_one(write(tmp_path, "t.txt", "date 2023-10-15\n\n")).reason == "no article text found"
    )
    line = json.dumps({"date": "2023-10-15", "text": "  "})
    assert read_one(write(tmp_path, "t.jsonl", line)).reason == "no article text found"


def test_article_over_max_chars(tmp_path):
    text = f"date 2023-10-15 T\n{ENGLISH}"
    item = read_one(write(tmp_path, "t.txt", text), max_chars=100)
    assert item.reason == f"article too large ({len(ENGLISH) + 1:,} characters; the limit is 100)"
    line = json.dumps({"date": "2023-10-15", "text": ENGLISH})
    item = read_one(write(tmp_path, "t.jsonl", line), max_chars=100)
    assert item.reason == f"article too large ({len(ENGLISH):,} characters; the limit is 100)"


@pytest.mark.parametrize("name", ["big.txt", "big.jsonl", "big.html", "big.txt.gz"])
def test_20_mb_article_is_rejected_quickly_in_little_memory(tmp_path, name):
    body = (ENGLISH + "\n") * (20_000_000 // len(ENGLISH))
    if name.endswith(".jsonl"):
        content = (
            json.dumps({"date": "2023-10-15", "text": body})
            + "\n"
            + json.dumps({"id": "next", "date": "2023-10-15", "text": ENGLISH})
        )
    elif name.endswith(".html"):
        content = f"<html><body><p>{body}</p></body></html>"
    else:
        content = f"date 2023-10-15 Big\n{body}"
    path = write(tmp_path, name, content)
    del body, content
    registry.load_builtins()  # imports are not what is measured
    import trafilatura  # noqa: F401

    tracemalloc.start()
    started = time.perf_counter()
    items = read_all([path])
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert items[0].reason.startswith("article too large (over ")
    assert items[0].reason.endswith("bytes; the limit is 500,000 characters)")
    if name.endswith(".jsonl"):
        assert items[0].line == 1 and items[1].id == "next"  # the next line is still read
    assert seconds < 2.0  # the cap is read, not the 20 MB (traced allocations slow this ~2x)
    assert peak < (20 if name.endswith(".html") else 10) * 1_000_000  # less than one copy


@pytest.mark.parametrize("text, language", [(FRENCH, "fr"), (GERMAN, "de"), (RUSSIAN, "ru")])
def test_non_english_is_rejected_naming_the_language(tmp_path, text, language):
    item = read_one(write(tmp_path, "f.txt", f"date 2023-10-15 Titre\n{text}\n{text}"))
    assert item.reason == f"not English (detected {language!r})"


def test_language_check_can_be_turned_off(tmp_path):
    article = read_one(
        write(tmp_path, "f.txt", f"date 2023-10-15 T\n{FRENCH}"), check_language=False
    )
    assert isinstance(article, Article) and article.language is None


def test_short_texts_are_not_judged(tmp_path):
    line = json.dumps({"date": "2023-10-15", "title": "T", "text": "Iran met with Qatar."})
    article = read_one(write(tmp_path, "s.jsonl", line))
    assert isinstance(article, Article) and article.language is None


def test_gzip_bomb_guard_is_the_same_cap(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"date 2023-10-15 T\n" + b"a " * 30_000_000))
    assert read_one(path).reason.startswith("article too large (over ")
