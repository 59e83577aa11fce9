"""What the words around place names say about them, before any name is resolved.

* A qualifier: "Lebanon, Ohio", "Springfield, Ill.", "Paris, Tenn.": a name followed by
  a comma and a state or a country lies inside it (news style for towns that share a
  name), and so does every other mention of the same name in the text. After a county
  ("Wellington, Somerset") a town lies near the county's point; when the gazetteer lists
  no town of the name there, it is a smaller one of the county, which stands for it
  (not the capital of New Zealand).
* Containment: "Georgia" in a text that names Tifton and Valdosta is the US state, not
  the country: of the areas a name may be, the one that holds the text's other places.
* A located name: "the Palais des Nations in Geneva", "Crossroads Correctional Center in
  Shelby": a name the gazetteer does not know lies where the place after it is.
* A feature: "atop the Mesa, ...": a name written with "the" and nothing after it is a
  landform or a neighbourhood, not a town whose name has no "the".
* An area asked for: "Washington state", "Kaduna state", "a New York court": a name that
  a lower-case "state" or "province" or a state's office follows is the area of its name,
  not the town.
* A street: "Bourbon and Dauphine streets", "on Lafayette Avenue": a name that a street
  word follows is a street's, not the town it is named after.
* A local namesake: "Lebanon" in a text that names Mount Juliet and Gallatin is the
  Tennessee town beside them, not the country: small places named together lie together.
* A tie: "Jefferson County" beside Bessemer is the county of Alabama: of readings that
  rank alike (counties of one name share one prior), the one nearest the text's places.
* An unlisted place: "Thornhill" in a story of Dewsbury and Ossett, when every Thornhill
  the gazetteer knows lies far from them: a name shared by several small towns, none in
  the story's area, is some smaller place there that the gazetteer does not list.
* An origin: "a soldier from Kokomo", "a Lufkin native", "residents of Gorham": where a
  person comes from may lie far from the story's places, so the name keeps its own reading
  there, a small town abroad or not.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence

from eventscribe.where.names import name_key
from eventscribe.where.phrases import Mention
from eventscribe.where.ranking import TOWN_KINDS, Candidate, haversine_km

QUALIFIER_GAP = re.compile(r"\s*,\s*")
# "X in Y", "X, near Y", "the X area in Y": what lies between a name and the place it is in.
LOCATED_GAP = re.compile(
    r"\s*(?:(?:area|region|district|valley|basin|zone)\s+)?(?:,\s*)?"
    r"(?:in|at|near|outside|inside)\s+(?:the\s+)?"
)
STREET_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w'\u2019-]*)?\s+(?:streets?|avenues?|roads?|boulevards?|lanes?|"
    r"drives?|st\.|ave\.|blvd\.)(?![\w-])",
    re.IGNORECASE,
)
# "Washington state", "Kaduna state": a lower-case generic word after a name asks for the
# area, and so do the offices of a state: "a New York court", "the Washington governor".
AREA_AFTER = re.compile(
    r"\s+(?:state|province|governor|legislature|courts?|attorney general)(?![\w-])"
)
# The chambers and members of a state's legislature: "the Georgia Senate", "Ohio lawmakers"
# (a country's are named by its demonym: "the Georgian parliament", "Iraqi lawmakers").
LEGISLATURE_AFTER = re.compile(
    r"\s+(?:Senate|House|General Assembly|Legislature|lawmakers|legislators|senators)(?![\w-])"
)
# What may follow "the X" when X is a feature's whole name: punctuation or a function word.
FEATURE_END = re.compile(
    r"(?:\s*[,.;:!?)\"\u201d]|\s+(?:and|or|in|on|at|to|of|where|which|was|is|has|had|near|"
    r"for|with|from|that|as|but)\b|\s*$)"
)
# Last words of a street's or a landmark's name: "Hampton Avenue" is no town Hampton, and
# "Washington Square" far from the text's places is a park, not a town of that name.
STREET_WORDS = frozenset({"street", "avenue", "road", "boulevard", "lane", "drive", "st",
                          "ave", "rd", "blvd"})  # fmt: skip
LANDMARK_WORDS = STREET_WORDS | {"square", "park", "plaza", "bridge", "center", "centre",
                                 "hall", "church", "hospital", "farm", "farms", "mall"}  # fmt: skip
# Where a person comes from: "a soldier from X", "John Doe, of X,", "X native", "an X man".
ORIGIN_BEFORE = re.compile(  # ", of Hope," after a person's name, in news style
    r"(?:\b(?:from|natives?\s+of|residents?\s+of|grew\s+up\s+in|hometown\s+of)|,\s*of)\s+$",
    re.IGNORECASE,
)
ORIGIN_AFTER = re.compile(
    r"\s+(?:natives?|residents?|man|woman|men|women|boy|girl|teen|teenager|couple|family)\b"
)
ORIGIN_SPAN = 24  # characters before a name that may say it is someone's origin
AREA_KINDS = ("country", "admin1")
COUNTY_KM = 60  # how far from a county's point a town qualified by it may lie
ALTERNATIVES = 5  # the candidates of a name looked at for an area the text's places lie in


def inside(candidate: Candidate, area: Candidate) -> bool:
    """Whether a candidate lies in a country or a first-level region (not the area itself)."""
    if candidate.gazetteer_id == area.gazetteer_id or candidate.country != area.country:
        return False
    if area.kind == "country":
        return candidate.kind != "country"
    code = area.admin_code or ""
    own = candidate.admin_code or ""
    return bool(code) and (own == code or own.startswith(code + "."))


def qualifiers(
    text: str, mentions: Sequence[Mention], bare: Mapping[str, list[Candidate]]
) -> dict[str, Candidate]:
    """Names qualified by the state or country after them ("Lebanon, Ohio"): the area."""
    found: dict[str, Candidate] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if first.text == second.text or not QUALIFIER_GAP.fullmatch(text, first.end, second.start):
            continue
        area = qualifying_area(bare.get(first.text) or [], bare.get(second.text) or [])
        if area is not None:
            found.setdefault(first.text, area)
    return found


def _holding_area(named: Sequence[Candidate], areas: Sequence[Candidate]) -> Candidate | None:
    """The first reading of the qualifier, as a country or a state, that holds a reading of
    the name: "Albany, Georgia" is in the state, though "Georgia" alone is the country."""
    for area in areas[:ALTERNATIVES]:
        if area.kind in AREA_KINDS and any(inside(c, area) for c in named):
            return area
    return None


def qualifying_area(named: Sequence[Candidate], areas: Sequence[Candidate]) -> Candidate | None:
    """The area a qualifier after a comma names for a name: a state or country that holds
    one of its readings ("Albany, Georgia": the state), else a county after a town. A list
    of countries ("Iraq, Syria") qualifies nothing."""
    area = _holding_area(named, areas) or _county(named, areas)
    if area is None or (area.kind != "admin1" and named[0].kind == "country"):
        return None
    return area


def _county(named: Sequence[Candidate], areas: Sequence[Candidate]) -> Candidate | None:
    """A second-level region after a town ("Wellington, Somerset"), not a list of towns
    ("Kabul, Kandahar") nor of counties ("Somerset, Devon"): the gazetteer gives a town
    only its first-level region, so the county qualifies it by nearness (`near_county`)."""
    if named and areas and areas[0].kind == "admin2" and named[0].kind in TOWN_KINDS:
        return areas[0]
    return None


def near_county(ranked: Sequence[Candidate], county: Candidate) -> list[Candidate]:
    """The readings of a name qualified by a county that lie near its point; if none, the
    county itself, which stands for a town of it the gazetteer does not list."""
    near = [c for c in ranked
            if haversine_km(c.lat, c.lon, county.lat, county.lon) <= COUNTY_KM]  # fmt: skip
    return near or [county]


def contained(bare: Mapping[str, list[Candidate]]) -> dict[str, Candidate]:
    """Names better read as another area of their name, the one that holds more of the
    text's other places (by their first candidates) than the first reading does."""
    tops = {name: ranked[0] for name, ranked in bare.items() if ranked}
    found = {}
    for name, ranked in bare.items():
        if not ranked or ranked[0].kind not in AREA_KINDS:
            continue
        others = [top for other, top in tops.items() if other != name]
        support = {
            c.gazetteer_id: sum(inside(top, c) for top in others)
            for c in ranked[:ALTERNATIVES]
            if c.kind in AREA_KINDS
        }
        best = max(
            (c for c in ranked[:ALTERNATIVES] if c.kind in AREA_KINDS),
            key=lambda c: support[c.gazetteer_id],
        )
        if support[best.gazetteer_id] > support[ranked[0].gazetteer_id]:
            found[name] = best
    return found


def located(text: str, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """For each mention (by start), the mention of the place it is said to be in."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return {
        first.start: second
        for first, second in zip(ordered, ordered[1:], strict=False)
        if LOCATED_GAP.fullmatch(text, first.end, second.start)
    }


def streets(text: str, mentions: Sequence[Mention]) -> set[int]:
    """The starts of mentions that a street word follows ("Bourbon and Dauphine streets")."""
    return {
        m.start
        for m in mentions
        if STREET_AFTER.match(text, m.end) or last_word(m.text) in STREET_WORDS
    }


def areas_asked(text: str, mentions: Sequence[Mention]) -> set[int]:
    """The starts of mentions that a lower-case "state" or "province", or an office of a
    state, follows: "the Washington state legislature" is the state's, "Kaduna state" not
    the city, and "a New York court" is the state's court."""
    return {m.start for m in mentions if AREA_AFTER.match(text, m.end)}


def legislatures(text: str, mentions: Sequence[Mention]) -> set[int]:
    """The starts of mentions that a state's chamber or lawmakers follow: "the Georgia
    Senate" is the state's, as a country's would be named by its demonym."""
    return {m.start for m in mentions if LEGISLATURE_AFTER.match(text, m.end)}


def features(text: str, mentions: Sequence[Mention]) -> set[int]:
    """The starts of mentions written as "the X" with nothing after the name ("atop the
    Mesa, ...", "a walk up the Hill"): a landform or a neighbourhood, not the town of that
    name ("the Dallas area" and "the Houston Rockets" go on after the name)."""
    return {
        m.start
        for m in mentions
        if text[max(0, m.start - 4) : m.start] == "the " and FEATURE_END.match(text, m.end)
    }


def origins(text: str, mentions: Sequence[Mention]) -> set[str]:
    """The names said to be where someone comes from: "a soldier from Kokomo", "a Lufkin
    native", "a Dover man"."""
    return {
        m.text
        for m in mentions
        if ORIGIN_AFTER.match(text, m.end)
        or ORIGIN_BEFORE.search(text, max(0, m.start - ORIGIN_SPAN), m.start)
    }


def last_word(name: str) -> str:
    words = name.lower().rstrip(".").split()
    return words[-1] if words else ""


# A civil township (Pennsylvania, New Jersey, Ohio, Michigan...) is named after a person
# or a town elsewhere as often as after a town inside it: dozens of "Washington Township".
TOWNSHIP_WORDS = frozenset({"township", "twp"})


def township(name: str) -> bool:
    """A name of a civil township: "Washington Township", "Hamilton Twp."."""
    return len(name.split()) > 1 and last_word(name) in TOWNSHIP_WORDS


# Words of waters, often named after a town far from them ("Lake Mendota" is no part of
# Mendota, Illinois); a mountain lies by the town of its name (Mount Sinjar by Sinjar).
NATURE_WORDS = frozenset({"lake", "river", "creek", "bay", "pond", "reservoir", "falls"})


def natural_feature(name: str) -> bool:
    """A lake's or a river's name: "Lake Mendota", "Sabine River"."""
    words = name_key(name).split()
    return len(words) > 1 and (words[0] in NATURE_WORDS or words[-1] in NATURE_WORDS)


def landmark(name: str) -> bool:
    """A name that ends like a landmark's: "Washington Square", "Central Park"."""
    return len(name.split()) > 1 and last_word(name) in LANDMARK_WORDS


CONSENSUS_DEPTH = 10  # candidates of each name that may agree on a state
CONSENSUS_MARGIN = 3.0  # how much weaker (by prior) an agreeing reading may be
CONSENSUS_SUPPORT = 2  # other names that must lie in its state


def consensus(
    bare: Mapping[str, list[Candidate]], anchors: Mapping[str, Candidate] | None = None
) -> dict[str, Candidate]:
    """Names better read in the first-level region where the text's other names can lie:
    "Franklin", "Brentwood" and "Williamson County" together are all in Tennessee, though
    each alone is first read elsewhere. A reading needs two other names in its region,
    more than the first reading has, and a prior not far below it. Names with a reading
    in the region of a sure place (`anchors`), or first read beside one, are left to it."""
    regions = {name: _likelihoods(ranked[:CONSENSUS_DEPTH]) for name, ranked in bare.items()}
    sure = list((anchors or {}).values())
    settled = {region for anchor in sure if (region := region_of(anchor))}
    found = {}
    for name, ranked in bare.items():
        if len(ranked) < 2 or _regions(ranked) & settled or _beside(ranked[0], sure):
            continue  # a reading near the text's sure places: their nearness decides
        others = [r for other, r in regions.items() if other != name]
        support, weight = {}, {}
        for candidate in ranked[:CONSENSUS_DEPTH]:
            region = region_of(candidate)
            support[candidate.gazetteer_id] = sum(region in r for r in others) if region else 0
            weight[candidate.gazetteer_id] = sum(r.get(region, 0.0) for r in others)
        top = ranked[0]
        # of regions that hold as many names, the one where they are likelier read: Dover,
        # Wilmington and Newark in Delaware (each second there) before Ohio (each fifth)
        best = max(
            ranked[:CONSENSUS_DEPTH],
            key=lambda c: (support[c.gazetteer_id], weight[c.gazetteer_id], c.score),
        )
        gain = support[best.gazetteer_id] - support[top.gazetteer_id]
        if (
            best is not top
            and support[best.gazetteer_id] >= CONSENSUS_SUPPORT
            and gain > 0
            and top.score - best.score <= CONSENSUS_MARGIN
        ):
            found[name] = best
    return found


SETTLED_KM = 100.0  # a first reading this near a sure place is settled by it


def _beside(reading: Candidate, sure: Sequence[Candidate]) -> bool:
    """Whether a town lies beside one of the text's sure places, across a state line too:
    "Portland" beside Vancouver, Washington, is Portland, Oregon."""
    return reading.kind in TOWN_KINDS and any(
        haversine_km(reading.lat, reading.lon, s.lat, s.lon) <= SETTLED_KM for s in sure
    )


def region_of(candidate: Candidate) -> str | None:
    """The first-level region a candidate lies in, or is: "US.TN"."""
    if candidate.kind in ("country", "continent") or not candidate.admin_code:
        return None
    parts = candidate.admin_code.split(".")
    return ".".join(parts[:2]) if len(parts) >= 2 else None


def _likelihoods(ranked: Sequence[Candidate]) -> dict[str, float]:
    """For each region a name's readings lie in, how likely its best reading there is
    beside the name's first reading: 1 for the first, falling with the score behind it."""
    found: dict[str, float] = {}
    for candidate in ranked:
        region = region_of(candidate)
        if region and region not in found:
            found[region] = math.exp(candidate.score - ranked[0].score)
    return found


def _regions(ranked: Sequence[Candidate]) -> set[str]:
    return {region for c in ranked if (region := region_of(c))}


LOCAL_KM = 60.0  # small places named together this close make the text a local story
LOCAL_SUPPORT = 2  # other names that place a namesake among them
LOCAL_SIZE = 100_000  # people: a town this small is no place known abroad by its name
PLACING_SIZE = 400_000  # people: a town this small, no capital, may place a namesake
LOCAL_DEPTH = 10  # the readings of another name looked at for one near a namesake
LOCAL_KINDS = TOWN_KINDS | {"admin2"}


def local_namesakes(bare: Mapping[str, list[Candidate]]) -> dict[str, Candidate]:
    """Names first read as a country or a place far away that have a namesake town among
    the text's small places: "Lebanon" beside Mount Juliet and Gallatin is the Tennessee
    town, "Berlin" beside Gorham and Coos County the New Hampshire one.

    The namesake, a town by its own name, needs two other names that place it: names
    first read as small places (towns, counties) with a reading of that kind within
    `LOCAL_KM` of it, or an area that holds it: a first-level region ("Tennessee"), or a
    county (counted twice: "Paris" beside "Lamar County" is its seat). None of those
    small places may lie in or near the first reading: "Jordan" beside Zarqa and Irbid
    stays the country, as a capital among its country's towns stays the capital; and a
    great city ("Minneapolis") places nothing."""
    small = {
        name: [c for c in ranked[:LOCAL_DEPTH] if _places(c) and c.matched != "alternate"]
        for name, ranked in bare.items()
        if ranked and _places(ranked[0])
    }
    states = {name: ranked[0] for name, ranked in bare.items() if ranked and ranked[0].kind == "admin1"}
    found = {}
    for name, ranked in bare.items():
        others = {other: readings for other, readings in small.items() if other != name}
        tops = [readings[0] for readings in others.values() if readings]
        if len(ranked) < 2 or _holds_any(ranked[0], tops) or _seat_of(ranked[0], tops):
            continue
        for candidate in ranked[1:]:
            if candidate.kind not in TOWN_KINDS or candidate.matched != "name":
                continue
            near = sum(any(_close(candidate, c) for c in readings) for readings in others.values())
            held = sum(inside(candidate, state) for other, state in states.items() if other != name)
            held += sum(_county_seat(candidate, other, readings) for other, readings in others.items())
            if near and near + held >= LOCAL_SUPPORT:
                found[name] = candidate
                break
    return found


UNLISTED_KM = 150.0  # no reading of a name this near a local story's places: not listed
UNLISTED_SIZE = 20_000  # people: a first reading this small may stand for an unlisted place


def unlisted(
    ranked: Mapping[str, list[Candidate]], anchors: Mapping[str, Candidate], local: set[str]
) -> set[str]:
    """Names of a local story that stand for a place the gazetteer does not list: the
    story's sure small places lie together (two or more, within `LOCAL_KM` of each other:
    `local` holds their ids, from `clustered`), the name is read first as a small town of
    their country, it names at least two towns, and none of its readings lies within
    `UNLISTED_KM` of them ("Thornhill" beside Dewsbury and Middlestown: the Thornhills of
    Wales and Scotland are not the village by Dewsbury). A name of one town only keeps it
    wherever it lies ("Great Yarmouth" in the same story)."""
    places = {a.gazetteer_id: a for a in anchors.values() if a.gazetteer_id in local}
    if len(places) < 2:
        return set()
    countries = {a.country for a in places.values()}
    return {
        name
        for name, readings in ranked.items()
        if _unlisted(readings[:LOCAL_DEPTH], places.values(), countries)
    }


def _unlisted(
    readings: Sequence[Candidate], places: Iterable[Candidate], countries: set[str | None]
) -> bool:
    if not readings:
        return False
    top = readings[0]
    small_town = top.kind in TOWN_KINDS and top.population < UNLISTED_SIZE
    if not small_town or top.country not in countries or top.matched != "name":
        return False
    towns = [c for c in readings if c.kind in TOWN_KINDS]
    far = all(not _close(c, p, UNLISTED_KM) for c in readings for p in places)
    return len(towns) >= 2 and far


SEAT_KM = 25.0  # a town this near a county's point lies in it, a county's seat or town
COUNTY_WORDS = frozenset({"county", "parish"})


def _county_seat(town: Candidate, name: str, readings: Sequence[Candidate]) -> bool:
    """Whether a name of a county ("Lamar County") has a reading that holds the town (its
    point, the mean of its towns, within `SEAT_KM`): "Paris" beside "Lamar County", Texas's,
    whose seat it is, is placed by the county as by a state."""
    if last_word(name) not in COUNTY_WORDS:
        return False
    return any(c.kind == "admin2" and _close(town, c, SEAT_KM) for c in readings)


def clustered(bare: Mapping[str, list[Candidate]]) -> set[str]:
    """The first readings (gazetteer ids) of names read as small places that lie within
    `LOCAL_KM` of another name's: "Kokomo" and "Logansport" named together are the towns
    of Indiana even in a story of a soldier who died in Iraq."""
    tops = {name: ranked[0] for name, ranked in bare.items() if ranked and _is_small(ranked[0])}
    return {
        top.gazetteer_id
        for name, top in tops.items()
        if any(_close(top, other) for o, other in tops.items() if o != name)
    }


def _seat_of(reading: Candidate, places: Sequence[Candidate]) -> bool:
    """A capital named among small places of its own country is its seat of government
    ("Lawmakers in Washington" beside Canonsburg, Pennsylvania), no namesake of theirs."""
    return reading.kind == "capital" and any(p.country == reading.country for p in places)


def _places(candidate: Candidate) -> bool:
    """A county, or a town no great city nor capital, whose neighbours' names may be read
    beside it: the suburbs of a metropolis ("Ontario" beside Fontana and Pomona, each of
    150,000 or more people) place a namesake as small towns do."""
    if candidate.kind == "admin2":
        return True
    return candidate.kind == "city" and candidate.population < PLACING_SIZE


def _is_small(candidate: Candidate) -> bool:
    """A county, or a town too small to be known abroad by its name."""
    if candidate.kind == "admin2":
        return True
    return candidate.kind in TOWN_KINDS and candidate.population < LOCAL_SIZE


def _holds_any(reading: Candidate, places: Sequence[Candidate]) -> bool:
    """Whether a reading holds (an area) or lies close to (a place) any of the places."""
    if reading.kind in AREA_KINDS:
        return any(inside(place, reading) for place in places)
    return any(_close(reading, place) for place in places)


def _close(one: Candidate, other: Candidate, km: float = LOCAL_KM) -> bool:
    return haversine_km(one.lat, one.lon, other.lat, other.lon) <= km


TIE_MARGIN = 0.25  # readings this close in score rank alike
TIE_KM = 150.0  # a tied reading this near another name's first reading is taken


def ties_broken(ranked: Mapping[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """Each name's readings, with a reading tied with the first moved to the front when it
    lies nearer the text's other small places (towns, counties; by their first readings):
    the counties called "Jefferson County" all rank alike, and the one beside Bessemer,
    Alabama, is meant. The nearest must lie within `TIE_KM` of one of them."""
    tops = [(name, r[0]) for name, r in ranked.items() if r and r[0].kind in LOCAL_KINDS]
    found = dict(ranked)
    for name, readings in ranked.items():
        others = [top for other, top in tops if other != name]
        if len(readings) < 2 or not others or readings[0].score - readings[1].score > TIE_MARGIN:
            continue
        tied = [c for c in readings[:CONSENSUS_DEPTH] if readings[0].score - c.score <= TIE_MARGIN]
        km = {c.gazetteer_id: _nearest_km(c, others) for c in tied}
        best = min(tied, key=lambda c: km[c.gazetteer_id])
        moved = not _close(best, readings[0])  # not two records of one place (a town, its borough)
        if moved and km[best.gazetteer_id] <= TIE_KM:
            found[name] = [best, *(c for c in readings if c is not best)]
    return found


def _nearest_km(candidate: Candidate, places: Sequence[Candidate]) -> float:
    return min(haversine_km(candidate.lat, candidate.lon, p.lat, p.lon) for p in places)
