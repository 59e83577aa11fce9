"""Where an act of force happened when its own words name no place (after `attach.py`).

In order, each only for a material act (`attach.MATERIAL_ROOTS`):
1. an act on a ship or an oil platform is at sea: the one body of water the article
   names ("the freighter Orion was hit" in a story of attacks in the Red Sea);
2. the place of another act of force its sentence names, when that place lies in the
   land of the act's target ("followed fierce battles near Kirkuk, after a Syrian
   offensive began" against Iraq: the offensive is near Kirkuk too);
3. an act across a border ("a cross-border offensive", "an incursion", "invaded") by one
   state's side on another's is in the target's country.
Never the target's country otherwise: "Iraqi jets struck Iranian forces" says nothing of
where the forces were.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from eventscribe.actors.candidates import VESSEL_WORDS
from eventscribe.article import ActorRef, Event, Place
from eventscribe.where.attach import MATERIAL_ROOTS
from eventscribe.where.gazetteer import Gazetteer

WATER_KINDS = frozenset({"water"})
# Words of an act that crosses into another country's land.
CROSSING_WORDS = frozenset({"incursion", "invasion", "invade"})
# What stands at sea: ships, and the oil platforms and rigs offshore.
AT_SEA = VESSEL_WORDS | {f"{w}s" for w in VESSEL_WORDS} | {"platform", "platforms", "rig", "rigs"}


def at_sea(event: Event, waters: Sequence[Place]) -> Place | None:
    """The article's one body of water, for an act of force on a ship or a platform."""
    if event.cameo[:2] not in MATERIAL_ROOTS or not _at_sea(event.target):
        return None
    if len({p.gazetteer_id for p in waters}) != 1:
        return None
    return waters[0]


def _at_sea(target: ActorRef | None) -> bool:
    words = (target.text or "").lower().replace(",", " ").split() if target else []
    return any(word in AT_SEA for word in words)


def waters(places: Iterable[Place | None], gazetteer: Gazetteer) -> list[Place]:
    """The places that are seas, gulfs and straits."""
    found = []
    for place in places:
        if place is None:
            continue
        row = gazetteer.target_row(place.gazetteer_id or "")
        if row is not None and gazetteer.kinds[row] in WATER_KINDS:
            found.append(place)
    return found


def across_border(event: Event, predicate: Any, gazetteer: Gazetteer) -> Place | None:
    """The target's country, for an act that says it crosses into it from another."""
    source, target = event.source, event.target
    if event.cameo[:2] not in MATERIAL_ROOTS:
        return None
    if source is None or target is None or not _states_apart(source, target):
        return None
    before = predicate.doc[predicate.left_edge.i : predicate.i].text.lower().replace(" ", "")
    if "cross-border" not in before and predicate.lemma_.lower() not in CROSSING_WORDS:
        return None
    return gazetteer.country_place(target.country or "")


def _states_apart(source: ActorRef, target: ActorRef) -> bool:
    countries = (source.country or "", target.country or "")
    states = all(len(c) == 3 and c.isalpha() and c not in ("IGO", "NGO") for c in countries)
    return states and countries[0] != countries[1]
