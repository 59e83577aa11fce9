"""dateparser as a second opinion: for explicit date forms the grammar does not cover
("10/07/2023", "the seventh of October"), and as the baseline the rules are measured
against. It has no notion of durations, ranges or vague references, and reads "now" as
a day, so the rules go first.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from eventscribe.when import timex as tx
from eventscribe.when.timex import Timex

PART_OF_DAY_HOURS = ((5, "MO"), (12, "AF"), (18, "EV"), (21, "NI"))


@lru_cache(maxsize=64)
def _parser(dct: dt.date, prefer: str) -> Any:
    from dateparser.date import DateDataParser  # imported on first use: slow to import

    settings = {
        "RELATIVE_BASE": dt.datetime(dct.year, dct.month, dct.day),
        "PREFER_DATES_FROM": prefer,
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=["en"], settings=settings)


def dateparser_timex(text: str, dct: dt.date, *, tense: str | None = None) -> Timex | None:
    """dateparser's reading of `text` as a Timex, or None when it finds no date."""
    prefer = "future" if tense == "future" else "past"
    data = _parser(dct, prefer).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    found = _from_period(data.date_obj, data.period or "day")
    return Timex(
        0, len(text), text, found.type, found.value, found.date, found.date_end, found.precision
    )


def _from_period(moment: dt.datetime, period: str) -> Timex:
    day = moment.date()
    if period == "week":
        return tx.week(day)
    if period == "month":
        return tx.month(day.year, day.month)
    if period == "year":
        return tx.year(day.year)
    if period == "part_of_day":
        part = "NI"
        for hour, code in PART_OF_DAY_HOURS:
            if moment.hour >= hour:
                part = code
        return tx.day(day, part_of_day=part)
    return tx.day(day)
