"""Place stage: where each event happened, from the words around its predicate.

For each event: the place phrase its predicate governs (`attach.py`: "met ... in
Beirut", "meeting in Qatar's capital Doha" -> Doha; for a material act, the place it
strikes: "subjected Gaza to bombardment" -> Gaza), else, for a traveller's talk, the one
place the article has it travel to ("made his first visit to Washington ... told the
committee"), else the dateline (its paragraph's, else the article's) when the act is local
news there, else none; never a place named elsewhere in the sentence. A country named as
the place of a meeting or a statement is the dateline's city when that lies inside it;
every place takes the country code of its day (`history.py`: Moscow in 1987 is SUN).

Place phrases are the parser's GPE/LOC/FAC entities, demonym + place-noun phrases ("the
Lebanese border", "a Syrian air base"), names the tagger missed after a locative or in a
headline, and bare directions ("in the North"), widened to the whole name (`widen.py`:
"NE Nigeria", "DR Congo", "the city of Kandahar"); all the phrases of an article are
resolved together (`DocumentPlaces`), so that the countries it names and the places near
each other decide ambiguous names (Tripoli with Lebanon in the text is in Lebanon).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from eventscribe import registry
from eventscribe.article import Article, Event, Place
from eventscribe.normalize import dateline_at
from eventscribe.pipeline import BaseStage
from eventscribe.where import context
from eventscribe.where.attach import (
    MATERIAL_ROOTS,
    dateline_is_local,
    is_motion,
    own_place,
)
from eventscribe.where.gazetteer import (
    AREA_WORDS,
    TOWN_WORDS,
    Candidate,
    Gazetteer,
    haversine_km,
    load_gazetteer,
    name_key,
)
from eventscribe.where.history import in_its_time
from eventscribe.where.mentions import Mention, place_mentions
from eventscribe.where.parts import bare_direction, direction_of

ACTED_UPON = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
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
})  # fmt: skip
PRECISION_RANK = {"point": 0, "city": 1, "region": 2, "country": 3}
ANCHOR_MARGIN = 1.5  # score lead that makes a resolution sure enough to steer others
SAME_PLACE_KM = 50.0  # rivals this near the best candidate are other records of one place
ANCHOR_KINDS = frozenset({"city", "capital", "admin1", "admin2", "territory", "border"})
MIN_ABROAD = 100_000  # population below which a town outside the text's countries is doubted
MIN_NAMING_REGION = 1_000_000  # a state this populous, named without doubt, names its country
PART_KM = 300.0  # a known word in an unknown name counts when it lies this near the anchors
_DATELINE_TAIL = re.compile(r"\s*(\(.*?\)|--?|[\u2013\u2014]).*$")


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
    named together all lie, "X in Geneva" for an unknown X, and streets.
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        mentions: Sequence[Mention],
        countries: Iterable[str] = (),
        text: str | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.mentions = list(mentions)
        names = list(dict.fromkeys(m.text for m in self.mentions if not bare_direction(m.text)))
        bare = {name: gazetteer.ranked(name) for name in names}
        self.preferred = context.contained(bare)
        self.agreed: dict[str, Candidate] = {}
        self.qualified = context.qualifiers(text, self.mentions, bare) if text else {}
        self.located = context.located(text, self.mentions) if text else {}
        self.streets = context.streets(text, self.mentions) if text else set()
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
        self.ranked = {name: self._rerank(name, first[name]) for name in names}

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
        """False for a small town or region abroad when the text names other countries."""
        if not self.countries or candidate.country in self.countries:
            return True
        small = candidate.kind in ("city", "admin1", "admin2") and candidate.population < MIN_ABROAD
        return not small

    def _anchors_in_parts(
        self, names: list[str], first: dict[str, list[Candidate]]
    ) -> dict[str, Candidate]:
        """Sure places inside unknown names: "New Orleans" in "New Orleans Railways"."""
        found = {}
        for name in names:
            if not first[name] and context.last_word(name) not in context.STREET_WORDS:
                part = self._known_part(name, anchors={})
                if part is not None and (part.is_area or part.population >= MIN_ABROAD):
                    found[name] = part
        return found

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
        ranked = [] if street else self.ranked.get(mention.text) or []
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
        return Resolution(self._inherited(mention), False)

    def _place(self, candidate: Candidate, mention: Mention) -> Place:
        return candidate.to_place(mention.text, mention.start, mention.end)

    def _known_part(self, name: str, anchors: dict[str, Candidate]) -> Candidate | None:
        """The longest run of capitalised words of the name that the gazetteer knows and
        that lies near the text's other places (or in its countries)."""
        near = list(anchors.values())
        area = None  # a state or a country the name holds, far from the other places
        for part in _parts(name):  # ("Borno Border Town" beside a namesake abroad)
            ranked = self._ranked(part, near)
            if ranked and self._in_context(ranked[0], near):
                return ranked[0]
            if area is None and ranked and ranked[0].is_area and _is_sure(ranked):
                area = ranked[0]
        return area

    def _in_context(self, candidate: Candidate, near: list[Candidate]) -> bool:
        if near:
            closest = min(haversine_km(candidate.lat, candidate.lon, a.lat, a.lon) for a in near)
            return closest <= PART_KM
        return candidate.country in self.countries or (not self.countries and candidate.is_area)

    def _inherited(self, mention: Mention) -> Place | None:
        """The sure city-level place named nearest to the mention in the text, else the
        sure region named nearest ("Houet - attack in Sioma": the province, not the
        country), else the text's main country."""
        for finest in (("city", "point"), ("region",)):
            placed = [
                (other.start, self.anchors[other.text])
                for other in self.mentions
                if other.text in self.anchors
                and self.anchors[other.text].precision in finest
                and self.anchors[other.text].kind != "border"
            ]
            if placed:
                _, candidate = min(placed, key=lambda item: abs(item[0] - mention.start))
                return self._place(candidate, mention)
        return self._main_country(mention)

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
        """ "in the North", "in the east of the country": that part of the one country the
        text is about (its only country, else the country of most of its place names)."""
        main = self._main_country(mention)
        country = next(iter(self.countries)) if len(self.countries) == 1 else None
        country = country or (main.country if main is not None else None)
        name = self.gazetteer.country_place(country).name if country else None
        ranked = self.gazetteer.ranked(f"{direction} {name}") if name else []
        return self._place(ranked[0], mention) if ranked else None

    def _main_country(self, mention: Mention) -> Place | None:
        counts = Counter(
            ranked[0].country
            for other in self.mentions
            if (ranked := self.ranked.get(other.text)) and ranked[0].country
        )
        if not counts:
            return None
        place = self.gazetteer.country_place(counts.most_common(1)[0][0])
        if place is not None:
            place.text, place.start, place.end = mention.text, mention.start, mention.end
        return place


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
    (Libya's capital, and a city of Lebanon) does not."""
    if not _is_anchor(ranked) or not ranked[0].country:
        return False
    return not any(
        c.country != ranked[0].country and (c.is_area or c.population >= MIN_ABROAD)
        for c in ranked[1:]
    )


def _is_anchor(ranked: list[Candidate]) -> bool:
    return _is_sure(ranked) and ranked[0].kind in ANCHOR_KINDS


def _is_sure(ranked: list[Candidate]) -> bool:
    """The best candidate leads clearly, or its close rivals are the same place (Blackpool
    the town and Blackpool the borough)."""
    if not ranked:
        return False
    top = ranked[0]
    rivals = (c for c in ranked[1:] if top.score - c.score < ANCHOR_MARGIN)
    return all(haversine_km(top.lat, top.lon, c.lat, c.lon) <= SAME_PLACE_KM for c in rivals)


# -- the stage ------------------------------------------------------------------------


@registry.stages.register("place")
class PlaceStage(BaseStage):
    name = "place"
    requires = ("events", "doc", "sentences")
    assigns = ("events.place",)

    def __call__(self, article: Article) -> Article:
        if not article.events or article.doc is None:
            return article
        gazetteer = load_gazetteer()
        sentences = {e.sentence for e in article.events}
        spans = [
            article.doc.char_span(s.start, s.end, alignment_mode="expand")
            for s in article.sentences if s.index in sentences
        ]  # fmt: skip
        mentions = place_mentions(article.doc, gazetteer, within=[s for s in spans if s])
        mentions = _outside_actor_names(mentions, article)
        places = DocumentPlaces(gazetteer, mentions, text=article.text)
        datelines = Datelines(article, places)
        triggers = _trigger_tokens(article)
        owns = [
            event_place(event, article, mentions, places, _acted_upon(article.doc, triggers, t))
            for event, t in zip(article.events, triggers, strict=True)
        ]
        destinations = _destinations(article, owns, triggers)
        for event, own in zip(article.events, owns, strict=True):
            dateline = datelines.of(event)
            if own is None:
                own = _whereabouts(event, destinations)
            if own is None:
                own = _local_dateline(event, article, mentions, places, dateline)
            if own is None:
                own = _seat(event, gazetteer)
            event.place = in_its_time(_within(own, dateline, event), article.published, gazetteer)
        return article


def _outside_actor_names(mentions: list[Mention], article: Article) -> list[Mention]:
    """Without the place words that end an actor's longer name: "Haram" of "Boko Haram"
    names a group, not a place ("Arakan" of "Arakan Army" still says where it is from)."""
    names = [(m.start, m.end) for m in article.mentions if m.kind == "name" and m.actor_id]
    text = article.text
    return [
        m for m in mentions
        if not any(
            start < m.start and m.end <= end and _named_before(text[start : m.start])
            for start, end in names
        )
    ]  # fmt: skip


# Articles of names: "Al Raqqah" or "Al-Raqqah", taken for a group's name, is a town's.
NAME_ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "ash", "at", "az", "the"})


def _named_before(words: str) -> bool:
    """Whether a group's name has words of its own before the place word: "Boko "."""
    return words[-1:].isspace() and any(w.lower() not in NAME_ARTICLES for w in words.split())


class Datelines:
    """The dateline that covers each event: its paragraph's own ("BELFAST - Mourners
    clashed ...", in a digest of several stories), else the article's."""

    def __init__(self, article: Article, places: DocumentPlaces) -> None:
        self.article = article
        self.places = places
        self.main = dateline_place(article.dateline, places)
        self._by_paragraph: dict[int, Place | None] = {}

    def of(self, event: Event) -> Place | None:
        paragraph = self.article.sentences[event.sentence].paragraph
        if paragraph not in self._by_paragraph:
            self._by_paragraph[paragraph] = self._own(paragraph)
        return self._by_paragraph[paragraph] or self.main

    def _own(self, index: int) -> Place | None:
        if index >= len(self.article.paragraphs):
            return None
        paragraph = self.article.paragraphs[index]
        words = dateline_at(self.article.text, paragraph.start, paragraph.end)
        return dateline_place(words, self.places) if words else None


def event_place(
    event: Event,
    article: Article,
    mentions: Sequence[Mention],
    places: DocumentPlaces,
    others: frozenset[int] = frozenset(),
) -> Place | None:
    """The place its predicate governs (`attach.own_place`), or None; `others` are the
    tokens of the other events' predicates."""
    doc = article.doc
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    inside = _in_sentence(article, event, mentions)
    if trigger is None or not inside:
        return None
    by_token = _mentions_by_token(doc, inside)
    resolve = lambda m: places.resolve(m).place  # noqa: E731
    return own_place(event, trigger.root, by_token, resolve, others)


def _trigger_tokens(article: Article) -> list[int | None]:
    doc = article.doc
    spans = [
        doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
        for e in article.events
    ]
    return [span.root.i if span is not None and len(span) else None for span in spans]


Travellers = dict[tuple[str, str | None], list[Place]]  # (actor id, its country) -> trips


def _destinations(
    article: Article, owns: list[Place | None], triggers: list[int | None]
) -> Travellers:
    """Where each actor of the article travels: the places of its visits and journeys
    ("made his first visit to Washington", "had travelled to Mexico City")."""
    found: Travellers = {}
    for event, own, trigger in zip(article.events, owns, triggers, strict=True):
        if own is None or event.source is None or trigger is None:
            continue
        if event.cameo.startswith("042") or is_motion(article.doc[trigger]):
            found.setdefault((event.source.id, event.source.country), []).append(own)
    return found


def _whereabouts(event: Event, destinations: Travellers) -> Place | None:
    """An actor who travels to one place in the article says, meets and asks there: its
    acts with no place of their own are placed at its one destination (not its acts of
    force, which happen where they strike). A meeting with the host country's people is
    where its side travelled, when named otherwise ("the Peruvian central bank
    president had travelled to Mexico City" ... "Figueroa met ... the bank of Mexico")."""
    if event.source is None or event.cameo[:2] in MATERIAL_ROOTS:
        return None
    trips = destinations.get((event.source.id, event.source.country), [])
    if not trips and event.cameo[:2] == "04":
        trips = _hosted(event, destinations)
    if len({(p.name, p.country) for p in trips}) != 1:
        return None
    return _copy(trips[0])


SEAT_KINDS = frozenset({"landmark"})


def _seat(event: Event, gazetteer: Gazetteer) -> Place | None:
    """A source named by its seat ("The White House will host talks", "the Kremlin
    said") speaks, meets and hosts there; its acts of force happen where they strike."""
    source = event.source
    if source is None or not source.text or event.cameo[:2] in MATERIAL_ROOTS:
        return None
    ranked = gazetteer.ranked(source.text)
    if not ranked or ranked[0].kind not in SEAT_KINDS or ranked[0].matched not in ("name", "alias"):
        return None
    return ranked[0].to_place(source.text, source.start, source.end)


def _hosted(event: Event, destinations: Travellers) -> list[Place]:
    """The trips of the source's compatriots to the target's country."""
    source, target = event.source, event.target
    if source is None or target is None or not source.country or not target.country:
        return []
    return [
        place
        for (_, country), trips in destinations.items()
        if country == source.country
        for place in trips
        if place.country == target.country and target.country != source.country
    ]


def _acted_upon(doc: Any, triggers: list[int | None], own: int | None) -> frozenset[int]:
    """Other events' predicates that are a subject or an object ("backed the strike in the
    Gulf"): their phrases are theirs. An act inside a phrase of this one ("killed in
    fighting in X") shares its place."""
    return frozenset(
        t for t in triggers if t is not None and t != own and doc[t].dep_ in ACTED_UPON
    )


def _within(own: Place | None, dateline: Place | None, event: Event) -> Place | None:
    """A country named as the place of a meeting, a visit or a statement ("BUENOS AIRES -
    ... a tour of Argentina") is the dateline's city inside it; an act of force against
    a country is not placed at its capital's dateline."""
    if own is None or dateline is None or own.precision != "country":
        return own
    if dateline.country != own.country or event.cameo[:2] in MATERIAL_ROOTS:
        return own
    return _copy(dateline)


def _in_sentence(article: Article, event: Event, mentions: Sequence[Mention]) -> list[Mention]:
    sentence = article.sentences[event.sentence]
    return [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]


def _local_dateline(
    event: Event,
    article: Article,
    mentions: Sequence[Mention],
    places: DocumentPlaces,
    dateline: Place | None,
) -> Place | None:
    """The dateline, when the act is local news there (`attach.dateline_is_local`)."""
    if dateline is None:
        return None
    named = [
        place
        for mention in _in_sentence(article, event, mentions)
        if (place := places.resolve(mention).place) is not None
    ]
    return _copy(dateline) if dateline_is_local(event, dateline, named) else None


def _mentions_by_token(doc: Any, mentions: Sequence[Mention]) -> dict[int, Mention]:
    by_token = {}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        for token in span or ():
            by_token[token.i] = mention
    return by_token


def dateline_place(dateline: str | None, places: DocumentPlaces) -> Place | None:
    """ "WASHINGTON (Reuters)" -> Washington; "SPRINGFIELD, Ill." -> Springfield, Illinois."""
    if not dateline:
        return None
    words = _DATELINE_TAIL.sub("", dateline).strip()
    parts = [part.strip() for part in words.split(",") if part.strip()]
    if not parts:
        return None
    gazetteer = places.gazetteer
    countries, near = tuple(places.countries), list(places.anchors.values())
    if len(parts) > 1:
        qualifier = gazetteer.ranked(parts[1])
        if qualifier:
            countries = (qualifier[0].country or "", *countries)
            near = [qualifier[0], *near]
    ranked = gazetteer.ranked(parts[0], countries=countries, near=near)
    return ranked[0].to_place(parts[0]) if ranked else None


def _copy(place: Place | None) -> Place | None:
    if place is None:
        return None
    return Place(
        place.name,
        place.country,
        place.admin1,
        place.lat,
        place.lon,
        place.gazetteer_id,
        place.precision,
        place.text,
        place.start,
        place.end,
    )
