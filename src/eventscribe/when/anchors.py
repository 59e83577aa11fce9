"""Acts dated from another act: "Gunmen torch a school a day after farmers were killed",
"killed on Sunday, two days after rebels shelled the base".

An act told in an "after" clause or phrase that a count of days or weeks heads ("a day
after", "two days after", "a week after") happened that long before the act the clause
hangs on: its date is that act's date less the gap (a range stays a range). Only an act
the text dates no other way is moved: one with no expression of its own, or with the one
it took from the clause above it ("on Sunday" is the killing's, not the shelling's).
When the act the clause hangs on is coded as no event ("Governor visits Jos a day after
gunmen killed five"), it is news of the day all the same: an undated act of the clause is
moved from its own undated reading by the gap.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventscribe.article import Event
from eventscribe.when.lexicon import NUMBER_WORDS

GAP_DAYS = {"day": 1, "week": 7}  # hours, months: no day-sized gap to move by
GAP_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week"}


def anchor_dates(events: list[Event], triggers: list[Any]) -> None:
    """Move each act of an "after" clause headed by a gap to its anchor's date less the
    gap. `triggers[i]` is the trigger token of `events[i]` (None if none)."""
    for event, trigger in zip(events, triggers, strict=True):
        found = anchor(trigger) if trigger is not None else None
        if found is None:
            continue
        anchor_event = _event_of(found[0], events, triggers, event)
        gap = dt.timedelta(days=found[1])
        if anchor_event is None and event.date_expression is None and event.event_date is not None:
            # "Boko Haram torches a base a day after farmers were killed", the torching
            # coded as nothing: the act it hangs on is news of the day, as the clause's
            # own undated act would be, so the clause's act lies the gap before its own
            _shift_from(event, event, gap)
            continue
        if anchor_event is None or anchor_event.event_date is None:
            continue
        if event.date_expression in (None, anchor_event.date_expression):
            _shift_from(event, anchor_event, gap)


def _event_of(verb: Any, events: list[Event], triggers: list[Any], clause_act: Event) -> Event | None:
    """The act told by the verb, or by a noun it governs through a preposition ("were
    killed in an ambush": the ambush); never the clause's own act ("fled a day after
    clashes": the clashes hang on "fled" through "after")."""
    for event, trigger in zip(events, triggers, strict=True):
        if trigger is not None and trigger.i == verb.i and event is not clause_act:
            return event
    for event, trigger in zip(events, triggers, strict=True):
        if event is clause_act or trigger is None:
            continue
        if trigger.head.dep_ == "prep" and trigger.head.head.i == verb.i:
            return event
    return None


def anchor(trigger: Any) -> tuple[Any, int] | None:
    """The act an "after" clause or phrase of the trigger hangs on, and the gap in days
    written before "after"; None if the trigger is in no such clause or phrase."""
    if trigger.dep_ == "advcl":
        after = next((c for c in trigger.children if c.dep_ == "mark"), None)
        governor = trigger.head
    elif trigger.dep_ == "pobj":
        after, governor = trigger.head, trigger.head.head
    else:
        return None
    if after is None or after.lower_ != "after":
        return None
    days = counted_gap(after)
    return (governor, days) if days else None


def counted_gap(after: Any) -> int | None:
    """The days counted before the word "after" ("a day after", "two weeks after"), if any:
    such an "after" tells a separate, earlier act, not the cause of this one."""
    return gap_days(after.doc[after.i - 1]) if after.i > 0 else None


def gap_days(unit: Any) -> int | None:
    """The days a unit word before "after" counts: "a day" 1, "two days" 2, "a week" 7,
    "the day" 1."""
    size = GAP_DAYS.get(GAP_UNITS.get(unit.lower_, ""))
    if size is None:
        return None
    counts = [c for c in unit.children if c.dep_ in ("det", "nummod")]
    if not counts:
        return None
    written = counts[0].lower_
    if written == "the" and unit.lower_ in ("day", "week"):
        return size  # "the day after": the next day
    amount = int(written) if written.isdigit() else NUMBER_WORDS.get(written)
    return size * amount if amount else None


def _shift_from(event: Event, anchor_event: Event, gap: dt.timedelta) -> None:
    event.event_date = anchor_event.event_date - gap if anchor_event.event_date else None
    event.date_end = anchor_event.date_end - gap if anchor_event.date_end else None
    event.date_precision = anchor_event.date_precision
    if event.date_precision == "publication":
        event.date_precision = "day"  # a day counted from publication's
    event.date_expression = None
