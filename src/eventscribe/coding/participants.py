"""Who took part in an act of violence or unrest when the text names no actor the actors
stage resolved: generic groups ("police", "gunmen", "protesters", "five people"), places
that are hit ("shelled Kharkiv", "a strike on a house") and bare counts ("kills three").

A generic participant is an `ActorRef` of a sector (`sector:<ISO3>:<SECTOR>`): its sector
from the agent nouns of data/actors/sectors.tsv or data/violence/participants.tsv, its
country from a modifier ("Afghan police") when there is one. The country of a participant
the sentence leaves open is filled after the place stage (`coding/countries.py`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from eventscribe.actors import knowledge
from eventscribe.actors.names import slug
from eventscribe.actors.nations import qualified_country
from eventscribe.actors.phrases import entity_text
from eventscribe.article import ActorRef

ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SPY", "PKO", "COP"})
NON_STATE_ARMED = frozenset({"REB", "INS", "UAF"})
# Quantities and groups that stand before the people they count: "hundreds of protesters".
# Nouns that hold a volley of weapons or acts: "a wave of missiles", "a barrage of rockets".
SALVOS = frozenset({"wave", "barrage", "salvo", "volley", "hail", "series", "string", "spate",
                    "flurry", "round", "swarm"})  # fmt: skip
QUANTITY_NOUNS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
                            "scores", "score", "tens", "group", "number", "crowd", "band",
                            "handful", "lot", "million", "millions", "some", "many",
                            "several", "all", "each", "one", "two", "three", "members",
                            "member", "unit", "units", "contingent", "squad"})  # fmt: skip
SECTOR_NAMES = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary",
    "LEG": "legislators", "OPP": "protesters", "REB": "rebels", "INS": "insurgents",
    "UAF": "armed group", "PTY": "party members", "MED": "journalists", "CVL": "civilians",
    "BUS": "business", "REF": "refugees", "EDU": "education", "LAB": "workers",
    "NGO": "aid workers", "SPY": "intelligence", "PKO": "peacekeepers", "REL": "religious group",
    "HLH": "health workers",
}  # fmt: skip
HOLDER_DEPS = frozenset({"compound", "amod", "poss"})  # how a noun names a facility's holder
# Directions that place a thing: "a base north of Mosul".
DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                        "southwest"})  # fmt: skip
CROWD_COUNTS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions"})
# Things that are a weapon by their modifier: "explosive device", "bomb-laden vehicle".
CARRIED_WEAPONS = frozenset({"device", "vehicle", "car", "truck", "motorcycle", "motorbike",
                             "package", "parcel", "vest", "belt", "round"})  # fmt: skip
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
MIN_UNTAGGED_TOWN = 10_000  # people: a proper noun the tagger did not call a place


@dataclass(frozen=True, slots=True)
class Kind:
    sector: str
    kind: str  # people, facility, armed, agent (from the actor dictionaries)


@lru_cache(maxsize=1)
def _participant_words() -> dict[str, Kind]:
    return {word: Kind(*row) for word, row in knowledge.generic_participants().items()}


@lru_cache(maxsize=1)
def _weapons() -> dict[str, str]:
    path = resources.files("eventscribe") / "data" / "violence" / "weapons.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {word: code for word, code in rows}


def weapon_code(token: Any) -> str | None:
    """The CAMEO code a weapon word gives an act of force: "mortars" 194, "drone" 1952; a
    vehicle by its modifier ("bomb-laden car" 183) or with it ("armoured vehicle" 194)."""
    lemma = token.lemma_.lower()
    found = _weapons().get(lemma) or _weapons().get(token.lower_)
    if found is None and lemma in CARRIED_WEAPONS:
        for child in token.children:
            if child.dep_ in ("amod", "compound") and child.i < token.i:
                found = found or _weapons().get(child.lemma_.lower()) or _weapons().get(child.lower_)
                found = found or _weapons().get(f"{child.lower_} {lemma}")
    return found


def means_code(word: Any) -> str | None:
    """The code of the weapon a word names, itself or counted: "dozens of drones" 1952."""
    return weapon_code(counted(word))


# Ranks that are adjectives too: "a general strike", "a major attack", "private security".
RANK_ADJECTIVES = frozenset({"general", "major", "private"})


def kind_of(token: Any, *, modifier: bool = False) -> Kind | None:
    """What a noun names as a participant: the actor dictionaries' agent nouns first.
    A modifier may be an adjective: "separatist forces"."""
    lemma = token.lemma_.lower()
    words = _participant_words()
    own = words.get(lemma) or words.get(token.lower_) or words.get(_singular(token.lower_))
    if own is not None and own.kind != "people":
        return own
    adjective = modifier and token.pos_ == "ADJ" and token.lower_ not in RANK_ADJECTIVES
    if token.pos_ in ("NOUN", "PROPN") or adjective:
        sector = knowledge.sector_by_word(token.lower_) or knowledge.sector_by_word(lemma)
        if sector is not None:
            return Kind(sector.code, "agent")
    return own


def _singular(word: str) -> str:
    """ "bases" (which the lemmatizer makes "basis"), "barracks" stays."""
    if word.endswith("es") and word[:-2] in _participant_words():
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def is_armed(token: Any) -> bool:
    """An armed group named by its noun ("troops", "gunmen") or by the organisation's name."""
    found = kind_of(token)
    if found is not None and found.sector in ARMED_SECTORS and found.kind != "facility":
        return True
    if token.pos_ != "PROPN":
        return False
    text = entity_text(token) if token.ent_type_ else token.text
    org = knowledge.organization_by_name(text) or knowledge.organization_by_name(token.text)
    return org is not None and org.sector in ("REB", "INS", "UAF", "MIL")


# Heads of names of bodies that oversee arms without bearing them: "Senate Intelligence
# Committee", "House Armed Services Committee", "Defense Department".
OVERSIGHT_BODIES = frozenset({"committee", "subcommittee", "department", "ministry", "agency",
                              "council", "commission", "panel", "caucus", "office", "bureau",
                              "secretary", "minister", "director", "chief", "budget", "bill",
                              "act", "law", "community", "official", "officials"})  # fmt: skip


def names_arms(words: Any) -> bool:
    """Whether any of the words (a sentence, say) names an armed group, not as a word of a
    body's name or title ("Senate Intelligence Committee", "intelligence officials")."""
    return any(is_armed(w) and not _names_a_body(w) for w in words)


def _names_a_body(word: Any) -> bool:
    head = word
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    return head.i != word.i and head.lower_ in OVERSIGHT_BODIES or head.lemma_.lower() in OVERSIGHT_BODIES


def counted(token: Any) -> Any:
    """The counted noun of a quantity: "hundreds of protesters" -> protesters; and the
    thing a direction places, which headlines' parses hang on the direction: "destroy a
    site west of Anbar" read as "site west" (the direction is where, not what is hit)."""
    if token.lower_ in QUANTITY_NOUNS or token.like_num:
        counted_noun = of_object(token)
        if counted_noun is not None:
            return counted(counted_noun)
    if token.lower_ in DIRECTIONS and of_object(token) is not None:
        placed = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if placed:
            return placed[-1]
    return token


def of_object(word: Any) -> Any:
    """The object of the word's "of": "hundreds of protesters", "the outskirts of Aleppo"."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def organization_ref(token: Any, *, phrase: bool = False) -> ActorRef | None:
    """An armed group or other organisation the knowledge base names: "Taliban", "Houthis".
    With `phrase`, the words from the token's left edge name it too ("Islamic State" as a
    modifier in a stacked headline)."""
    if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper():
        return None
    text = entity_text(token) if token.ent_type_ else token.text
    org = knowledge.organization_by_name(text) or knowledge.organization_by_name(token.text)
    if org is None and phrase:
        org = knowledge.organization_by_name(token.doc[token.left_edge.i : token.i + 1].text)
    return _organization_ref(org, token) if org is not None else None


def _organization_ref(org: Any, token: Any) -> ActorRef:
    return ActorRef(
        id=f"org:{slug(org.name)}", name=org.name, country=org.country or None,
        sector=org.sector, text=token.text, start=token.idx, end=token.idx + len(token.text),
        code=org.code,
    )  # fmt: skip


def generic_ref(token: Any, country: str | None = None) -> ActorRef | None:
    """A sector participant for a noun that names people, an armed group or a facility."""
    word = counted(token)
    if word.pos_ == "NUM" or (word.like_num and not list(word.children)) or word.lower_ in CROWD_COUNTS:
        return make_ref("CVL", country or modifier_country(word), word)  # "kills three", "thousands"
    found = kind_of(word, modifier=word.dep_ == "amod")  # "a rebel attack": the rebels
    if found is None and any(c.dep_ == "amod" and c.lower_ == "armed" for c in word.children):
        found = Kind("UAF", "armed")  # "rival armed groups", "armed men"
    if found is None and _a_people(word):
        found = Kind("CVL", "people")  # "Kurds protested", "Tamils marched"
    if found is None:
        return None
    holder = armed_holder(word) if found.kind == "facility" else None
    if holder is not None:
        return holder
    sector = _modifier_sector(word, found) or found.sector
    country = country or modifier_country(word)
    if country is None and found.kind == "facility":
        country = _site_country(word)
    return make_ref(sector, country, word)


def armed_holder(facility: Any) -> ActorRef | None:
    """The armed organisation a facility's modifier or possessor names as its holder:
    "a Taliban base", "Boko Haram camps", "Islamic State positions", "al-Shabaab's
    hideout". What such a group holds stands for the group when it is hit, as a country's
    towns stand for the country."""
    modifiers = [c for c in facility.children if c.dep_ in HOLDER_DEPS and c.i < facility.i]
    found = [r for c in modifiers if c.dep_ != "amod" and (r := organization_ref(c, phrase=True))]
    if not found and modifiers:  # "Islamic State positions" parsed as two modifiers
        words = facility.doc[modifiers[0].left_edge.i : facility.i]
        org = knowledge.organization_by_name(words.text.removesuffix("'s").removesuffix("’s"))
        found = [_organization_ref(org, words[-1])] if org is not None else []
    return next((r for r in found if r.sector in NON_STATE_ARMED), None)


def _site_country(facility: Any) -> str | None:
    """Where a facility is: "the jetty at Iran's Kharg terminal", "the port of Odesa"."""
    for prep in facility.children:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "in", "on", "near"):
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                country = qualified_country(place) or modifier_country(place) or place_country(place)
                if country is not None:
                    return country
    return None


def _a_people(word: Any) -> bool:
    """A people the tagger names (NORP) that no country's demonym is: "Kurds", "Tamils"."""
    return (
        word.ent_type_ == "NORP" and word.pos_ in ("NOUN", "PROPN")
        and knowledge.country_by_name(word.text) is None
    )  # fmt: skip


def _modifier_sector(word: Any, head: Kind) -> str | None:
    """ "army positions", "police station": a facility is its owner's. "separatist forces",
    "rebel fighters": a non-state armed modifier outranks the head ("government troops"
    stay troops)."""
    modifiers = [c for c in word.children if c.dep_ in ("compound", "amod", "poss") and c.i < word.i]
    if head.kind == "facility":  # "a military communications station": the modifier's modifier
        modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.children
                      if g.dep_ in ("amod", "compound") and g.i < c.i]  # fmt: skip
    for child in modifiers:
        found = kind_of(child, modifier=True)
        if found is None or found.kind == "facility" and (head.kind != "facility" or found.sector == "CVL"):
            continue  # but "parliament building" is the legislature's
        if head.kind == "facility" or found.sector in NON_STATE_ARMED and head.kind not in ("crowd", "people"):
            return found.sector  # "Islamist supporters" stay people
    return None


def modifier_country(word: Any) -> str | None:
    """The country of a modifier or possessor: "Afghan police", "Syria's army", of a
    modifier's modifier: "the Greek tanker Avaj" (Greek modifies tanker), and of an owner
    or flag a hyphenated modifier names: "a British-owned tanker", "a Greek-flagged ship"."""
    for child in word.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < word.i:
            # ("New Jersey operations": the whole name the word ends, not Jersey)
            name = entity_text(child) if child.ent_iob_ == "I" else child.text
            country = knowledge.country_by_name(name)
            if country is not None:
                return country.iso3
            inner = modifier_country(child) if child.dep_ == "compound" and child.pos_ == "NOUN" else None
            inner = inner or (_owner_country(child) if child.lower_ in OWNING_PARTICIPLES else None)
            if inner is not None:
                return inner
    return None


# Participles a country's name joins with a hyphen to say whose a thing is.
OWNING_PARTICIPLES = frozenset({"owned", "flagged", "operated", "registered", "linked",
                                "controlled", "run", "backed", "managed"})  # fmt: skip


def _owner_country(participle: Any) -> str | None:
    """ "British" of "British-owned" (the parse makes it the participle's modifier)."""
    for child in participle.children:
        if child.i < participle.i and child.dep_ in ("npadvmod", "amod", "compound", "nmod"):
            country = knowledge.country_by_name(child.text)
            if country is not None:
                return country.iso3
    return None


def place_country(token: Any, *, trust_tagger: bool = True) -> str | None:
    """The country of a place ("Kharkiv", "Khan Younis"), from the gazetteer. The small
    tagger often calls a town a product or an organisation: a proper noun that no one
    names as a person counts when the gazetteer knows it as a town of some size (where the
    syntax says it is a place, `trust_tagger=False`, a person's tag does not count)."""
    if token.ent_type_ in ("NORP", "DATE", "CARDINAL") or (trust_tagger and token.ent_type_ == "PERSON"):
        return None
    if token.ent_type_ not in PLACE_ENTITIES and token.pos_ != "PROPN":
        return None
    qualified = qualified_country(token)  # "Lebanon, Ohio": no country named Lebanon
    if qualified is not None:
        return qualified
    text = _place_name(token)
    named = knowledge.country_by_name(text)
    if named is not None:
        return named.iso3
    from eventscribe.where.gazetteer import load_gazetteer

    found = load_gazetteer().lookup(text)
    if not found:
        return None
    best = found[0]
    if token.ent_type_ in PLACE_ENTITIES or (best.population or 0) >= MIN_UNTAGGED_TOWN:
        return best.country
    return None


def country_ref(iso3: str, text: str, start: int, end: int) -> ActorRef:
    """The country `iso3` as a participant, named in the text by `text` at start..end."""
    country = knowledge.country(iso3)
    return ActorRef(
        id=f"country:{iso3}", name=country.name if country else iso3, country=iso3,
        sector=None, text=text, start=start, end=end, code=iso3,
    )  # fmt: skip


def place_ref(token: Any, *, trust_tagger: bool = True) -> ActorRef | None:
    """A place that is hit stands for its country: "shelled Kharkiv" acts on Ukraine."""
    iso3 = place_country(token, trust_tagger=trust_tagger)
    if iso3 is None:
        return None
    return country_ref(iso3, _place_name(token), token.idx, token.idx + len(token.text))


def _place_name(token: Any) -> str:
    """The name a place word is part of; a time or a number the tagger ran into it ("Kyiv
    overnight") is no part of it."""
    return token.text if token.ent_type_ in ("TIME", "QUANTITY") else entity_text(token)


def places_as_countries(words: list[Any], named: Any) -> list[ActorRef]:
    """The countries of the words no actor names (`named(word)` gives its actors) that the
    syntax puts as places, whatever the tagger calls them: "arrived in Kyiv" (a PERSON to
    the small model), "recalled its ambassador from Niamey"."""
    return [r for w in words if not named(w) and (r := place_ref(w, trust_tagger=False)) is not None]


def owner_ref(word: Any) -> ActorRef | None:
    """A thing hit stands for the country that owns it: "Iran's offshore oilfields", "an
    Iraqi oil terminal", "the Iranian tanker"."""
    iso3 = modifier_country(word) or _of_place_country(word)
    if iso3 is None:
        return None
    phrase = word.doc[word.left_edge.i : word.i + 1]
    return country_ref(iso3, phrase.text, phrase.start_char, phrase.end_char)


def _of_place_country(word: Any) -> str | None:
    """ "peaks of northeastern Iraq", "the outskirts of Aleppo": the place's country."""
    place = of_object(word)
    return place_country(place) if place is not None else None


def make_ref(sector: str, country: str | None, word: Any) -> ActorRef:
    label = SECTOR_NAMES.get(sector, sector.lower())
    named = knowledge.country(country) if country else None
    name = f"{named.name} {label}" if named else label
    phrase = word.doc[word.left_edge.i : word.i + 1]
    return ActorRef(
        id=f"sector:{country or 'X'}:{sector}", name=name, country=country, sector=sector,
        text=phrase.text, start=phrase.start_char, end=phrase.end_char,
        code=f"{country}{sector}" if country else sector,
    )  # fmt: skip


def is_seat_as_place(word: Any, ref: ActorRef) -> bool:
    """ "Missiles hit Kyiv": a capital that is hit is a place of its country, not the
    government the actors stage took it for ("Kyiv said")."""
    return (
        ref.country is not None and ref.sector == "GOV" and ref.id.startswith("sector:")
        and knowledge.seat_of_government(entity_text(word)) is not None
    )  # fmt: skip


def with_country(ref: ActorRef, country: str) -> ActorRef:
    """A generic participant placed in a country (`sector:X:COP` -> `sector:KEN:COP`)."""
    named = knowledge.country(country)
    label = SECTOR_NAMES.get(ref.sector or "", (ref.sector or "").lower())
    return ActorRef(
        id=f"sector:{country}:{ref.sector}", name=f"{named.name if named else country} {label}",
        country=country, sector=ref.sector, text=ref.text, start=ref.start, end=ref.end,
        code=f"{country}{ref.sector or ''}",
    )  # fmt: skip
