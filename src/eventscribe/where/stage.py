"""Place stage: where each event happened, from the words around its predicate.

For each event: the place phrase its predicate governs (`attach.py`: "met ... in
Beirut", "meeting in Qatar's capital Doha" -> Doha; for a material act, the place it
strikes: "subjected Gaza to bombardment" -> Gaza), else the dateline's town for an act
said to happen "here", else, for a traveller's talk, the one town the article has it
travel to ("made his first visit to Washington ... told the committee"; not a return, a
departure or many visits, and not for an act dated before the trip), else, for an act of force on a ship or a platform, the article's one sea
(`force.py`), else the dateline (its paragraph's, else the article's) when the act is local
news there, else, for an act across a border, the target's country, else none; never a
place named elsewhere in the sentence. A country named as
the place of a meeting or a statement is the dateline's city when that lies inside it;
every place takes the country code of its day (`history.py`: Moscow in 1987 is SUN).

A name right after a word of a ship or a storm ("the tanker Sea Isle City"), or inside a
person's name ("Moore" of Roy Moore), is no place phrase.
Place phrases are the parser's GPE/LOC/FAC entities, demonym + place-noun phrases ("the
Lebanese border", "a Syrian air base"), names the tagger missed after a locative or in a
headline, and bare directions ("in the North"), widened to the whole name (`widen.py`:
"NE Nigeria", "DR Congo", "the city of Kandahar"); all the phrases of an article are
resolved together (`resolve.DocumentPlaces`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from eventscribe import registry
from eventscribe.actors.candidates import THING_WORDS
from eventscribe.actors.knowledge import organization_by_name
from eventscribe.article import Article, Event, Place
from eventscribe.normalize import dateline_at
from eventscribe.pipeline import BaseStage
from eventscribe.syntax import char_span
from eventscribe.where import context
from eventscribe.where.attach import (
    DEPARTURES,
    MATERIAL_ROOTS,
    TO_COME,
    dateline_is_local,
    is_motion,
    own_place,
    says_here,
)
from eventscribe.where.force import across_border, at_sea, waters
from eventscribe.where.gazetteer import Gazetteer, load_gazetteer
from eventscribe.where.history import in_its_time
from eventscribe.where.mentions import (
    organization_places,
    party_states,
    place_mentions,
    qualifier_codes,
    settlement_countries,
)
from eventscribe.where.phrases import Mention
from eventscribe.where.ranking import Candidate
from eventscribe.where.resolve import DocumentPlaces

ACTED_UPON = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
_DATELINE_TAIL = re.compile(r"\s*(\(.*?\)|--?|[\u2013\u2014]).*$")


@registry.stages.register("place")
class PlaceStage(BaseStage):
    name = "place"
    requires = ("events", "doc", "sentences")
    assigns = ("events.place",)

    def __call__(self, article: Article) -> Article:
        if not article.events or article.doc is None:
            return article
        gazetteer = load_gazetteer()
        sentences = {e.sentence for e in article.events} | _title_sentences(article)
        spans = [
            char_span(article.doc, s.start, s.end)
            for s in article.sentences if s.index in sentences
        ]  # fmt: skip
        mentions = place_mentions(article.doc, gazetteer, within=[s for s in spans if s])
        mentions = _outside_actor_names(mentions, article)
        context_mentions = _with_context(mentions, article, gazetteer)
        countries = settlement_countries(article.doc, mentions, gazetteer)
        places = DocumentPlaces(gazetteer, context_mentions, countries, text=article.text)
        datelines = Datelines(article, places)
        triggers = _trigger_tokens(article)
        owns = [
            event_place(event, article, mentions, places, _acted_upon(article.doc, triggers, t))
            for event, t in zip(article.events, triggers, strict=True)
        ]
        destinations = _destinations(article, owns, triggers)
        seas = waters((places.resolve(m).place for m in mentions), gazetteer)
        for event, own, trigger in zip(article.events, owns, triggers, strict=True):
            dateline = datelines.of(event)
            if own is None and trigger is not None and says_here(article.doc[trigger]):
                own = _copy(dateline)
            if own is None:
                own = _whereabouts(event, destinations) or _copy(at_sea(event, seas))
            if own is None and not (trigger is not None and told_before(event, article.doc[trigger])):
                own = _local_dateline(event, article, mentions, places, dateline)
            if own is None and trigger is not None:
                own = across_border(event, article.doc[trigger], gazetteer)
            if own is None:
                own = _seat(event, gazetteer)
            event.place = in_its_time(_within(own, dateline, event), article.published, gazetteer)
        return article


def _with_context(mentions: list[Mention], article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """The place phrases and, for context only, the states and counties that begin the
    names of organizations ("the Lamar County Sheriff's Office": a story of Paris, Texas)
    and the state abbreviations after towns that the tagger missed ("Paris, TX") or in a
    legislator's label ("R-Kan.")."""
    taken = {m.start for m in mentions}
    extra = [m for m in organization_places(article.doc, gazetteer) if m.start not in taken]
    extra += qualifier_codes(article.text, mentions, gazetteer)
    extra += [m for m in party_states(article.text, gazetteer) if m.start not in taken]
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _title_sentences(article: Article) -> set[int]:
    """The headline's sentences: the places it names set the scene for the whole article
    ("Attack on a Burkina Faso mosque" / "... in a village of the Sahel region")."""
    kinds = [p.kind for p in article.paragraphs]
    return {
        s.index for s in article.sentences
        if s.paragraph < len(kinds) and kinds[s.paragraph] == "title"
    }  # fmt: skip


def _outside_actor_names(mentions: list[Mention], article: Article) -> list[Mention]:
    """Without the place words that end an actor's longer name: "Haram" of "Boko Haram"
    names a group, not a place ("Arakan" of "Arakan Army" still says where it is from);
    so too where the actor stage found no mention of the group (a headline's capitals:
    "Fresh Boko Haram Attack") but the words before the place complete an organization's
    name."""
    names = [(m.start, m.end) for m in article.mentions if m.kind == "name" and m.actor_id]
    people = _people_named(article)
    text = article.text
    return [
        m for m in mentions
        if not any(
            start < m.start and m.end <= end and _named_before(text[start : m.start])
            for start, end in names
        ) and not ends_organization_name(text, m.start, m.end)
        and not any(start <= m.start and m.end <= end and (end - start > len(m.text) or longer)
                    for start, end, longer in people)
        and not names_a_thing(text, m.start)
    ]  # fmt: skip


def _people_named(article: Article) -> list[tuple[int, int, bool]]:
    """The spans the actor stage read as a person's name, each with whether the person is
    known by a longer name. A place word inside such a span ("Natalia" of Natalia
    Veselnitskaya), or the whole span of a person known by a longer name ("Moore" of Roy
    Moore: "pressured Moore to withdraw"), is no town; a one-word person may be a place
    the tagger misread ("gunned down in Farah")."""
    return [
        (m.start, m.end, len(actor.name.split()) > len(m.text.split()))
        for m in article.mentions
        if m.kind in PERSON_MENTIONS and m.actor_id
        and (actor := article.actors.get(m.actor_id)) is not None and actor.kind == "person"
    ]  # fmt: skip


# Kinds of actor mention that write a person's name: "Roy Moore", "Russian lawyer Natalia".
PERSON_MENTIONS = frozenset({"name", "title"})


# "the tanker Sea Isle City", "the U.S. frigate Stark", "USS Arizona", "Hurricane Harvey":
# a name right after one of these is a ship's or a storm's, not the town it is named after.
_THING_BEFORE = re.compile(
    r"(?:\b(?:{})|\b(?:USS|HMS|MV|SS))\s+$".format("|".join(sorted(THING_WORDS))),
    re.IGNORECASE,
)
THING_REACH = 20  # characters before a name where the word of a thing may end


def names_a_thing(text: str, start: int) -> bool:
    """Whether the name at `start` follows a word of a ship or a storm (`_THING_BEFORE`)."""
    return _THING_BEFORE.search(text, max(0, start - THING_REACH), start) is not None


def ends_organization_name(text: str, start: int, end: int) -> bool:
    """Whether the one to three words before text[start:end] and it are an organization's
    name ("Boko " + "Haram"), an article alone before it aside ("Al Raqqah")."""
    before = text[max(0, start - NAME_REACH) : start]
    if not before[-1:].isspace():
        return False
    words = before.split()
    for size in range(1, min(3, len(words)) + 1):
        if _named_before(" ".join(words[-size:]) + " ") and organization_by_name(
            " ".join([*words[-size:], text[start:end]])
        ):
            return True
    return False


NAME_REACH = 40  # characters before a place word where an organization's name may begin
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
    trigger = char_span(doc, event.trigger_start, event.trigger_end)
    inside = _in_sentence(article, event, mentions)
    if trigger is None or not inside:
        return None
    by_token = _mentions_by_token(doc, inside)
    resolve = lambda m: places.resolve(m).place  # noqa: E731
    return own_place(event, trigger.root, by_token, resolve, others)


def _trigger_tokens(article: Article) -> list[int | None]:
    doc = article.doc
    spans = [
        char_span(doc, e.trigger_start, e.trigger_end)
        for e in article.events
    ]
    return [span.root.i if span is not None and len(span) else None for span in spans]


Trip = tuple[Place, Event]  # where an actor went, and the act that says so
Travellers = dict[tuple[str, str | None], list[Trip]]  # (actor id, its country) -> trips
TRIP_PRECISIONS = frozenset({"city", "point"})


def _destinations(
    article: Article, owns: list[Place | None], triggers: list[int | None]
) -> Travellers:
    """Where each actor of the article travels: the towns of its visits and journeys
    ("made his first visit to Washington", "had travelled to Mexico City"). Not a return,
    which is the way home ("when he returns from Florida"), nor visits in the plural
    ("made multiple visits to X"), nor a country or a state, where a tour has many stops."""
    found: Travellers = {}
    for event, own, trigger in zip(article.events, owns, triggers, strict=True):
        if own is None or event.source is None or trigger is None:
            continue
        token = article.doc[trigger]
        if not (event.cameo.startswith("042") or is_motion(token)) or not _one_trip(token):
            continue
        if own.precision in TRIP_PRECISIONS:
            found.setdefault((event.source.id, event.source.country), []).append((own, event))
    return found


def _one_trip(token: Any) -> bool:
    """A journey there, not the way back, a departure nor many journeys ("returns",
    "left Beijing", "made multiple visits to X")."""
    objects = [c for c in token.children if c.dep_ == "dobj" and is_motion(c)]
    plural = any(t.tag_ in ("NNS", "NNPS") for t in (token, *objects))
    return token.lemma_.lower() not in ("return", *DEPARTURES) and not plural


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
    places = [place for place, trip in trips if trip is event or not _before(event, trip)]
    if len({(p.name, p.country) for p in places}) != 1:
        return None
    return _copy(places[0])


def _before(event: Event, trip: Event) -> bool:
    """Whether the act is dated before the trip began: "will visit Washington next month"
    says nothing of where "Nakasone today ordered" his party to act. An act whose date is
    only the article's, told as to come, may be of the trip."""
    if event.event_date is None or trip.event_date is None:
        return False
    if event.date_precision == "publication" and event.modality in TO_COME:
        return False
    return (event.date_end or event.event_date) < trip.event_date  # (a period's first day)


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


def _hosted(event: Event, destinations: Travellers) -> list[Trip]:
    """The trips of one side's compatriots to the other side's country: a meeting is where
    its visitors went, whichever side the event names first ("Nakasone will visit
    Washington to discuss trade with Reagan": Reagan's talks with him are there too)."""
    source, target = event.source, event.target
    if source is None or target is None or not source.country or not target.country:
        return []
    if source.country == target.country:
        return []
    return [
        (place, trip)
        for (_, country), trips in destinations.items()
        for visitor, host in ((source, target), (target, source))
        if country == visitor.country
        for place, trip in trips
        if place.country == host.country
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
    """The dateline, when the act is local news there (`attach.dateline_is_local`) and
    news of the day, not of months or years before (`_background`)."""
    if dateline is None or _background(event, article.published):
        return None
    named = [
        place
        for mention in _in_sentence(article, event, mentions)
        if (place := places.resolve(mention).place) is not None
    ]
    return _copy(dateline) if dateline_is_local(event, dateline, named) else None


# Acts of words: their perfect with no date ("Trump has denied collusion") is a stand the
# story recalls, not words said where the reporter stood that day.
WORD_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})


def told_before(event: Event, trigger: Any) -> bool:
    """An act the text tells in the perfect, with no date of its own: the past perfect of
    any act ("the party had favored Clinton"), the present perfect of words ("has said the
    accusations are false", "has criticized the FBI"; not "police have arrested three men",
    a deed, which a story tells in the present perfect on its day)."""
    if event.date_expression:
        return False
    perfect = [c.lower_ for c in trigger.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if not perfect or trigger.tag_ != "VBN":
        return False
    return perfect[0] == "had" or event.cameo[:2] in WORD_ROOTS


BACKGROUND_DAYS = 92  # an act over a season before the article's day is background


def _background(event: Event, published: dt.date | None) -> bool:
    """Whether the act ended over a season before the article was published: the dateline
    is where the reporter stood that day, not where "he supported Mondale four years later"
    or "the two reached a settlement in 2015"."""
    if published is None or event.event_date is None:
        return False
    last = event.date_end or event.event_date
    return (published - last).days > BACKGROUND_DAYS


def _mentions_by_token(doc: Any, mentions: Sequence[Mention]) -> dict[int, Mention]:
    by_token = {}
    for mention in mentions:
        span = char_span(doc, mention.start, mention.end)
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
    area = None
    if len(parts) > 1:
        qualifier = gazetteer.ranked(parts[1])
        if qualifier:
            countries = (qualifier[0].country or "", *countries)
            near = [qualifier[0], *near]
            area = qualifier[0]
    ranked = gazetteer.ranked(parts[0], countries=countries, near=near)
    if area is not None and area.kind == "admin1":
        return _in_state(ranked, area, parts[0])
    return ranked[0].to_place(parts[0]) if ranked else None


def _in_state(ranked: list[Candidate], state: Candidate, name: str) -> Place:
    """The dateline's town inside the state it names ("LOWER MERION, Pa."), else the state:
    a namesake elsewhere ("Merion", an old name of Marion, Illinois) is no better."""
    inside = [c for c in ranked if context.inside(c, state)]
    return (inside[0] if inside else state).to_place(name)


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
