"""How far back an event may be dated from an expression that gives no year.

An expression that names no year ("in April", "on March 24", "late June") places its
event within a year of the article; only a year, written ("in 1983", "June 1985") or
counted ("last year", "two years ago", "over the past 20 years", "the past 18 months",
"the 1970s"), reaches further. A resolution further back is a misreading (a future month read as past, a
deadline read as an occurrence) and dates nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from eventscribe.when.timex import Timex

MAX_YEARLESS_DAYS = 366
# A year written or a period counted: "1983", "'83", "last year", "the past 18 months".
EXPLICIT_YEAR = re.compile(
    r"\b(?:1\d{3}|2\d{3}|\d{2,4}s|years?|decades?|centur(?:y|ies)|months|weeks|ago)\b"
    r"|['’]\d{2}\b",
    re.IGNORECASE,
)


def has_year(text: str | None) -> bool:
    """Whether the words of an expression name a year or count years."""
    return bool(text) and EXPLICIT_YEAR.search(text or "") is not None


def too_old(timex: Timex, dct: dt.date) -> bool:
    """Dated more than a year before the article by words that name no year."""
    if timex.date is None or has_year(timex.text):
        return False
    return (dct - timex.date).days > MAX_YEARLESS_DAYS
