"""Build `world.geojson` (simplified country outlines) from Natural Earth 1:110m.

The source is the `naturalearth_lowres` shapefile that the geopandas 0.14 wheel on PyPI
ships (geopandas/datasets/naturalearth_lowres/, Natural Earth admin 0 countries, public
domain). Reads the .shp and .dbf with the standard library only, rounds coordinates to
0.1 degree (a pixel is coarser at the page's map size), drops repeated points and writes
one Feature per country with `name` and `iso3`.

    pip download geopandas==0.14.4 --no-deps -d /tmp/geo
    unzip /tmp/geo/geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/*' -d /tmp/geo
    python build_world.py /tmp/geo/geopandas/datasets/naturalearth_lowres/naturalearth_lowres
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

DIGITS = 1
Ring = list[tuple[float, float]]


def read_dbf(path: Path) -> list[dict[str, str]]:
    """dBASE III records as dicts of stripped strings."""
    data = path.read_bytes()
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    records = []
    for i in range(count):
        start = header_len + i * record_len + 1  # after the deletion flag
        record, offset = {}, start
        for name, length in fields:
            record[name] = (
                data[offset : offset + length].decode("latin-1").strip()
            )  # the .cpg says ISO-8859-1
            offset += length
        records.append(record)
    return records


def read_shp(path: Path) -> list[list[Ring]]:
    """Polygon shapes as lists of rings of (lon, lat)."""
    data = path.read_bytes()
    shapes, pos = [], 100
    while pos < len(data):
        _, words = struct.unpack(">ii", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        if struct.unpack("<i", body[:4])[0] != 5:
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", body[36:44])
        starts = list(struct.unpack(f"<{parts}i", body[44 : 44 + 4 * parts])) + [points]
        xy = struct.unpack(f"<{2 * points}d", body[44 + 4 * parts : 44 + 4 * parts + 16 * points])
        coords = list(zip(xy[0::2], xy[1::2], strict=True))
        shapes.append([coords[a:b] for a, b in zip(starts, starts[1:], strict=False)])
    return shapes


def simplify(ring: Ring) -> Ring:
    out: Ring = []
    for lon, lat in ring:
        point = (round(lon, DIGITS), round(lat, DIGITS))
        if not out or out[-1] != point:
            out.append(point)
    return out if len(out) >= 4 else []


def clockwise(ring: Ring) -> bool:
    area = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False))
    return area < 0


def polygons(rings: list[Ring]) -> list[list[Ring]]:
    """Shapefile outer rings run clockwise, holes counter-clockwise after their outer ring."""
    found: list[list[Ring]] = []
    for ring in filter(None, map(simplify, rings)):
        if clockwise(ring) or not found:
            found.append([ring[::-1]])  # GeoJSON: outer rings counter-clockwise
        else:
            found[-1].append(ring[::-1])
    return found


def _iso3(code: str) -> str | None:
    return None if code == "-99" else code  # Natural Earth's "no code" (Kosovo)


def build(stem: Path) -> dict:
    features = []
    records = read_dbf(stem.with_suffix(".dbf"))
    for record, rings in zip(records, read_shp(stem.with_suffix(".shp")), strict=True):
        shape = polygons(rings)
        if not shape:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"name": record["name"], "iso3": _iso3(record["iso_a3"])},
                "geometry": {"type": "MultiPolygon", "coordinates": shape},
            }
        )
    return {"type": "FeatureCollection", "features": features}


if __name__ == "__main__":
    world = build(Path(sys.argv[1]))
    out = Path(__file__).with_name("world.geojson")
    out.write_text(json.dumps(world, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(world['features'])} countries -> {out} ({out.stat().st_size} bytes)")
