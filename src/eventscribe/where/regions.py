"""Where a world region made of whole countries lies: where its people live.

A region such as "the Middle East" or "West Africa" has no point of its own; its point is
the population-weighted mean of the towns of its member countries (`region_members.tsv`),
so that it falls where the region's news mostly happens (Eastern Europe near Moscow and
Kyiv, not in Siberia at the middle of Russia's land). The mean is taken on the sphere, so
regions across the date line or the poles come out right.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

Town = tuple[float, float, int]  # latitude, longitude, population
Vector = tuple[float, float, float]


def weighted_sum(towns: Iterable[Town]) -> Vector:
    """The towns' unit vectors, each scaled by the town's population, added up."""
    x = y = z = 0.0
    for lat, lon, population in towns:
        phi, lmb = math.radians(lat), math.radians(lon)
        x += population * math.cos(phi) * math.cos(lmb)
        y += population * math.cos(phi) * math.sin(lmb)
        z += population * math.sin(phi)
    return x, y, z


def centre(sums: Iterable[Vector]) -> tuple[float, float] | None:
    """The point of the added-up vectors (of several countries), or None for no people."""
    x = y = z = 0.0
    for dx, dy, dz in sums:
        x, y, z = x + dx, y + dy, z + dz
    if not (x or y or z):
        return None
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 4), round(math.degrees(math.atan2(y, x)), 4)
