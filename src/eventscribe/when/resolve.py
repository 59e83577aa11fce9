"""From a mention to a value: one resolver per grammar rule, relative to the document date.

`tense` is the tense of the predicate the expression belongs to ("past", "present",
"future" or None). Only "future" turns weekday and season names forward ("on Monday" in
a Friday paper is the Monday before unless the verb is future); month names and explicit
dates without a year take the nearest year unless the tense says which side ("hopes to
meet in late April" in a March paper: this April; "met in April": last April).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable

from eventscribe.when import periods
from eventscribe.when import timex as tx
from eventscribe.when.arithmetic import (
    FUTURE,
    PAST,
    month_year,
    nearest_month_year,
    nearest_year,
    part_of,
    shift,
    week_start,
    weekday_near,
)
from eventscribe.when.grammar import Mention
from eventscribe.when.lexicon import (
    DAY_WORDS,
    DECADE_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_DAY_WORDS,
    PART_MODS,
    PARTS_OF_DAY,
    QUANTITY_MODS,
    SEASONS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
    YEAR_HUNDREDS,
)
from eventscribe.when.timex import Timex

Groups = dict[str, str]
Resolver = Callable[[Groups, dt.date, str | None], Timex | None]
# The precision an amount of each unit gives; decades and centuries: "year".
UNIT_PRECISION = {"minute": "day", "hour": "day", "day": "day", "week": "week", "month": "month"}


def resolve(mention: Mention, dct: dt.date, tense: str | None = None) -> Timex | None:
    """The value of `mention` relative to `dct`, or None when the words name no time
    (or none the calendar can hold: "10,000 years ago", "Feb. 30")."""
    try:
        found = RESOLVERS[mention.rule](mention.groups, dct, tense)
    except (ValueError, OverflowError):
        return None
    if found is None:
        return None
    found = dataclasses.replace(found, start=mention.start, end=mention.end, text=mention.text)
    if mention.signal == "since" and found.date is not None and found.date <= dct:
        found = dataclasses.replace(found, date_end=dct, precision="range")
    return found


def direction(tense: str | None) -> str:
    return FUTURE if tense == "future" else PAST


def year_of_month(dct: dt.date, month: int, tense: str | None) -> int:
    """Forward when future, backward when past, else the nearest."""
    if tense in ("future", "past"):
        return month_year(dct, month, direction(tense))
    return nearest_month_year(dct, month)


# --- words -----------------------------------------------------------------------


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    return WEEKDAYS.index(word.lower())


def _unit(word: str) -> str:
    return word.lower()


def _number(words: str) -> int | None:
    """The amount in "five", "twenty-five", "1,300", "a couple of"; None if vague ("few")."""
    text = " ".join(words.lower().split())
    if text in VAGUE_NUMBERS:
        return None
    if text.replace(",", "").isdigit():
        return int(text.replace(",", ""))
    return sum(NUMBER_WORDS[part] for part in text.split("-"))


def _estimate(words: str) -> int:
    amount = _number(words)
    return amount if amount is not None else VAGUE_NUMBERS[" ".join(words.lower().split())]


def _offset(rel: str) -> int:
    rel = " ".join(rel.lower().split())
    if rel in ("last", "past", "this past", "the past", "previous"):
        return -1
    return 1 if rel in ("next", "coming", "upcoming") else 0


def _part(words: str) -> str:
    return PART_MODS[" ".join(words.lower().replace("-", " ").split())]


def _duration_value(amount: int | None, unit: str) -> str:
    letter, clock = UNITS[unit]
    number = "X" if amount is None else str(amount)
    return f"PT{number}{letter}" if clock else f"P{number}{letter}"


def _with_part(found: Timex, part_words: str | None) -> Timex:
    """The last third of the period for "late last year"; the value stays (TimeML mod)."""
    if not part_words or found.date is None or found.date_end is None:
        return found
    mod = _part(part_words)
    first, last = part_of(found.date, found.date_end, mod)
    return dataclasses.replace(found, date=first, date_end=last, precision="range", mod=mod)


# --- calendar dates ----------------------------------------------------------------


def _iso(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    try:
        return tx.day(dt.date(int(g["year"]), int(g["month"]), int(g["day"])))
    except ValueError:
        return None


def _month_day(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    month = _month(g["month"])
    day = int(g["day"]) if "day" in g else _day_word_number(g["day_word"])
    if not 1 <= day <= 31:
        return None
    side = {"future": FUTURE, "past": PAST}.get(tense or "")
    if "rel" in g:  # "last April 26", "next March 3": the side the words say
        side = PAST if _offset(g["rel"]) < 0 else FUTURE
    weekday = _weekday(g["weekday"]) if "weekday" in g else None
    year = int(g["year"]) if "year" in g else nearest_year(dct, month, day, side, weekday)
    try:
        return tx.day(dt.date(year, month, day)) if year else None
    except ValueError:
        return None


def _unit_of_day(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the morning of Oct. 19": that part of the day (a TIME); "the week of Oct. 16":
    the week that holds the day, or that it begins ("the week of April 9", a Sunday: the
    week from April 10 in ISO's count)."""
    found = _month_day({k: v for k, v in g.items() if k not in ("pod", "week")}, dct, tense)
    if found is None or found.date is None:
        return None
    if "week" in g:  # a week named by its first day: a Sunday begins the week after ISO's
        return tx.week(found.date + dt.timedelta(days=1 if found.date.weekday() == 6 else 0))
    return _day_with(found.date, {"pod": g["pod"]})


def _day_word_number(words: str) -> int:
    """ "eight" 8, "twelfth" 12, "twenty-first" 21."""
    word = words.lower()
    return DAY_WORDS[word] if word in DAY_WORDS else ORDINAL_DAY_WORDS[word]


def _month_year(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    return tx.month(_written_year(g, dct), _month(g["month"]))


def _written_year(g: Groups, dct: dt.date) -> int:
    """The year in "1987", or in "'87": of the century that puts it nearest publication."""
    if "year" in g:
        return int(g["year"])
    short = int(g["short_year"])
    candidates = ((dct.year // 100 + c) * 100 + short for c in (-1, 0, 1))
    return min(candidates, key=lambda year: abs(year - dct.year))


def _short_year(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "'87", "in '98": the year nearest publication with those last two figures."""
    return tx.year(_written_year(g, dct))


def _month_relative_year(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    return tx.month(dct.year + _offset(g["rel"]), _month(g["month"]))


def _relative_month(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    month, offset = _month(g["month"]), _offset(g["rel"])
    if offset == 0:
        return tx.month(dct.year, month)
    return tx.month(month_year(dct, month, PAST if offset < 0 else FUTURE, strict=True), month)


def _bare_month(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    month = _month(g["month"])
    return tx.month(year_of_month(dct, month, tense), month)


def _part_month(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    month = _month(g["month"])
    year = int(g["year"]) if "year" in g else year_of_month(dct, month, tense)
    return _with_part(tx.month(year, month), g["part"])


def _part_year(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    return _with_part(tx.year(int(g["year"])), g["part"])


def _calendar_unit(unit: str, dct: dt.date, offset: int) -> Timex:
    if unit == "week":
        return tx.week(dct + dt.timedelta(weeks=offset))
    if unit == "month":
        moved = shift(dct.replace(day=1), offset, "month")
        return tx.month(moved.year, moved.month)
    return tx.year(dct.year + offset)


def _relative_unit(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    return _calendar_unit(_unit(g["unit"]), dct, _offset(g.get("rel", "this")))


def _units_earlier(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "two years earlier", "three days later", read against publication like "ago" and
    "from now" (the finder leaves them: in running text they count from a narrated day)."""
    side = "ago" if g["side"].lower() == "earlier" else "from now"
    return _ago({**g, "side": side}, dct, tense)


def _current_age(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "this decade" 199, "the current century" 19, "the end of the decade"."""
    if g["unit"].lower() == "decade":
        return _with_part(tx.decade(dct.year // 10), g.get("part"))
    first = dt.date(max(1, dct.year // 100 * 100), 1, 1)
    found = Timex(0, 0, "", "DATE", f"{dct.year // 100:02d}", first,
                  dt.date(dct.year // 100 * 100 + 99, 12, 31), "range")  # fmt: skip
    return _with_part(found, g.get("part"))


def _part_relative(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    return _with_part(_calendar_unit(_unit(g["unit"]), dct, _offset(g["rel"])), g["part"])


def _earlier_later(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """From the month's start to publication for "earlier this month"; "later": the rest,
    from the day after publication (it lies ahead whatever the verb's tense: "when he
    visits Washington later in the month"), or publication's own last day."""
    period = _calendar_unit(_unit(g["unit"]), dct, 0)
    assert period.date is not None and period.date_end is not None
    if g["side"].lower() == "earlier":
        return dataclasses.replace(period, date_end=dct, precision="range")
    start = min(dct + dt.timedelta(days=1), period.date_end)
    return dataclasses.replace(period, date=start, precision="range")


def _year(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    return tx.year(int(g["year"]))


def _year_words(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "nineteen ninety-seven" 1997, "nineteen oh-five" 1905, "two thousand" 2000."""
    if "thousand" in g:
        return tx.year(2000 + (_number(g["ones"]) or 0 if "ones" in g else 0))
    rest = " ".join(g["rest"].lower().replace("-", " ").split())
    if rest == "hundred":
        amount = 0
    elif rest.startswith("oh "):
        amount = NUMBER_WORDS[rest[3:]]
    else:
        amount = sum(NUMBER_WORDS[word] for word in rest.split())
    return tx.year(YEAR_HUNDREDS[g["hundreds"].lower()] + amount)


def _overnight(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "overnight": the night just past, named by the day it began (as "last night")."""
    return tx.day(dct - dt.timedelta(days=1), part_of_day="NI")


def _decade(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the 1980s", "the late '70s", "the sixties": 198, 197, 196 (TimeML names a decade
    by its first three digits; a part of it keeps the value and says the part in `mod`).
    A decade without its century is the coming one if it is next ("the nineties" in
    1989), else the latest one begun ("the sixties" in 2023, "the '80s" in 1987)."""
    if "decade" in g:
        prefix = int(g["decade"])
    elif "hundreds" in g:  # "the nineteen eighties"
        prefix = YEAR_HUNDREDS[g["hundreds"].lower()] // 10 + DECADE_WORDS[g["tens"].lower()]
    else:
        written = g.get("short") or g.get("bare")
        tens = int(written) if written else DECADE_WORDS[g["tens"].lower()]
        current = dct.year // 10
        prefix = current + 1 if (current + 1) % 10 == tens else current - (current - tens) % 10
    return _with_part(tx.decade(prefix), g.get("part"))


def _season(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    code, first_month = SEASONS[g["season"].lower()]
    if g.keys() & {"year", "short_year"}:
        found = tx.season(_written_year(g, dct), code, first_month)
    else:
        found = _season_near(dct, code, first_month, g.get("rel", ""), direction(tense))
    return _with_part(found, g.get("part"))


def _season_near(dct: dt.date, code: str, first_month: int, rel: str, side: str) -> Timex:
    instances = [tx.season(y, code, first_month) for y in range(dct.year - 2, dct.year + 2)]
    offset = _offset(rel) if rel.lower() != "the" else 0
    if rel.lower() == "this":  # the one begun this year; a January winter began last year
        started = [s for s in instances if s.date and s.date <= dct]
        current = [s for s in started if s.date_end and s.date_end >= dct]
        return (current or [s for s in instances if s.date and s.date.year == dct.year])[0]
    if offset < 0 or (offset == 0 and side == PAST):
        ended = [s for s in instances if s.date_end and s.date_end < dct]
        if offset == 0:  # "in the summer", past: the latest one begun
            ended = [s for s in instances if s.date and s.date <= dct]
        return ended[-1]
    current = [s for s in instances if s.date and s.date_end and s.date <= dct <= s.date_end]
    if offset == 0 and current:  # "will travel in the summer", in June: this summer
        return current[0]
    return next(s for s in instances if s.date and s.date > dct)


# --- days and weeks ------------------------------------------------------------------


def _weekday_rule(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    if "plural" in g:  # "closed on Sundays": every Sunday
        return _set_every({"weekday": g["weekday"]}, dct, tense)
    weekday, offset = _weekday(g["weekday"]), _offset(g.get("rel", ""))
    if "week_rel" in g:  # "Tuesday last week": the Tuesday of that week
        weeks = dt.timedelta(weeks=_offset(g["week_rel"]))
        date = week_start(dct) + weeks + dt.timedelta(days=weekday)
    elif "rel" in g and offset == 0:  # "this Monday": the Monday of this week
        date = week_start(dct) + dt.timedelta(days=weekday)
    elif offset:
        date = weekday_near(dct, weekday, PAST if offset < 0 else FUTURE, strict=True)
    else:
        date = weekday_near(dct, weekday, direction(tense), strict=False)
    return _day_with(date, g)


def _day_with(date: dt.date, g: Groups) -> Timex:
    """A day, as a TIME when a part of the day is named ("Saturday night")."""
    pod = PARTS_OF_DAY.get(g.get("pod", "").lower())
    found = tx.day(date, part_of_day=pod)
    if "part" in g:
        found = dataclasses.replace(found, mod=_part(g["part"]))
    return found


def _weekend(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    rel = (g.get("rel") or "the").lower()  # a bare "weekend clashes": the one just past
    if rel == "the":
        in_weekend = dct.weekday() >= 5
        offset = 0 if in_weekend or direction(tense) == FUTURE else -1
    else:
        offset = _offset(rel)
    return tx.weekend(dct + dt.timedelta(weeks=offset))


RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _day_word(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    word = g["word"].lower()
    if word == "tonight":
        g = {**g, "pod": "night"}
    return _day_with(dct + dt.timedelta(days=RELATIVE_DAYS[word]), g)


def _day_word_offset(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    days = -2 if g["side"].lower().startswith("before") else 2
    return tx.day(dct + dt.timedelta(days=days))


def _part_of_day(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    days = -1 if g["rel"].lower() == "last" else 0
    return _day_with(dct + dt.timedelta(days=days), g)


# --- spans, offsets and durations ---------------------------------------------------


def _days_back(amount: int, unit: str) -> int:
    """Whole days an amount of hours or minutes reaches back (at least publication day)."""
    hours = amount if unit == "hour" else amount / 60
    return math.ceil(hours / 24)


def _span_past(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """A duration ending at publication: "the past week", "over the past few days"."""
    unit, rel = _unit(g["unit"]), g["rel"].lower()
    if rel in ("last", "previous") and "the" not in g and "num" not in g:
        return None  # "last week" is a calendar week
    amount = _number(g["num"]) if "num" in g else 1
    estimate = _estimate(g["num"]) if "num" in g else 1
    if unit in ("hour", "minute"):
        first = dct - dt.timedelta(days=_days_back(estimate, unit))
    else:
        first = shift(dct, -estimate, unit)
    value = _duration_value(amount, unit)
    return Timex(0, 0, "", "DURATION", value, first, dct, "range")


def _span_next(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """A duration from publication ("the next three days"); "the coming weeks": FUTURE_REF."""
    unit = _unit(g["unit"])
    if "num" not in g and "plural" in g:
        return tx.value_only("DATE", "FUTURE_REF")
    if "num" not in g and ("the" not in g or unit == "day"):
        return None  # "the next day" is anaphoric; "next week" is a calendar week
    amount = _number(g["num"]) if "num" in g else 1
    estimate = _estimate(g["num"]) if "num" in g else 1
    if unit in ("hour", "minute"):
        last = dct + dt.timedelta(days=_days_back(estimate, unit))
    else:
        last = shift(dct, estimate, unit)
    return Timex(0, 0, "", "DURATION", _duration_value(amount, unit), dct, last, "range")


def _ago(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """The day that far away: "two days ago", "a week ago", "five years from now"."""
    unit, amount = _unit(g["unit"]), _number(g.get("num", "few"))  # "decades ago": vague
    later = not g["side"].lower().startswith("ago")
    mod = QUANTITY_MODS.get(" ".join(g.get("mod", "").lower().split()))
    if amount is None and unit == "day":  # "days ago": 2 to 6 days, else "a week ago"
        return _some_days(dct, later, mod)
    if amount is None:  # "a few years ago": no day can be named
        return tx.value_only("DATE", "FUTURE_REF" if later else "PAST_REF", mod=mod)
    if unit in ("hour", "minute"):
        return dataclasses.replace(tx.day(dct), mod=mod)
    date = shift(dct, amount if later else -amount, unit)
    precision = UNIT_PRECISION.get(unit, "year")
    # TimeML names the point at the unit's granularity ("two years ago": 2011); the date
    # kept for the event table is the day itself, at that precision.
    value = _granular_value(date, precision)
    if unit in ("decade", "century"):  # "a decade ago": 198 (TimeML names the decade)
        value = str(date.year // (10 if unit == "decade" else 100))
    found = tx.day(date, precision=precision)
    return dataclasses.replace(found, value=value, mod=mod)


SOME_DAYS = (2, 6)  # "a few days": more than one (that is "yesterday"), less than a week


def _some_days(dct: dt.date, later: bool, mod: str | None) -> Timex:
    """ "days ago", "a few days from now": TimeML's PAST_REF/FUTURE_REF, dated over the
    days the words can mean, so an event keeps an honest range."""
    near, far = (dt.timedelta(days=n) for n in SOME_DAYS)
    first, last = (dct + near, dct + far) if later else (dct - far, dct - near)
    value = "FUTURE_REF" if later else "PAST_REF"
    return Timex(0, 0, "", "DATE", value, first, last, "range", mod)


def _granular_value(date: dt.date, precision: str) -> str:
    """A day's TimeML value at a precision: day 2023-10-08, week 2023-W40, month 2023-10,
    year 2023 (the values of the calendar period holding the day)."""
    if precision == "week":
        return tx.week(date).value
    if precision == "month":
        return tx.month(date.year, date.month).value
    if precision == "year":
        return tx.year(date.year).value
    return date.isoformat()


def _duration(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    unit = _unit(g["unit"])
    mod = QUANTITY_MODS.get(" ".join(g.get("mod", "").lower().split()))
    value = _duration_value(_number(g["num"]), unit)
    return tx.value_only("DURATION", value, UNIT_PRECISION.get(unit, "year"), mod)


def _bare_units(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    unit = _unit(g["unit"])
    return tx.value_only("DURATION", _duration_value(None, unit), UNIT_PRECISION.get(unit, "year"))


# --- sets and vague references ---------------------------------------------------------

ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
               "yearly": "P1Y", "nightly": "XXXX-XX-XXTNI", "hourly": "PT1H"}  # fmt: skip


def _set_every(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    if "weekend" in g:
        return tx.value_only("SET", "XXXX-WXX-WE")
    if "weekday" in g:
        return tx.value_only("SET", f"XXXX-WXX-{_weekday(g['weekday']) + 1}")
    if "pod" in g:
        return tx.value_only("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[g['pod'].lower()]}")
    return tx.value_only("SET", _duration_value(1, _unit(g["unit"])))


def _set_adverb(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    return tx.value_only("SET", ADVERB_SETS[g["adverb"].lower()])


def _set_times(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    return tx.value_only("SET", _duration_value(1, _unit(g["unit"])))


def _clock(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "10 a.m.", "3:30 p.m.", "noon": a time on the publication day."""
    named = (g.get("named") or "").lower()
    if named:
        return tx.clock(dct, 0 if named == "midnight" else 12, 0)
    hour, minute = int(g["hour"]), int(g.get("minute") or 0)
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if g["half"].lower() == "p" else 0)
    return tx.clock(dct, hour, minute)


QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4}  # fmt: skip


def _quarter(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the first quarter", "Q3": a quarter of the year named, else of publication."""
    number = int(g["q"]) if g.get("q") else QUARTERS[g["ordinal"].lower()]
    written = g.get("year") or g.get("year_before") or g.get("year_after")  # "of 1988", "1988's"
    if written:
        return tx.quarter(int(written), number)
    rel = g.get("rel") or g.get("rel_before")  # "of next year", "last year's"
    if rel:
        return tx.quarter(dct.year + _offset(rel), number)
    found = tx.quarter(dct.year, number)
    if tense == "past" and found.date is not None and found.date > dct:
        return tx.quarter(
            dct.year - 1, number
        )  # "reported a loss in the fourth quarter" in January
    if tense == "future" and number < (dct.month - 1) // 3:
        # "will return to profit in the first quarter" in October: next year's; the quarter
        # just over is still awaited ("is expected to rise in the first quarter" in April)
        return tx.quarter(dct.year + 1, number)
    return found


def _reference(value: str) -> Resolver:
    return lambda g, dct, tense: tx.value_only("DATE", value)


def _vague_reference(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "former", "current", "the near term": TimeML's PAST_REF, PRESENT_REF, FUTURE_REF."""
    side = next(name for name in ("past", "present", "future") if name in g)
    return tx.value_only("DATE", f"{side.upper()}_REF")


def _part_of_the_day(g: Groups, dct: dt.date, tense: str | None) -> Timex | None:
    """ "the morning", "the night" as a timex: that part of publication's day; a night
    told in the past is the one just gone, as "overnight"."""
    back = g["pod"].lower() == "night" and tense == "past"
    found = _day_with(dct - dt.timedelta(days=1 if back else 0), {"pod": g["pod"]})
    return dataclasses.replace(found, mod=_part(g["part"])) if "part" in g else found


RESOLVERS: dict[str, Resolver] = {
    "iso": _iso, "clock": _clock, "quarter": _quarter, "month_day": _month_day,
    "month_day_words": _month_day, "day_month": _month_day, "month_year": _month_year,
    "month_relative_year": _month_relative_year, "relative_month": _relative_month,
    "part_month": _part_month, "part_year": _part_year, "part_relative": _part_relative,
    "earlier_later": _earlier_later, "season": _season, "month": _bare_month, "year": _year,
    "decade": _decade, "decade_words": _decade, "weekday": _weekday_rule, "weekend": _weekend, "day_word": _day_word,
    "day_word_offset": _day_word_offset, "part_of_day": _part_of_day,
    "relative_unit": _relative_unit, "span_past": _span_past, "span_next": _span_next,
    "ago": _ago, "duration": _duration, "bare_units": _bare_units, "set_every": _set_every,
    "set_adverb": _set_adverb, "set_times": _set_times,
    "past_ref": _reference("PAST_REF"), "present_ref": _reference("PRESENT_REF"),
    "future_ref": _reference("FUTURE_REF"),
    "fiscal": periods.fiscal, "half": periods.half, "relative_quarter": periods.relative_quarter,
    "unit_before": periods.unit_before, "month_quarter": periods.month_quarter,
    "year_ago_period": periods.year_ago_period, "year_end": periods.year_end,
    "ended_period": periods.ended_period,
    "anaphoric": periods.anaphoric, "units_earlier": _units_earlier,
    "current_age": _current_age, "the_moment": _reference("PRESENT_REF"),
    "day_around": periods.day_around, "unit_around": periods.unit_before,
    "unit_after": periods.unit_after,
    "century": periods.century,
    "holiday": periods.holiday, "holiday_span": periods.holiday, "week_of_month": periods.week_of_month,
    "iso_quarter": _quarter, "fiscal_quarter": periods.fiscal_quarter,
    "quarters_ago": periods.quarters_ago, "year_span": periods.year_span,
    "relative_century": periods.relative_century, "year_words": _year_words,
    "overnight": _overnight,
    "year_quarter": periods.year_quarter, "reporting_period": periods.reporting_period,
    "period_compared": periods.period_compared,
    "vague_ref": _vague_reference,
    "part_of_the_day": _part_of_the_day, "unit_of_day": _unit_of_day, "short_year": _short_year,
}  # fmt: skip
