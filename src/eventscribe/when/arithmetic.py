"""Calendar arithmetic relative to a reference date, exact across month and year ends."""

from __future__ import annotations

import calendar
import datetime as dt

PAST, FUTURE = "past", "future"


def last_day_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (negative: earlier), clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, last_day_of_month(year, month + 1)))


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """`day` moved by `amount` units (day, week, month, year, decade, century)."""
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit == "week":
        return day + dt.timedelta(weeks=amount)
    months = {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
    return add_months(day, amount * months)


def weekday_near(reference: dt.date, weekday: int, direction: str, *, strict: bool) -> dt.date:
    """The nearest `weekday` (0 = Monday) before or after `reference`.

    Not strict, the reference's own weekday is the reference itself ("on Sunday" in a
    Sunday paper); strict, it is a week away ("last Sunday", "next Sunday").
    """
    if direction == PAST:
        back = (reference.weekday() - weekday) % 7 or (7 if strict else 0)
        return reference - dt.timedelta(days=back)
    ahead = (weekday - reference.weekday()) % 7 or (7 if strict else 0)
    return reference + dt.timedelta(days=ahead)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_year(reference: dt.date, month: int, direction: str, *, strict: bool = False) -> int:
    """The year of the nearest `month` in `direction`; the reference's month counts
    unless strict ("in October" in an October paper is this October)."""
    if direction == PAST:
        if month < reference.month or (month == reference.month and not strict):
            return reference.year
        return reference.year - 1
    if month > reference.month or (month == reference.month and not strict):
        return reference.year
    return reference.year + 1


def nearest_month_year(reference: dt.date, month: int) -> int:
    """The year that puts the middle of `month` nearest to the reference, either side:
    "until April" in a March paper is this April, "in December" in a January paper the
    December before."""
    years = (reference.year - 1, reference.year, reference.year + 1)
    return min(years, key=lambda year: abs((dt.date(year, month, 15) - reference).days))


def nearest_year(
    reference: dt.date, month: int, day: int, direction: str | None, weekday: int | None = None
) -> int | None:
    """The year that puts month/day in `direction` of the reference, or nearest to it.

    A weekday written with the date ("Friday, Dec. 15") picks the year it fits, if one
    does. None when no nearby year has that day (February 30).
    """
    options = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if day <= last_day_of_month(year, month):
            options.append(dt.date(year, month, day))
    fitting = [d for d in options if d.weekday() == weekday]
    if fitting:
        return min(fitting, key=lambda d: abs((d - reference).days)).year
    if direction == PAST:
        options = [d for d in options if d <= reference]
    elif direction == FUTURE:
        options = [d for d in options if d >= reference]
    if not options:
        return None
    return min(options, key=lambda d: abs((d - reference).days)).year


def part_of(start: dt.date, end: dt.date, part: str) -> tuple[dt.date, dt.date]:
    """The first, middle or last third of a period (TimeML mod START, MID, END)."""
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        first, last = {"START": (1, 4), "MID": (5, 8)}.get(part, (9, 12))
        return dt.date(start.year, first, 1), dt.date(
            end.year, last, last_day_of_month(end.year, last)
        )
    length = (end - start).days + 1
    third = length // 3
    if part == "START":
        return start, start + dt.timedelta(days=third - 1)
    if part == "MID":
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third)
    return end - dt.timedelta(days=third - 1), end
