"""Place phrases in a parsed article: the places the text names, as written.

GPE/LOC/FAC entities (cut at a spaced dash: "Mosul - Iranian TV" is Mosul), demonym +
place-noun phrases ("the Lebanese border", "a Syrian air base", "the Afghan north"), and,
in the sentences that hold events, what the small tagger missed: proper nouns after a
locative or naming a place noun ("in Farah", "the town of Khan Sheikhoun", "in
Gorom-Gorom"), region names and labels of headlines ("Fresh Borno Attack", "Bourzanga:
..."), and bare directions ("in the North", "in the east of the country"). Each phrase is
widened to the whole name it belongs to (`widen.py`).

`organization_places` reads the state or county that begins an organization's name ("the
Texas Department of Transportation", "the Dougherty County Sheriff's Office"), and
`qualifier_codes` the state abbreviations after a town that the tagger missed ("Paris, TX",
"Hugo, Okla."), and `party_states` those of legislators' labels ("R-Kan."): no places of
events, but where a local story is (`DocumentPlaces` takes them as context).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from eventscribe.syntax import char_span, entities
from eventscribe.when.lexicon import MONTHS, WEEKDAYS
from eventscribe.where.gazetteer import Gazetteer
from eventscribe.where.names import name_key
from eventscribe.where.parts import bare_direction, direction_of
from eventscribe.where.phrases import Mention, is_headline, settlement_names
from eventscribe.where.widen import GENERIC_AFTER, widened

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
# Nouns that make a demonym a place: "the Lebanese border", "Israeli towns".
PLACE_NOUNS = frozenset({
    "border", "borders", "frontier", "town", "towns", "city", "cities", "village", "villages",
    "territory", "territories", "soil", "coast", "coastline", "waters", "airspace", "side",
    "capital", "countryside", "region", "regions", "province", "provinces", "mainland",
    "north", "south", "east", "west", "heartland", "enclave", "camp", "camps",
    "base", "bases", "airbase", "airfield", "positions", "oilfield", "oilfields",
    "part", "parts", "outskirts", "suburbs", "tip", "edge", "area", "areas", "district",
    "districts", "control", "vicinity",
})  # fmt: skip
# Nouns a place's name stands before as a compound: "Jolo island", "Manbij countryside".
NAMED_NOUNS = PLACE_NOUNS | {"island", "islands"}

# People away from their country: a demonym that qualifies them says whose a place is,
# not which country it lies in ("Palestinian refugee camps" in Lebanon, "an Afghan
# refugee camp" in Pakistan).
UPROOTED = frozenset({"refugee", "migrant", "exile", "displaced", "asylum", "evacuee"})

LOCATIVE_PREPS = frozenset({
    "in", "near", "at", "outside", "around", "across", "inside", "on", "into", "through",
    "toward", "towards",
})  # fmt: skip
MIN_UNTAGGED_POPULATION = 5_000  # a proper noun the tagger did not call a place
REGION_KINDS = frozenset({"country", "admin1", "admin2"})
# Words that are some region's own name but mean something else in a headline.
GENERIC_NAMES = frozenset({
    "centre", "center", "central", "capital", "region", "regions", "state", "states", "city",
    "province", "district", "area", "country", "nation", "west", "east", "village", "villages",
    "town", "towns", "county", "border", "valley", "camp",
})  # fmt: skip
# The county that begins an organization's name: "Dougherty County Sheriff's Office".
ORG_COUNTY = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w'.-]*\s+){1,3}(?:County|Parish))\b")
# "University of Wisconsin", "State of Texas": a state after "of" at the name's start.
ORG_OF = re.compile(r"(?:[Tt]he\s+)?(?:University|State|Commonwealth)\s+of\s+")
# A state's abbreviation after a name and a comma: "Paris, TX", "Hugo, Okla.", "Taos, N.M.".
QUALIFIER_CODE = re.compile(r",\s*((?:[A-Z][A-Za-z]{0,5}\.){1,2}|[A-Z]{2})(?=[\s,;:)]|$)")
# A legislator's party and state, in news style: "R-Kan.", "D-New York", "R-Texas".
PARTY_STATE = re.compile(r"\b[RDI]-((?:[A-Z][a-z]*\.){1,2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
ORG_THE = re.compile(r"(?:[Tt]he\s+)?")
ORG_LEAD_WORDS = 2  # "New Mexico State Police": a state's name has at most two words
MIN_HEADLINE_NAME = 4  # letters
MIN_LABEL_POPULATION = 5_000  # a town named as a headline's label ("Bourzanga: ...")
# Verbs whose object is often a place struck or taken: "shelled Goma", "captured Kidal".
STRIKE_VERBS = frozenset({
    "strike", "hit", "shell", "bomb", "bombard", "pound", "attack", "raid", "storm",
    "capture", "seize", "besiege", "overrun", "recapture", "retake", "invade", "occupy",
    "target", "blockade", "encircle",
})  # fmt: skip
MIN_STRUCK_POPULATION = 50_000  # such an object, unless a region: a town of this size
MAX_LABEL_WORDS = 4


def place_mentions(doc: Any, gazetteer: Gazetteer, *, within: Sequence[Any] = ()) -> list[Mention]:
    """GPE/LOC/FAC entities and demonym + place-noun phrases, in text order; in the spans
    `within` (the event sentences) also proper nouns after in/near/at the tagger missed."""
    mentions = []
    taken: set[int] = set()
    for ent in entities(doc):
        if ent.label_ in PLACE_LABELS | {"NORP"}:
            phrase = _demonym_phrase(ent, gazetteer)
            if phrase is not None:
                mentions.append(phrase)
                taken.update(range(phrase.start, phrase.end))
    for ent in entities(doc):
        if ent.label_ in PLACE_LABELS and ent.start_char not in taken:
            mention = _entity_mention(ent) or _lowercase_name(ent, gazetteer)
            if mention is not None and not gazetteer.is_demonym(mention.text):
                mentions.append(mention)
    for span in within:
        mentions.extend(_untagged_places(span, gazetteer))
    return widened(doc, mentions, gazetteer)


def _untagged_places(span: Any, gazetteer: Gazetteer) -> list[Mention]:
    """ "gunned down in Farah", "operations in Ghazni, Logar", "the town of Khan Sheikhoun",
    "missiles struck Kharkiv" (a town of 50,000 people or more, or a region, that a verb of
    striking or taking governs):
    a proper noun after a locative preposition or naming a place noun that the small tagger called a person or an organisation, when the gazetteer
    knows it as a region or a town of some size."""
    found = []
    doc = span.doc
    headline = is_headline(span)
    for token in span:
        if token.ent_type_ in PLACE_LABELS or _a_date(token):
            continue
        region = _region_in_headline(token, gazetteer) if headline else None
        if region is not None:
            found.append(region)
            continue
        if _direction_after_locative(token):
            found.append(_direction_mention(token))
            continue
        label = headline and _headline_label(token)
        struck = not label and _a_name(token) and _struck_object(token)
        if not label and not struck and (not _a_name(token) or not _after_locative(token)):
            continue
        least = MIN_LABEL_POPULATION if label else MIN_STRUCK_POPULATION if struck else None
        for first in range(_name_start(token), token.i + 1):  # the longest name known
            text = doc[first : token.i + 1].text
            if name_key(text) in GENERIC_NAMES:
                break  # "in Tumbalo Region": no region is called "Region"
            if not doc[first].is_punct and _known_place_name(gazetteer, text, least):
                found.append(Mention(text, doc[first].idx, token.idx + len(token.text)))
                break
    return found


def _a_date(token: Any) -> bool:
    """A month or a weekday, never a place: "on 12 March", "on Friday" (March, a town of
    England). Not any word of a DATE entity: the tagger's "Odesa overnight" is one."""
    return token.lower_.rstrip(".") in CALENDAR_WORDS


def _direction_after_locative(token: Any) -> bool:
    """ "in the north", "in the east of the country", "in the southern region" (not "north
    of Baghdad", which names a town's surroundings and is widened with the town's name)."""
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPS:
        return False
    return bare_direction(_direction_mention(token).text) is not None


def _direction_mention(token: Any) -> Mention:
    words = [token]
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        words += [of, *(t for t in of.subtree if t.i > of.i)]
    adjective = next((c for c in token.children if c.dep_ == "amod" and direction_of(c.text)), None)
    if adjective is not None:
        words.insert(0, adjective)  # "the southern region"
    first, last = words[0], words[-1]
    return Mention(" ".join(t.text for t in words), first.idx, last.idx + len(last.text))


def _a_name(token: Any) -> bool:
    """A proper noun, or a word the tagger took for some name ("Iraq's Samarra" as NORP)."""
    return token.pos_ == "PROPN" or (bool(token.ent_type_) and token.text[:1].isupper())


def _name_start(token: Any) -> int:
    """The first word of the proper name that ends at the token: its compounds, hyphened
    words included ("Gorom-Gorom")."""
    doc, first = token.doc, token.i
    while first > 0:
        before = doc[first - 1]
        if before.dep_ == "compound" and before.pos_ == "PROPN":
            first -= 1
        elif (
            before.text == "-"
            and first > 1
            and doc[first - 2].pos_ == "PROPN"
            and not before.whitespace_
        ):
            first -= 2
        else:
            break
    return first


def _headline_label(token: Any) -> bool:
    """The words before a headline's colon, which name its place or its topic
    ("Bourzanga: three civilians killed in ..."): a capitalised word just before it."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    near_start = token.i - token.sent.start < MAX_LABEL_WORDS
    return bool(after is not None and after.text == ":" and near_start and token.text[:1].isupper())


def _region_in_headline(token: Any, gazetteer: Gazetteer) -> Mention | None:
    """The name ending at a capitalised word of a headline that is exactly the name of a
    region or a country ("Fresh Borno Attack", "gunmen kill 4, Borno", "attack Burkina
    Faso mosque"): headlines capitalise every word, so the tagger calls such names persons,
    organisations or common nouns; towns are left out (a headline's "Police" is no Polish
    town)."""
    if not token.text[:1].isupper() or not token.is_alpha or not _a_name(token):
        return None
    doc = token.doc
    for first in range(_name_start(token), token.i + 1):  # the longest name first
        span = doc[first : token.i + 1]
        key = name_key(span.text)
        if len(span) == 1 and len(token.text) < MIN_HEADLINE_NAME:
            continue  # "Al-Raqqah": "Al" is some district's name too
        if direction_of(key) or key in GENERIC_NAMES:
            continue
        rows = [value >> 1 for value in gazetteer.entries(key)]
        if any(gazetteer.kinds[row] in REGION_KINDS for row in rows):
            return Mention(span.text, span.start_char, span.end_char)
    return None


def _known_place_name(gazetteer: Gazetteer, text: str, least: int | None = None) -> bool:
    """Whether a name is, exactly, a region or a town of at least `least` people (default
    `MIN_UNTAGGED_POPULATION`) in the gazetteer (its exact index only: ranking every
    person's name would cost as much as a parse)."""
    rows = [value >> 1 for value in gazetteer.entries(name_key(text))]
    return any(_known_row(gazetteer, row, least) for row in rows)


def _struck_object(token: Any) -> bool:
    """The object of a verb of striking or taking a place ("missiles struck Kharkiv",
    "rebels captured Kidal"), which the small tagger often calls a person."""
    return token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.lemma_ in STRIKE_VERBS


def _after_locative(token: Any) -> bool:
    """After a locative ("in Ghazni, Logar", "raids on Raqqa"), or naming a place noun
    ("the town of X", "Manbij countryside"), or naming the region a generic word stands
    for ("in Ituri province")."""
    if token.dep_ == "compound" and token.head.lower_ in NAMED_NOUNS:
        return True  # "bombed Manbij countryside", "shelled Tadef town"
    if token.dep_ in ("compound", "amod") and token.head.lower_ in GENERIC_AFTER:
        token = token.head  # the parser ties "Punjab" to "province" either way
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head  # "in Ghazni, Logar"
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ in LOCATIVE_PREPS or (
        prep.lower_ == "of" and prep.head.lower_ in PLACE_NOUNS
    )


def _known_row(gazetteer: Gazetteer, row: int, least: int | None = None) -> bool:
    """A region, or a town of some size; the curated places news names are known whatever
    their size ("shelling in Donbass", which the tagger calls a product)."""
    if gazetteer.kinds[row] in ("admin1", "country") or row in gazetteer.curated:
        return True
    return (gazetteer.populations[row] or 0) >= (least or MIN_UNTAGGED_POPULATION)


def _entity_mention(ent: Any) -> Mention | None:
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    cut = next((at for at, t in enumerate(tokens) if _spaced_dash(t)), None)
    if cut:
        tokens = tokens[:cut]  # "killed in Mosul - Iranian TV": the source follows the dash
    while tokens and tokens[-1].dep_ == "case":  # "Qatar's" -> "Qatar"
        tokens.pop()
    if not any(t.text[:1].isupper() for t in tokens):
        return None  # "feast on turkey": the tagger's GPE, but a place's name is capitalised
    if _hyphened_modifier(tokens):
        return None  # "Obama-era officials", "a Moscow-based group": a modifier, no place
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    # A span's text, not doc.text[...]: spaCy rebuilds doc.text from every token on each access.
    return Mention(ent.doc[tokens[0].i : tokens[-1].i + 1].text, start, end)


def _hyphened_modifier(tokens: list[Any]) -> bool:
    """Whether the words end in a hyphen and a lower-case word: "Obama-era", "U.S.-led"."""
    if len(tokens) < 3 or not tokens[-1].is_lower or not tokens[-1].is_alpha:
        return False
    hyphen = tokens[-2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not tokens[-3].whitespace_


def _spaced_dash(token: Any) -> bool:
    before = token.doc[token.i - 1] if token.i > 0 else None
    dash = token.text in ("-", "--", "\u2013", "\u2014")
    return dash and bool(token.whitespace_) and before is not None and bool(before.whitespace_)


def _lowercase_name(ent: Any, gazetteer: Gazetteer) -> Mention | None:
    """A lower-case name of two words or more that the gazetteer knows exactly as a region
    or a sizeable town ("travelled to mexico city" in an all-lower-case wire); one word
    ("feast on turkey") stays a common noun."""
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if len(tokens) < 2 or not _known_place_name(gazetteer, " ".join(t.text for t in tokens)):
        return None
    text = ent.doc[tokens[0].i : tokens[-1].i + 1].text
    return Mention(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _demonym_phrase(ent: Any, gazetteer: Gazetteer) -> Mention | None:
    """ "the Lebanese border": a demonym (or country) modifying a place noun."""
    head = ent.root.head
    between = ent.doc[ent.end : head.i] if head.i >= ent.end else None
    if between is None or any(t.dep_ != "compound" or t.head.i != head.i for t in between):
        return None  # "the Lebanese border", "a Syrian air base"
    if head.lower_ not in PLACE_NOUNS or any(t.lemma_.lower() in UPROOTED for t in between):
        return None  # "Palestinian refugee camps" are the refugees', wherever they lie
    if not gazetteer.is_demonym(ent.text) and ent.label_ == "NORP":
        return None
    first = ent.start - 1 if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" else ent.start
    start, end = ent.doc[first].idx, head.idx + len(head.text)
    country = gazetteer.demonym_place(ent.text) if direction_of(head.text) else None
    if country is not None and country.kind == "country":  # "the Afghan north"
        return Mention(f"{head.text} {country.name}", start, end)
    return Mention(ent.doc[first : head.i + 1].text, start, end, demonym=ent.text)


def settlement_countries(doc: Any, mentions: Sequence[Mention], gazetteer: Gazetteer) -> set[str]:
    """The countries of demonyms that stand before a town's name: "the Lebanese city of
    Tripoli" is Lebanon's Tripoli, not Libya's (context for the text's names)."""
    found = set()
    for mention in mentions:
        span = char_span(doc, mention.start, mention.end) if mention.demonym else None
        if span is None or not len(span) or not settlement_names(span[-1]):
            continue
        country = gazetteer.demonym_place(mention.demonym)
        if country is not None and country.kind == "country" and country.country:
            found.add(country.country)
    return found


def organization_places(doc: Any, gazetteer: Gazetteer) -> list[Mention]:
    """The county, the first-level region (a US state) or the country's abbreviation that
    begins an organization's name: "the Lamar County Sheriff's Office" -> Lamar County,
    "the Texas Department of Public Safety" -> Texas, "University of Wisconsin" ->
    Wisconsin, "the U.S. Department of Agriculture" -> U.S. A state must be the
    first reading of its words ("Washington State University" names the capital first,
    "Georgia Power" the country: neither is read)."""
    found = []
    for ent in entities(doc):
        if ent.label_ != "ORG":
            continue
        county = ORG_COUNTY.match(ent.text)
        if county:
            start = ent.start_char + county.start(1)
            found.append(Mention(county.group(1), start, start + len(county.group(1))))
            continue
        state = _leading_state(ent.text, gazetteer)
        if state is not None:
            start = ent.start_char + state[0]
            found.append(Mention(state[1], start, start + len(state[1])))
    return found


def _leading_state(text: str, gazetteer: Gazetteer) -> tuple[int, str] | None:
    """The offset and words of the first-level region an organization's name begins with,
    or of a country's abbreviation ("U.S. Department of Agriculture")."""
    lead = ORG_OF.match(text) or ORG_THE.match(text)
    offset = lead.end() if lead else 0
    words = text[offset:].split(maxsplit=ORG_LEAD_WORDS)
    if not words or words[0].lower() not in gazetteer.first_level_words():
        return None  # most organizations: no state's first word, no country's abbreviation
    if len(words) > 1 and _country_abbreviation(words[0], gazetteer):
        return offset, words[0]  # "U.S. Department of Agriculture": a story of the U.S.
    for size in range(min(ORG_LEAD_WORDS, len(words)), 0, -1):
        name = " ".join(words[:size])
        if not all(w[:1].isupper() and w.isalpha() for w in words[:size]):
            continue
        if name_key(name) not in gazetteer.first_level_keys():
            continue
        ranked = gazetteer.ranked(name)
        if ranked and ranked[0].kind == "admin1" and ranked[0].matched == "name":
            return offset, name
    return None


def _country_abbreviation(word: str, gazetteer: Gazetteer) -> bool:
    """A country's abbreviation, a curated alias ("U.S.", "UK", "UAE")."""
    if not (word.isupper() or "." in word):
        return False
    ranked = gazetteer.ranked(word)
    return bool(ranked) and ranked[0].kind == "country" and ranked[0].matched == "alias"


def party_states(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """The states of legislators' party labels ("Sen. Pat Roberts, R-Kan.", "D-New York"):
    where a political story's local places are."""
    found = []
    for match in PARTY_STATE.finditer(text):
        ranked = gazetteer.ranked(match.group(1))
        if ranked and ranked[0].kind == "admin1" and ranked[0].matched in ("name", "alias"):
            found.append(Mention(match.group(1), match.start(1), match.end(1)))
    return found


def qualifier_codes(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The abbreviations of states or countries that follow a place name and a comma and
    that no mention covers: "Paris, TX" (which the tagger calls an organization), "Hugo,
    Okla.". Each is a curated alias of an area ("aliases.tsv")."""
    taken = {m.start for m in mentions}
    found = []
    for mention in mentions:
        match = QUALIFIER_CODE.match(text, mention.end)
        if match is None or match.start(1) in taken:
            continue
        ranked = gazetteer.ranked(match.group(1))
        if ranked and ranked[0].matched == "alias" and ranked[0].kind in REGION_KINDS:
            found.append(Mention(match.group(1), match.start(1), match.end(1)))
    return found
