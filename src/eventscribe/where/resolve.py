"""The place names of one text, resolved together and once per distinct name.

All the phrases of an article (`mentions.py`) are resolved together (`DocumentPlaces`), so
that the countries it names and the places near each other decide ambiguous names
(Tripoli with Lebanon in the text is in Lebanon); a name the gazetteer does not know takes
the place of the known words in it, or of the sure place named nearest to it. The place
stage (`stage.py`) asks it for the places of the phrases it ties to events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventscribe.article import Place
from eventscribe.where import context
from eventscribe.where.gazetteer import Gazetteer
from eventscribe.where.names import AREA_WORDS, TOWN_WORDS, name_key
from eventscribe.where.parts import bare_direction, direction_of, measured, moved
from eventscribe.where.phrases import Mention
from eventscribe.where.ranking import TOWN_KINDS, Candidate, haversine_km

# Words of a facility's name that no gazetteer lists: "Colchester General Hospital".
FACILITY_WORDS = frozenset({
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "lane", "drive", "square",
    "place", "parade", "church", "cathedral", "mosque", "temple", "hospital", "clinic",
    "university", "college", "school", "academy", "centre", "center", "stadium", "arena",
    "airport", "park", "bridge", "station", "mall", "prison", "jail", "library", "hall",
    "hotel", "palace", "museum", "tower", "building", "court", "courthouse", "house",
    "general", "national", "international", "memorial", "high", "state", "city", "county",
    "world", "trade", "complex", "campus", "market", "harbour", "harbor", "port", "base",
    "camp", "racecourse", "theatre", "theater", "plaza", "canal", "river", "lake", "farm",
    "farms", "block", "of", "the", "and", "new", "old", "upper", "lower",
    # generic first words of names, no place alone ("Fort Benning" is not "Fort")
    "fort", "mount", "saint", "san", "santa", "cape", "point", "mountain", "island",
})  # fmt: skip
ANCHOR_MARGIN = 1.5  # score lead that makes a resolution sure enough to steer others
SAME_PLACE_KM = 50.0  # rivals this near the best candidate are other records of one place
ANCHOR_KINDS = frozenset({"city", "capital", "admin1", "admin2", "territory", "border"})
MIN_ABROAD = 100_000  # population below which a town outside the text's countries is doubted
MIN_NAMING_REGION = 1_000_000  # a state this populous, named without doubt, names its country
MEASURE_SPAN = 40  # characters before a name that may measure a distance from it
PART_KM = 300.0  # a known word in an unknown name counts when it lies this near the anchors


@dataclass(slots=True)
class Resolution:
    place: Place | None
    sure: bool  # the best candidate led clearly: its point may steer other names


class DocumentPlaces:
    """The place names of one text, resolved together and once per distinct name.

    Context is the countries the text names (its sure countries and states, plus
    `countries`) and the names resolved with a clear lead (anchors). A small foreign town
    is not taken for a name when the text is about other countries ("Chartres" in a New
    Orleans story). A name the gazetteer does not know is resolved by the known words in it
    near the anchors ("Colchester General Hospital"), else takes the place of the sure city
    named nearest to it in the text ("Royal Street" -> New Orleans). With the `text`, the
    words around the names steer them too (`context.py`): qualifiers ("Lebanon, Ohio"),
    the area that holds the other places ("Georgia" beside Tifton), the state where towns
    named together all lie, "X in Geneva" for an unknown X, and streets; a hometown ("a
    soldier from Kokomo") keeps its own reading in a story abroad, a township or a lake
    lies among the text's places, a state's chamber ("the Georgia Senate") asks for the
    state, and readings that rank alike (counties of one name) are read nearest the
    text's other places. A name of several small towns none of which lies near a local
    story's places stands for an unlisted place there, placed as an unknown name is
    ("Holme" beside Kendal and Milnthorpe).
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        mentions: Sequence[Mention],
        countries: Iterable[str] = (),
        text: str | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.text = text
        self.mentions = list(mentions)
        self.ranked: dict[str, list[Candidate]] = {}  # each name's readings, once all are read
        names = list(dict.fromkeys(m.text for m in self.mentions if not bare_direction(m.text)))
        bare = {name: gazetteer.ranked(name) for name in names}
        self.preferred = {**context.local_namesakes(bare), **context.contained(bare)}
        self.clustered = context.clustered(bare)
        self.agreed: dict[str, Candidate] = {}
        self.qualified = context.qualifiers(text, self.mentions, bare) if text else {}
        self.located = context.located(text, self.mentions) if text else {}
        self.streets = context.streets(text, self.mentions) if text else set()
        self.areas_asked = context.areas_asked(text, self.mentions) if text else set()
        self.legislatures = context.legislatures(text, self.mentions) if text else set()
        self.features = context.features(text, self.mentions) if text else set()
        self.origins = context.origins(text, self.mentions) if text else set()
        bare = {name: self._steered(name, ranked) for name, ranked in bare.items()}
        self.given = set(countries)
        # the text's countries, with the names that name or vouch for each
        self.vouchers = _named_countries(bare)
        self.countries = self.given | set(self.vouchers)
        self.anchors: dict[str, Candidate] = {}
        # Twice: the sure towns of the first pass (Blackpool) vouch for the country of
        # smaller ones (Dewsbury) when the text never names it.
        for _ in range(2):
            first = {name: self._ranked(name, ()) for name in names}
            self.anchors = {n: r[0] for n, r in first.items() if _is_anchor(r)}
            for name, ranked in first.items():
                if _vouches(ranked):
                    self.vouchers.setdefault(ranked[0].country, set()).add(name)
            self.countries = self.given | set(self.vouchers)
        self.anchors.update(self._anchors_in_parts(names, first))
        # names no sure place settles, read where the text's other names can lie
        unsure = {n: r for n, r in first.items() if n not in self.anchors}
        self.agreed = context.consensus(unsure, self.anchors)
        first = {name: self._steered(name, ranked) for name, ranked in first.items()}
        ranked = {name: self._rerank(name, first[name]) for name in names}
        self.ranked = context.ties_broken(ranked)
        kept = self.origins | set(self.qualified)  # a hometown, "Thornhill, Ontario"
        self.unlisted = context.unlisted(self.ranked, self.anchors, self.clustered) - kept

    def _ranked(self, name: str, near: Sequence[Candidate]) -> list[Candidate]:
        ranked = self.gazetteer.ranked(name, countries=self._countries_for(name), near=near)
        ranked = self._steered(name, ranked)
        if ranked and context.landmark(name) and self._stray(ranked[0], near):
            return []
        return ranked if ranked and self._plausible(ranked[0]) else []

    def _countries_for(self, name: str) -> tuple[str, ...]:
        """The text's countries but those only the name itself names or vouches for: a
        name does not lend weight to its own reading ("Lebanon" beside Nashville is the
        Tennessee town; "Paris" beside Tyler and Dallas is in Texas)."""
        others = {c for c, names in self.vouchers.items() if names - {name}}
        return tuple(self.given | others)

    def _stray(self, candidate: Candidate, near: Sequence[Candidate]) -> bool:
        """A small town far from every sure place of the text."""
        if not near or candidate.kind not in ("city", "admin2"):
            return False
        if candidate.population >= MIN_ABROAD:
            return False
        closest = min(haversine_km(candidate.lat, candidate.lon, a.lat, a.lon) for a in near)
        return closest > PART_KM

    def _steered(self, name: str, ranked: list[Candidate]) -> list[Candidate]:
        """Only the candidates inside the name's qualifier ("Lebanon, Ohio"), or the area
        of its name that holds the text's other places (`context.py`)."""
        area = self.qualified.get(name)
        if area is not None and area.kind == "admin2":
            return context.near_county(ranked, area)
        if area is not None:
            return [c for c in ranked if context.inside(c, area)] or ranked
        chosen = self.preferred.get(name)
        if chosen is not None:
            return [c for c in ranked if c.gazetteer_id == chosen.gazetteer_id] or ranked
        agreed = self.agreed.get(name)  # first, but not sure enough to steer others
        if agreed is not None:
            first = [c for c in ranked if c.gazetteer_id == agreed.gazetteer_id]
            return first + [c for c in ranked if c.gazetteer_id != agreed.gazetteer_id]
        return ranked

    def _plausible(self, candidate: Candidate) -> bool:
        """False for a small town or region abroad when the text names other countries,
        unless it lies among other small places the text names (`context.clustered`)."""
        if not self.countries or candidate.country in self.countries:
            return True
        if candidate.gazetteer_id in self.clustered:
            return True
        small = candidate.kind in ("city", "admin1", "admin2") and candidate.population < MIN_ABROAD
        return not small

    def _anchors_in_parts(
        self, names: list[str], first: dict[str, list[Candidate]]
    ) -> dict[str, Candidate]:
        """Sure places inside unknown names: "New Orleans" in "New Orleans Railways"; not
        a name of many places ("Springfield" of "Springfield Township"), nor a township's
        namesake ("Washington Township" is no part of the capital)."""
        found = {}
        for name in names:
            if context.township(name):
                continue
            if not first[name] and context.last_word(name) not in context.STREET_WORDS:
                part = self._known_part(name, anchors={})
                if part is not None and self._sure_part(part):
                    found[name] = part
        return found

    def _sure_part(self, part: Candidate) -> bool:
        """An area, or a known town no other place of its name rivals."""
        known = part.is_area or part.population >= MIN_ABROAD
        return known and _is_sure(self.gazetteer.ranked(part.name))

    def _rerank(self, name: str, ranked: list[Candidate]) -> list[Candidate]:
        near = [anchor for other, anchor in self.anchors.items() if other != name]
        if not near or len(ranked) < 2:
            return ranked
        return self._ranked(name, near)

    def resolve(self, mention: Mention) -> Resolution:
        direction = bare_direction(mention.text)
        if direction is not None:  # "in the north"; with no country in view, a region
            part = self._focus_part(mention, direction)  # of that name ("North-West")
            return Resolution(part or self._direction_named(mention), False)
        street = mention.start in self.streets
        unlisted = mention.text in self.unlisted  # placed by the story's other places
        ranked = [] if street or unlisted else self.ranked.get(mention.text) or []
        if mention.start in self.areas_asked:  # "Washington state": the area of the name
            ranked = [c for c in ranked if c.kind in context.AREA_KINDS] or ranked
        if mention.start in self.legislatures:  # "the Georgia Senate": a state's chamber
            ranked = [c for c in ranked if c.kind == "admin1"] or ranked
        feature = mention.start in self.features and bool(ranked) and _town_without_the(ranked[0])
        if feature:  # "atop the Mesa": a feature, placed by the text's other places
            ranked = []
        if ranked:
            return Resolution(self._place(ranked[0], mention), _is_sure(ranked))
        if mention.demonym:
            country = self.gazetteer.demonym_place(mention.demonym)
            if country is not None:
                return Resolution(self._place(country, mention), False)
        where = self.located.get(mention.start)  # "the Palais des Nations in Geneva"
        found = self.resolve(where).place if where is not None else None
        if found is not None:
            found.text, found.start, found.end = mention.text, mention.start, mention.end
            return Resolution(found, False)
        part = None if street else self._known_part(mention.text, self.anchors)
        if part is not None:
            return Resolution(self._place(part, mention), False)
        if feature:
            return Resolution(self._inherited(mention, besides=mention.text), False)
        doubted = None if street else self._doubted(mention.text)
        if doubted is not None and mention.text in self.origins:
            return Resolution(self._place(doubted, mention), False)  # a soldier's hometown
        besides = mention.text if unlisted else None  # not its own far reading
        return Resolution(self._inherited(mention, besides=besides, doubted=doubted), False)

    def _place(self, candidate: Candidate, mention: Mention) -> Place:
        place = candidate.to_place(mention.text, mention.start, mention.end)
        return self._measured(place, mention)

    def _measured(self, place: Place, mention: Mention) -> Place:
        """A town's point moved as far as the text measures from it: "200 km south of
        Kabul" is no place in Kabul (an area's part is found by `parts.part_point`)."""
        if not self.text or place.lat is None or place.lon is None:
            return place
        if place.precision not in ("city", "point"):
            return place
        step = measured(self.text[max(0, mention.start - MEASURE_SPAN) : mention.start], mention.text)
        if step is None:
            return place
        km, direction = step
        place.lat, place.lon = moved((place.lat, place.lon), direction, km)
        place.name = f"{km:g} km {direction} of {place.name}"
        place.gazetteer_id = f"{place.gazetteer_id}#{km:g}km-{direction}"
        return place

    def _known_part(self, name: str, anchors: dict[str, Candidate]) -> Candidate | None:
        """The longest run of capitalised words of the name that the gazetteer knows and
        that lies near the text's other places (or in its countries). A township's part
        must lie near them: "Washington Township" beside Dayton is no part of the capital,
        and with no place near its namesake it takes the text's nearest place instead; a
        lake's or a river's part must lie beside them ("Lake Mendota" in a Madison story)."""
        near = list(anchors.values())
        if context.township(name):
            part = self._first_part(name, near) if near else None
            return part if part is not None and self._in_context(part, near) else None
        places = near or self._named_towns(name)
        if context.natural_feature(name) and places:  # "Lake Mendota" by Madison, not at
            part = self._first_part(name, near)  # Mendota, Illinois, 200 km away
            return part if part is not None and _beside(part, places) else None
        area = None  # a state or a country the name holds, far from the other places
        for part in _parts(name):  # ("Borno Border Town" beside a namesake abroad)
            ranked = self._ranked(part, near)
            if ranked and self._in_context(ranked[0], near):
                return ranked[0]
            if area is None and ranked and ranked[0].is_area and _is_sure(ranked):
                area = ranked[0]
        return area

    def _named_towns(self, besides: str) -> list[Candidate]:
        """The first readings of the text's other town names, once they are ranked."""
        return [
            ranked[0]
            for name, ranked in self.ranked.items()
            if name != besides and ranked and ranked[0].kind in TOWN_KINDS
        ]

    def _first_part(self, name: str, near: list[Candidate]) -> Candidate | None:
        """The first reading of the longest known run of the name's words."""
        ranked = next((r for part in _parts(name) if (r := self._ranked(part, near))), [])
        return ranked[0] if ranked else None

    def _in_context(self, candidate: Candidate, near: list[Candidate]) -> bool:
        if near:
            closest = min(haversine_km(candidate.lat, candidate.lon, a.lat, a.lon) for a in near)
            return closest <= PART_KM
        return candidate.country in self.countries or (not self.countries and candidate.is_area)

    def _doubted(self, name: str) -> Candidate | None:
        """The name's own reading that `_plausible` doubted: a small town abroad."""
        ranked = self._steered(name, self.gazetteer.ranked(name, countries=self._countries_for(name)))
        return ranked[0] if ranked and not self._plausible(ranked[0]) else None

    def _inherited(
        self, mention: Mention, besides: str | None = None, doubted: Candidate | None = None
    ) -> Place | None:
        """The sure city-level place named nearest to the mention in the text, else the
        sure region named nearest ("Houet - attack in Sioma": the province, not the
        country), else the name's own doubted reading (`doubted`: "Kokomo" in a story of
        a missionary who died in Peru is no place in Peru), else the town of the text's
        main country named nearest, sure or not ("Washington Township" beside Centerville
        and Kettering, read in Ohio together), else the text's main country; never a place
        of the name `besides` (a feature's: "the Mesa" is not the town Mesa)."""
        for finest in (("city", "point"), ("region",)):
            placed = [
                (other.start, self.anchors[other.text])
                for other in self.mentions
                if other.text in self.anchors and other.text != besides
                and self.anchors[other.text].precision in finest
                and self.anchors[other.text].kind != "border"
            ]
            if placed:
                home = self._main_country_code()
                _, candidate = min(
                    placed, key=lambda item: (item[1].country != home, abs(item[0] - mention.start))
                )
                return self._place(candidate, mention)
        if doubted is not None:
            return self._place(doubted, mention)
        town = self._nearest_town(mention, besides)
        return self._place(town, mention) if town is not None else self._main_country(mention)

    def _nearest_town(self, mention: Mention, besides: str | None) -> Candidate | None:
        """The first reading of the town named nearest to the mention in the text's main
        country (the readings of unsure names, which steer nothing else)."""
        home = self._main_country_code()
        placed = [
            (abs(other.start - mention.start), ranked[0])
            for other in self.mentions
            if other.text not in (besides, mention.text)
            and (ranked := self.ranked.get(other.text))
            and ranked[0].kind in TOWN_KINDS and ranked[0].country == home
        ]  # fmt: skip
        return min(placed, key=lambda item: item[0])[1] if placed else None

    def _direction_named(self, mention: Mention) -> Place | None:
        """A region named by directions, when the text is about no country: "fighting in
        the North-West region" (a capitalised name, never a direction alone or a common
        noun: "in the north", "in the northern region")."""
        words = mention.text.removeprefix("the ").split()
        if len(name_key(mention.text).split()) < 2 or not words[0][:1].isupper():
            return None
        ranked = self.gazetteer.ranked(mention.text, countries=tuple(self.countries))
        return self._place(ranked[0], mention) if ranked and ranked[0].is_area else None

    def _focus_part(self, mention: Mention, direction: str) -> Place | None:
        """ "in the North", "in the east of the country": that part of the country the
        text is about there (`_focus_country`)."""
        country = self._focus_country(mention)
        name = self.gazetteer.country_place(country).name if country else None
        ranked = self.gazetteer.ranked(f"{direction} {name}") if name else []
        return self._place(ranked[0], mention) if ranked else None

    def _focus_country(self, mention: Mention) -> str | None:
        """The text's only country; else the country of the place its sentence names last
        before the mention (a digest of stories: "... in the Northern Philippines and
        seven rebels were killed in the southern region"); else the country of most of
        its place names."""
        if len(self.countries) == 1:
            return next(iter(self.countries))
        country = self._country_before(mention)
        if country is None:
            main = self._main_country(mention)
            country = main.country if main is not None else None
        return country

    def _country_before(self, mention: Mention) -> str | None:
        """The country of the last place named before the mention in its sentence."""
        if self.text is None:
            return None
        before = self.text[: mention.start]
        start = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "))
        named = [
            (other.start, ranked[0].country)
            for other in self.mentions
            if start < other.start and other.end <= mention.start
            and (ranked := self.ranked.get(other.text)) and ranked[0].country
        ]  # fmt: skip
        return max(named)[1] if named else None

    def _main_country_code(self) -> str | None:
        """The country most of the text's place names lie in."""
        counts = Counter(
            ranked[0].country
            for other in self.mentions
            if (ranked := self.ranked.get(other.text)) and ranked[0].country
        )
        return counts.most_common(1)[0][0] if counts else None

    def _main_country(self, mention: Mention) -> Place | None:
        code = self._main_country_code()
        if code is None:
            return None
        place = self.gazetteer.country_place(code)
        if place is not None:
            place.text, place.start, place.end = mention.text, mention.start, mention.end
        return place


FEATURE_PART_KM = 50.0  # a lake or a river lies by the town it is named after


def _beside(candidate: Candidate, near: Sequence[Candidate]) -> bool:
    """Whether a place lies within `FEATURE_PART_KM` of one of the text's sure places."""
    return any(
        haversine_km(candidate.lat, candidate.lon, a.lat, a.lon) <= FEATURE_PART_KM for a in near
    )


def _town_without_the(candidate: Candidate) -> bool:
    """A town whose own name does not begin with "The" (not "The Hague", "The Valley")."""
    return candidate.kind in TOWN_KINDS and not candidate.name.startswith("The ")


def _parts(name: str) -> list[str]:
    """Runs of the name's words, longest first, that begin with a capital and are not all
    facility words: "Colchester General Hospital" -> "Colchester General", "Colchester"."""
    words = name.split()
    return [
        " ".join(words[at : at + size])
        for size in range(len(words) - 1, 0, -1)
        for at in range(len(words) - size + 1)
        if words[at][:1].isupper() and not all(_facility(w) for w in words[at : at + size])
    ]


def _facility(word: str) -> bool:
    """A facility's, a generic or a direction word ("Kokang Region": no region is called
    "Region"; "North Waziristan" is not Cameroon's North)."""
    key = name_key(word)
    generic = key in FACILITY_WORDS or key in AREA_WORDS or key in TOWN_WORDS
    return generic or direction_of(key) is not None


def _named_countries(rankings: dict[str, list[Candidate]]) -> dict[str, set[str]]:
    """Countries named outright, and those of states named without doubt, each with the
    names that name it."""
    named: dict[str, set[str]] = {}
    for name, ranked in rankings.items():
        if not ranked or not ranked[0].country:
            continue
        top = ranked[0]
        populous = top.population >= MIN_NAMING_REGION
        if top.kind == "country" or (top.kind == "admin1" and populous and _is_sure(ranked)):
            named.setdefault(top.country, set()).add(name)
    return named


def _vouches(ranked: list[Candidate]) -> bool:
    """A sure place with no strong namesake abroad names its country: Beirut does, Tripoli
    (Libya's capital, and a city of Lebanon) does not; so does a name every reading of
    which lies in one country, sure or not ("Marion County": one of several, all American)."""
    if not ranked or not ranked[0].country:
        return False
    if all(c.country == ranked[0].country for c in ranked) and ranked[0].kind in ANCHOR_KINDS:
        return True
    if not _is_anchor(ranked):
        return False
    return not any(
        c.country != ranked[0].country and (c.is_area or c.population >= MIN_ABROAD)
        for c in ranked[1:]
    )


def _is_anchor(ranked: list[Candidate]) -> bool:
    """A sure place that may steer the others; not a small town that only an alternate
    name of it matched ("Newcomers" of a sentence's start is no sure Newcomerstown)."""
    if not _is_sure(ranked) or ranked[0].kind not in ANCHOR_KINDS:
        return False
    top = ranked[0]
    return not (top.matched == "alternate" and top.kind in TOWN_KINDS and top.population < MIN_ABROAD)


def _is_sure(ranked: list[Candidate]) -> bool:
    """The best candidate leads clearly, or its close rivals are the same place (Blackpool
    the town and Blackpool the borough)."""
    if not ranked:
        return False
    top = ranked[0]
    rivals = (c for c in ranked[1:] if top.score - c.score < ANCHOR_MARGIN)
    return all(haversine_km(top.lat, top.lon, c.lat, c.lon) <= SAME_PLACE_KM for c in rivals)
