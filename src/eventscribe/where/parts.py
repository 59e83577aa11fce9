"""The part of a country or a region that a direction names: "northern Burkina Faso", "NE
Nigeria", "E. Ukraine" (a compass abbreviation with its point; "S. Africa" and "N. Ireland"
are the places of that name), "the east of the country".

A direction word before a country or a first-level region names the third of it that lies
that way; its point is the mean of the points of the places inside it that lie in that
third (a country's regions, a region's towns), so "northern Burkina Faso" lands among the
Sahel and Nord regions, not at the country's centre. A direction before a town ("north
Baghdad") or before an area with too few known parts keeps the place's own point; a
distance with it ("200 km south of Kabul") moves the point that far that way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

# Direction words as written (after `name_key`) -> the canonical direction.
DIRECTIONS = {
    "north": "north", "northern": "north", "south": "south", "southern": "south",
    "east": "east", "eastern": "east", "west": "west", "western": "west",
    "northeast": "northeast", "northeastern": "northeast", "ne": "northeast",
    "northwest": "northwest", "northwestern": "northwest", "nw": "northwest",
    "southeast": "southeast", "southeastern": "southeast", "se": "southeast",
    "southwest": "southwest", "southwestern": "southwest", "sw": "southwest",
    "central": "central", "mid": "central", "inner": "central",
}  # fmt: skip
_D = math.sqrt(0.5)
# (north, east) unit vectors; "central" has none.
VECTORS = {
    "north": (1.0, 0.0), "south": (-1.0, 0.0), "east": (0.0, 1.0), "west": (0.0, -1.0),
    "northeast": (_D, _D), "northwest": (_D, -_D), "southeast": (-_D, _D), "southwest": (-_D, -_D),
}  # fmt: skip
KM_PER_DEGREE = 111.2  # of latitude
UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometre": 1.0, "kilometer": 1.0, "mile": 1.609344}
# A distance written just before a direction: "340 kms north of ", "some 80 km (50 miles) ".
_DISTANCE = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*-?\s*(km|kms|kilomet(?:re|er)s?|miles?)\.?\s*(?:\([^)]*\)\s*)?"
    r"(?:([a-z-]+)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
MIN_PARTS = 3  # an area with fewer known parts keeps its own point
SHARE = 3  # the part is the third of the area that lies that way

Point = tuple[float, float]


def direction_of(word: str) -> str | None:
    """The canonical direction a word names ("Northern", "NE", "north-east"), or None."""
    return DIRECTIONS.get(word.casefold().replace("-", "").replace(".", ""))


# Compass abbreviations written with their points, as headlines write them: "E. Ukraine",
# "N. Mali", "N.E. Nigeria"; without the point a capital letter is too often an initial.
ABBREVIATED = {
    "n.": "north", "s.": "south", "e.": "east", "w.": "west", "n.e.": "northeast",
    "n.w.": "northwest", "s.e.": "southeast", "s.w.": "southwest",
}  # fmt: skip


COMPASS_ADJECTIVE_STEMS = frozenset(ABBREVIATED.values())  # "north" -> "northern"


def abbreviated_direction(word: str) -> str | None:
    """The direction a compass abbreviation with its point names ("E.", "N.E."), or None."""
    return ABBREVIATED.get(word.casefold())


def spelled_out(name: str) -> tuple[str, str] | None:
    """A name that begins with a compass abbreviation, with the abbreviation spelled out as
    a direction and as its adjective: "E. Ukraine" -> ("east Ukraine", "eastern Ukraine"),
    "N. Ireland" -> ("north Ireland", "northern Ireland"); None for any other name."""
    first, _, rest = name.partition(" ")
    direction = abbreviated_direction(first)
    if not direction or not rest.strip():
        return None
    adjective = direction + ("ern" if direction in COMPASS_ADJECTIVE_STEMS else "")
    return f"{direction} {rest.strip()}", f"{adjective} {rest.strip()}"


def bare_direction(text: str) -> str | None:
    """The direction a phrase names with no place of its own: "the North", "the east of
    the country", "northern parts"; None for anything else."""
    words = [w for w in text.casefold().replace("-", "").split() if w != "the"]
    if not words or words[1:] not in ([], ["of", "country"], ["part"], ["parts"], ["region"]):
        return None
    return direction_of(words[0])


def part_point(points: Sequence[Point], direction: str) -> Point | None:
    """The mean of the points in the third of `points` that lies towards `direction`
    ("central": the third nearest their centre); None when there are too few points."""
    if len(points) < MIN_PARTS:
        return None
    lat0 = sum(p[0] for p in points) / len(points)
    lon0 = sum(p[1] for p in points) / len(points)
    scale = math.cos(math.radians(lat0))
    if direction in VECTORS:
        north, east = VECTORS[direction]
        order = sorted(
            points, key=lambda p: -(north * (p[0] - lat0) + east * (p[1] - lon0) * scale)
        )
    else:
        order = sorted(points, key=lambda p: (p[0] - lat0) ** 2 + ((p[1] - lon0) * scale) ** 2)
    part = order[: max(1, len(points) // SHARE)]
    return sum(p[0] for p in part) / len(part), sum(p[1] for p in part) / len(part)


def measured(before: str, name: str) -> tuple[float, str] | None:
    """The distance in km and the direction that the words before a place name measure
    from it: "200 kms south of " + "Kabul", "12 km (7 miles) " + "east Goma"
    (a name widened with its direction); None when they measure nothing."""
    found = _DISTANCE.search(before.rstrip() + " ")
    if found is None:
        return None
    direction = direction_of(found[3] or name.split()[0])
    unit = found[2].lower().rstrip("s") if found[2].lower() != "kms" else "km"
    if direction not in VECTORS:
        return None
    return float(found[1].replace(",", "")) * UNIT_KM[unit], direction


def moved(point: Point, direction: str, km: float) -> Point:
    """The point `km` away from `point` towards `direction` (flat-earth step: the
    distances news gives are a few hundred km at most)."""
    north, east = VECTORS[direction]
    lat = point[0] + north * km / KM_PER_DEGREE
    scale = max(math.cos(math.radians(point[0])), 0.01)
    return round(lat, 5), round(point[1] + east * km / (KM_PER_DEGREE * scale), 5)
