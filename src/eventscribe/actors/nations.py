"""Which country the words of a phrase name: a modifier ("Iran's", "North Korean"), a place
("Gaza" is in PSE), a dateline ("WASHINGTON (Reuters) -"); and the CAMEO code of a
country's sector ("IRN" + "GOV")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from eventscribe.actors import knowledge
from eventscribe.actors.phrases import Phrase, entity_tokens, plain
from eventscribe.article import Article
from eventscribe.syntax import entity_span, span_text

# A country's sector as an actor's name: "Russia military", "Ukraine armed groups".
SECTOR_NAMES = {**knowledge.SECTOR_LABELS, "PTY": "party", "UAF": "armed groups"}


def modifier_country(words: list[Any]) -> str | None:
    """The country named by modifiers: "Iran's", "Iranian", "North Korean" (the longest run
    of words that names one), a seat of its government ("Kremlin"), "Gaza" (a place in PSE)."""
    tokens = [t for t in words if t.pos_ not in ("PUNCT", "DET", "PART") and not _hyphenated_origin(t)]
    places = [t for t in tokens if t.ent_type_ == "GPE" or _untagged_place(t)]  # "North Korea's": the whole place
    return (
        _first_named(tokens, _country_code)
        or _first_named(tokens, _seat_country)  # "Kremlin spokesman", "White House spokeswoman"
        or _first_named(places, place_country)
    )


def _untagged_place(token: Any) -> bool:
    """A sizeable place's own name the tagger left untagged: "Kharkiv residents" (not an
    alternate name that is an English word: "Chair", Cair in Skopje)."""
    if token.pos_ != "PROPN" or token.ent_type_ or not token.is_title or not is_place_name(token.text):
        return False
    return any(reading.matched == "name" for reading in _own_readings(token.text)[:1])


def _first_named(tokens: list[Any], lookup: Callable[[str], str | None]) -> str | None:
    """What `lookup` gives the first run of adjacent tokens it knows, longest runs first."""
    for start in range(len(tokens)):
        if _inside_a_name(tokens, start):
            continue  # "Jersey" of "New Jersey Governor": a name begins with its first word
        for run in runs_from(tokens, start):
            found = lookup(" ".join(t.text for t in run))
            if found:
                return found
    return None


def _inside_a_name(tokens: list[Any], start: int) -> bool:
    token = tokens[start]
    return start > 0 and token.ent_iob_ == "I" and tokens[start - 1].i == token.i - 1


def _country_code(name: str) -> str | None:
    country = knowledge.country_by_name(name)
    return country.iso3 if country is not None else None


def _seat_country(name: str) -> str | None:
    seat = knowledge.seat_of_government(name)
    return seat[0] if seat is not None else None


def _hyphenated_origin(token: Any) -> bool:
    """ "Georgian-American": the first of two hyphenated demonyms is an origin; the second
    is the nationality ("Iranian-backed" keeps Iran)."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-" or token.whitespace_:
        return False
    after = doc[token.i + 2]
    return not doc[token.i + 1].whitespace_ and knowledge.country_by_name(after.text) is not None


def runs_from(tokens: list[Any], start: int, longest: int = 4) -> Iterator[list[Any]]:
    """Adjacent tokens from `start`, the longest run first."""
    end = start + 1
    while end < len(tokens) and end - start < longest and tokens[end].i == tokens[end - 1].i + 1:
        end += 1
    for stop in range(end, start, -1):
        yield tokens[start:stop]


def place_country(name: str) -> str | None:
    """The country of a named place: "Gaza" -> PSE (Gaza authorities are Palestinian)."""
    from eventscribe.where.gazetteer import load_gazetteer

    place = load_gazetteer().resolve(name)
    return place.country if place is not None else None


def qualified_country(token: Any) -> str | None:
    """The country of a place name that a comma and the state, county or country it lies in
    follow, as news writes towns that share a name: "Lebanon, Ohio" (not the country),
    "Wellington, Somerset" (not New Zealand's capital), "Albany, Georgia"."""
    from eventscribe.where.context import qualifying_area
    from eventscribe.where.gazetteer import load_gazetteer

    name = entity_span(token)
    doc = token.doc
    if name.end + 1 >= len(doc) or doc[name.end].text != ",":
        return None
    after = doc[name.end + 1]
    if after.pos_ != "PROPN" or not after.is_title:
        return None
    gazetteer = load_gazetteer()
    area = qualifying_area(gazetteer.ranked(name.text), gazetteer.ranked(entity_span(after).text))
    return area.country if area is not None else None


# A town this populous, named by one of its names, is a place and no person or company;
# so is every country, region and capital ("Kyiv", "Kiev", "Crimea", "Bakhmut").
PLACE_POPULATION = 50_000
PLACE_KINDS = frozenset({"country", "admin1", "capital", "region"})


@lru_cache(maxsize=1 << 14)
def _own_readings(name: str) -> tuple[Any, ...]:
    """The gazetteer's three best readings of a name that spell it (not a near spelling)."""
    from eventscribe.where.gazetteer import load_gazetteer

    return tuple(c for c in load_gazetteer().ranked(name)[:3] if c.matched != "variant")


def is_place_name(name: str) -> bool:
    """Whether the name is a sizeable place's (not a near spelling of one): the tagger's
    person "Marseilles" or organization "Crimea" is a place, where something happens (the
    place stage's), not who does it."""
    return any(c.kind in PLACE_KINDS or c.population >= PLACE_POPULATION for c in _own_readings(name))


def home_country(article: Article) -> str | None:
    """The country the story is filed from: "WASHINGTON (Reuters) -" gives USA, as does
    "WEST PALM BEACH, Fla./WASHINGTON"; "NEW YORK/LONDON" gives none."""
    dateline = article.dateline
    if not dateline:
        return None
    # "WASHINGTON/NEW YORK": filed from two places, of one country when those known agree.
    found = {_place_country(place) for place in dateline.split("/")} - {None}
    return found.pop() if len(found) == 1 else None


def _place_country(place: str) -> str | None:
    """ "WASHINGTON", "LVIV, Ukraine" (the country named after the comma), "Lowell, Mass."."""
    seat = knowledge.seat_of_government(place)
    if seat is not None:
        return seat[0]
    found = place_country(place)
    city, _, region = (part.strip() for part in place.partition(","))
    if found is not None or not region:
        return found
    country = knowledge.country_by_name(region)  # "LVIV, Ukraine"; "Paris, Texas": the state's
    return country.iso3 if country is not None else place_country(region) or place_country(city)


# Names of a country, continent or region: no one's surname when they stand alone ("trip to
# Europe", "Jordan said"), though dictionary people carry them.
REGION_KINDS = frozenset({"country", "continent", "region"})


def is_region_name(name: str) -> bool:
    """Whether the name is, by its own spelling, a country's, a continent's or a region's."""
    return any(c.kind in REGION_KINDS for c in _own_readings(name))


def name_forms(phrase: Phrase) -> list[str]:
    """Texts to look up, most specific first: the phrase, its entity, its head."""
    return [text for text, _ in name_forms_with_tokens(phrase)]


NAME_LABELS = ("ORG", "GPE", "NORP", "LOC")  # entities that may name an actor


def name_forms_with_tokens(phrase: Phrase) -> list[tuple[str, list[Any]]]:
    forms = [(plain(phrase.text), phrase.tokens)]
    label = phrase.head.ent_type_  # the one label whose entity can end at the head
    tokens = entity_tokens(phrase, label) if label in NAME_LABELS else []
    if tokens:
        forms.append((span_text(tokens), tokens))
    forms.append((phrase.head.text, [phrase.head]))
    seen: dict[str, list[Any]] = {}
    for text, tokens in forms:
        seen.setdefault(text, tokens)
    return list(seen.items())


def is_country_name(phrase: Phrase) -> bool:
    return any(knowledge.country_by_name(text) for text in name_forms(phrase))


def country_name(iso3: str) -> str:
    found = knowledge.country(iso3)
    return found.name if found else iso3


def cameo_code(country: str | None, sector: str | None) -> str | None:
    if not country:
        return sector
    return f"{country}{sector or ''}" if country != "IGO" else f"IGO{sector or ''}"
