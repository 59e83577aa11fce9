"""Does a system event's place agree with a gold event's place (news gold)?

The gold gives a place as `{name, country}` only. Agreement, in order:
1. the names are equal once folded ("Kharg island" = "Kharg Island"), the system's
   name or the words the article used for it;
2. the gold place lies within `SAME_PLACE_KM` of the system's point: the gold writes a
   place from the most specific to the broadest ("Conyers' home, Detroit"), so its point
   is that of the first part the gazetteer knows within the gold country.
A gold event with no place is not scored: what it says about places is unknown.
"""

from __future__ import annotations

from typing import Any

from eventscribe.where.gazetteer import haversine_km, load_gazetteer, name_key

SAME_PLACE_KM = 50.0


def place_agrees(gold: dict[str, Any], system: dict[str, Any] | None) -> bool:
    """Whether the system place is the gold place by name or within 50 km."""
    if not system or not gold.get("name"):
        return False
    names = {name_key(system.get(key) or "") for key in ("name", "text")} - {""}
    if name_key(gold["name"]) in names:
        return True
    distance = _distance_km(gold, system)
    return distance is not None and distance <= SAME_PLACE_KM


def _distance_km(gold: dict[str, Any], system: dict[str, Any]) -> float | None:
    if system.get("lat") is None or system.get("lon") is None:
        return None
    countries = (gold["country"],) if gold.get("country") else ()
    gazetteer = load_gazetteer()
    for part in (p.strip() for p in gold["name"].split(",")):
        ranked = gazetteer.ranked(part, countries=countries) if part else []
        if ranked:
            return haversine_km(ranked[0].lat, ranked[0].lon, system["lat"], system["lon"])
    return None
