"""Two dates joined into one stretch: "from May 3 to May 10", "between March and June",
"from Monday to Wednesday", "April 16-27". An event dated by such words lasts the whole stretch
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
