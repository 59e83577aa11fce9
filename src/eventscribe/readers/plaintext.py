"""The plain-text format: `date YYYY-MM-DD <title>`, optional `- ` bullets, then the body."""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventscribe import registry
from eventscribe.article import Article
from eventscribe.readers.base import MISSING_DATE, ReadOptions, Reject, check, decode, parse_date
from eventscribe.readers.sources import Source

DATE_LINE = re.compile(r"^\s*date\s+(\S+)\s*(.*)$", re.IGNORECASE)


@registry.readers.register("text")
def read_text(source: Source, data: bytes, options: ReadOptions) -> Iterator[Article | Reject]:
    text, problem = decode(data)
    if text is None:
        yield Reject.at(source.name, problem)
        return
    article_or_reason = parse_plaintext(text, options)
    if isinstance(article_or_reason, str):
        yield Reject.at(source.name, article_or_reason)
        return
    article = article_or_reason
    article.id, article.origin = source.stem, source.name
    reason = check(article, options)
    yield Reject.at(source.name, reason) if reason else article


def parse_plaintext(text: str, options: ReadOptions) -> Article | str:
    """An Article (id to be set by the caller) or the reason the text is rejected."""
    lines = text.lstrip("\ufeff").strip().splitlines()
    first = lines[0] if lines else ""
    match = DATE_LINE.match(first)
    if match:
        published = parse_date(match.group(1))
        if published is None:
            return f"unparseable date {match.group(1)!r} on the first line (expected YYYY-MM-DD)"
        title, body = match.group(2).strip(), lines[1:]
    elif options.default_date is not None:
        published = options.default_date
        title, body = _title_and_body(lines)
    else:
        return MISSING_DATE
    return Article(id="", body="\n".join(body), title=title, published=published)


def _title_and_body(lines: list[str]) -> tuple[str, list[str]]:
    """A short first line with no final full stop is a title; otherwise there is none."""
    if len(lines) > 1 and len(lines[0]) < 200 and not lines[0].rstrip().endswith((".", '"')):
        return lines[0].strip(), lines[1:]
    return "", lines
