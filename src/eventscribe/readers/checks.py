"""Why an input is rejected: the reasons (one catalogue, pinned by tests) and the checks.

Every reason is one line that says what is wrong and, where the user can do something
about it, how to fix it. Readers format them with details; `Reject.where` names the input.
"""

from __future__ import annotations

import datetime as dt
import re

from eventscribe.article import Article
from eventscribe.readers.base import ReadOptions, Reject
from eventscribe.readers.language import detect_language

EMPTY = "empty input"
BINARY = "binary content, not text"
INVALID_UTF8 = "invalid UTF-8 at byte {offset}"
INVALID_TEXT = "invalid {encoding} text ({detail})"
UNREADABLE = "cannot read ({detail})"
NOT_FOUND = "no such file or folder"
LINK_LOOP = "symbolic link loop (the link leads back to itself)"
BROKEN_LINK = "broken symbolic link (to {target})"
NOT_A_FILE = "a URL, not a file (eventscribe reads files: download it first)"
NOT_REGULAR = "not a regular file (a {kind}); only regular files are read from folders"
BAD_GZIP = "truncated or corrupt gzip data ({detail})"
GAVE_UP = (
    "gave up on this input after {count:,} rejects in a row (the last: {reason}); "
    "raise max_consecutive_rejects in the settings to read on"
)
BAD_JSON = "malformed JSON ({detail})"
NOT_OBJECT = "JSON line is not an object (it is {kind})"
MISSING_FIELD = 'missing "{field}" (map a field with --field {ours}=NAME)'
MISSING_DATE_FIELD = 'missing "{field}" (use --date or map a field with --field date=NAME)'
DOCUMENT_TOO_LARGE = "JSON document too large to read whole (over {size:,} bytes; use JSON Lines)"
WRONG_TYPE = 'field "{field}" is {kind}, not text'
MISSING_DATE_LINE = "no date: first line is not `date YYYY-MM-DD <title>` (use --date)"
MISSING_PAGE_DATE = "no date found in the page (use --date)"
BAD_DATE = "unparseable date {value!r} (expected YYYY-MM-DD or an ISO date-time)"
DATE_OUT_OF_RANGE = (
    "publication date {value} outside {first} to {last} (set min_date/max_date in the settings)"
)
TOO_LARGE = "article too large ({size:,} characters; the limit is {limit:,})"
TOO_LARGE_BYTES = "article too large (over {size:,} bytes; the limit is {limit:,} characters)"
NOT_ENGLISH = "not English (detected {language!r})"
NO_TEXT = "no article text found"
READER_FAILED = "reader {format!r} failed ({detail})"  # a bug, not a bad input: tests forbid it

# YYYY-MM-DD, optionally followed by an ISO time ("T10:00:00Z", " 10:00:00+01:00").
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                       r"(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")  # fmt: skip


def decode(data: bytes, offset: int = 0) -> str:
    """The text of UTF-8 `data` (a leading BOM dropped), or raise `DecodeProblem`."""
    if b"\x00" in data:
        raise DecodeProblem(BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DecodeProblem(INVALID_UTF8.format(offset=offset + error.start)) from None


class DecodeProblem(ValueError):
    """Bytes that are not UTF-8 text; the message is the reject reason."""


def parse_date(value: object) -> dt.date | None:
    """The date of `YYYY-MM-DD` or an ISO date-time (as written, not moved to UTC), else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value)
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def check_date(published: dt.date | None, options: ReadOptions) -> str | None:
    """The reason a publication date is not accepted (outside `options.dates`), or None."""
    first, last = options.dates
    if published is None or first <= published <= last:
        return None
    return DATE_OUT_OF_RANGE.format(value=published.isoformat(), first=first, last=last)


def kind_of(value: object) -> str:
    """How a JSON value is named in a reason: 'a list', 'a number', 'null'."""
    if value is None:
        return "null"
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string",
             list: "a list", dict: "an object"}  # fmt: skip
    return names.get(type(value), f"a {type(value).__name__}")


def check_article(article: Article, options: ReadOptions) -> str | None:
    """The reason an article that was read fine is still not processed, or None."""
    reason = check_date(article.published, options)
    if reason:
        return reason
    size = len(article.body) + len(article.title)
    if size > options.max_chars:
        return TOO_LARGE.format(size=size, limit=options.max_chars)
    if not article.body.strip() and not article.title.strip():
        return NO_TEXT
    if options.check_language:
        return check_language(article, options.min_english_share)
    return None


def check_language(article: Article, min_english_share: float) -> str | None:
    """The reason an article is not processed for its language, or None (language set)."""
    language = detect_language(article.title, article.body, min_english_share)
    if language not in ("en", None):
        return NOT_ENGLISH.format(language=language)
    article.language = language
    return None


def language_reject(article: Article, options: ReadOptions) -> Reject | None:
    """`check_language` for an article read with the check off, as a reject at its origin
    (ingest checks content identity first: a stored article is never detected again)."""
    reason = check_language(article, options.min_english_share)
    return Reject.from_origin(article.origin, reason) if reason else None
