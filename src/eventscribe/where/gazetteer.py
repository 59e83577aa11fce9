"""An offline gazetteer: GeoNames cities, countries and regions, plus curated places.

The index is built once per process (`load_gazetteer` is cached) from package data in
`eventscribe/data/places/`: `gazetteer.tsv.gz`, derived from GeoNames extracts by
`build_gazetteer.py`, and the hand-made `curated.tsv`, `aliases.tsv` and `demonyms.tsv`.
Names match case- and diacritics-insensitively (`names.py`); candidates are ranked by
kind (countries and states before towns), population, exact name over alternate name, the
countries the article names and the distance to other places it names (`ranking.py`).
"""

from __future__ import annotations

import gc
import gzip
import math
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from eventscribe.article import Place
from eventscribe.data_cache import cached
from eventscribe.errors import EventscribeError
from eventscribe.where.names import (
    AREA_WORDS,
    BORDER,
    FEATURE_WORDS,
    PART_ADJECTIVES,
    POSSESSIVE,
    TOWN_WORDS,
    in_french,
    is_code,
    name_key,
    region_stem,
    variants,
)
from eventscribe.where.packed import PackedStrings, RowsById
from eventscribe.where.parts import part_point, spelled_out
from eventscribe.where.ranking import (
    AREA_KINDS,
    COUNTRY_BONUS,
    KIND_PRIOR,
    NAME_BONUS,
    NEAR_BONUS,
    NEAR_KM,
    OWN_NAME_TOWN,
    PRECISION_OF_KIND,
    TOWN_KINDS,
    VARIANT_PENALTY,
    Candidate,
    Near,
    NearPoint,
    RankKey,
    alternates_behind_own_names,
    city_prior,
    haversine_km,
    near_point,
    parts_before_far_towns,
    regions_behind_bigger_towns,
    towns_before_their_regions,
)
from eventscribe.where.regions import centre, weighted_sum

GAZETTEER_FILE = "gazetteer.tsv.gz"
COLUMNS = ("geonameid", "kind", "name", "iso2", "iso3", "admin", "lat", "lon", "population")
MAX_CANDIDATES = 50
AREAS = frozenset({"country", "admin1", "admin2"})
KNOWN_PLACE = 100_000  # a place this populous is known abroad by its name ...
DWARF_RATIO = 10  # ... over namesakes abroad this many times smaller ...
LOCAL_CLOSENESS = 0.5  # ... unless they lie this close to the text's places (about 200 km)
MATCH_CACHE = 100_000  # names whose matches (and rankings in context) are kept


class Gazetteer:
    """Name index over parallel columns; `lookup` ranks, `resolve` picks the best."""

    def __init__(self) -> None:
        self.ids: list[str] = []  # a geonameid, or "curated:<id>"
        self.names: list[str] = []
        self.kinds: list[str] = []
        self.countries: list[str | None] = []  # ISO-3
        self.admin_codes: list[str | None] = []
        self.lats = array("d")
        self.lons = array("d")
        self.populations = array("q")
        self.curated: dict[int, tuple[float, str]] = {}  # row -> (prior, precision)
        # name key -> rows as row << 1 | is_alternate: the GeoNames block's packed ("12,45"),
        # the keys touched or added since in `index`
        self.packed = PackedStrings((), ())
        self.index: dict[str, list[int]] = {}
        self.exact_aliases: dict[str, list[int]] = {}  # "CA", "NY": as written, upper case
        self.demonyms: dict[str, str] = {}  # name key -> target ("country:ISR" ...)
        self.by_id = RowsById()
        self.by_country: dict[str, int] = {}  # ISO-2 and ISO-3 -> the country's row
        self.by_admin: dict[str, int] = {}  # "US.CA", "continent:AF" -> the region's row
        self._matched: dict[str, list[tuple[int, str]]] = {}
        self._ranked: dict[RankKey, tuple[Candidate, ...]] = {}

    # -- building -------------------------------------------------------------------------

    def add_columns(self, columns: dict[str, str], keys: str, rows: str) -> None:
        """The GeoNames block, one tab-separated line per column, split as it is stored so
        that a column's text is freed before the next is read. It must come first: the
        index counts rows from 0."""
        if self.ids:
            raise EventscribeError("gazetteer: the GeoNames rows must be loaded first")
        self.ids.extend(columns["geonameid"].split("\t"))
        self.names.extend(columns["name"].split("\t"))
        self.kinds.extend(sys.intern(kind) for kind in columns["kind"].split("\t"))
        self.countries.extend(sys.intern(c) if c else None for c in columns["iso3"].split("\t"))
        self.admin_codes.extend(a or None for a in columns["admin"].split("\t"))
        self.lats.extend(map(float, columns["lat"].split("\t")))
        self.lons.extend(map(float, columns["lon"].split("\t")))
        self.populations.extend(map(int, columns["population"].split("\t")))
        self.packed = PackedStrings(keys.split("\t"), rows.split("\t"))
        self.by_id = RowsById(self.ids)
        iso2s = columns["iso2"].split("\t")
        for at, (kind, iso2, iso3, admin) in enumerate(
            zip(self.kinds, iso2s, self.countries, self.admin_codes, strict=True)
        ):
            if kind == "country":
                self.by_country[iso2] = self.by_country[iso3 or iso2] = at
            elif kind in ("admin1", "admin2", "continent"):
                self.by_admin.setdefault(admin or "", at)

    def add_curated(self, row: dict[str, Any], names: Iterable[str]) -> int:
        at = len(self.ids)
        self.ids.append(row["id"])
        self.names.append(row["name"])
        self.kinds.append(row["kind"])
        self.countries.append(row["country"] or None)
        self.admin_codes.append(None)
        self.lats.append(row["lat"])
        self.lons.append(row["lon"])
        self.populations.append(0)
        self.curated[at] = (row["prior"], row["precision"])
        self.by_id[row["id"]] = at
        for name in names:
            self._index(name_key(name), at << 1)
        return at

    def _index(self, key: str, value: int) -> None:
        if not key:
            return
        self._matched.clear()
        self._ranked.clear()
        bucket = self.entries(key)
        if all(v >> 1 != value >> 1 for v in bucket):
            self.index[key] = [*bucket, value]

    def entries(self, key: str) -> list[int]:
        bucket = self.index.get(key)
        if bucket is None:
            packed = self.packed.get(key)
            if packed is None:
                return []
            bucket = self.index[key] = [int(v) for v in packed.split(",")]
        return list(bucket)

    def add_alias(self, alias: str, target: str) -> None:
        row = self.target_row(target)
        if row is None:
            raise EventscribeError(f"aliases.tsv: {alias!r} names an unknown place {target!r}")
        if is_code(alias):
            self.exact_aliases.setdefault(alias, []).append(row << 1)
            return
        self._index(name_key(alias), row << 1)
        if "." in alias:  # "La." is Louisiana as written, though "L.A." shares its key
            self.exact_aliases.setdefault(alias, []).append(row << 1)

    def target_row(self, target: str) -> int | None:
        """The row of "country:US", "admin1:US.CA", "geonames:5128581", "curated:red-sea"."""
        kind, _, code = target.partition(":")
        if kind == "country":
            return self.by_country.get(code)
        if kind in ("admin1", "admin2"):
            return self.by_admin.get(code)
        if kind == "continent":
            return self.by_admin.get(target)
        return self.by_id.get(code if kind == "geonames" else target)

    def prior(self, row: int) -> float:
        if row in self.curated:
            return self.curated[row][0]
        kind = self.kinds[row]
        return KIND_PRIOR.get(kind) or city_prior(self.populations[row], kind == "capital")

    def precision(self, row: int) -> str:
        return self.curated[row][1] if row in self.curated else PRECISION_OF_KIND[self.kinds[row]]

    def gazetteer_id(self, row: int) -> str:
        return self.ids[row] if row in self.curated else f"geonames:{self.ids[row]}"

    # -- queries --------------------------------------------------------------------------

    def is_demonym(self, text: str) -> bool:
        return self._demonym_key(name_key(text)) is not None

    def demonym_place(self, text: str) -> Candidate | None:
        """The country (or region) a demonym names: "Israeli" -> Israel. Not a place itself."""
        key = self._demonym_key(name_key(text))
        if key is None:
            return None
        row = self.target_row(self.demonyms[key])
        return None if row is None else self._candidate(row, "alias", 0.0)

    def _demonym_key(self, key: str) -> str | None:
        """The demonym a key is, itself or as a plural ("Iraqis"); a plural that is a
        place's name ("Philippines") is the place."""
        if key in self.demonyms:
            return key
        if key.endswith("s") and key[:-1] in self.demonyms and not self.entries(key):
            return key[:-1]
        return None

    def lookup(self, name: str, *, countries: Sequence[str] = ()) -> list[Candidate]:
        """Candidates for a place name, best first; [] for demonyms and unknown names."""
        return self.ranked(name, countries=countries)

    def resolve(
        self,
        name: str,
        *,
        countries: Sequence[str] = (),
        near: Sequence[Near] = (),
    ) -> Place | None:
        """The best candidate as a Place; `near` are places the text names besides."""
        ranked = self.ranked(name, countries=countries, near=near)
        return ranked[0].to_place() if ranked else None

    def ranked(
        self,
        name: str,
        *,
        countries: Sequence[str] = (),
        near: Sequence[Near] = (),
    ) -> list[Candidate]:
        context = tuple(near_point(item) for item in near)
        # a place named nearby names its country too
        codes = [*countries, *(point.country for point in context if point.country)]
        wanted = frozenset({self.iso3(code) for code in codes if code} - {None})
        # The same name in the same context ranks the same: an article asks several times
        # (bare, then with its countries, then near its anchors), and so do its neighbours.
        key = (name, wanted, context)
        found = self._ranked.get(key)
        if found is None:
            if len(self._ranked) >= MATCH_CACHE:
                self._ranked.clear()
            found = self._ranked[key] = tuple(self._rank(name, wanted, context))
        return list(found)

    def _rank(
        self, name: str, wanted: frozenset[str | None], context: tuple[NearPoint, ...]
    ) -> list[Candidate]:
        matches = self._matches(name)
        dwarfed = self._dwarfed(matches)
        scored = [
            self._candidate(row, matched, self._score(row, matched, wanted, context, dwarfed))
            for row, matched in matches
        ]
        if _alternate_beside_own_name(scored):
            scored = alternates_behind_own_names(scored, self._gains(scored, matches, dwarfed))
        scored = [self._directed(c) if c.matched.startswith("direction:") else c for c in scored]
        scored = parts_before_far_towns(scored)
        scored = towns_before_their_regions(scored)
        scored = regions_behind_bigger_towns(scored)
        scored.sort(key=lambda c: (-c.score, -c.population, c.gazetteer_id))
        return scored[:MAX_CANDIDATES]

    def iso3(self, code: str) -> str | None:
        row = self.by_country.get(code.upper())
        return self.countries[row] if row is not None else None

    def country_place(self, code: str) -> Place | None:
        row = self.by_country.get(code.upper())
        return None if row is None else self._candidate(row, "name", 0.0).to_place()

    def _matches(self, name: str) -> list[tuple[int, str]]:
        """The rows a name matches, looked up once per distinct name (context only scores)."""
        found = self._matched.get(name)
        if found is None:
            if len(self._matched) >= MATCH_CACHE:
                self._matched.clear()
            found = self._matched[name] = self._match(name)
        return found

    def _match(self, name: str) -> list[tuple[int, str]]:
        stripped = POSSESSIVE.sub("", name.strip())  # "Qatar's" -> "Qatar"
        if stripped in self.exact_aliases:
            return [(v >> 1, "alias") for v in self.exact_aliases[stripped]]
        key = name_key(stripped)
        if not key or self._demonym_key(key) is not None:
            return []
        found = self._rows(key, exact=True) or self._rows(in_french(key), exact=True)
        spelled = None if found else spelled_out(stripped)
        if spelled:  # "S. Africa" is South Africa, "N. Ireland" Northern Ireland, else a
            # direction: "E. Ukraine" is eastern Ukraine
            named = (self._rows(name_key(form), exact=True) for form in spelled)
            return next((rows for rows in named if rows), None) or self._match(spelled[0])
        if key in FEATURE_WORDS:  # "Fort" alone is no town that was once a fort, nor
            return [(row, how) for row, how in found if how != "alternate"]  # "Lake County"
        if found:
            return found
        for variant, how, word in variants(key):
            rows = self._rows(variant, exact=True)
            found = [(row, how) for row, _ in rows]
            wanted = (
                AREA_KINDS if word in AREA_WORDS else TOWN_KINDS if word in TOWN_WORDS else None
            )
            # "a New Jersey city" is a city of the state, not a town that GeoNames also
            # calls "New Jersey": beside an area of that very name, a town is asked for
            # by its own name only ("al-Bab city", with no area so named, is Al Bab)
            area = any(m == "name" and self.kinds[r] in AREAS for r, m in rows)
            fits = [
                (row, how)
                for row, matched in rows
                if self.kinds[row] in (wanted or ())
                and (wanted is AREA_KINDS or matched == "name" or not area)
            ]
            if fits:
                found = fits
            elif wanted is AREA_KINDS and variant in self.region_stems():
                found = [(row, how) for row in self.region_stems()[variant]]
            if found:
                return found
        # a region known by its name without the generic word: "Dagestan" is "Dagestan,
        # Respublika", "Sakhalin" "Sakhalinskaya Oblast'"
        stems = self.region_stems().get(key)
        if stems:
            return [(row, "variant") for row in stems]
        return self._border(key)

    def _rows(self, key: str, *, exact: bool) -> list[tuple[int, str]]:
        rows = []
        for value in self.entries(key):
            if not exact:
                matched = "variant"
            elif value & 1:
                matched = "alternate"
            else:
                matched = "name"
            rows.append((value >> 1, matched))
        return rows

    def _directed(self, candidate: Candidate) -> Candidate:
        """The part of a country or a first-level region that a direction names, at the
        mean point of its known parts that lie that way (`parts.part_point`); a town, or
        an area with too few known parts, keeps its own point."""
        direction = candidate.matched.partition(":")[2]
        row = self.by_id.get(candidate.gazetteer_id.removeprefix("geonames:"))
        point = None
        if row is not None and candidate.is_area:
            parts = self.parts_of(row)
            point = part_point([(self.lats[r], self.lons[r]) for r in parts], direction)
        if point is None:
            return replace(candidate, matched="variant")
        return replace(
            candidate,
            gazetteer_id=f"{candidate.gazetteer_id}#{direction}",
            name=f"{PART_ADJECTIVES[direction]} {candidate.name}",
            lat=round(point[0], 5),
            lon=round(point[1], 5),
            precision="region",
        )

    def _first_level(self, row: int) -> bool:
        """A GeoNames first-level region: ISO's first level, or a second level that
        GeoNames counts as first ("IQ.11", Arbil, inside ISO's Kurdistan Region)."""
        kind = self.kinds[row]
        return kind == "admin1" or (
            kind == "admin2" and (self.admin_codes[row] or "").count(".") == 1
        )

    def parts_of(self, row: int) -> list[int]:
        """The known places inside an area: a country's first-level regions, a region's
        towns (indexed on first use; `build_gazetteer` does, for the data cache)."""
        parts: dict[str, list[int]] | None = getattr(self, "_parts", None)
        if parts is None:
            parts = self._parts = {}
            for at, kind in enumerate(self.kinds):
                if self._first_level(at) and self.countries[at]:
                    parts.setdefault(f"country:{self.countries[at]}", []).append(at)
                elif kind in ("city", "capital") and self.admin_codes[at]:
                    parts.setdefault(f"admin1:{self.admin_codes[at]}", []).append(at)
        if self.kinds[row] == "country":
            return parts.get(f"country:{self.countries[row]}", [])
        return parts.get(f"admin1:{self.admin_codes[row]}", [])

    def first_level_keys(self) -> frozenset[str]:
        """The name keys of first-level regions ("texas", "new mexico"), for a cheap test
        before ranking a name as a state (indexed on first use)."""
        keys: frozenset[str] | None = getattr(self, "_first_level_keys", None)
        if keys is None:
            keys = self._first_level_keys = frozenset(
                name_key(self.names[at]) for at, kind in enumerate(self.kinds) if kind == "admin1"
            )
        return keys

    def first_level_words(self) -> frozenset[str]:
        """The first words, lower-cased as written, of first-level regions' names and of
        the curated aliases kept as written ("texas", "new", "u.s.", "pa."): a name that
        begins with none is no state (indexed on first use)."""
        words: frozenset[str] | None = getattr(self, "_first_level_words", None)
        if words is None:
            names = [self.names[at] for at, kind in enumerate(self.kinds) if kind == "admin1"]
            names += list(self.exact_aliases)  # "U.S.", "UK", "Pa." as written
            words = self._first_level_words = frozenset(n.split()[0].lower() for n in names if n)
        return words

    def region_stems(self) -> dict[str, list[int]]:
        """Regions by their names without the generic word: "stavropol" -> Stavropol'skiy
        Kray (indexed on first use; `build_gazetteer` does, for the data cache)."""
        stems: dict[str, list[int]] | None = getattr(self, "_stems", None)
        if stems is None:
            stems = self._stems = {}
            for at, kind in enumerate(self.kinds):
                if kind in AREA_KINDS:
                    stem = region_stem(self.names[at])
                    if stem:
                        stems.setdefault(stem, []).append(at)
        return stems

    def _border(self, key: str) -> list[tuple[int, str]]:
        """ "the Syrian border", "Turkey-Syria border": the first country named, as a region."""
        match = BORDER.match(key)
        if not match:
            return []
        for word in match.group(1).split():
            demonym = self._demonym_key(word)
            row = self.target_row(self.demonyms[demonym]) if demonym else None
            if row is None:
                row = next(
                    (r for r, _ in self._rows(word, exact=False) if self._is_country(r)), None
                )
            if row is not None:
                return [(row, "variant")]
        return []

    def _is_country(self, row: int) -> bool:
        return self.kinds[row] == "country"

    def _dwarfed(self, matches: list[tuple[int, str]]) -> dict[int, bool]:
        """Small towns that bear the name of a far more populous place abroad, a town or an
        area ("Geneva", Illinois, beside Geneva and its canton): the text's naming their
        country alone does not lift them over it (`_score`). A town named by its own name
        is not dwarfed by a place that bears the name only as an alternate ("Frankfort");
        a town that bears it only as an alternate, beside a place whose own name it is,
        takes no context at all (True): Goodyear, Arizona, also called "Egypt", is not
        Egypt in a story that names Arizona, nor Frankfort, Kentucky "Frankfurt"."""
        towns = [row for row, _ in matches if self.kinds[row] in TOWN_KINDS]
        if not towns:
            return {}
        big, how = max(matches, key=lambda m: (self.populations[m[0]], _strength(m[1])))
        size = self.populations[big]
        if size < KNOWN_PLACE:
            return {}
        return {
            row: matched == "alternate" and _strength(how) == 2
            for row, matched in matches
            if row in towns
            and self.countries[row] != self.countries[big]
            and self.populations[row] * DWARF_RATIO < size
            and _strength(matched) <= _strength(how)
        }

    def _score(
        self,
        row: int,
        matched: str,
        wanted: frozenset[str | None],
        near: tuple[NearPoint, ...],
        dwarfed: dict[int, bool] | None = None,
    ) -> float:
        """The prior of the row's kind and size, its kind of match, and its context: the
        text's countries, and the places it names nearby. A dwarfed town takes its
        country's bonus only when it lies among the text's places ("Paris" beside Dallas
        and Tyler is in Texas; "Geneva" in a story from Washington is not in Illinois), and
        one named only by an alternate beside a place of that own name takes neither."""
        score = self.prior(row)
        if matched in ("name", "alias"):
            score += NAME_BONUS
        elif matched == "variant" or matched.startswith("direction:"):
            score -= VARIANT_PENALTY
        dwarfed = dwarfed or {}
        if dwarfed.get(row):
            return score
        closeness = max((self._closeness(row, point) for point in near), default=0.0)
        local = row not in dwarfed or closeness >= LOCAL_CLOSENESS
        if self.countries[row] in wanted and local:
            score += COUNTRY_BONUS
        return score + NEAR_BONUS * closeness

    def _gains(
        self, scored: list[Candidate], matches: list[tuple[int, str]], dwarfed: dict[int, bool]
    ) -> dict[str, float]:
        """What the text's context adds to each town's score (for the rules that compare
        readings before context): its score less its score in no context."""
        return {
            c.gazetteer_id: c.score - self._score(row, matched, frozenset(), (), dwarfed)
            for c, (row, matched) in zip(scored, matches, strict=True)
            if c.kind in TOWN_KINDS
        }

    def _closeness(self, row: int, point: NearPoint) -> float:
        """1 for a place inside (or containing) the other place, falling off with distance."""
        kind, admin = self.kinds[row], self.admin_codes[row]
        if point.area == "admin1" and admin and admin == point.admin and kind != "admin1":
            return 1.0
        if kind == "admin1" and admin and admin == point.admin:
            return 1.0
        if kind == "country":
            return 1.0 if point.country == self.countries[row] else 0.0
        if point.area == "country":
            return 0.0
        km = haversine_km(self.lats[row], self.lons[row], point.lat, point.lon)
        return math.exp(-km / NEAR_KM)

    def _candidate(self, row: int, matched: str, score: float) -> Candidate:
        admin = self.admin_codes[row]
        within = admin and self.kinds[row] in ("city", "capital", "admin2")
        region = self.by_admin.get(admin) if within else None
        return Candidate(
            gazetteer_id=self.gazetteer_id(row),
            name=self.names[row],
            country=self.countries[row],
            admin1=self.names[region] if region is not None else None,
            lat=self.lats[row],
            lon=self.lons[row],
            kind=self.kinds[row],
            precision=self.precision(row),
            population=self.populations[row],
            matched=matched,
            score=round(score, 4),
            admin_code=admin,
        )


# -- loading ------------------------------------------------------------------------------


def data_file(name: str) -> Any:
    return resources.files("eventscribe") / "data" / "places" / name


def read_tsv(name: str) -> Iterator[list[str]]:
    """Rows of a packaged TSV, skipping "#" comments and the header line."""
    lines = (line for line in data_file(name).read_text(encoding="utf-8").splitlines())
    rows = (line.split("\t") for line in lines if line and not line.startswith("#"))
    next(rows, None)
    yield from rows


# Bump when the Gazetteer's fields or the way it is built change.
CACHE_FORMAT = 4


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per machine (the data cache) and loaded once per process."""
    with resources.as_file(data_file("")) as folder:
        sources = sorted(p for p in folder.iterdir() if p.suffix in (".gz", ".tsv"))
        return cached("gazetteer", sources, CACHE_FORMAT, build_gazetteer)


def build_gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    # Millions of new, never-cyclic objects: without this the collector rescans them over
    # and over and loading takes three times as long.
    collecting = gc.isenabled()
    gc.disable()
    try:
        _load_geonames(gazetteer)
    finally:
        if collecting:
            gc.enable()
    _load_curated(gazetteer)
    _place_regions(gazetteer)
    for alias, target in read_tsv("aliases.tsv"):
        gazetteer.add_alias(alias, target)
    for demonym, target in read_tsv("demonyms.tsv"):
        gazetteer.demonyms[name_key(demonym)] = target
    # Indexes nearly every ingest asks for: half a second each process would spend on them.
    gazetteer.parts_of(0)
    gazetteer.region_stems()
    gazetteer.first_level_keys()
    gazetteer.first_level_words()
    return gazetteer


def _alternate_beside_own_name(scored: list[Candidate]) -> bool:
    """Whether a town matched by an alternate name and a town of 10,000 people or more
    matched by its own are both among the candidates (`alternates_behind_own_names`)."""
    towns = [c for c in scored if c.kind in TOWN_KINDS]
    return any(c.matched == "alternate" for c in towns) and any(
        c.matched in ("name", "alias") and c.population >= OWN_NAME_TOWN for c in towns
    )


def _strength(matched: str) -> int:
    """How well a name matched: its own name or a curated alias, an alternate, a variant."""
    return 2 if matched in ("name", "alias") else 1 if matched == "alternate" else 0


def _load_geonames(gazetteer: Gazetteer) -> None:
    raw = gzip.decompress(data_file(GAZETTEER_FILE).read_bytes()).decode("utf-8")
    *values, keys, rows = (line for line in raw.split("\n") if line and line[0] != "#")
    del raw
    gazetteer.add_columns(dict(zip(COLUMNS, values, strict=True)), keys, rows)


def _load_curated(gazetteer: Gazetteer) -> None:
    for fields in read_tsv("curated.tsv"):
        cid, name, aliases, kind, precision, country, lat, lon, prior = fields[:9]
        row = {
            "id": f"curated:{cid}",
            "name": name,
            "kind": kind,
            "country": country,
            "lat": float(lat),
            "lon": float(lon),
            "prior": float(prior),
            "precision": precision,
        }
        gazetteer.add_curated(row, [name, *aliases.split("|")] if aliases else [name])


def _place_regions(gazetteer: Gazetteer) -> None:
    """World regions of whole countries at the mean point of their people (`regions.py`)."""
    members = {f"curated:{rid}": codes.split("|") for rid, codes in read_tsv("region_members.tsv")}
    wanted = {code for codes in members.values() for code in codes}
    sums = {
        code: weighted_sum(
            (gazetteer.lats[at], gazetteer.lons[at], gazetteer.populations[at])
            for at in rows
        )
        for code, rows in _towns_by_country(gazetteer, wanted).items()
    }
    for region, codes in members.items():
        row = gazetteer.by_id.get(region)
        if row is None:
            raise EventscribeError(f"region_members.tsv: no curated place {region!r}")
        point = centre(sums[code] for code in codes if code in sums)
        if point is not None:
            gazetteer.lats[row], gazetteer.lons[row] = point


def _towns_by_country(gazetteer: Gazetteer, codes: set[str]) -> dict[str, list[int]]:
    towns: dict[str, list[int]] = {}
    for at, kind in enumerate(gazetteer.kinds):
        country = gazetteer.countries[at]
        if kind in TOWN_KINDS and country in codes:
            towns.setdefault(country, []).append(at)
    return towns
