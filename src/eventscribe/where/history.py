"""Places in the states of their day: Moscow in a 1987 article is in the Soviet Union (SUN),
Leipzig in East Germany (DDR), Bratislava in Czechoslovakia (CSK).

The gazetteer knows today's countries; `data/places/historical_countries.tsv` says which of
today's countries, or which of their first-level regions, belonged to a former state until
when. A place keeps its name and point; only its country code is that of the article's day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import lru_cache

from eventscribe.article import Place
from eventscribe.where.gazetteer import Gazetteer, read_tsv

Rule = tuple[str, dt.date]  # the historical state, and the first day it no longer held


@lru_cache(maxsize=1)
def historical_rules() -> dict[tuple[str, str], Rule]:
    """(today's iso3, admin1 code or "") -> (historical iso3, until)."""
    return {
        (iso3, admin1): (state, dt.date.fromisoformat(until))
        for iso3, admin1, state, until in read_tsv("historical_countries.tsv")
    }


def in_its_time(place: Place | None, day: dt.date | None, gazetteer: Gazetteer) -> Place | None:
    """The place with the country code of the state it lay in on `day` (the article's date)."""
    if place is None or day is None or not place.country:
        return place
    rules = historical_rules()
    rule = rules.get((place.country, _admin_code(place, gazetteer))) or rules.get(
        (place.country, "")
    )
    if rule is None or day >= rule[1]:
        return place
    return dataclasses.replace(place, country=rule[0])


def _admin_code(place: Place, gazetteer: Gazetteer) -> str:
    """The GeoNames admin1 code of a gazetteer place ("DE.13"), or ""."""
    gid = (place.gazetteer_id or "").partition("#")[0]
    row = (
        gazetteer.by_id.get(gid.removeprefix("geonames:")) if gid.startswith("geonames:") else None
    )
    return (gazetteer.admin_codes[row] or "") if row is not None else ""
