"""An actor the text gives no country is, in an article about one country, of it.

Domestic political news names its officials without their nationality: "Senator Mark
Warner", "the prosecutor", "a ministry spokeswoman". When one country holds a clear majority
of the article's (at least three) mentions of actors with a country, a person with an office
(a sector from the title) and no country takes that country, with a role that says where it
came from ("article country"), so the inference is visible. People without an office, and
organisations the tables do not know ("Free Press", "Colony NorthStar"), need stronger
evidence: a larger share of more mentions (a former president in a short story about China
is not Chinese). International bodies keep having no country. A story filed from another
country than its actors' majority ("WASHINGTON - ... arms sales to Iran") gives none: its
unplaced officials are as likely the dateline's as the majority's, unless the dateline's
country has no actors in it ("NICOSIA - Iran's oil minister said ...").
"""

from __future__ import annotations

from collections import Counter

from eventscribe.actors.nations import home_country
from eventscribe.article import Actor, ActorMention, Article, Role

# Share of the article's country mentions its main country must hold, and how many mentions.
MAJORITY, MIN_MENTIONS = 0.6, 3
STRONG_MAJORITY, STRONG_MIN_MENTIONS = 0.7, 4  # for actors without an office
GROUP_CODES = frozenset({"IGO", "NGO", "MNC"})
SOURCE = "article country"


def country_counts(article: Article) -> Counter[str]:
    counts: Counter[str] = Counter()
    spans: dict[str | None, set[tuple[int, int]]] = {}
    for m in article.mentions:
        spans.setdefault(m.actor_id, set()).add((m.start, m.end))
    for mention in article.mentions:
        if _nested(mention, spans[mention.actor_id]):
            continue  # "CEO" of "SeaMicro CEO": one naming of the person, counted once
        actor = article.actors.get(mention.actor_id or "")
        if actor is not None and actor.country and actor.country not in GROUP_CODES:
            counts[actor.country] += 1
    return counts


def _nested(mention: ActorMention, spans: set[tuple[int, int]]) -> bool:
    """Inside a longer naming of the same actor (`spans`: that actor's mentions)."""
    return any(s <= mention.start and mention.end <= e
               and (s, e) != (mention.start, mention.end) for s, e in spans)  # fmt: skip


def main_country(counts: Counter[str], share: float, least: int) -> str | None:
    """The country most of the article's actor mentions belong to, when it holds a clear
    majority (`share`) of at least `least` of them."""
    if sum(counts.values()) < least:
        return None
    country, n = counts.most_common(1)[0]
    return country if n >= share * sum(counts.values()) else None


def assign_home_country(article: Article) -> None:
    counts = country_counts(article)
    office = main_country(counts, MAJORITY, MIN_MENTIONS)
    filed = home_country(article)
    if office is None or filed not in (None, office) and counts[filed]:
        return  # (a listening post with no actors of its own, "NICOSIA - Iran said ...", does not count)
    strong = main_country(counts, STRONG_MAJORITY, STRONG_MIN_MENTIONS)
    for actor in article.actors.values():
        if actor.country is not None or not _may_be_national(actor):
            continue
        country = office if actor.kind == "person" and actor.sector else strong
        if country is not None:
            _assign(actor, country, article.id)


def _may_be_national(actor: Actor) -> bool:
    if actor.kind not in ("person", "organization"):
        return False
    international = (actor.code or "")[:3] in GROUP_CODES | {"IMG"}
    return not international and actor.sector not in ("IGO", "NGO")


def _assign(actor: Actor, country: str, article_id: str) -> None:
    actor.country = country
    actor.code = f"{country}{actor.sector or ''}"
    actor.roles.append(Role(title=actor.role, country=country, sector=actor.sector,
                            code=actor.code, source=SOURCE, article_id=article_id))  # fmt: skip


def article_country(counts: Counter[str], dateline: str | None) -> str | None:
    """The country of a collective the article names with no country ("police said"): the
    dateline's, else the clear majority of the article's actors' countries."""
    return dateline or main_country(counts, MAJORITY, MIN_MENTIONS)
