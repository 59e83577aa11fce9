"""One catalogue of errors users see. Each message names the input and the problem."""

from __future__ import annotations


class EventscribeError(Exception):
    """An error a user can act on; the CLI prints it as one line and exits 2."""


class InputError(EventscribeError):
    """An input that cannot be read as an article. `where` is "file" or "file:line"."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class PipelineError(EventscribeError):
    """A pipeline that cannot run: a stage's requirement is never met, or a stage is unknown."""


# Reasons for rejecting an input, pinned by tests; readers format them with details.
EMPTY = "empty input"
BINARY = "binary content, not text"
INVALID_UTF8 = "invalid UTF-8 at byte {offset}"
BAD_JSON = "malformed JSON ({detail})"
NOT_OBJECT = "JSON line is not an object"
MISSING_FIELD = 'missing "{field}"{hint}'
MISSING_DATE = "no date (first line is not `date YYYY-MM-DD <title>`; use --date)"
BAD_DATE = "unparseable date {value!r} (expected YYYY-MM-DD)"
TOO_LARGE = "article too large ({size:,} characters; the limit is {limit:,})"
NOT_ENGLISH = "not English (detected {language!r})"
NO_TEXT = "no article text found"
