"""Property tests: whatever the bytes, `read_inputs` yields Articles and Rejects, never raises."""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscribe.article import Article
from eventscribe.readers import ReadOptions, Reject, read_inputs
from repo_paths import EXAMPLE

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = st.sampled_from(["x.txt", "x.jsonl", "x.json", "x.html", "x", "x.txt.gz", "x.jsonl.gz"])
OPTIONS = st.builds(
    ReadOptions,
    default_date=st.one_of(st.none(), st.just(dt.date(2020, 1, 1))),
    max_chars=st.sampled_from([50, 500_000]),
    check_language=st.booleans(),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "id": JSON_VALUES,
        "date": st.one_of(JSON_VALUES, st.dates().map(str)),
        "title": JSON_VALUES,
        "text": st.one_of(JSON_VALUES, st.text(min_size=1)),
        "url": JSON_VALUES,
        "source": JSON_VALUES,
        "dateline": JSON_VALUES,
    },  # fmt: skip
)


def check(items: list) -> None:
    for item in items:
        assert isinstance(item, Article | Reject), item
        if isinstance(item, Reject):
            assert "\n" not in item.message()
            assert not item.reason.startswith("reader "), item.message()  # a reader's bug
        else:
            assert item.published is not None and isinstance(item.body, str)


def read(path, options: ReadOptions | None = None) -> list:
    items = list(read_inputs([str(path)], options or ReadOptions()))
    check(items)
    return items


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(data=st.binary(max_size=3000), name=NAMES, options=OPTIONS)
def test_random_bytes(folder, data, name, options):
    path = folder / name
    path.write_bytes(data)
    read(path, options)


@FUZZ
@given(text=st.text(max_size=2000), name=NAMES, options=OPTIONS)
def test_random_text(folder, text, name, options):
    path = folder / name
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    read(path, options)


@FUZZ
@given(values=st.lists(st.one_of(JSON_VALUES, RECORDS), min_size=1, max_size=8), options=OPTIONS)
def test_random_json_values_per_line(folder, values, options):
    path = folder / "lines.jsonl"
    path.write_text("\n".join(json.dumps(v) for v in values) + "\n")
    items = read(path, options)
    assert len(items) == len(values)  # one item per line: an article or a reject


@FUZZ
@given(values=st.lists(RECORDS, max_size=5), options=OPTIONS)
def test_random_json_document(folder, values, options):
    path = folder / "doc.json"
    path.write_text(json.dumps(values, indent=1))
    items = read(path, options)
    assert len(items) == max(len(values), 1)


@FUZZ
@given(cut=st.integers(min_value=0, max_value=EXAMPLE.stat().st_size), gz=st.booleans())
def test_truncated_example(folder, cut, gz):
    data = EXAMPLE.read_bytes()[:cut]
    path = folder / ("example.txt.gz" if gz else "example.txt")
    path.write_bytes(gzip.compress(data) if gz else data)
    read(path)


@functools.lru_cache(maxsize=1)
def corpus_head(shared: Path) -> bytes:
    return (shared / "corpus" / "reuters-2017.jsonl.gz").read_bytes()[:60_000]


@FUZZ
@given(cut=st.integers(min_value=0, max_value=60_000))
def test_truncated_gzip_corpus(folder, shared, cut):
    path = folder / "corpus.jsonl.gz"
    path.write_bytes(corpus_head(shared)[:cut])
    items = read(path)
    if cut >= 2:  # a cut gzip stream (magic number read) always ends with its reject
        assert items[-1].reason.startswith(("truncated or corrupt gzip", "empty input")), items[-1]
    assert all(isinstance(item, Article) for item in items[:-1])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000), pack=st.booleans())
def test_random_stdin(monkeypatch, data, pack):
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(data) if pack else data))
    )
    check(list(read_inputs(["-"], ReadOptions())))
