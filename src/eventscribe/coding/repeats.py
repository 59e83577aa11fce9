"""Repeats stage: an act the article tells more than once is one event.

News tells its main act in the headline, again in the lead and again in a quote: "VW
currency head arrested" / "... has been arrested, the prosecutor said" / "... asked for his
arrest". A coder counts the act once (the ICEWS and ACLED practice: one event per act per
story), so mentions of one act fold into the fullest of them, which keeps what the others
add (a target, a place, a death toll). Mentions are one act when they share the CAMEO
root and the modality (told by the article or by a source alike), their parties agree
(the same actor on each side, a state and one of its own, or a side that one mention
leaves open) and so do their dates: the same day, or a headline or summary mention that
gives no date of its own (it summarises the body's act, whenever that was). Acts
across articles are clustered later, in the store.

Runs after the time, place and participant stages, whose dates, places and countries the
comparison needs.
"""

from __future__ import annotations

import dataclasses

from eventscribe import registry
from eventscribe.article import PLACE_PRECISIONS, ActorRef, Article, Event, Place
from eventscribe.pipeline import BaseStage

# Events stored for their evidence but left out of counts are never folded into counted ones.
UNCOUNTED = frozenset({"background"})
SUMMARIES = frozenset({"title", "summary"})
TOLD = frozenset({"asserted", "reported"})
STATE = "country:"  # the id of a state as a whole
FILLED = frozenset({"source", "target", "place", "fatalities", "injured", "arrested"})


@registry.stages.register("repeats")
class RepeatStage(BaseStage):
    name = "repeats"
    requires = ("events", "events.place", "events.participants")
    assigns = ("events.repeats",)

    def __call__(self, article: Article) -> Article:
        summaries = {
            s.index for s in article.sentences
            if article.paragraphs[s.paragraph].kind in SUMMARIES
        }  # fmt: skip
        article.events = fold_repeats(article.events, _undated(article, summaries))
        return article


def _undated(article: Article, summaries: set[int]) -> set[int]:
    """The headline and summary sentences that date none of their acts themselves: their
    acts carry the dateline's or the article's date, which is no date of the act."""
    dated = {
        e.sentence for e in article.events
        if e.sentence in summaries and e.date_expression
        and e.date_expression in article.sentence_text(e.sentence)
    }  # fmt: skip
    return summaries - dated


def fold_repeats(events: list[Event], summaries: set[int] = frozenset()) -> list[Event]:
    """Each act once, at its fullest mention, in the order the article first tells it.

    `summaries` are the indices of headline and summary sentences that give no date of
    their own: their acts are of any day the body tells."""
    kept: list[Event] = []
    for event in events:
        same = next(
            (k for k, other in enumerate(kept) if same_act(other, event, summaries)), None
        )
        if same is None:
            kept.append(event)
        else:
            kept[same] = merged(kept[same], event, summaries)
    return kept


def same_act(one: Event, other: Event, summaries: set[int] = frozenset()) -> bool:
    if one.modality in UNCOUNTED or other.modality in UNCOUNTED:
        return False
    return (
        one.sentence != other.sentence  # a sentence that tells two acts of a kind means two
        and one.cameo[:2] == other.cameo[:2]
        and _told_alike(one, other)
        and _same_day(one, other, summaries)
        and _agree(one.source, other.source)
        and _agree(one.target, other.target)
        and _places_agree(one, other)
        and (_share_a_party(one, other) or _partyless(one, other))
        and not _fight_and_strike(one, other)
    )


def merged(first: Event, second: Event, summaries: set[int] = frozenset()) -> Event:
    """The fuller mention, with what the other adds and it lacks, and the finer of two
    places one inside the other ("Two killed in Sudan protests" / "... protests in
    Khartoum": Khartoum). A place lends only when its mention names it: a dateline's
    place is where the news came from."""
    fuller = _fullness(second, summaries) > _fullness(first, summaries)
    keep, other = (second, first) if fuller else (first, second)
    lent = FILLED if _names_its_place(other) else FILLED - {"place"}
    filled = {
        name: getattr(other, name)
        for name in lent
        if getattr(keep, name) is None and getattr(other, name) is not None
    }
    if "place" in lent and _finer(other.place, keep.place):
        filled["place"] = other.place
    return dataclasses.replace(keep, **filled) if filled else keep


def _rank(precision: str) -> int:
    """0 for a point, up to 3 for a country (`PLACE_PRECISIONS` is finest first)."""
    return PLACE_PRECISIONS.index(precision) if precision in PLACE_PRECISIONS else 9


def _finer(fine: Place | None, coarse: Place | None) -> bool:
    """Whether `fine` is a place inside `coarse` and named more precisely."""
    if fine is None or coarse is None or fine.country != coarse.country:
        return False
    finer = _rank(fine.precision) < _rank(coarse.precision)
    return finer and coarse.name != fine.name and _within(coarse, fine)


def _agree(one: ActorRef | None, other: ActorRef | None) -> bool:
    return one is None or other is None or _same_party(one, other)


def _same_party(one: ActorRef, other: ActorRef) -> bool:
    """The same actor, or a state and one of its own ("Peru held talks" in the headline,
    "Peru's central bank president met" in the body)."""
    if one.id == other.id:
        return True
    state = one if one.id.startswith(STATE) else other if other.id.startswith(STATE) else None
    return state is not None and one.country is not None and one.country == other.country


def _same_day(one: Event, other: Event, summaries: set[int]) -> bool:
    if one.event_date == other.event_date:
        return True
    return one.sentence in summaries or other.sentence in summaries


def _told_alike(one: Event, other: Event) -> bool:
    """The narrator's and a source's telling of an act are one act; its denial is not."""
    return one.modality == other.modality or {one.modality, other.modality} <= TOLD


def _share_a_party(one: Event, other: Event) -> bool:
    """"Iraq -> (none)" and "(none) -> Iran" may be two acts: one side must be the same."""
    return any(
        a is not None and b is not None and _same_party(a, b)
        for a, b in ((one.source, other.source), (one.target, other.target))
    )


def _partyless(one: Event, other: Event) -> bool:
    """A mention that names no party ("fighting went on") is the named act of its place."""
    return any(e.source is None and e.target is None for e in (one, other))


# A fight between two sides ("a clash between Iraqi naval units and Iranian boats") is not
# the same act as one side's strike from afar (air strikes, shelling, missiles, bombs).
FIGHT_WORDS = ("clash", "fight", "battle", "skirmish", "firefight", "gunbattle", "gunfight")
REMOTE_CODES = frozenset({"183", "194", "195"})


def _fight_and_strike(one: Event, other: Event) -> bool:
    def fight(event: Event) -> bool:
        return event.trigger.lower().startswith(FIGHT_WORDS)

    return any(fight(a) and b.cameo[:3] in REMOTE_CODES for a, b in ((one, other), (other, one)))


def _places_agree(one: Event, other: Event) -> bool:
    """Acts of one day in two named places are two acts, whoever carried them out; a place
    no finer than a region ("northern Iraq") agrees with any place in its country. A place
    its mention does not name (the dateline's) says nothing of where the act was."""
    a = one.place if _names_its_place(one) else None
    b = other.place if _names_its_place(other) else None
    if a is None or b is None or a.name == b.name:
        return True
    if a.country is None or a.country != b.country:
        return False
    return _within(a, b) or _within(b, a)


def _within(coarse: Place, fine: Place) -> bool:
    """Whether a country, or a part of it that names no region of its own ("northern Iraq"),
    or a region, holds the other place."""
    if coarse.precision == "country":
        return True
    return coarse.precision == "region" and coarse.admin1 in (None, fine.admin1)


def _names_its_place(event: Event) -> bool:
    place = event.place
    return (
        place is not None and place.start is not None
        and event.evidence_start <= place.start < event.evidence_end
    )  # fmt: skip


def _fullness(event: Event, summaries: set[int]) -> tuple[int, int, bool, int, float]:
    """How much of the act a mention tells that the other cannot lend it: its parties, then
    how many of them are named more closely than a whole state ("Peru held talks" in the
    headline, "Peru's central bank president met" in the body), then a date of its own
    (an undated headline's is the article's); places and tolls last, as they are lent."""
    sides = [side for side in (event.source, event.target) if side is not None]
    named = sum(not side.id.startswith(STATE) for side in sides)
    details = sum(
        getattr(event, name) is not None for name in ("place", "fatalities", "injured", "arrested")
    )
    dated = event.date_expression is not None and event.sentence not in summaries
    return len(sides), named, dated, details, event.confidence
