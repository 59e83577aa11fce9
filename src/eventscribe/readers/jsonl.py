"""JSON Lines: one article object per line (`id`, `date`, `title`, `text`, `url`, `source`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from eventscribe import registry
from eventscribe.article import Article
from eventscribe.readers.base import (
    BAD_DATE,
    BAD_JSON,
    MISSING_FIELD,
    NOT_OBJECT,
    ReadOptions,
    Reject,
    check,
    decode,
    parse_date,
)
from eventscribe.readers.sources import Source

KNOWN = ("id", "date", "title", "text", "url", "source", "dateline")


@registry.readers.register("jsonl")
def read_jsonl(source: Source, data: bytes, options: ReadOptions) -> Iterator[Article | Reject]:
    text, problem = decode(data)
    if text is None:
        yield Reject.at(source.name, problem)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _read_line(source, number, line, options)


def _read_line(source: Source, number: int, line: str, options: ReadOptions) -> Article | Reject:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return Reject.at(source.name, BAD_JSON.format(detail=error.msg), number)
    except RecursionError:
        return Reject.at(source.name, BAD_JSON.format(detail="nested too deeply"), number)
    if not isinstance(record, dict):
        return Reject.at(source.name, NOT_OBJECT, number)
    article = _article(record, options, f"{source.stem}-{number}")
    if isinstance(article, str):
        return Reject.at(source.name, article, number)
    article.origin = f"{source.name}:{number}"
    reason = check(article, options)
    return Reject.at(source.name, reason, number) if reason else article


def _article(record: dict[str, Any], options: ReadOptions, fallback_id: str) -> Article | str:
    def get(name: str) -> Any:
        return record.get(options.field_map.get(name, name))

    body = get("text")
    if not isinstance(body, str):
        return MISSING_FIELD.format(field="text")
    raw_date = get("date")
    published = parse_date(raw_date) if raw_date is not None else options.default_date
    if published is None:
        if raw_date is None:
            return MISSING_FIELD.format(field="date") + " or use --date YYYY-MM-DD"
        return BAD_DATE.format(value=str(raw_date)[:40])
    used = {options.field_map.get(k, k) for k in KNOWN}
    return Article(
        id=str(get("id") or fallback_id),
        body=body,
        title=str(get("title") or ""),
        published=published,
        source=_text(get("source")),
        url=_text(get("url")),
        dateline=_text(get("dateline")),
        meta={k: v for k, v in record.items() if k not in used},
    )


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
