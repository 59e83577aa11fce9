"""Find and normalise time expressions in plain text, relative to the document date."""

from __future__ import annotations

import dataclasses
import datetime as dt

from eventscribe.when.fallback import dateparser_timex
from eventscribe.when.grammar import Mention, find_mentions
from eventscribe.when.resolve import resolve
from eventscribe.when.tense import tense_near
from eventscribe.when.timex import Timex


def find_timexes(
    text: str,
    dct: dt.date,
    *,
    spans: list[tuple[int, int]] | None = None,
    tense: str | None = None,
) -> list[Timex]:
    """Time expressions in `text` (only inside `spans` if given), resolved against `dct`,
    the document creation (publication) date. Offsets index `text`.

    Without `tense`, each expression takes the tense of the words around it ("will",
    "is to", "scheduled to" ... make it future); the pipeline passes the parse's tense.
    """
    found = []
    for mention in find_mentions(text, spans):
        own_tense = tense if tense is not None else tense_near(text, mention.start, mention.end)
        timex = resolve(mention, dct, own_tense)
        if timex is not None:
            found.append(timex)
    return found


def normalize_timex(
    text: str, dct: dt.date, *, tense: str | None = None, fallback: bool = True
) -> Timex | None:
    """The value of `text`, known to be a time expression (an evaluation span).

    The grammar reads it first, without the context checks a finder needs; if no rule
    gives a value and `fallback` is on, dateparser tries. None: no reading at all.
    """
    mentions = find_mentions(text, strict=False)
    # the longest reading first; a vague word ("former", "earlier") only if nothing else
    for mention in sorted(mentions, key=lambda m: (m.rule == "vague_ref", m.start - m.end)):
        timex = resolve(mention, dct, tense)
        if timex is not None:
            return _at_clock_time(timex, mentions, dct, tense)
    return dateparser_timex(text, dct, tense=tense) if fallback else None


def _at_clock_time(timex: Timex, mentions: list[Mention], dct: dt.date, tense: str | None) -> Timex:
    """A clock time and a day in one span ("10 a.m. Monday", "Oct. 19 at noon") are one
    TIME of that day (1998-03-09T10:00); the clock alone is read on publication's day."""
    clocks = [m for m in mentions if m.rule == "clock"]
    if not clocks or len(mentions) < 2:
        return timex
    clock = resolve(clocks[0], dct, tense)
    days = (resolve(m, dct, tense) for m in mentions if m.rule != "clock")
    day = next((d for d in days if d is not None and d.type == "DATE" and d.precision == "day"), None)
    if clock is None or day is None or day.date is None:
        return timex
    value = f"{day.date.isoformat()}T{clock.value.split('T')[1]}"
    return dataclasses.replace(day, type="TIME", value=value)
