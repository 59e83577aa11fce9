"""HTML pages: main text, title and date extracted offline by trafilatura."""

from __future__ import annotations

from collections.abc import Iterator

from eventscribe import registry
from eventscribe.article import Article
from eventscribe.readers.base import NO_TEXT, ReadOptions, Reject, check, decode, parse_date
from eventscribe.readers.sources import Source


@registry.readers.register("html")
def read_html(source: Source, data: bytes, options: ReadOptions) -> Iterator[Article | Reject]:
    text, problem = decode(data)
    if text is None:
        yield Reject.at(source.name, problem)
        return
    import trafilatura

    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    if extracted is None:
        yield Reject.at(source.name, NO_TEXT)
        return
    found = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = found.get("text") or ""
    if not body.strip():
        yield Reject.at(source.name, NO_TEXT)
        return
    published = parse_date(found.get("date")) or options.default_date
    if published is None:
        yield Reject.at(source.name, "no date found in the page (use --date YYYY-MM-DD)")
        return
    article = Article(
        id=source.stem, body=body, title=found.get("title") or "", published=published,
        source=found.get("sitename"), url=found.get("url"), origin=source.name,
    )  # fmt: skip
    reason = check(article, options)
    yield Reject.at(source.name, reason) if reason else article
