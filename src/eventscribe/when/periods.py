"""Named periods of business and calendar news, valued as the TimeML guidelines (1.2.1)
write them: fiscal years ("fiscal 1989" FY1989), halves ("the first half" 1989-H1),
quarters named by their place ("the current quarter", "the latest quarter"), the unit
before the reference ("a year earlier", "the previous month"), centuries ("the 20th
century" 19), holidays ("Christmas" 1997-12-25) and weeks of a month ("the second week of
December" 1997-W50).

Each resolver takes the grammar's named groups, the document date and the tense, like
those of `resolve.py`; a period with no year of its own lies on the side the tense says
(a past "Christmas" in a January paper is last December's).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from eventscribe.when import timex as tx
from eventscribe.when.arithmetic import (
    FUTURE,
    PAST,
    last_day_of_month,
    month_year,
    nearest_month_year,
    nearest_year,
    part_of,
    shift,
    weekday_near,
)
from eventscribe.when.holidays import holiday_day
from eventscribe.when.lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS
from eventscribe.when.timex import Timex

Groups = dict[str, str]

RELATIVE = {
    "last": -1, "previous": -1, "prior": -1, "preceding": -1, "past": -1, "latest": -1,
    "current": 0, "this": 0, "next": 1, "coming": 1, "following": 1,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
}  # fmt: skip


def _words(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


def _offset(words: str) -> int:
    return RELATIVE[_words(words).split()[-1]]


def _ordinal(words: str) -> int:
    word = _words(words).rstrip(".")
    if word[:-2].isdigit():
        return int(word[:-2])  # "20th"
    return ORDINALS[word]


def fiscal(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "fiscal 1989", "the 1989 fiscal year", "the current fiscal year": FY1989 (dated as
    the calendar year: a company's fiscal calendar is not in the text)."""
    written = g.get("year") or g.get("year2") or g.get("year3")  # "fiscal 1989", "FY1989"
    year = int(written) if written else dct.year + _offset(g.get("rel", "this"))
    short = g.get("short") or g.get("short3")
    if short:  # "fiscal '90", "FY90"
        year = _short_fiscal_year(short, dct)
    found = tx.year(year)
    return dataclasses.replace(found, value=f"FY{year:04d}", precision="range")


def _short_fiscal_year(short: str, dct: dt.date) -> int:
    """ "'90", "90": the century that puts the fiscal year within a decade ahead."""
    year = dct.year // 100 * 100 + int(short)
    return year - 100 if year > dct.year + 10 else year


def fiscal_quarter(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "fiscal 1989's fourth quarter", "the second quarter of fiscal 1990": FY1989-Q4;
    "the first half of fiscal '90": FY1990-H1 (dated as that calendar quarter or half: the
    company's fiscal calendar is not in the text)."""
    written = g.get("year") or g.get("year2")
    short = g.get("short") or g.get("short2")
    year = int(written) if written else _short_fiscal_year(short or "", dct)
    words = _words(g.get("ordinal") or g["ordinal2"])
    number = 4 if words == "final" else int(words[0]) if words[0].isdigit() else _ordinal(words)
    if _words(g.get("unit") or g.get("unit2") or "quarter") == "half":
        if number not in (1, 2):
            return None
        found = half({"ordinal": words, "year": str(year)}, dct, tense)
        return dataclasses.replace(found, value=f"FY{year:04d}-H{number}") if found else None
    found = tx.quarter(year, number)
    return dataclasses.replace(found, value=f"FY{year:04d}-Q{number}")


def quarters_ago(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "two quarters ago", "a quarter earlier": the quarter that many before publication's."""
    words = _words(g["num"])
    amount = int(words.replace(",", "")) if words[0].isdigit() else NUMBER_WORDS.get(words)
    if not amount:
        return None
    year, number = divmod(dct.year * 4 + (dct.month - 1) // 3 - amount, 4)
    return tx.quarter(year, number + 1)


def year_span(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "1987/88", "the 1996-97 season", "fiscal 1990-91": a season or fiscal year that
    runs from one year into the next. TimeML has no value for the pair: the year it
    begins in (FY for a fiscal one), dated over both years."""
    first = int(g["year"])
    if "next4" in g:  # "the 2011-2012 season"
        if int(g["next4"]) != first + 1:
            return None
    elif int(g["next"]) != (first + 1) % 100:
        return None  # "1981-85" is a stretch of years, "1987-12" no pair at all
    fiscal = "fiscal" in g or "fiscal2" in g
    value = f"FY{first:04d}" if fiscal else f"{first:04d}"
    return Timex(0, 0, "", "DATE", value, dt.date(first, 1, 1), dt.date(first + 1, 12, 31), "range")


def relative_century(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the next century" (in 1998: 20, the 2000s), "the last century" (18)."""
    current = dct.year // 100 + (1 if _words(g["rel"]) in ("next", "coming") else -1)
    first = dt.date(max(1, current * 100), 1, 1)
    return Timex(0, 0, "", "DATE", f"{current:02d}", first, dt.date(current * 100 + 99, 12, 31), "range")


def half(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the first half", "the second half of 1990": 1989-H1, 1990-H2; of a month, "the
    first half of next month": the month (TimeML has no halves of months), its days 1-15
    or 16-end, mod START or END."""
    number = 2 if _words(g["ordinal"]) == "latter" else _ordinal(g["ordinal"])
    if number not in (1, 2):
        return None
    if g.keys() & {"month", "month_rel"}:
        return _half_month(g, dct, tense, number)
    rel = g.get("rel") or g.get("rel_before", "this")  # "of last year", "last year's"
    year = int(g["year"]) if "year" in g else dct.year + _offset(rel)
    if not g.keys() & {"year", "rel", "rel_before"} and tense == "past" and number == 2 and dct.month < 7:
        year -= 1  # "earned more in the second half" in a spring paper: last year's
    first = dt.date(year, 1 if number == 1 else 7, 1)
    last = dt.date(year, 6, 30) if number == 1 else dt.date(year, 12, 31)
    return Timex(0, 0, "", "DATE", f"{year:04d}-H{number}", first, last, "range")


def _half_month(g: Groups, dct: dt.date, tense: str | None, number: int) -> Timex:
    if "month" in g:
        month = MONTHS[g["month"].lower().rstrip(".")]
        side = FUTURE if tense == "future" else PAST
        year = month_year(dct, month, side) if tense else nearest_month_year(dct, month)
        found = tx.month(year, month)
    else:
        moved = shift(dct.replace(day=1), _offset(g["month_rel"]), "month")
        found = tx.month(moved.year, moved.month)
    assert found.date is not None and found.date_end is not None
    middle = found.date.replace(day=15)
    first, last = (found.date, middle) if number == 1 else (middle + dt.timedelta(1), found.date_end)
    mod = "START" if number == 1 else "END"
    return dataclasses.replace(found, date=first, date_end=last, precision="range", mod=mod)


def relative_quarter(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the current quarter" (the one publication falls in), "the latest quarter", "last
    quarter" (the one before), "next quarter"; "the previous quarter" (also "prior",
    "preceding") is the one before the quarter told of: in past talk the one earnings news
    has just reported, so two before publication's ("net rose from the previous quarter"
    in October: the second quarter); else publication's own, so the one before it."""
    offset = _offset(g["rel"])
    if _words(g["rel"]) in ("previous", "prior", "preceding") and tense == "past":
        offset = -2
    index = dct.year * 4 + (dct.month - 1) // 3 + offset
    year, number = divmod(index, 4)
    return tx.quarter(year, number + 1)


def month_quarter(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the September quarter": the calendar quarter that holds the month, in the year of
    publication, or the year before when that quarter is still to come in past talk."""
    number = (MONTHS[g["month"].lower().rstrip(".")] - 1) // 3 + 1
    found = tx.quarter(dct.year, number)
    if tense == "past" and found.date is not None and found.date > dct:
        return tx.quarter(dct.year - 1, number)
    return found


def year_ago_period(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the year-ago quarter", "the year-earlier period": earnings news compares the
    latest reported quarter (the one before publication's) with the same one a year
    before; a month, week or period is taken a year before publication (as a timex a
    tagger marked, a period is that quarter: `period_compared`)."""
    unit = _words(g.get("unit") or g.get("unit2") or "year")  # "year-ago levels": the year before
    ordinal = g.get("ordinal") or g.get("ordinal2")
    if unit == "quarter" and ordinal:  # "the year-earlier third quarter": of the year before
        words = _words(ordinal)
        number = 4 if words == "final" else int(words[0]) if words[0].isdigit() else _ordinal(words)
        latest = tx.quarter(dct.year, number)
        back = 2 if latest.date is not None and latest.date > dct else 1
        return tx.quarter(dct.year - back, number)
    if unit == "quarter":
        index = dct.year * 4 + (dct.month - 1) // 3 - 1 - 4
        year, number = divmod(index, 4)
        return tx.quarter(year, number + 1)
    moved = shift(dct, -1, "year")
    if unit == "month":
        return tx.month(moved.year, moved.month)
    if unit == "week":
        return tx.week(moved)
    return tx.year(moved.year)


def year_quarter(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the 1988 quarter", "the comparable 1988 period": in earnings news, the quarter of
    that year the latest reported one (the one before publication's) is compared with;
    "the fourth 1986 period": that quarter."""
    if "ordinal" in g:  # "the fourth 1986 period"
        words = _words(g["ordinal"])
        number = 4 if words == "final" else int(words[0]) if words[0].isdigit() else _ordinal(words)
        return tx.quarter(int(g["year"]), number)
    number = (dct.month - 1) // 3 or 4  # the quarter before publication's, by number
    return tx.quarter(int(g["year"]), number)


def period_compared(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the year-earlier period", "the same period last year", "the comparable 1988
    period" as a timex: the quarter reported (the one before publication's) a year
    before, or that quarter of the year named."""
    if "year" in g:
        return year_quarter(g, dct, tense)
    return year_ago_period({"unit": "quarter"}, dct, tense)


def reporting_period(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the period", "the latest period" as a timex: the quarter an earnings report is
    about, read as "the quarter" is; "latest" and "most recent" ones are over."""
    rel = _words(g.get("rel", ""))
    if rel in ("latest", "most recent"):
        return relative_quarter({"rel": "latest"}, dct, tense)
    if rel == "current":
        return relative_quarter({"rel": "current"}, dct, tense)
    return anaphoric({"unit": "quarter"}, dct, tense)


def ended_period(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the quarter ended Sept. 30", "the week ending Oct. 27", "the week ended Friday":
    the calendar period that holds the day named (a past day unless the words look
    ahead); a year ended on a day is that calendar year if it ends on Dec. 31, else the
    fiscal year named by the year it ends in ("the fiscal year ending Sept. 30" FY1990)."""
    side = FUTURE if tense == "future" else PAST
    unit = _words(g["unit"])
    if "weekday" in g:
        day = weekday_near(dct, WEEKDAYS.index(g["weekday"].lower()), side, strict=False)
        return tx.week(day) if unit == "week" else None
    month, number = MONTHS[g["month"].lower().rstrip(".")], int(g["day"])
    year = int(g["year"]) if "year" in g else nearest_year(dct, month, number, side, None)
    if not year:
        return None
    day = dt.date(year, month, number)
    if unit == "week":
        return tx.week(day)
    if unit == "month":
        return tx.month(year, month)
    if unit.endswith("year"):
        if unit == "year" and (month, number) == (12, 31):
            return tx.year(year)
        return dataclasses.replace(tx.year(year), value=f"FY{year:04d}", precision="range")
    return tx.quarter(year, (month - 1) // 3 + 1)


def year_end(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "year-end", "1989 year-end": the end of the year named, else of publication's (of
    the year before in past talk early in a year); "midyear": its middle (`midyear`)."""
    if "midyear" in g:
        return midyear(dct, tense)
    year = int(g["year"]) if "year" in g else dct.year
    if "year" not in g and tense == "past" and dct.month <= 3:
        year -= 1
    return dataclasses.replace(tx.year(year), mod="END")


ANAPHORIC_UNITS = ("day", "week", "month", "year", "decade")


def anaphoric(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the quarter", "the year", "the week" given as a timex: newswire means the period
    of publication, or for a quarter in past talk the last one reported."""
    unit = _words(g["unit"])
    if unit == "quarter":
        back = 1 if tense == "past" else 0
        index = dct.year * 4 + (dct.month - 1) // 3 - back
        year, number = divmod(index, 4)
        return tx.quarter(year, number + 1)
    if unit == "day":
        return tx.day(dct)
    if unit == "week":
        return tx.week(dct)
    if unit == "month":
        return tx.month(dct.year, dct.month)
    if unit == "decade":
        return tx.decade(dct.year // 10)
    return tx.year(dct.year)


def day_around(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the previous day", "the day before", "the following day": the day before or
    after the reference, which without a narrated date is publication's."""
    before = "before" in g or "before2" in g
    return tx.day(dct + dt.timedelta(days=-1 if before else 1))


def unit_before(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "a year earlier", "the previous year", "the prior month": the calendar unit before
    the one of publication (the text's reference time is not known here); "the year
    before last": the one before that."""
    if "unit3" in g:
        return _unit_from(dct, _words(g["unit3"]), -2)
    return _unit_from(dct, _words(g.get("unit") or g["unit2"]), -1)


def unit_after(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the following year", "the following week": the unit after publication's."""
    return _unit_from(dct, _words(g["unit"]), 1)


def _unit_from(dct: dt.date, unit: str, amount: int) -> Timex:
    moved = shift(dct, amount, unit)
    if unit == "week":
        return tx.week(moved)
    if unit == "month":
        return tx.month(moved.year, moved.month)
    return tx.year(moved.year)


def century(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the 20th century", "the twenty-first century": 19, 20."""
    number = _ordinal(g["ordinal"])
    if number < 1:
        return None
    first = dt.date(max(1, (number - 1) * 100), 1, 1)
    last = dt.date(number * 100 - 1, 12, 31)
    return Timex(0, 0, "", "DATE", f"{number - 1:02d}", first, last, "range")


def midyear(dct: dt.date, tense: str | None) -> Timex:
    """ "midyear": the middle of publication's year; of the next one when the words look
    ahead from its second half, of the last when they look back from January or February
    (later in spring, "by midyear" is mostly this year's, whatever the verb)."""
    year = dct.year
    if tense == "future" and dct.month > 6:
        year += 1
    elif tense == "past" and dct.month <= 2:
        year -= 1
    found = tx.year(year)
    assert found.date is not None and found.date_end is not None
    first, last = part_of(found.date, found.date_end, "MID")
    return dataclasses.replace(found, date=first, date_end=last, precision="range", mod="MID")


def new_year(g: Groups, dct: dt.date, tense: str | None) -> Timex:
    """ "the new year": the year about to begin in the second half of a year, else the one
    just begun ("after the new year" in a December paper: next year); "the New Year",
    capitalised, is its first day, the holiday ("strikes over Christmas and the New Year")."""
    year = dct.year + (1 if dct.month >= 7 else 0)
    if g["new_year"][0].isupper():
        return tx.day(dt.date(year, 1, 1))
    return tx.year(year)


def holiday(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """A holiday's day (`when/holidays`), the nearest one on the tense's side:
    "Christmas", "Thanksgiving", "Good Friday"; "the new year" (`new_year`)."""
    if "new_year" in g:
        return new_year(g, dct, tense)
    name = g["holiday"]
    side = {"future": "future", "past": PAST}.get(tense or "")
    if "year" in g:
        day = holiday_day(name, int(g["year"]))
        return tx.day(day) if day else None
    days = [d for year in (dct.year - 1, dct.year, dct.year + 1) if (d := holiday_day(name, year))]
    if not days:
        return None
    if side == PAST:
        return tx.day(max(d for d in days if d <= dct))
    if side == "future":
        return tx.day(min(d for d in days if d >= dct))
    return tx.day(min(days, key=lambda d: abs((d - dct).days)))


def week_of_month(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the first week of January", "the last week of December 1997": the ISO week that
    holds the month's first (second ...) Thursday, or its last day."""
    month = MONTHS[g["month"].lower().rstrip(".")]
    side = {"future": "future", "past": PAST}.get(tense or "")
    year = int(g["year"]) if "year" in g else nearest_year(dct, month, 1, side, None)
    if not year:
        return None
    number = _ordinal(g["ordinal"])
    if number < 0:
        return tx.week(dt.date(year, month, last_day_of_month(year, month)))
    if not 1 <= number <= 5:
        return None
    # The month's first week is the first with most of its days in the month (ISO's rule
    # for a year's): the one that holds its first Thursday.
    first = dt.date(year, month, 1)
    thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7 * (number - 1))
    if thursday.month != month:
        return None
    return tx.week(thursday)
