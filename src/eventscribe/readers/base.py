"""What readers share: options, rejects, and the checks every article passes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from eventscribe.article import Article

# Reasons, one catalogue; tests pin them.
EMPTY = "empty input"
BINARY = "binary content, not text"
INVALID_UTF8 = "invalid UTF-8 at byte {offset}"
BAD_JSON = "malformed JSON ({detail})"
NOT_OBJECT = "JSON line is not an object"
MISSING_FIELD = 'missing "{field}" (map a field with --field {field}=NAME)'
MISSING_DATE = 'no date: first line is not "date YYYY-MM-DD <title>" (use --date YYYY-MM-DD)'
BAD_DATE = "unparseable date {value!r} (expected YYYY-MM-DD)"
TOO_LARGE = "article too large ({size:,} characters; the limit is {limit:,})"
NOT_ENGLISH = "not English (few common English words; looks like {language!r})"
NO_TEXT = "no article text found"


@dataclass(frozen=True)
class ReadOptions:
    default_date: dt.date | None = None
    field_map: Mapping[str, str] = field(default_factory=dict)
    format: str | None = None
    max_chars: int = 500_000
    check_language: bool = True


@dataclass(frozen=True)
class Reject:
    where: str  # "path" or "path:LINE"
    reason: str
    input: str
    line: int | None = None

    @classmethod
    def at(cls, name: str, reason: str, line: int | None = None) -> Reject:
        where = f"{name}:{line}" if line is not None else name
        return cls(where, reason, name, line)

    def message(self) -> str:
        return f"{self.where}: {self.reason}"


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, reason) for bytes that should be UTF-8 text."""
    if not data.strip():
        return None, EMPTY
    if b"\x00" in data[:8192]:
        return None, BINARY
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        return None, INVALID_UTF8.format(offset=error.start)


def parse_date(value: object) -> dt.date | None:
    """YYYY-MM-DD or an ISO datetime; None if it is neither."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def check(article: Article, options: ReadOptions) -> str | None:
    """The reason an article read fine is still not processed, or None."""
    size = len(article.body) + len(article.title)
    if size > options.max_chars:
        return TOO_LARGE.format(size=size, limit=options.max_chars)
    if not article.body.strip() and not article.title.strip():
        return NO_TEXT
    if options.check_language:
        language = non_english(article.title + "\n" + article.body[:3000])
        if language:
            return NOT_ENGLISH.format(language=language)
    return None


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    # The most frequent function words of a few languages: enough to tell English apart and
    # to name the likely language of what is rejected.
    lists = {
        "en": "the of and to in a is that for on with as by was at from said it he his are",
        "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine",
        "fr": "de la le et les des en du un une est pour que qui dans sur au par pas",
        "es": "de la que el en y los del se las por un para con una su al lo como",
        "it": "di e il la che in per un del della sono con non le si da al dei",
        "pt": "de a o que e do da em um para com não uma os no se na por mais",
        "nl": "de het een van en in is dat op te zijn met voor niet aan er",
    }
    return {lang: frozenset(words.split()) for lang, words in lists.items()}


def non_english(text: str) -> str | None:
    """The likely language of a clearly non-English text, else None (English or too short)."""
    words = [w.lower() for w in _WORD.findall(text)[:600]]
    if len(words) < 12:
        return None
    if sum(1 for ch in text[:2000] if ord(ch) > 0x2FF) > len(text[:2000]) * 0.3:
        return "non-Latin script"
    shares = {
        lang: sum(1 for w in words if w in stop) / len(words) for lang, stop in _stopwords().items()
    }
    best = max(shares, key=shares.get)
    if shares["en"] >= 0.08 or best == "en":
        return None
    return best
