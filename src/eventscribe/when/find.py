"""Find and normalise time expressions in plain text, relative to the document date."""

from __future__ import annotations

import datetime as dt

from eventscribe.when.fallback import dateparser_timex
from eventscribe.when.grammar import find_mentions
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
            return timex
    return dateparser_timex(text, dct, tense=tense) if fallback else None
