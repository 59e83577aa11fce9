"""A common institution word is no organisation's name across articles: "the House" of a
Washington story and "the House" of an Ottawa story are two bodies, "the Bank" is the Bank of
England in one story and the Bank of France in the next.

After resolution, an organization keyed by such a word alone ("org:house") takes the key of
the fuller name the article gave it ("Bank of England" -> "org:bank-of-england"), else, when
it has a country (its own, else the dateline's, else the article's majority), becomes that
country's body; so does an
organization named by a country and such a word ("U.S. Congress": "body:usa:congress") ("body:usa:house", "United States House").
Without either it keeps its key: nothing tells which body it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventscribe.actors import knowledge, names
from eventscribe.actors.home import article_country, country_counts
from eventscribe.actors.nations import cameo_code, country_name, home_country
from eventscribe.actors.rekey import rename_actors
from eventscribe.article import Actor, Article


@lru_cache(maxsize=1)
def common_institutions() -> frozenset[str]:
    """Folded words naming a body of any country: the data file's and sectors.tsv's bodies."""
    words = set(_institution_rows())
    words |= {s.word for s in knowledge.sectors() if s.kind == "body" and " " not in s.word}
    return frozenset(names.fold(w) for w in words)


@lru_cache(maxsize=1)
def _institution_rows() -> dict[str, str | None]:
    """The data file's words, with the sector a word stands for where it gives one."""
    rows = [line.split() for line in knowledge.data_lines("common_institutions.txt")]
    return {row[0]: (row[1] if len(row) > 1 else None) for row in rows}


def is_common_institution(name: str) -> bool:
    """ "House", "the Treasury", "CONGRESS": an institution word alone."""
    words = [w for w in name.split() if w.lower() != "the"]
    return len(words) == 1 and names.fold(words[0]) in common_institutions()


def localize_institutions(article: Article) -> None:
    """Re-key the article's organizations named by a common institution word alone."""
    renamed: dict[str, str] = {}
    home: list[str | None] = []  # the story's country, looked up once when needed
    for actor in article.actors.values():
        chamber = _chamber_id(actor) if actor.kind == "body" else None
        if chamber is not None:
            renamed[actor.id] = chamber
        if actor.kind == "body" and (generic := _generic_body(actor)):
            # "Foreign Ministry" given the dateline's country: the minister its sentence names
            # says whose it is ("Armenian Foreign Minister ..., the Foreign Ministry said")
            country = _portfolio_country(article, actor)
            if country is not None and country != actor.country:
                actor.country, actor.code = country, cameo_code(country, actor.sector)
                renamed[actor.id] = f"body:{country.lower()}:{generic}"
        if actor.kind != "organization":
            continue
        owned = _owned_institution(actor.name)  # "U.S. Congress"
        if owned is not None:
            country, word = owned
            actor.country, actor.code = country, actor.code or country
            renamed[actor.id] = _national(actor, None, word) or actor.id
            continue
        if _generic_party(actor):  # "Socialist Party" is Spain's in one story, Italy's in the next
            if not home:
                home.append(_story_country(article))
            country = actor.country or home[0]
            if country and country not in ("IGO", "NGO"):
                actor.country, actor.sector = country, "PTY"
                actor.code = cameo_code(country, "PTY")
                renamed[actor.id] = f"org:{country.lower()}-{actor.id.partition(':')[2]}"
            continue
        generic = _generic_body(actor)  # "the Finance Ministry", "the Central Bank"
        if not (generic or is_common_institution(actor.id.partition(":")[2])):
            continue
        if not home:
            home.append(_story_country(article))
        if generic:
            words = actor.name.lower().removeprefix("the ").split()
            sector = knowledge.sector_by_word(" ".join(words)) or knowledge.sector_by_word(words[-1])
            actor.sector = actor.sector or (sector.code if sector is not None else None)
            new_id = _national(actor, _portfolio_country(article, actor) or home[0], generic)
            if new_id is not None and actor.country:  # "Germany Finance Ministry", DEUGOV
                actor.name = f"{country_name(actor.country)} {actor.name.removeprefix('the ')}"
                actor.code = cameo_code(actor.country, actor.sector) if actor.sector else actor.code
        else:
            new_id = _specific(actor) or _of_a_world_body(article, actor) or _national(actor, home[0])
        if new_id is not None and new_id != actor.id:
            renamed[actor.id] = new_id
    rename_actors(article, renamed)


# A chamber's full name and the word news calls it by alone are one body: "the House of
# Representatives" is "the House" (in every state whose lower house has that name).
CHAMBER_WORDS = {"house-representatives": "house"}


def _chamber_id(actor: Actor) -> str | None:
    """The id of a chamber's one-word name, for a body named by its full name."""
    country, _, key = actor.id.removeprefix("body:").partition(":")
    word = CHAMBER_WORDS.get(key)
    return f"body:{country}:{word}" if word else None


def _specific(actor: Actor) -> str | None:
    """The key of the longest form that is a fuller name ("Bank of England"), and that name."""
    fuller = [f for f in actor.forms if not is_common_institution(f) and _names_it(f, actor)]
    if not fuller:
        return None
    actor.name = max(fuller, key=lambda f: (len(f), f))
    return f"org:{names.org_key(actor.name)}"


def _of_a_world_body(article: Article, actor: Actor) -> str | None:
    """The body of a world body the article names that bears the word ("EC Commission" is
    the European Commission): "the Commission" of a story of the European Community filed
    from Brussels is the Commission, not Belgium's; the actor takes its name and code."""
    word = " ".join(w for w in actor.name.split() if w.lower() != "the")
    for other in article.actors.values():
        known = knowledge.organization_by_name(other.name) if other.sector == "IGO" else None
        for short in (known.name, *known.aliases) if known is not None else ():
            body = knowledge.organization_by_name(f"{short} {word}")
            if body is not None and body.sector == "IGO" and body.id != known.id:
                actor.name, actor.country, actor.sector, actor.code = (
                    body.name, body.country, body.sector, body.code)  # fmt: skip
                return f"org:{names.org_key(body.name)}"
    return None


def _names_it(form: str, actor: Actor) -> bool:
    """A form that is a proper name holding the institution word: "House of Commons"."""
    word = actor.id.partition(":")[2]
    words = form.split()
    if HELD_BY.match(words[0]):
        return False  # "Democratic-controlled House": who holds it, then the word alone
    return not form.isupper() and words[0][:1].isupper() and word in map(names.fold, words)


HELD_BY = re.compile(r"\w+-\w+ed$")  # "Democratic-controlled", "Republican-led"


def _national(actor: Actor, home: str | None, word: str | None = None) -> str | None:
    """The body of the actor's country, else of the story's ("LONDON - The House")."""
    if actor.country is None and home is not None:
        actor.country, actor.code = home, home
    if not actor.country or actor.country in ("IGO", "NGO"):
        return None
    word = word or actor.id.partition(":")[2]
    actor.kind = "body"
    sector = knowledge.sector_by_word(word) if actor.sector is None else None
    if sector is not None and sector.kind == "body":  # "Senate": the legislature
        actor.sector, actor.code = sector.code, cameo_code(actor.country, sector.code)
    elif actor.sector is None and (code := _institution_rows().get(word)) is not None:
        actor.sector, actor.code = code, cameo_code(actor.country, code)  # "the House"
    if word == names.fold(actor.name):
        actor.name = f"{country_name(actor.country)} {actor.name}"
    return f"body:{actor.country.lower()}:{word}"


# The words of party names many countries' parties bear ("Social Democratic Party").
PARTY_NAME_WORDS = frozenset({
    "social", "socialist", "democratic", "democrat", "christian", "communist", "labour",
    "labor", "conservative", "liberal", "green", "greens", "national", "nationalist",
    "people", "people's", "peoples", "popular", "progressive", "workers", "workers'",
    "republican", "radical", "united", "unity", "centre", "center", "free", "new", "union",
    "reform", "justice", "development", "renewal", "independence", "revolutionary",
    "federal", "front", "movement", "alliance", "left", "right", "opposition", "the",
})  # fmt: skip


# Words of a state body's portfolio ("Finance Ministry", "Central Bank", "Trade Department").
PORTFOLIO_WORDS = frozenset({
    "finance", "foreign", "trade", "economy", "economic", "interior", "defence", "defense",
    "justice", "health", "agriculture", "agricultural", "industry", "labour", "labor", "central",
    "national", "state", "treasury", "energy", "oil", "petroleum", "commerce", "education",
    "information", "planning", "transport", "communications", "mines", "mining", "environment",
    "fisheries", "tourism", "culture", "home", "public", "works", "social", "affairs",
    "internal", "external", "international", "monetary", "reserve", "war", "navy", "army",
    "supreme", "constitutional", "high", "federal", "the",
})  # fmt: skip


def _generic_body(actor: Actor) -> str | None:
    """The key of a state body named by its portfolio and an institution word alone ("Finance
    Ministry" -> "finance-ministry"), which every state has: of the story's country."""
    words = actor.name.lower().split()
    if len(words) < 2 or names.fold(words[-1]) not in common_institutions():
        return None
    if not all(w in PORTFOLIO_WORDS for w in words[:-1]) or knowledge.organization_by_name(actor.name):
        return None
    return names.slug(" ".join(w for w in words if w != "the"))


def _portfolio_country(article: Article, body: Actor) -> str | None:
    """The country of the one minister of the body's portfolio a sentence naming the body
    names ("Russian Defence Minister Sergei Shoigu congratulated the troops, the defence
    ministry said"), in a story of several countries' ministries."""
    portfolio = [w for w in body.name.lower().split()[:-1] if w != "the"]
    sentences = {m.sentence for m in article.mentions if m.actor_id == body.id}
    holders = {m.actor_id for m in article.mentions if m.sentence in sentences}
    countries = {
        actor.country for actor in (article.actors.get(i) for i in holders)
        if actor is not None and actor.kind == "person" and actor.country and actor.role
        and "minister" in actor.role and all(w in actor.role for w in portfolio)
    }  # fmt: skip
    return countries.pop() if len(countries) == 1 else None


def _generic_party(actor: Actor) -> bool:
    """A party named by words that many countries' parties bear and that the organization
    table does not know as one: its name says nothing of whose it is."""
    words = actor.name.lower().split()
    if len(words) < 2 or words[-1] != "party" or knowledge.organization_by_name(actor.name):
        return False
    return all(w in PARTY_NAME_WORDS for w in words[:-1])


def _story_country(article: Article) -> str | None:
    """The dateline's country, else the clear majority of the article's actors' countries."""
    return article_country(country_counts(article), home_country(article))


def _owned_institution(name: str) -> tuple[str, str] | None:
    """(country, word) of a country's name or adjective before an institution word alone:
    "U.S. Congress" -> ("USA", "congress"), "British Parliament" -> ("GBR", "parliament")."""
    words = name.replace("'s ", " ").split()
    if len(words) < 2 or not is_common_institution(words[-1]):
        return None
    country = knowledge.country_by_name(" ".join(words[:-1]))
    return (country.iso3, names.fold(words[-1])) if country is not None else None
