"""The JSON Lines reader: fields, mapping, meta, ids, dates, the corpora, .json documents."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from reading import ENGLISH, read_all, read_one, reasons, write

from eventscribe.article import Article
from eventscribe.errors import EventscribeError
from eventscribe.readers import ReadOptions, Reject


def lines(*records) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def record(**fields):
    return {"id": "a1", "date": "2023-10-15", "title": "T", "text": ENGLISH, **fields}


def test_fields_meta_and_origin(tmp_path):
    full = record(url="http://x/1", source="Reuters", dateline="GENEVA", subject="world", n=3)
    article = read_one(write(tmp_path, "feed.jsonl", lines(full)))
    assert isinstance(article, Article)
    assert (article.id, article.title, article.body) == ("a1", "T", ENGLISH)
    assert (article.url, article.source, article.dateline) == ("http://x/1", "Reuters", "GENEVA")
    assert article.published == dt.date(2023, 10, 15)
    assert article.meta == {"subject": "world", "n": 3}
    assert article.origin == f"{tmp_path / 'feed.jsonl'}:1"


def test_missing_id_is_stem_and_line_and_blank_lines_count(tmp_path):
    no_id = {k: v for k, v in record().items() if k != "id"}
    items = read_all([write(tmp_path, "feed.jsonl.gz", lines(no_id, "", "  ", no_id))])
    assert [a.id for a in items] == ["feed-1", "feed-4"]
    assert items[1].origin.endswith("feed.jsonl.gz:4")


def test_field_map(tmp_path):
    theirs = {"uid": 7, "published_at": "2023-10-15T08:00:00+02:00", "headline": "H",
              "body": ENGLISH, "text": "not this", "extra": True}  # fmt: skip
    field_map = {"id": "uid", "date": "published_at", "title": "headline", "text": "body"}
    article = read_one(write(tmp_path, "f.jsonl", lines(theirs)), field_map=field_map)
    assert (article.id, article.title, article.body) == ("7", "H", ENGLISH)
    assert article.published == dt.date(2023, 10, 15)  # the date as written, not UTC
    assert article.meta == {"text": "not this", "extra": True}


def test_dates(tmp_path):
    days = [
        "2023-10-15",
        "2023-10-15T23:59:59Z",
        "2023-10-15 08:00",
        "2023-10-15T08:00:00.123+05:30",
    ]
    items = read_all([write(tmp_path, "f.jsonl", lines(*(record(date=d) for d in days)))])
    assert [a.published for a in items] == [dt.date(2023, 10, 15)] * 4


def test_default_date_fills_missing_dates_only(tmp_path):
    no_date = {k: v for k, v in record().items() if k != "date"}
    path = write(tmp_path, "f.jsonl", lines(no_date, record(), record(date=None)))
    items = read_all([path], default_date=dt.date(2000, 1, 1))
    assert [a.published.year for a in items] == [2000, 2023, 2000]


def test_bad_records_each_give_a_reject_and_reading_goes_on(tmp_path):
    path = write(tmp_path, "f.jsonl", lines(
        '{"id": "x", "date": ',
        "[1, 2]",
        {"id": "nodate", "text": ENGLISH},
        record(date="15/10/2023"),
        record(text=None),
        record(text=["a", "list"]),
        record(title={"an": "object"}),
        record(date=20231015),
        record(),
    ))  # fmt: skip
    items = read_all([path])
    where = str(path)
    assert reasons(items) == [
        f"{where}:1: malformed JSON (Expecting value at column 21)",
        f"{where}:2: JSON line is not an object (it is a list)",
        f'{where}:3: missing "date" (use --date or map a field with --field date=NAME)',
        f"{where}:4: unparseable date '15/10/2023' (expected YYYY-MM-DD or an ISO date-time)",
        f'{where}:5: missing "text" (map a field with --field text=NAME)',
        f'{where}:6: field "text" is a list, not text',
        f'{where}:7: field "title" is an object, not text',
        f"{where}:8: unparseable date '20231015' (expected YYYY-MM-DD or an ISO date-time)",
    ]
    assert isinstance(items[-1], Article) and items[-1].origin == f"{where}:9"
    assert [r.line for r in items[:-1]] == list(range(1, 9))


def test_unknown_field_in_the_map_fails_at_once():
    with pytest.raises(
        EventscribeError, match=r"^--field body=\.\.\.: no such field \(map one of id, "
    ):
        ReadOptions(field_map={"body": "text"})


def test_mapped_field_missing_names_their_field(tmp_path):
    path = write(tmp_path, "f.jsonl", lines(record()))
    item = read_one(path, field_map={"text": "body", "date": "published_at"})
    assert item.reason == 'missing "body" (map a field with --field text=NAME)'


def test_json_array_and_single_object_documents(tmp_path):
    array = read_all(
        [write(tmp_path, "a.json", json.dumps([record(id="p"), 3, record(id="q")], indent=2))]
    )
    assert [getattr(i, "id", None) for i in array] == ["p", None, "q"]
    assert (
        array[1].message()
        == f"{tmp_path / 'a.json'}:2: JSON line is not an object (it is a number)"
    )
    single = read_one(write(tmp_path, "b.json", json.dumps(record(id="s"), indent=2)))
    assert single.id == "s"
    jsonl_named_json = read_all([write(tmp_path, "c.json", lines(record(id="u"), record(id="v")))])
    assert [a.id for a in jsonl_named_json] == ["u", "v"]


def test_sniffed_without_extension(tmp_path):
    assert read_one(write(tmp_path, "feed", lines(record(id="z")))).id == "z"


def test_corpora_read_entirely(shared):
    for name, count in (("reuters-2017.jsonl.gz", 989), ("reuters-1987.jsonl.gz", 1221)):
        items = read_all([shared / "corpus" / name])
        assert not reasons(items)
        assert len(items) == count
        assert all(a.body and a.title and a.published and a.language == "en" for a in items)


def test_corpus_meta_keeps_extra_fields(shared):
    first = read_all([shared / "corpus" / "reuters-1987.jsonl.gz"])[0]
    assert {"dataset", "topics", "places", "lewis_split"} <= set(first.meta)
    assert first.dateline == "WASHINGTON, Feb 26" and first.source
    assert not isinstance(first, Reject)


def test_jsonl_lines_are_never_read_as_one_document(tmp_path):
    items = read_all([write(tmp_path, "f.jsonl", lines("[1, 2]", record()))])
    assert [type(i).__name__ for i in items] == ["Reject", "Article"]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
@pytest.mark.parametrize("field", ["text", "title", "id"])
def test_nan_and_infinity_are_not_text(tmp_path, constant, field):
    fields = {"date": '"2023-10-15"', "title": '"T"', "text": json.dumps(ENGLISH), field: constant}
    line = "{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}"
    item = read_one(write(tmp_path, "f.jsonl", line + "\n"))
    assert item.message().endswith(f'f.jsonl:1: field "{field}" is {constant}, not text')


@pytest.mark.parametrize("separator", ["\u0085", "\u2028", "\u2029", "\x1c", "\x0c"])
def test_unicode_line_separators_inside_strings_do_not_split_a_line(tmp_path, separator):
    # Valid JSON: only "\n" ends a JSON Lines record (str.splitlines would split at these).
    text = f"{ENGLISH}{separator}{ENGLISH}"
    raw = json.dumps({"date": "2023-10-15", "title": "T", "text": text}, ensure_ascii=False)
    items = read_all([write(tmp_path, "f.jsonl.gz", raw + "\n" + raw + "\n")])
    assert [item.body for item in items] == [text, text]
    items = read_all([write(tmp_path, "f.json", "[" + raw + "]")])
    assert [item.body for item in items] == [text]
