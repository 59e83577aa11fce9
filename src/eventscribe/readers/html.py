"""HTML pages: main text, title and date extracted offline by trafilatura.

The page's own date wins over `--date`; a page without either is rejected. Nothing is
fetched: trafilatura works on the markup given.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, BinaryIO

from eventscribe import registry
from eventscribe.article import Article
from eventscribe.readers.base import Items, ReadOptions, Reject
from eventscribe.readers.checks import (
    MISSING_PAGE_DATE,
    NO_TEXT,
    TOO_LARGE_BYTES,
    DecodeProblem,
    check_article,
    decode,
    parse_date,
)
from eventscribe.readers.sources import Source, read_document

MARKUP_PER_CHAR = 16  # pages carry scripts and markup: many bytes per character of text


@registry.readers.register("html")
def read_html(source: Source, stream: BinaryIO, options: ReadOptions) -> Items:
    max_bytes = options.max_chars * MARKUP_PER_CHAR
    data = read_document(stream, max_bytes)
    if data is None:
        yield Reject.at(
            source.name, TOO_LARGE_BYTES.format(size=max_bytes, limit=options.max_chars)
        )
        return
    try:
        page = decode(data)
    except DecodeProblem as problem:
        yield Reject.at(source.name, str(problem))
        return
    found = extract(page)
    body = (found.get("text") or "").strip()
    if not body:
        yield Reject.at(source.name, NO_TEXT)
        return
    published = parse_date(found.get("date")) or options.default_date
    if published is None:
        yield Reject.at(source.name, MISSING_PAGE_DATE)
        return
    article = Article(
        id=source.stem, body=body, title=found.get("title") or "", published=published,
        source=found.get("sitename"), url=found.get("url"), origin=source.name,
    )  # fmt: skip
    reason = check_article(article, options)
    yield Reject.at(source.name, reason) if reason else article


def extract(page: str) -> dict[str, Any]:
    """trafilatura's text and metadata of a page ({} when it finds no main text)."""
    import trafilatura  # slow to import: only when a page is read

    found = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_date_params(),
    )
    if found is None:
        return {}
    return found if isinstance(found, dict) else found.as_dict()


def _date_params() -> dict[str, Any]:
    """The page's own publication date only: no guessing from a copyright line or a URL."""
    today = dt.date.today().isoformat()
    return {"original_date": True, "extensive_search": False, "max_date": today}
