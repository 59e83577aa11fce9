"""Participants stage: the country of a generic participant the sentence leaves open.

"Police arrested 12 activists in Minsk": the police are Belarus's, from the event's place.
Without a place, the country of most (60 %) of the article's event places decides; the actors'
countries do not (an Israeli strike's victims are not Israel's civilians). Runs after the
place stage.
"""

from __future__ import annotations

from collections import Counter

from eventscribe import registry
from eventscribe.article import ActorRef, Article, Event
from eventscribe.coding.participants import ARMED_SECTORS, with_country
from eventscribe.coding.sides import name_state_side
from eventscribe.pipeline import BaseStage

MAJORITY = 0.6


@registry.stages.register("participants")
class ParticipantStage(BaseStage):
    name = "participants"
    requires = ("events", "events.place")
    assigns = ("events.participants",)

    def __call__(self, article: Article) -> Article:
        fallback = article_country(article)
        for event in article.events:
            country = (event.place.country if event.place else None) or fallback
            if not country and event.cameo[:2] == "17":
                _at_home(event)  # "Kenyan police arrested 12 protesters": Kenya's protesters
                continue
            if not country:
                continue
            placed = _placed(event.target, country)
            if not _against_itself(event.source, placed):  # Iraqi jets hit no Iraqi positions
                event.target = placed
            # Warplanes that hit Iran's jetty are not Iran's: a perpetrator is placed only
            # where its target is not that country itself (coercion at home aside).
            hit = event.target is not None and event.target.id == f"country:{country}"
            if not hit or event.cameo[:2] in ("14", "17"):  # (protest and coercion at home)
                event.source = _placed(event.source, country)
        for event in article.events:
            name_state_side(event)  # "rebels were killed in a gun battle": with the army
        return article


def _against_itself(source: ActorRef | None, target: ActorRef | None) -> bool:
    """An armed force of a country against that same force: the text did not say whose
    the target was ("Iraqi warplanes flew sorties against enemy positions")."""
    return (
        source is not None and target is not None
        and source.country == target.country and source.sector == target.sector
        and source.sector in ARMED_SECTORS
    )  # fmt: skip


def _at_home(event: Event) -> None:
    """Coercion with no place happens where one party is from: the other is of it too."""
    if event.target is not None and event.target.country:
        event.source = _placed(event.source, event.target.country)
    if event.source is not None and event.source.country:
        event.target = _placed(event.target, event.source.country)


def _placed(ref: ActorRef | None, country: str) -> ActorRef | None:
    if ref is None or ref.country or not ref.id.startswith("sector:X:"):
        return ref
    return with_country(ref, country)


def article_country(article: Article) -> str | None:
    """The country most (at least 60 %) of the article's placed events happen in."""
    places = Counter(e.place.country for e in article.events if e.place and e.place.country)
    if not places:
        return None
    country, n = places.most_common(1)[0]
    return country if n >= MAJORITY * sum(places.values()) else None
