"""A time expression and its value: a TimeML TIMEX3 value plus the calendar dates it covers.

`value` is what TimeML writes ("2023-10-14", "2023-W41", "2023-10", "2023", "P5Y",
"PAST_REF"); `date` and `date_end` are what an event table needs:

* precision "day": `date` is the day ("on Saturday"; for "a week ago" the day a week
  before, named at the granularity of the words: precision "week");
* "week", "month", "year": `date` .. `date_end` is that calendar period;
* "range": `date` .. `date_end` is any other stretch ("the past week", "late last year",
  "since Oct. 7");
* durations, sets and the vague PAST_REF/PRESENT_REF/FUTURE_REF have no date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventscribe.when.arithmetic import add_months, iso_week, last_day_of_month, week_start

TYPES = ("DATE", "TIME", "DURATION", "SET")
PRECISIONS = ("day", "week", "month", "year", "range")


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # one of TYPES
    value: str  # TimeML TIMEX3 value
    date: dt.date | None = None
    date_end: dt.date | None = None  # inclusive last day of a period or range
    precision: str = "day"  # one of PRECISIONS
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN ...

    @property
    def last_day(self) -> dt.date | None:
        return self.date_end or self.date


def value_only(type_: str, value: str, precision: str = "range", mod: str | None = None) -> Timex:
    """A timex with no calendar date: a duration, a set or a vague reference."""
    return Timex(0, 0, "", type_, value, precision=precision, mod=mod)


def day(date: dt.date, *, precision: str = "day", part_of_day: str | None = None) -> Timex:
    if part_of_day:
        return Timex(0, 0, "", "TIME", f"{date.isoformat()}T{part_of_day}", date, None, precision)
    return Timex(0, 0, "", "DATE", date.isoformat(), date, None, precision)


def week(date: dt.date) -> Timex:
    monday = week_start(date)
    return Timex(0, 0, "", "DATE", iso_week(date), monday, monday + dt.timedelta(days=6), "week")


def weekend(date: dt.date) -> Timex:
    saturday = week_start(date) + dt.timedelta(days=5)
    end = saturday + dt.timedelta(days=1)
    return Timex(0, 0, "", "DATE", f"{iso_week(date)}-WE", saturday, end, "range")


def month(year: int, number: int) -> Timex:
    first = dt.date(year, number, 1)
    last = dt.date(year, number, last_day_of_month(year, number))
    return Timex(0, 0, "", "DATE", f"{year:04d}-{number:02d}", first, last, "month")


def year(number: int) -> Timex:
    return Timex(
        0, 0, "", "DATE", f"{number:04d}", dt.date(number, 1, 1), dt.date(number, 12, 31), "year"
    )


def season(year_: int, code: str, first_month: int) -> Timex:
    first = dt.date(year_, first_month, 1)
    last = add_months(first, 2)
    last = last.replace(day=last_day_of_month(last.year, last.month))
    return Timex(0, 0, "", "DATE", f"{year_:04d}-{code}", first, last, "range")


def decade(prefix: int) -> Timex:
    first = dt.date(prefix * 10, 1, 1)
    return Timex(0, 0, "", "DATE", str(prefix), first, dt.date(prefix * 10 + 9, 12, 31), "range")


def clock(date: dt.date, hour: int, minute: int) -> Timex:
    """A time of day: "10 a.m." -> 2013-03-21T10:00 in TimeML, the publication day by
    default; no calendar date, so it never outranks a day the text names ("at 10 a.m. on
    Tuesday")."""
    value = f"{date.isoformat()}T{hour:02d}:{minute:02d}"
    return value_only("TIME", value)


def quarter(year_: int, number: int) -> Timex:
    """A quarter is three months from its first, like a season: 2023-Q1 is January..March."""
    return season(year_, f"Q{number}", 3 * number - 2)
