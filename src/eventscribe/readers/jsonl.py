"""JSON Lines: one article object per line, streamed, each bad line a reject of its own.

Fields: `id`, `date`, `title`, `text`, `url`, `source`, `dateline`; any other field goes
into `article.meta`. `ReadOptions.field_map` renames them (`{"text": "body"}`). A `.json`
file may also hold one JSON document: an array of such objects, or a single object.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterator
from typing import Any, BinaryIO

from eventscribe import registry
from eventscribe.article import Article
from eventscribe.readers.base import RECORD_FIELDS, Items, ReadOptions, Reject
from eventscribe.readers.checks import (
    BAD_DATE,
    BAD_JSON,
    DOCUMENT_TOO_LARGE,
    EMPTY,
    MISSING_DATE_FIELD,
    MISSING_FIELD,
    NOT_OBJECT,
    TOO_LARGE_BYTES,
    WRONG_TYPE,
    DecodeProblem,
    check_article,
    decode,
    kind_of,
    parse_date,
)
from eventscribe.readers.sources import Source, read_up_to, replay

LINE_SUFFIXES = (".jsonl", ".ndjson")
BYTES_PER_CHAR = 6  # JSON may escape every character as \uXXXX
_SLACK_BYTES = 1 << 16  # the other fields of a line
_DOCUMENT_BYTES = 64 << 20  # a .json file is parsed whole up to this size, else as lines
_SKIP_CHUNK = 1 << 20


class _FieldProblem(ValueError):
    """A record whose fields cannot make an article; the message is the reject reason."""


@registry.readers.register("jsonl")
def read_jsonl(source: Source, stream: BinaryIO, options: ReadOptions) -> Items:
    """.jsonl and .ndjson: lines. .json, or no known extension: maybe one document."""
    if source.suffix in LINE_SUFFIXES:
        yield from _read_lines(source, stream, options)
        return
    first = stream.peek(64).lstrip(b"\xef\xbb\xbf \t\r\n")[:1]  # type: ignore[attr-defined]
    if source.suffix == ".json" or first == b"[":
        yield from _read_document(source, stream, options)
    else:
        yield from _read_lines(source, stream, options)


def _read_lines(source: Source, stream: BinaryIO, options: ReadOptions) -> Items:
    cap = options.max_chars * BYTES_PER_CHAR + _SLACK_BYTES
    found = False
    for number, offset, raw in _lines(stream, cap):
        if raw is None:
            found = True
            reason = TOO_LARGE_BYTES.format(size=cap, limit=options.max_chars)
            yield Reject.at(source.name, reason, number)
        elif raw.strip():
            found = True
            yield _read_line(source, number, offset, raw, options)
    if not found:
        yield Reject.at(source.name, EMPTY)


def _lines(stream: BinaryIO, cap: int) -> Iterator[tuple[int, int, bytes | None]]:
    """(line number, byte offset, bytes) per line; None for a line longer than `cap` bytes."""
    number = offset = 0
    while raw := stream.readline(cap + 1):
        number += 1
        if len(raw) > cap and not raw.endswith(b"\n"):
            offset += len(raw) + _skip_line(stream)
            yield number, offset, None
            continue
        yield number, offset, raw
        offset += len(raw)


def _skip_line(stream: BinaryIO) -> int:
    """Read past the rest of an overlong line, a chunk at a time; the bytes skipped."""
    skipped = 0
    while chunk := stream.readline(_SKIP_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _read_line(
    source: Source, number: int, offset: int, raw: bytes, options: ReadOptions
) -> Article | Reject:
    try:
        record = json.loads(decode(raw, offset).rstrip("\r\n"))
    except DecodeProblem as problem:
        return Reject.at(source.name, str(problem), number)
    except json.JSONDecodeError as error:
        detail = f"{error.msg} at column {error.colno}"
        return Reject.at(source.name, BAD_JSON.format(detail=detail), number)
    except (ValueError, RecursionError) as error:  # huge integers, deep nesting
        return Reject.at(source.name, BAD_JSON.format(detail=str(error) or "too deep"), number)
    return _read_record(source, number, record, options)


def _read_document(source: Source, stream: BinaryIO, options: ReadOptions) -> Items:
    """An array of records, one record, or (neither parses whole) JSON Lines."""
    data = read_up_to(stream, _DOCUMENT_BYTES + 1)
    document = _whole(data) if len(data) <= _DOCUMENT_BYTES else None
    if isinstance(document, list):
        for number, record in enumerate(document, start=1):
            yield _read_record(source, number, record, options)
        if not document:
            yield Reject.at(source.name, EMPTY)
    elif isinstance(document, dict):
        yield _read_record(source, 1, document, options)
    elif data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[") and len(data) > _DOCUMENT_BYTES:
        yield Reject.at(source.name, DOCUMENT_TOO_LARGE.format(size=_DOCUMENT_BYTES))
    else:  # line by line, which also says where a broken document breaks
        yield from _read_lines(source, replay(data, stream), options)


def _whole(data: bytes) -> Any:
    try:
        return json.loads(decode(data))
    except (DecodeProblem, ValueError, RecursionError):
        return None


def _read_record(
    source: Source, number: int, record: Any, options: ReadOptions
) -> Article | Reject:
    if not isinstance(record, dict):
        return Reject.at(source.name, NOT_OBJECT.format(kind=kind_of(record)), number)
    try:
        article = article_from_record(record, options, f"{source.stem}-{number}")
    except _FieldProblem as problem:
        return Reject.at(source.name, str(problem), number)
    article.origin = f"{source.name}:{number}"
    reason = check_article(article, options)
    return Reject.at(source.name, reason, number) if reason else article


def article_from_record(record: dict[str, Any], options: ReadOptions, fallback_id: str) -> Article:
    """An Article from one JSON object; raises _FieldProblem naming the field at fault."""
    body = _text(record, "text", options)
    if body is None:
        raise _FieldProblem(MISSING_FIELD.format(field=options.their("text"), ours="text"))
    used = {options.their(name) for name in RECORD_FIELDS}
    return Article(
        id=_text(record, "id", options) or fallback_id,
        body=body,
        title=_text(record, "title", options) or "",
        published=_date(record, options),
        source=_text(record, "source", options),
        url=_text(record, "url", options),
        dateline=_text(record, "dateline", options),
        meta={key: value for key, value in record.items() if key not in used},
    )


def _text(record: dict[str, Any], ours: str, options: ReadOptions) -> str | None:
    """A field as text: strings as they are, numbers written out; None if absent or empty."""
    value = record.get(options.their(ours))
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, float) and not math.isfinite(value):  # NaN, Infinity: Python's json
        raise _FieldProblem(WRONG_TYPE.format(field=options.their(ours), kind=json.dumps(value)))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise _FieldProblem(WRONG_TYPE.format(field=options.their(ours), kind=kind_of(value)))


def _date(record: dict[str, Any], options: ReadOptions) -> dt.date:
    value = record.get(options.their("date"))
    if value is None or value == "":
        if options.default_date is None:
            raise _FieldProblem(MISSING_DATE_FIELD.format(field=options.their("date")))
        return options.default_date
    published = parse_date(value)
    if published is None:
        shown = value if isinstance(value, str) else json.dumps(value)
        raise _FieldProblem(BAD_DATE.format(value=shown[:60]))
    return published
