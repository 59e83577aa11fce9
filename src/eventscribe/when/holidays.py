"""Holidays by name, and the day each falls on: `data/time/holidays.tsv`.

A holiday's day follows a rule of the table: a fixed day ("12-25"), the first weekday on
or after a day ("11-22+THU", Thanksgiving) or days from Western Easter ("easter-2", Good
Friday). Holidays read "text" are found in running text; those read "span" (national
holidays whose day differs between countries, names used for other days) only in a span a
tagger marked as a time expression.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from importlib import resources

from eventscribe.when.lexicon import WEEKDAYS

_WEEKDAY_CODES = {day[:3].upper(): index for index, day in enumerate(WEEKDAYS)}


def holiday_key(name: str) -> str:
    """The table's key of a name as written: lower case, one space, a plain apostrophe."""
    return " ".join(name.lower().replace("\u2019", "'").split())


@lru_cache(maxsize=1)
def holiday_table() -> dict[str, tuple[str, str, str]]:
    """key -> (name as written, rule, read)."""
    path = resources.files("eventscribe") / "data" / "time" / "holidays.tsv"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, rule, read = line.split("\t")
            table[holiday_key(name)] = (name, rule, read)
    return table


def holiday_pattern(read: str) -> str:
    """An alternation of the names read that way, longest first, as written and in upper
    case, matched case-sensitively ("Good Friday", not "a good Friday for stocks")."""
    names = sorted((n for n, _, r in holiday_table().values() if r == read), key=len, reverse=True)
    forms = [form for name in names for form in (name, name.upper())]
    written = [re.escape(form).replace("'", "['\u2019]").replace(r"\ ", r"\s+") for form in forms]
    return "(?-i:" + "|".join(written) + ")"


def holiday_anchor(read: str) -> str:
    """The first words of the names read that way (a cheap scan before the rule's)."""
    words = {name.split()[0].lower().rstrip(".") for name, _, r in holiday_table().values() if r == read}
    return r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"


def holiday_day(name: str, year: int) -> dt.date | None:
    """The day the holiday named falls on in `year`; None if the table has no such name."""
    found = holiday_table().get(holiday_key(name))
    if found is None:
        return None
    rule = found[1]
    if rule.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(rule[len("easter") :]))
    month, day = int(rule[:2]), int(rule[3:5])
    first = dt.date(year, month, day)
    if "+" not in rule:
        return first
    weekday = _WEEKDAY_CODES[rule.split("+")[1]]
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)
