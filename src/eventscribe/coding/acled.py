"""ACLED's event_type and sub_event_type for an event, by the crosswalk in
data/violence/acled.tsv (CAMEO code prefix + a condition on the participants), and the
civilian-targeting flag: the target is civilians or other unarmed people."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from eventscribe.article import ActorRef, Event

# Sectors of people who are not party to the fighting.
CIVILIAN_SECTORS = frozenset({"CVL", "EDU", "MED", "NGO", "REF", "LAB", "HLH", "REL", "BUS",
                              "OPP", "HRI", "AGR"})  # fmt: skip
STATE_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY"})


@lru_cache(maxsize=1)
def crosswalk() -> list[tuple[str, str, str, str]]:
    path = resources.files("eventscribe") / "data" / "violence" / "acled.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [(code, condition, kind, sub) for code, condition, kind, sub in rows]


def is_civilian(ref: ActorRef | None) -> bool:
    return ref is not None and ref.sector in CIVILIAN_SECTORS


def classify(event: Event) -> None:
    """Set the event's ACLED types, when the crosswalk has a row for its code."""
    event.civilian_targeting = is_civilian(event.target) if event.cameo[:2] >= "17" else None
    for code, condition, kind, sub in crosswalk():
        if event.cameo.startswith(code) and _holds(condition, event):
            event.event_type, event.sub_event_type = kind, sub
            return


def _holds(condition: str, event: Event) -> bool:
    if condition == "civilian_target":
        return is_civilian(event.target)
    if condition == "armed_target":
        return event.target is not None and not is_civilian(event.target)
    if condition == "state_source":
        source = event.source
        return source is not None and (source.sector in STATE_SECTORS or source.sector is None)
    return True
