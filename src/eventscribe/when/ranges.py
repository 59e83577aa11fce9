"""Two dates joined into one stretch: "from May 3 to May 10", "between March and June",
"from Monday to Wednesday", "April 16-27", "3-4 May". An event dated by such words lasts the whole stretch
(`date` .. `date_end`, precision "range"); read apart, it would take the first day only.
"""

from __future__ import annotations

import dataclasses
import re

from eventscribe.when.timex import Timex

# The words between the two ends: "to", "until", "through", a dash; "and" after "between".
_JOINER = re.compile(r"\s*(?:to|until|till|through|thru|-|\u2013|\u2014)\s*|\s+and\s+", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_LOOK_BACK = 12  # characters before the first end where "between" may stand
_FIRST_DAY_BACK = 24  # characters before a day where "between 3rd and " may stand
# The first day of a month's stretch written before its last: "3-4 May", "3 and 4 May",
# after a word that may stand before a date ("on", "between", "night of", a comma), so
# that a count is no day ("killed 3 and 4 May ..." is no stretch).
_FIRST_DAY = re.compile(
    r"(?:^|\b(?:on|of|between|from|dated|over|during|since)\s+|[,(]\s*)(?:the\s+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|\u2013|/|&|and|to|till|until)\s*(?:the\s+)?$",
    re.I,
)
# The last day of a month's stretch written after its first: "April 16-27".
_LAST_DAY = re.compile(r"[-\u2013](\d{1,2})\b(?![-/:\d]|\.\d)")


def joined(first: Timex, second: Timex, text: str) -> Timex | None:
    """The stretch from `first` to `second` (offsets into `text`), or None when the words
    between them do not join them or the second ends before the first begins."""
    between = text[first.end : second.start]
    if first.date is None or second.last_day is None or not _JOINER.fullmatch(between):
        return None
    if between.strip().lower() == "and":
        before = text[max(0, first.start - _LOOK_BACK) : first.start]
        if not _BETWEEN.search(before):
            return None  # "in March and June": two dates, not a stretch
    if second.last_day < first.date:
        return None
    return dataclasses.replace(
        first,
        end=second.end,
        text=text[first.start : second.end],
        date_end=second.last_day,
        precision="range",
    )


def first_day_stretch(last: Timex, text: str) -> Timex | None:
    """ "3-4 May", "the night of 3/4 May", "3 and 4 May", "between 3rd and 5th May": the
    day, and the earlier day of its month written before it (British and much of the
    world's news write the day first)."""
    found = _FIRST_DAY.search(text, max(0, last.start - _FIRST_DAY_BACK), last.start)
    if last.date is None or last.precision != "day" or found is None:
        return None
    first = int(found["day"])
    if not 1 <= first < last.date.day:
        return None
    return dataclasses.replace(
        last, start=found.start("day"), text=text[found.start("day") : last.end],
        date=last.date.replace(day=first), date_end=last.date, precision="range",
    )  # fmt: skip


def day_stretch(first: Timex, text: str) -> Timex | None:
    """ "April 16-27": the day, and the later day of its month written after a dash."""
    found = _LAST_DAY.match(text, first.end)
    if first.date is None or first.precision != "day" or found is None:
        return None
    last = int(found.group(1))
    if not first.date.day < last <= 31:
        return None
    try:
        end = first.date.replace(day=last)
    except ValueError:
        return None  # "February 20-30"
    return dataclasses.replace(
        first, end=found.end(), text=text[first.start : found.end()], date_end=end,
        precision="range",
    )  # fmt: skip
