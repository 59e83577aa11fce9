"""The plain-text format: `date YYYY-MM-DD <title>`, optional `- ` bullets, then the body.

    date 2023-10-15 Hamas, Iran leaders to boost cooperation
    - Iran warns of far-reaching consequences
    During their meeting in Qatar's capital Doha on Saturday, ...

A file without the date line is read when `--date` gives one: its first line is then the
title if it looks like one. The id is the file's stem; bullets stay in the body as written
(the normalize stage makes them summary paragraphs).
"""

from __future__ import annotations

import re
from typing import BinaryIO

from eventscribe import registry
from eventscribe.article import Article
from eventscribe.readers.base import Items, ReadOptions, Reject
from eventscribe.readers.checks import (
    BAD_DATE,
    EMPTY,
    MISSING_DATE_LINE,
    TOO_LARGE_BYTES,
    DecodeProblem,
    check_article,
    decode,
    parse_date,
)
from eventscribe.readers.sources import Source, read_document

# "date 2023-10-15 Title", "Date: 2023-10-15T08:00:00Z Title"; a value starting with a digit,
# so that prose such as "Date palms ..." is not taken for a broken date line.
DATE_LINE = re.compile(r"date:?[ \t]+(\d\S*)(?:[ \t]+(.*))?", re.IGNORECASE)
_TITLE_MAX_CHARS = 200
_SENTENCE_END = (".", ",", ";", '."', ".'")
BYTES_PER_CHAR = 4  # UTF-8: a file over 4 bytes a character of the limit is surely too large
_SLACK_BYTES = 1024  # the date line and title


@registry.readers.register("text")
def read_text(source: Source, stream: BinaryIO, options: ReadOptions) -> Items:
    data = read_document(stream, options.max_chars * BYTES_PER_CHAR + _SLACK_BYTES)
    if data is None:
        size = options.max_chars * BYTES_PER_CHAR + _SLACK_BYTES
        yield Reject.at(source.name, TOO_LARGE_BYTES.format(size=size, limit=options.max_chars))
        return
    try:
        text = decode(data)
    except DecodeProblem as problem:
        yield Reject.at(source.name, str(problem))
        return
    del data  # one copy of a large article at a time
    article = parse_plaintext(text, options)
    if isinstance(article, str):
        yield Reject.at(source.name, article)
        return
    article.id, article.origin = source.stem, source.name
    reason = check_article(article, options)
    yield Reject.at(source.name, reason) if reason else article


def parse_plaintext(text: str, options: ReadOptions) -> Article | str:
    """An Article (id and origin left to the caller), or the reason the text is rejected."""
    text = text.lstrip("\ufeff \t\r\n")
    if not text.strip():
        return EMPTY
    first, _, rest = text.partition("\n")
    first = first.strip()
    match = DATE_LINE.fullmatch(first)
    if match:
        published = parse_date(match.group(1))
        if published is None:
            return BAD_DATE.format(value=match.group(1))
        return Article(id="", title=(match.group(2) or "").strip(), body=rest, published=published)
    if options.default_date is None:
        return MISSING_DATE_LINE
    if rest.strip() and looks_like_title(first):
        return Article(id="", title=first, body=rest, published=options.default_date)
    return Article(id="", title="", body=text, published=options.default_date)


def looks_like_title(line: str) -> bool:
    """A short line that does not end as a sentence does and starts with a capital or digit."""
    return (
        0 < len(line) <= _TITLE_MAX_CHARS
        and (line[0].isupper() or line[0].isdigit())
        and not line.endswith(_SENTENCE_END)
    )
