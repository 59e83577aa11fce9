"""An office holder the text gives no country is, in an article about one country, of it.

Domestic political news names its officials without their nationality: "Senator Mark
Warner", "the prosecutor", "a ministry spokeswoman". When one country holds a clear majority
of the article's (at least three) mentions of actors with a country, a person with an office
(a sector from the title) and no country takes that country, with a role that says where it
came from ("article country"), so the inference is visible. People without an office are
left alone: a former president in a story about China is not Chinese.
"""

from __future__ import annotations

from collections import Counter

from eventscribe.article import Article, Role

# Share of the article's country mentions its main country must hold.
MAJORITY = 0.6
MIN_MENTIONS = 3
GROUP_CODES = frozenset({"IGO", "NGO", "MNC"})
SOURCE = "article country"


def main_country(article: Article) -> str | None:
    """The country most of the article's actor mentions belong to, when it holds a clear
    majority of them."""
    counts: Counter[str] = Counter()
    for mention in article.mentions:
        actor = article.actors.get(mention.actor_id or "")
        if actor is not None and actor.country and actor.country not in GROUP_CODES:
            counts[actor.country] += 1
    if sum(counts.values()) < MIN_MENTIONS:
        return None
    country, n = counts.most_common(1)[0]
    return country if n >= MAJORITY * sum(counts.values()) else None


def assign_home_country(article: Article) -> None:
    country = main_country(article)
    if country is None:
        return
    for actor in article.actors.values():
        if actor.kind != "person" or actor.country is not None or actor.sector is None:
            continue
        actor.country = country
        actor.code = f"{country}{actor.sector or ''}"
        actor.roles.append(Role(title=actor.role, country=country, sector=actor.sector,
                                code=actor.code, source=SOURCE, article_id=article.id))  # fmt: skip
