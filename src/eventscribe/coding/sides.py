"""The unnamed side of an act of force in a report of a war between two states.

"The Iranian tanker Avaj was hit on Saturday", in a report of Iraqi attacks on Iranian
shipping, was hit by Iraq; "Iraqi warplanes flew 94 sorties against military targets" in
the same report flew them against Iran's. A reader takes the side the sentence leaves out
from the rest of the article: when every act of force the article reports with both sides
named sets the one state against the same other state, and does so more than once, that
other state is the missing side. Where the article names two or more opponents of the
state, or one act only (a single air strike in a report of a civil war is no war between
the two states), the side stays unknown. Rebels in a fight with no other side named
fight their state's forces: in a civil war that is who the other side of a battle is.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict

from eventscribe.article import ActorRef, Event
from eventscribe.coding.participants import country_ref, with_country

FORCE_ROOTS = frozenset({"18", "19", "20"})
# Words of a fight both sides wage: "seven rebels were killed in a gun battle".
FIGHT_WORDS = frozenset({"clash", "clashes", "battle", "battles", "gun battle", "gunbattle",
                         "firefight", "skirmish", "skirmishes", "gunfight", "shootout",
                         "fighting", "fought"})  # fmt: skip
INSURGENT_SECTORS = frozenset({"REB"})
MIN_ACTS = 2  # acts of force between the two states that make the article a war report


def name_unnamed_sides(events: list[Event]) -> None:
    """Give an act of force with one side unnamed the only opponent the article sets
    against the other side (in place: the events are the article's)."""
    foes = _foes(events)
    for event in events:
        sides = (event.source, event.target)
        unknown = [not (side and side.country) for side in sides]
        if event.cameo[:2] not in FORCE_ROOTS or unknown.count(True) != 1:
            continue
        known = sides[unknown.index(False)]
        opponents = foes.get(known.country or "", Counter())
        if len(opponents) != 1 or sum(opponents.values()) < MIN_ACTS:
            continue
        other = _as_side(next(iter(opponents)), sides[unknown.index(True)], event)
        if unknown[0]:
            event.source = other
        else:
            event.target = other


def name_state_side(event: Event) -> None:
    """Rebels of a country in a fight whose other side the sentence leaves out fight that
    country's forces: "an army spokesman said seven rebels were killed in a gun battle".
    (Run once the rebels have their country, from the event's place if need be.)"""
    if event.cameo[:2] != "19" or event.trigger.lower() not in FIGHT_WORDS:
        return
    for rebels, other in ((event.source, event.target), (event.target, event.source)):
        if other is None and rebels is not None and rebels.country and rebels.sector in INSURGENT_SECTORS:
            state = country_ref(rebels.country, event.trigger, event.trigger_start, event.trigger_end)
            forces = with_country(dataclasses.replace(state, sector="MIL"), rebels.country)
            if rebels is event.target:
                event.source = forces
            else:
                event.target = forces
            return


def _foes(events: list[Event]) -> dict[str, Counter[str]]:
    """Each state's opponents, with how many of the article's acts of force with both sides
    named set them against it."""
    foes: dict[str, Counter[str]] = defaultdict(Counter)
    for event in events:
        if event.cameo[:2] not in FORCE_ROOTS or event.source is None or event.target is None:
            continue
        ours, theirs = event.source.country, event.target.country
        if ours and theirs and ours != theirs:
            foes[ours][theirs] += 1
            foes[theirs][ours] += 1
    return foes


def _as_side(iso3: str, side: ActorRef | None, event: Event) -> ActorRef:
    """The state as the act's unnamed side, the act's own words its evidence; a side named
    without its country ("Iraqi warplanes struck military targets") is that state's."""
    if side is not None and side.sector:
        return with_country(side, iso3)
    return country_ref(iso3, event.trigger, event.trigger_start, event.trigger_end)
