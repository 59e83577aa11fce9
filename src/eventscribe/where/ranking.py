"""Candidates for a place name and the rules that rank them: a country outranks any town
of its name, a state a town unless the town is large, a region behind a bigger town of its
very name; the text's countries and nearby places move candidates up (`Gazetteer._score`)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Union

from eventscribe.article import Place

Near = Union["Candidate", Place, tuple[float, float]]

PRECISION_OF_KIND = {
    "continent": "region",
    "country": "country",
    "admin1": "region",
    "admin2": "region",
    "capital": "city",
    "city": "city",
}
# Ranking weights: a country outranks any town of its name; a state outranks a town
# unless the town is large; the article's countries and nearby places move candidates up.
KIND_PRIOR = {"continent": 9.5, "country": 10.0, "admin1": 7.0, "admin2": 5.0}
CAPITAL_BONUS = 1.5
BIG_CITY_BONUS = 1.5  # a city of a million or more outranks a state of its name (New York)
NAME_BONUS = 1.0  # the primary name or a curated alias, over an alternate name
COUNTRY_BONUS = 4.0  # the candidate lies in a country the article names
NEAR_BONUS = 3.0  # the candidate lies next to another place the article names
NEAR_KM = 300.0
VARIANT_PENALTY = 1.5  # "Oaxaca State" matched as "Oaxaca"
REGION_ALIAS_PENALTY = 1.5  # a region called by a town's own name, behind the town
BEHIND_TOWN = 0.5  # how far a region smaller than its namesake town ranks behind it
FAR_PART_KM = 150.0  # a direction's part of an area this far from a town of its name
AREA_KINDS = frozenset({"admin1", "admin2"})
TOWN_KINDS = frozenset({"city", "capital"})


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to, with its ranking score."""

    gazetteer_id: str  # "geonames:ID" or "curated:ID"
    name: str
    country: str | None  # ISO-3
    admin1: str | None  # the name of its first-level region
    lat: float
    lon: float
    kind: str  # country, admin1, admin2, capital, city, continent, or a curated kind
    precision: str  # one of article.PLACE_PRECISIONS
    population: int
    matched: str  # name, alias, alternate, variant
    score: float
    admin_code: str | None = None  # GeoNames admin1 code, "US.CA"

    @property
    def is_area(self) -> bool:
        """A country or region: it contains the places named with its code."""
        return self.kind in ("country", "admin1")

    def to_place(
        self, text: str | None = None, start: int | None = None, end: int | None = None
    ) -> Place:
        return Place(
            name=self.name,
            country=self.country,
            admin1=self.admin1,
            lat=self.lat,
            lon=self.lon,
            gazetteer_id=self.gazetteer_id,
            precision=self.precision,
            text=text,
            start=start,
            end=end,
        )


def towns_before_their_regions(scored: list[Candidate]) -> list[Candidate]:
    """A region known by a town's own name only as an alternate ("Tall Abib", the Tel Aviv
    District, for "Tel Aviv"; "Hayfa" for "Haifa") stands behind that town."""
    towns = {
        c.admin_code
        for c in scored
        if c.kind in ("city", "capital") and c.matched == "name" and c.admin_code
    }
    if not towns:
        return scored
    return [
        replace(c, score=round(c.score - REGION_ALIAS_PENALTY, 4))
        if c.kind in ("admin1", "admin2") and c.matched == "alternate" and c.admin_code in towns
        else c
        for c in scored
    ]


OWN_NAME_TOWN = 10_000  # people: a town this large bears its name before a far place's alias
ALTERNATE_RATIO = 100  # ... unless that place is this many times as populous ("Canton")


def alternates_behind_own_names(
    scored: list[Candidate], gains: dict[str, float]
) -> list[Candidate]:
    """A town known by the name only as an alternate ranks, before context, behind the
    largest town whose own name it is: "Salem" alone is a town called Salem, not
    Jerusalem, and "Franklin" the town in Tennessee, not Columbus, Ohio; a great city a
    hundred times as populous keeps its old name ("Canton", Guangzhou). The context of
    each (`gains`: what the text's countries and places add to its score) still counts:
    "Brunswick" in a story of Germany is Braunschweig."""
    own = [c for c in scored if c.kind in TOWN_KINDS and c.matched in ("name", "alias")]
    town = max(own, key=lambda c: c.population, default=None)
    if town is None or town.population < OWN_NAME_TOWN:
        return scored
    ceiling = town.score - gains.get(town.gazetteer_id, 0.0) - BEHIND_TOWN
    found = []
    for c in scored:
        gain = gains.get(c.gazetteer_id, 0.0)
        if c.kind in TOWN_KINDS and c.matched == "alternate" and c.score - gain > ceiling \
                and c.population < town.population * ALTERNATE_RATIO:
            c = replace(c, score=round(ceiling + gain, 4))
        found.append(c)
    return found


def regions_behind_bigger_towns(scored: list[Candidate]) -> list[Candidate]:
    """A region with fewer people than a town of its very name ranks as a town of its size,
    behind that town: "Manchester" or "Charlotte" alone is the city, not the parish of
    Jamaica or of Saint Vincent; "Kaduna" stays the state, which holds more people than the
    city. Context (the countries and places the text names) still moves either up."""
    towns = [c for c in scored if c.kind in TOWN_KINDS and c.matched in ("name", "alias")]
    if not towns:
        return scored
    town = max(towns, key=lambda c: c.population)
    ceiling = city_prior(town.population, town.kind == "capital") - BEHIND_TOWN
    return [
        replace(c, score=round(c.score - (KIND_PRIOR[c.kind] - ceiling), 4))
        if c.kind in AREA_KINDS and 0 < c.population < town.population
        and KIND_PRIOR[c.kind] > ceiling and c.matched == town.matched
        else c
        for c in scored
    ]


def parts_before_far_towns(scored: list[Candidate]) -> list[Candidate]:
    """A direction before a name that is both an area and a town names the area's part
    when that part lies far from the town: "western New York" is the west of the state,
    400 km from the city, as "eastern Washington" is no part of the capital; "north
    Baghdad", whose governorate's north lies by the city, stays the city."""
    parts = [c for c in scored if c.matched.startswith("direction:")]
    if not parts:
        return scored
    part = max(parts, key=lambda c: c.score)
    ceiling = round(part.score - BEHIND_TOWN, 4)
    return [
        replace(c, score=ceiling)
        if c.kind in TOWN_KINDS and c.score > ceiling
        and haversine_km(c.lat, c.lon, part.lat, part.lon) > FAR_PART_KM
        else c
        for c in scored
    ]


@dataclass(frozen=True, slots=True)
class NearPoint:
    lat: float
    lon: float
    country: str | None = None
    admin: str | None = None
    area: str | None = None  # "country" or "admin1" when the point stands for an area


# A ranking's context: the name, the wanted countries and the points nearby.
RankKey = tuple[str, frozenset[str | None], tuple[NearPoint, ...]]


def near_point(item: Near) -> NearPoint:
    if isinstance(item, Candidate):
        area = item.kind if item.kind in ("country", "admin1") else None
        return NearPoint(item.lat, item.lon, item.country, item.admin_code, area)
    if isinstance(item, Place):
        area = "country" if item.precision == "country" else None
        return NearPoint(item.lat or 0.0, item.lon or 0.0, item.country, None, area)
    return NearPoint(item[0], item[1])


def city_prior(population: int, capital: bool) -> float:
    prior = math.log10(population + 10)
    if population >= 1_000_000:
        prior += BIG_CITY_BONUS
    return prior + (CAPITAL_BONUS if capital else 0.0)
