"""Dates in figures: "03/05/2019", "3.5.19", "2019/05/03", "03-05-2019".

Written day first (most of the world) or month first (the United States), a date in
figures is ambiguous when both numbers are 12 or less. The reading taken is the one
nearest publication on the side the tense points to: news tells acts of recent days, so
"03/05/2019" in a paper of 8 May 2019 is the 3rd of May, not the 5th of March (and
"10/07/2023" in one of 15 October 2023 is the 7th of October). A first number of four
figures is a year: year, month, day.
"""

from __future__ import annotations

import datetime as dt
import re

from eventscribe.when.timex import Timex

NUMERIC = re.compile(r"\b(?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})\b")


def numeric_dates(text: str, start: int, end: int, dct: dt.date, future: bool) -> list[Timex]:
    """The dates in figures in text[start:end], placed at their offsets in `text`."""
    found = []
    for match in NUMERIC.finditer(text, start, end):
        if match["sep"] == "-" and 4 not in (len(match["a"]), len(match["c"])):
            continue  # "12-07-19" is as often a score or a code: dashes only with a full year
        day = reading(match, dct, future)
        if day is not None:
            found.append(Timex(match.start(), match.end(), match.group(), "DATE",
                               day.isoformat(), day, None, "day"))  # fmt: skip
    return found


def reading(match: re.Match[str], dct: dt.date, future: bool) -> dt.date | None:
    """The reading nearest publication, not before it for a future act, not after it
    for any other; None when no reading is a day on that side."""
    days = readings(match["a"], match["b"], match["c"], dct)
    days = [d for d in days if d == dct or (d > dct) == future]
    return min(days, key=lambda d: abs((d - dct).days)) if days else None


def readings(first: str, second: str, last: str, dct: dt.date) -> list[dt.date]:
    """The days the three numbers can be: year-month-day, else day-month-year and
    month-day-year."""
    if len(first) == 4:
        orders = [(int(first), int(second), int(last))]
    else:
        year = _year(last, dct)
        orders = [(year, int(second), int(first)), (year, int(first), int(second))]
    days = []
    for year, month, day in orders:
        try:
            days.append(dt.date(year, month, day))
        except ValueError:  # month 13, 30 February: not this reading
            continue
    return days


def _year(written: str, dct: dt.date) -> int:
    """A year of two figures is of publication's century unless that puts it ahead."""
    if len(written) == 4:
        return int(written)
    year = dct.year // 100 * 100 + int(written)
    return year if year <= dct.year + 1 else year - 100
