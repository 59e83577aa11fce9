"""Inputs: folders (recursive, sorted, hidden skipped), .gz of every format, stdin, bad paths."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib

import pytest
from reading import ENGLISH, read_all, read_one, reasons, write

from eventscribe.article import Article
from eventscribe.readers import ReadOptions, Reject, read_inputs
from eventscribe.readers.sources import Source, detect_format

PAGE = (
    "<!DOCTYPE html><html><head><title>Ministers meet</title>"
    '<meta property="article:published_time" content="2023-10-15T10:00:00Z"></head>'
    f"<body><article><h1>Ministers meet</h1><p>{ENGLISH}</p><p>{ENGLISH}</p></article>"
    "</body></html>"
)
TEXT = f"date 2023-10-15 Ministers meet\n{ENGLISH}"
JSONL = json.dumps({"date": "2023-10-15", "title": "Ministers meet", "text": ENGLISH}) + "\n"


def test_folder_is_walked_recursively_sorted_without_hidden_entries(tmp_path):
    write(tmp_path, "b.txt", TEXT)
    write(tmp_path, "a/z.txt", TEXT)
    write(tmp_path, "a/y.jsonl", JSONL)
    write(tmp_path, ".hidden.txt", "not read")
    write(tmp_path, ".git/x.txt", "not read")
    write(tmp_path, "c/.cache/x.txt", "not read")
    items = read_all([tmp_path])
    expected = [f"{tmp_path / 'a' / 'y.jsonl'}:1", str(tmp_path / "a" / "z.txt")]
    assert [item.origin for item in items] == [*expected, str(tmp_path / "b.txt")]
    assert [item.id for item in items] == ["y-1", "z", "b"]


@pytest.mark.parametrize("name, content", [("t.txt.gz", TEXT), ("j.jsonl.gz", JSONL),
                                           ("p.html.gz", PAGE), ("sniffed.gz", JSONL)])  # fmt: skip
def test_gzip_of_each_format(tmp_path, name, content):
    article = read_one(write(tmp_path, name, content))
    assert isinstance(article, Article), article
    assert article.title == "Ministers meet" and ENGLISH in article.body


def test_gzip_without_gz_extension_is_undone(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(gzip.compress(TEXT.encode()))
    assert read_one(path).title == "Ministers meet"


def _complete_lines(cut: bytes) -> int:
    """How many whole lines the readable part of a cut gzip holds."""
    return zlib.decompressobj(31).decompress(cut).count(b"\n")


def test_truncated_gzip_keeps_every_complete_line_and_names_the_last(tmp_path):
    data = gzip.compress((JSONL * 2000).encode())
    path = write(tmp_path, "f.jsonl.gz", b"")
    path.write_bytes(data[: len(data) // 2])
    items = read_all([path])
    kept = _complete_lines(data[: len(data) // 2])
    assert len(items) == kept + 1 and all(isinstance(i, Article) for i in items[:-1])
    assert items[-1].message() == (
        f"{path}:{kept + 1}: truncated or corrupt gzip data "
        "(Compressed file ended before the end-of-stream marker was reached; "
        f"line {kept} is the last complete one)"
    )


def test_a_small_truncated_gzip_keeps_its_complete_records(tmp_path):
    # Six records in under 4 KB: the cut used to lose all but what the sniffing had read.
    data = gzip.compress((JSONL * 6).encode())
    path = write(tmp_path, "six.jsonl.gz", b"")
    path.write_bytes(data[:-12])  # the end-of-stream marker and the last bytes cut off
    items = read_all([path])
    kept = _complete_lines(data[:-12])
    assert kept >= 5 and [type(i).__name__ for i in items] == ["Article"] * kept + ["Reject"]
    assert items[-1].line == kept + 1


def test_a_truncated_gzip_document_gives_no_article(tmp_path):
    data = gzip.compress(TEXT.encode())
    path = write(tmp_path, "t.txt.gz", b"")
    path.write_bytes(data[:-12])
    item = read_one(path)
    assert item.reason.startswith("truncated or corrupt gzip data (Compressed file ended")


def test_corrupt_gzip(tmp_path):
    path = tmp_path / "f.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate" * 3)
    assert read_one(path).reason.startswith("truncated or corrupt gzip data (")


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize("pack", [bytes, gzip.compress])
def test_stdin_jsonl_plain_and_gzipped(monkeypatch, pack):
    _stdin(monkeypatch, pack(JSONL.encode() + b"[]\n"))
    article, reject = read_all(["-"])
    assert (article.id, article.origin) == ("stdin-1", "-:1")
    assert reject.message() == "-:2: JSON line is not an object (it is a list)"


def test_stdin_text_and_forced_format(monkeypatch):
    _stdin(monkeypatch, TEXT.encode())
    assert read_one("-").id == "stdin"
    _stdin(monkeypatch, TEXT.encode())
    first, second = read_all(["-"], format="jsonl")
    assert first.message() == "-:1: malformed JSON (Expecting value at column 1)"


def test_no_stdin_at_all(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    assert read_one("-").message() == "-: cannot read (no standard input)"


def test_missing_path_and_unknown_forced_format(tmp_path):
    assert (
        read_one(tmp_path / "nope.txt").message()
        == f"{tmp_path / 'nope.txt'}: no such file or folder"
    )
    with pytest.raises(Exception, match="unknown reader 'xml'"):
        list(read_inputs([str(tmp_path)], ReadOptions(format="xml")))


def test_unreadable_file_is_a_reject():
    # /proc/self/mem cannot be read at offset 0 even by root: a real unreadable file.
    item = read_one("/proc/self/mem")
    assert item.message() == "/proc/self/mem: cannot read (Input/output error)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_file_without_read_permission(tmp_path):
    path = write(tmp_path, "secret.txt", TEXT)
    path.chmod(0)
    assert read_one(path).reason == "cannot read (Permission denied)"


def test_bad_inputs_do_not_stop_the_batch(tmp_path):
    good = write(tmp_path, "good.txt", TEXT)
    items = read_all([tmp_path / "missing", write(tmp_path, "e.txt", ""), "/proc/self/mem", good])
    assert len(reasons(items)) == 3 and isinstance(items[-1], Article)


@pytest.mark.parametrize("name, head, expected", [
    ("a.TXT", b"{", "text"), ("a.ndjson", b"x", "jsonl"), ("a.htm.gz", b"", "html"),
    ("noext", b'\n  {"a": 1}', "jsonl"), ("noext", b"[{", "jsonl"),
    ("noext", b"<!DOCTYPE html><html>", "html"), ("noext", b"  <html lang=en>", "html"),
    ("noext", b"date 2023-10-15 T", "text"), ("a.md", b"<3 you", "text"),
])  # fmt: skip
def test_detect_format(name, head, expected):
    assert detect_format(Source(name, None), head) == expected


def test_reject_message_and_fields(tmp_path):
    reject = Reject.at("feed.jsonl", "JSON line is not an object (it is a list)", 12)
    assert reject.message() == "feed.jsonl:12: JSON line is not an object (it is a list)"
    assert (reject.where, reject.input, reject.line) == ("feed.jsonl:12", "feed.jsonl", 12)
