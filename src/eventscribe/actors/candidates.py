"""What a phrase names, phrase by phrase: a person, an organization, a country or its
seat of government, a state body ("the Senate"), a country's collective ("Israeli jets",
"Iran's UN mission"), a territory that stands for its country ("Israeli towns").

Each classifier takes a `Phrase` and returns a `Candidate` or None; the resolver tries them
in a fixed order. None of them looks at other sentences: reference to earlier phrases
("Jeffs", "the group") is the coreference module's.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import takewhile
from typing import Any, Literal

from eventscribe.actors import knowledge, names
from eventscribe.actors.candidate import Candidate
from eventscribe.actors.dictionaries import DatedCode, Dictionaries, people_by_surname, phrase_words
from eventscribe.actors.nations import (
    SECTOR_NAMES,
    cameo_code,
    country_name,
    home_country,
    is_country_name,
    is_place_name,
    is_region_name,
    modifier_country,
    name_forms,
    name_forms_with_tokens,
    place_country,
)
from eventscribe.actors.phrases import (
    INSTITUTION_WORDS,
    Phrase,
    entity_text,
    entity_tokens,
    is_locative,
    is_name_break,
    plain,
)
from eventscribe.actors.titles import (
    OFFICE_NOUNS,
    PORTFOLIO_HEADS,
    apply_title,
    body_words,
    possessor,
    title_before,
    title_sector,
)
from eventscribe.article import Article
from eventscribe.syntax import conjuncts, doc_text, entities, sentence_of, span_text, tokens_written
from eventscribe.where.attach import PLACE_OF

# Places that stand for their country when a demonym or possessor says whose they are
# ("Israeli towns", "Syria's border"), and definite descriptions of a territory.
TERRITORY_NOUNS = frozenset({"town", "city", "village", "territory", "border", "soil", "land",
                             "position", "base", "outpost", "settlement", "area", "region",
                             "enclave", "strip", "country", "nation", "kingdom", "republic",
                             "state", "airspace", "water", "coast", "port", "camp"})  # fmt: skip
# Capitalised words that are never a bare surname, whatever a dictionary lists.
NOT_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "congress", "senate", "house", "parliament",
     "god", "christmas", "easter", "ramadan"}
)  # fmt: skip
# Last words of the names of laws, treaties and plans the tagger calls organizations.
DOCUMENT_WORDS = frozenset({"act", "bill", "law", "treaty", "accord", "accords", "agreement",
                            "pact", "protocol", "resolution", "amendment", "plan", "code",
                            "status", "program", "programme", "scheme", "standard", "doctrine",
                            "rule", "rules", "regulation", "regulations", "initiative"})  # fmt: skip
# Of those, the nouns that end the name of a law, a treaty or a plan ("the Dodd-Frank Act");
# not "Programme" or "Initiative", which end the names of bodies too (World Food Programme).
LAW_WORDS = frozenset({"act", "bill", "law", "treaty", "accord", "accords", "agreement", "pact",
                       "protocol", "amendment", "plan", "doctrine", "code"})  # fmt: skip
# Nouns a law's name may precede in lower case: "the Dodd-Frank financial reform law".
LAW_NOUNS = LAW_WORDS | {"legislation", "reform", "rule", "regulation", "bill"}
# The nouns of decorations: "the Order of Lenin", "the Nobel Peace Prize".
AWARD_WORDS = frozenset({"order", "medal", "prize", "award", "trophy"})
STORM_WORDS = frozenset({"hurricane", "hurricanes", "storm", "storms", "typhoon", "typhoons",
                         "cyclone", "cyclones", "tropical"})  # fmt: skip
# Nouns before the name of a ship: "the Greek tanker Delta" is neither a person nor Delta State.
VESSEL_WORDS = frozenset({"tanker", "supertanker", "ship", "vessel", "freighter", "frigate",
                          "destroyer", "cruiser", "warship", "corvette", "yacht", "ferry",
                          "trawler", "submarine", "boat", "barge", "liner", "carrier"})  # fmt: skip
# Last words that end no person's name: units of money and quantity of wire copy, and the legal
# forms of companies ("13.6 billion U.S. Dlrs", "Boeing Co").
NOT_NAME_ENDS = frozenset({"dlrs", "dlr", "cts", "pct", "mln", "bln", "stg", "yen", "francs",
                           "marks", "pesos", "co", "corp", "inc", "ltd", "plc", "llc"})  # fmt: skip
# Last words of companies' names that are no one's surname: "Murray Energy", "Oscar Health".
COMPANY_WORDS = frozenset({"energy", "health", "bancorp", "holdings", "industries", "group",
                           "pharmaceuticals", "technologies", "systems", "airlines", "motors",
                           "foods", "media", "communications", "networks", "securities",
                           "insurance", "petroleum", "capital", "partners"})  # fmt: skip
TIME_ZONES = frozenset({"GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "BST", "CET"})
# Nouns that say a name is a thing's: a storm's or a ship's.
THING_WORDS = STORM_WORDS | VESSEL_WORDS | {f"{w}s" for w in VESSEL_WORDS}
# Nouns after the name of a weapon: "Leopard 2 tanks", "Patriot missiles", "HIMARS launchers".
WEAPON_WORDS = frozenset({"tank", "missile", "rocket", "jet", "drone", "launcher",
                          "howitzer", "helicopter", "warplane", "rifle", "gun", "bomb",
                          "shell", "artillery", "interceptor"})  # fmt: skip
# Nouns that say a name after "of" is a place's: "the eastern town of Avdiivka".
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "port", "province", "region",
                              "district", "county", "oblast", "governorate", "municipality",
                              "township", "suburb", "neighbourhood", "neighborhood"})  # fmt: skip
INSTITUTIONS = frozenset({"mission", "embassy", "ministry", "consulate", "delegation",
                          "office", "parliament", "cabinet", "council"})  # fmt: skip


def named_person(phrase: Phrase) -> Candidate | None:
    name_tokens = _first_of_twice(entity_tokens(phrase, "PERSON") or _head_tagged_organization(phrase)
                                  or _titled_untagged_name(phrase))  # fmt: skip
    if not name_tokens or any(t.lower_ in THING_WORDS for t in phrase.tokens):
        return None  # "Hurricanes Harvey and Irma", "the tanker Delta" are not people
    if name_tokens[-1].lower_.strip(".") in NOT_NAME_ENDS:
        return None  # "13.6 billion U.S. Dlrs", "Boeing Co": an amount, a company
    if not any(t.text[:1].isupper() for t in name_tokens):
        return None  # "staff alongisde appointees" tagged a person: no name is in lower case
    if ticker_after(name_tokens):  # "Lufthansa (LHAG.DE)" tagged a person: a listed company
        return Candidate("organization", span_text(name_tokens), sector="BUS", name_tokens=name_tokens)
    name_tokens = _with_first_name(_without_title_words(name_tokens))
    name = span_text(name_tokens)
    if knowledge.country_by_name(name) or knowledge.seat_of_government(name):
        return None  # "PERU SAYS ...", "Kyiv said": the tagger's person is a place
    if knowledge.organization_by_name(name):
        return None  # "on Twitter", "Hezbollah": the tagger's person is a known body
    if _a_place(name_tokens) or _named_as_place(name_tokens):
        return None  # "Marseilles", "Santa Clara", "the town of Avdiivka": where, not who
    if _names_a_weapon(name_tokens):
        return None  # "Leopard 2 tanks": what, not who
    if name in document_acronyms(phrase.head.doc):
        return None  # "the Renewable Fuel Standard (RFS)": a text's short name
    if written_as_common_words(name_tokens):
        return None  # "massive Tax Cuts" where the text says "tax cuts": emphasis, no one
    if _named_after_a_person(name_tokens):
        return None  # "Trump Tower", "the Trump White House": named after Donald Trump
    if _branch_in_a_country(name_tokens):
        return None  # "pollster Ipsos Peru", "Mission Turkey": a body's branch there
    if len(name_tokens) >= 2 and name_tokens[-1].lower_ in COMPANY_WORDS | GROUP_WORDS:
        # "Murray Energy", "Oscar Health" tagged a person: a company named after one;
        # "Surrey Police": a force named after its county
        return Candidate("organization", name, sector=name_sector(name_tokens),
                         name_tokens=name_tokens)  # fmt: skip
    if acronym(name_tokens) or _mostly_organization(name_tokens):
        # "ATI", "SEACOM": a person's name is not written in capitals; "Seacom" the tagger
        # calls an organization more often than a person is one (one sense a document)
        return Candidate("organization", name_tokens[0].text, name_tokens=name_tokens)
    title = title_before(phrase.tokens, name_tokens[0].i)
    for appos in (c for c in phrase.head.rights if c.dep_ == "appos"):
        title += [t for t in _appositive_title(appos) if t.pos_ not in ("DET", "PUNCT")]
    governor = phrase.head.head
    # "Prime Minister May met ...", "her lawyer Tom Kale": the parse made the name the
    # title's apposition (but not "WASHINGTON (Reuters) - Rex Tillerson": a dateline, an
    # entity, is no title).
    if not title and phrase.head.dep_ == "appos" and _office_of_body(governor):
        governor = governor.head.head  # "The spokesman for Egypt's Foreign Ministry, Ahmed
        # Hafez,": the parse hangs the name on the ministry; the office is the spokesman
    if not title and phrase.head.dep_ == "appos" and governor.pos_ in ("PROPN", "NOUN"):
        # "Nepal's former president, Ram Thapa,": the title ends at its noun, or at the phrase
        # that says whose office it is ("The press officer at Turkey's Interior Ministry,
        # Mehmet Yilmaz,"), before the comma
        before = [
            t for t in governor.subtree
            if t.i <= governor.i or _office_phrase(t, governor) and not t.is_punct
        ]  # fmt: skip
        title = [] if governor.ent_type_ else title_before(before, name_tokens[0].i)
        # (the parse may hang the name on a dateline and break the title: "FREETOWN (Reuters)
        # - Sierra Leone's former vice-president, Sam Kamara": the words before its comma)
        run = _noun_before_comma(name_tokens[0])
        title = title_before(run, name_tokens[0].i) if len(run) > len(title) else title
    if not title:  # "Finance Minister Gerhard Stoltenberg and ...": the parse hung the title elsewhere
        title = title_before(_words_before(name_tokens[0]), name_tokens[0].i)
    if not title:  # "approved Rustem Umerov as defence minister"
        title = _office_named_as(phrase.head)
    title = _with_country_before(_without_posting(title))
    candidate = Candidate("person", span_text(name_tokens), name_tokens=name_tokens)
    apply_title(candidate, title)
    candidate.owner_words, candidate.owned_words = possessor(title)
    if not candidate.title_tokens:
        # Words that describe the person without a known role still name them: "actor
        # Peter Capaldi", "polygamist leader Warren Jeffs".
        before = [t for t in title if t.i < name_tokens[0].i]
        # ("Actor Peter Capaldi" opening a sentence is as lower case)
        # (one person's description is singular: "a speech on tax cuts Trump is to give")
        if before and before[-1].tag_ not in ("NNS", "NNPS") and all(
            t.pos_ in ("NOUN", "ADJ") and (t.is_lower or t.is_sent_start) for t in before
        ):
            candidate.title_tokens = before
    return candidate


CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})


def _phrase_words(noun: Any) -> list[Any]:
    """A noun phrase's words without the clauses on it: "another Republican who opposed
    Bradbury" titles its person by "another Republican", not by the place Bradbury."""
    clauses = [c for c in noun.children if c.dep_ in CLAUSE_DEPS]
    inside = {t.i for c in clauses for t in c.subtree}
    return [t for t in noun.subtree if t.i not in inside]


def _in_portfolio(last: Any) -> bool:
    """Whether the words after a name, over a list of capitalised words, reach a minister's
    or a ministry's word: "Development" of "Development and Industry Minister"."""
    doc = last.doc
    for token in doc[last.i + 1 : last.i + 6]:
        if token.lower_ in PORTFOLIO_HEADS:
            return True
        if not (token.lower_ in ("and", ",", "&") or token.is_title):
            return False
    return False


TITLE_SUFFIXES = frozenset({"elect", "designate", "-"})  # "President-Elect Barack Obama"
# Titles that are part of a royal's customary name ("Prince Charles", "King Salman").
ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "emperor", "empress", "sheikh",
                          "sultan", "emir", "crown"})  # fmt: skip


def _titled_untagged_name(phrase: Phrase) -> list[Any]:
    """ "Representative Elijah Cummings", which the tagger left untagged: a person's title,
    a first name of the tables and one or two capitalised words more is a person's name
    (the title's words stay the title's)."""
    head = phrase.head
    if head.pos_ != "PROPN" or head.ent_type_ or not head.is_title:
        return []
    run = list(takewhile(lambda t: t.pos_ == "PROPN" and not t.ent_type_ and t.is_title,
                         reversed(phrase.tokens)))[::-1]  # fmt: skip
    name = _without_title_words(run)
    if len(name) == len(run) or not 2 <= len(name) <= 3 or not names.is_given_name(name[0].text):
        return []
    return name


def _without_title_words(tokens: list[Any]) -> list[Any]:
    """A name without the titles the tagger ran into it ("General Flynn", "Judge Moore",
    "President-Elect Barack Obama"): the words of a person's office are the title's, and
    the name keeps at least one word."""
    start = 0
    while start < len(tokens) - 1:
        word = tokens[start].lower_
        sector = knowledge.sector_by_word(word) if word not in TITLE_SUFFIXES | ROYAL_TITLES else None
        if not (word in TITLE_SUFFIXES and start > 0 or sector is not None and sector.kind == "person"):
            break
        start += 1
    while start < len(tokens) - 1 and _epithet(tokens[start]):
        start += 1
    return tokens[start:]


def _epithet(token: Any) -> bool:
    """ "Stunning Williams", "Tireless Velden": an adjective the tagger ran into a name,
    which says what the person is like (no given name: "Rich", "Young" may be one)."""
    return token.pos_ == "ADJ" and token.dep_ == "amod" and not names.is_given_name(token.text)


def _with_country_before(title: list[Any]) -> list[Any]:
    """A title with the country's name or adjective just before it that the parse hung
    elsewhere ("WASHINGTON, March 2 - U.S. Senator Lloyd Pike": "U.S." on the dateline)."""
    if not title or title[0].i == 0:
        return title
    before = title[0].doc[title[0].i - 1]
    if before.pos_ in ("PROPN", "ADJ") and modifier_country([before]) is not None:
        return [before, *title]
    return title


def _with_first_name(tokens: list[Any]) -> list[Any]:
    """A surname with the first name the tagger left out of it, tagged a place or a body:
    "Russian lawyer Natalia Veselnitskaya" is Natalia Veselnitskaya, not Veselnitskaya
    beside a town called Natalia (a country's name is never taken so: "Georgia")."""
    first = tokens[0]
    if len(tokens) != 1 or first.i == 0:
        return tokens
    given = first.doc[first.i - 1]
    if given.pos_ != "PROPN" or not given.is_title or given.ent_type_ in ("PERSON", "DATE", "TIME"):
        return tokens  # ("on Friday Reagan said": a day)
    if given.lower_ in NOT_NAMES:
        return tokens
    if knowledge.sector_by_word(given.lower_) is not None or given.lower_ in names.HONORIFICS:
        return tokens  # "General Flynn": a title, no first name
    if knowledge.country_by_name(given.text) or not names.is_given_name(given.text):
        return tokens
    return [given, first]


def _first_of_twice(tokens: list[Any]) -> list[Any]:
    """ "released by Trump Jr. Trump Jr. initially said": a sentence break the splitter missed
    after an abbreviation ran two namings into one; the name is the first."""
    half = len(tokens) // 2
    if half and len(tokens) % 2 == 0 and [t.text for t in tokens[:half]] == [t.text for t in tokens[half:]]:
        return tokens[:half]
    return tokens


def _appositive_title(appos: Any) -> list[Any]:
    """The words of an apposition that describe its person. A plural noun describes no one
    person: "Jared Kushner, other campaign aides, and Russian lawyer Natalia Veselnitskaya"
    is a list the parse hung on the first name; and a name joined to the apposition is
    another person, whose "Russian" is not the first one's."""
    if appos.tag_ in ("NNS", "NNPS"):
        return []
    others = [c for c in appos.children if c.dep_ == "conj"
              and any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in c.subtree)]  # fmt: skip
    # Nor is what a phrase inside it says of other things: "a Republican from Florida, the
    # state with the most Haitians" is no Haitian; "a central figure in the probe into
    # Russian meddling" no Russian. Offices are "of", "at", "for" or "in" a body, or "to"
    # someone ("a former campaign aide to U.S. President Donald Trump").
    others += [t for t in appos.subtree if t.i != appos.i and (
        t.dep_ == "appos" or t.dep_ == "prep" and t.lower_ not in OFFICE_PREPS | {"to"}
        or t.dep_ == "pobj" and t.head.head.i != appos.i)]  # fmt: skip
    outside = {t.i for c in others for t in c.subtree}
    return [t for t in _phrase_words(appos) if t.i not in outside]


def _words_before(first: Any) -> list[Any]:
    """The run of words just before a name in its sentence, back to a punctuation mark or
    a verb: where a title stands when the parse does not put it in the name's phrase."""
    words: list[Any] = []
    token = first
    start = sentence_of(first).start
    while token.i > start:
        token = token.doc[token.i - 1]
        if not (token.pos_ in ("PROPN", "NOUN", "ADJ", "PART", "DET") or _inner_hyphen(token)) \
                or token.ent_type_ == "PERSON" or is_name_break(token):
            break
        words.insert(0, token)
    return words


OFFICE_PREPS = frozenset({"at", "of", "for", "in"})  # "spokesman at/of/for the ministry"


def _office_of_body(word: Any) -> bool:
    """A body named in the phrase of an office noun: "Ministry" of "the spokesman for
    Egypt's Foreign Ministry"."""
    prep = word.head
    return (
        word.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in OFFICE_PREPS
        and prep.head.pos_ == "NOUN" and not prep.head.ent_type_
    )  # fmt: skip


def _without_posting(title: list[Any]) -> list[Any]:
    """The office's words when the title found is only where an envoy is posted: "the
    United States" of "Russian Ambassador to the United States Sergei Kislyak" (no comma:
    the words before the name stop at "to", or the parse put the name in its phrase) is
    "Russian Ambassador", of Russia."""
    if not title:
        return title
    at = title[0].i - 1
    if at >= 0 and title[0].doc[at].pos_ == "DET":
        at -= 1  # ("to | the United States": the title may leave out its article)
    if at < 1 or title[0].doc[at].lower_ != "to":
        return title  # (most titles: `apply_title` reads their sector once, after this)
    to, office = title[0].doc[at], title[0].doc[at - 1]
    if office.pos_ in ("NOUN", "PROPN") and title_sector([office]) and title_sector(title) is None:
        words = _words_before(to)
        return words[1:] if words and words[0].is_punct else words  # ("then-|Russian")
    return title


def _office_phrase(token: Any, office: Any) -> bool:
    """Whether the token is in a prepositional phrase on the office noun that names whose
    office it is: "at Turkey's Interior Ministry" of "the press officer"."""
    preps = [c for c in office.rights if c.dep_ == "prep" and c.lower_ in OFFICE_PREPS]
    return any(p.left_edge.i <= token.i <= p.right_edge.i for p in preps)


def _noun_before_comma(first: Any) -> list[Any]:
    """The words before the comma that opens a name, when they end in a common noun."""
    if first.i == 0 or first.nbor(-1).text != ",":
        return []
    run = _words_before(first.nbor(-1))
    return run if run and run[-1].pos_ == "NOUN" and not run[-1].ent_type_ else []


def _inner_hyphen(token: Any) -> bool:
    """The hyphen inside a word ("vice-president"), not a spaced dash."""
    return token.text == "-" and not token.whitespace_ and not token.nbor(-1).whitespace_


def acronym(tokens: list[Any]) -> bool:
    """One word in capitals in a sentence that is not all capitals (not a shouted headline)."""
    word = tokens[0]
    if len(tokens) != 1 or not word.is_upper or len(word.text) < 3:
        return False
    return any(t.is_lower for t in word.sent)


GROUP_NOUNS = frozenset({"group", "movement", "militia", "organization", "organisation",
                         "faction", "party"})  # fmt: skip
# "the company", "the chipmaker": the latest business (or organization of no known sector).
BUSINESS_NOUNS = frozenset({"company", "firm", "giant", "maker", "chipmaker", "startup",
                            "carrier", "operator", "provider", "manufacturer", "retailer",
                            "conglomerate", "insurer", "lender", "automaker"})  # fmt: skip
# Nouns that say what kind of organization the name after them is ("startup Tarnell",
# "server vendor Tarnell", "chief Bixco rival Tarnell").
ORGANIZATION_NOUNS = BUSINESS_NOUNS | GROUP_NOUNS | {"vendor", "supplier", "rival", "upstart"}


def known_organization(phrase: Phrase) -> Candidate | None:
    for text, tokens in name_forms_with_tokens(phrase):
        org = knowledge.organization_by_name(text)
        owned = _owning_state(org, tokens, phrase) if org is not None else None
        if owned is not None:  # "Russia's Security Council": Russia's, not the UN's
            country, name = owned
            sector = getattr(knowledge.sector_by_word(name), "code", None)
            return Candidate("body", name, country, sector, cameo_code(country, sector))
        if org is not None:
            return Candidate(
                "organization", org.name, org.country, org.sector, org.code, name_tokens=tokens
            )
    return None


def _country_word(token: Any) -> str | None:
    """The country a name's first word names as an adjective ("Syrian", "Saudi"; not a
    country's name: "Georgia Power" is of the state)."""
    country = knowledge.country_by_name(token.text) if token.is_title else None
    return country.iso3 if country is not None and token.text in country.adjectives else None


def _owning_state(org: knowledge.Organization, tokens: list[Any], phrase: Phrase) -> tuple[str, str] | None:
    """(country, name) when an international body's name in common words ("Security
    Council", "Supreme Court") is owned by a state that names it: another body of that
    name, the state's."""
    if org.country is not None and org.sector != "IGO":
        return None
    name = list(tokens)
    while name and name[0].ent_type_ in ("GPE", "NORP", "") and not name[0].is_title:
        name.pop(0)  # "Russia 's" of the whole phrase
    while name and (name[0].ent_type_ in ("GPE", "NORP") or name[0].pos_ == "PART"):
        name.pop(0)
    if len(name) < 2 or any(t.is_upper for t in name) or not all(t.is_title for t in name):
        return None  # "UN Security Council", "NATO"; (lower case: no name)
    before = [t for t in phrase.tokens if t.i < name[0].i]
    country = modifier_country(before) if before else None
    return (country, span_text(name)) if country is not None and country != org.country else None


def named_organization(phrase: Phrase) -> Candidate | None:
    """An organization the tagger names that no table knows ("Seacom", "Time Warner"): an
    actor of its own, with no sector until something says it, and the country its phrase's
    modifiers name, if any ("Russian petrochemical holding Sibur", "Russia's Sibur")."""
    tokens = entity_tokens(phrase, "ORG")
    if not tokens or not any(t.pos_ == "PROPN" for t in tokens):
        return None
    if len(tokens) == 1 and tokens[0].text in TIME_ZONES:
        return None  # "at 1530 GMT": a time
    capitalised = capitalised_common_noun(tokens)
    if capitalised is not None:
        return capitalised or None
    if all(t.lower_.strip(".") in NOT_NAME_ENDS for t in tokens) or _in_portfolio(tokens[-1]):
        return None  # "Corp" alone; "Development and Industry Minister": a minister's portfolio
    if len(tokens) == 1 and common_person_noun(tokens[0]):
        return None  # "Swimmer And Actress Dies": the article's "the actress", no body
    one = len(tokens) == 1 and tokens[0].text in person_words(tokens[0].doc)
    if one and not (acronym(tokens) or _mostly_organization(tokens)):
        return None  # "Trump" tagged ORG in one sentence and a person's name in others
    if tokens[-1].lower_ in DOCUMENT_WORDS or span_text(tokens) in document_acronyms(tokens[0].doc):
        return None  # "the Concealed Carry Reciprocity Act", "the RFS": a text, not a party
    if _a_place(tokens) or _named_as_place(tokens) or is_region_name(span_text(tokens)):
        return None  # "Crimea", "Mariupol", "Latin America": a place the tagger calls an organization
    if _names_a_weapon(tokens):
        return None  # "HIMARS launchers"
    if _name_joint(tokens[0].doc, tokens[0].i - 1):
        return None  # "Good Government" of "Presidential Commission on Good Government"
    tokens = _without_descriptor(without_control(_through_joints(tokens)))
    owner, tokens = _owner_and_owned(tokens)
    if not tokens or owner and len(tokens) == 1 and tokens[0].text in person_words(tokens[0].doc):
        return None  # ("James Capel's Fellner": a person of the broker's)
    name = span_text(tokens).removeprefix("the ").removeprefix("The ")
    if len(name) <= 1:
        return None
    country = modifier_country(owner or [t for t in phrase.tokens if t.i < tokens[0].i])
    if country is None and len(tokens) >= 2:
        country = _country_word(tokens[0])  # "the Syrian Observatory ...", "Saudi Aramco"
    country = country or _of_country(tokens)  # "the Times of Zambia"
    sector = name_sector(tokens) or ("BUS" if ticker_after(tokens) else None)
    code = cameo_code(country, sector) if country and sector else None
    return Candidate("organization", name, country, sector, code, name_tokens=tokens)


# The last words of a body's name that say its sector (the sector tables' for the word):
# "the Liberal Democratic Party", "Surrey Police", "the Kenya Army".
SECTOR_NAME_ENDS = frozenset({"party", "police", "army", "navy", "military"})


# A listed company's ticker after its name, as wires print it: "Lufthansa (LHAG.DE)",
# "Novo Nordisk (NOVOb.CO)", and in the 1980s "Volkswagen AG <VOWG.F>" (a code in plain
# brackets needs its exchange's dot: "Advanced Micro Devices (AMD)" is a short name).
TICKER = re.compile(r"\s*(?:\([A-Za-z0-9]{1,8}\.[A-Z]{1,2}\)|<[A-Z0-9.]{1,8}>)")


def ticker_after(tokens: list[Any]) -> bool:
    """Whether a ticker follows the words: they name a listed company."""
    last = tokens[-1]
    return TICKER.match(doc_text(last.doc), last.idx + len(last.text)) is not None


def is_ticker(token: Any) -> bool:
    """Whether the token is (part of) a ticker in its brackets: no actor of its own."""
    if not (token.is_upper or "." in token.text):
        return False  # (most heads: no need to look around them)
    text, start = doc_text(token.doc), max(0, token.idx - 9)
    opening = max(text.rfind("(", start, token.idx + 1), text.rfind("<", start, token.idx + 1))
    if opening < 0:
        return False
    found = TICKER.match(text, opening)
    return found is not None and found.end() >= token.idx + len(token.text)


def name_sector(tokens: list[Any]) -> str | None:
    """The sector a body's name says by its last word, if it says one."""
    word = tokens[-1].lower_
    sector = knowledge.sector_by_word(word) if word in SECTOR_NAME_ENDS else None
    return sector.code if sector is not None else None


def capitalised_common_noun(tokens: list[Any]) -> Candidate | Literal[False] | None:
    """A country's word and one capitalised common noun that the tagger took for a name, as
    some wires write the word after "U.S." ("U.S. Warships", "U.S. Attack"): a country's
    collective when the noun is an agent noun of the sector tables ("U.S. Warships" are the
    US military), False (no actor) when the text writes the noun in lower case elsewhere
    ("the attack"); None when neither (a name: "U.S. Steel")."""
    *before, last = tokens
    if not before or not last.is_title or last.is_upper or not last.is_alpha:
        return None
    country = modifier_country(before)
    if country is None or any(knowledge.country_by_name(t.text) is None for t in before):
        return None
    word = last.lower_
    for singular in (word, word.removesuffix("s"), word.removesuffix("es")):
        sector = knowledge.sector_by_word(singular)
        if sector is not None and sector.kind != "body":
            return country_collective(country, sector.code, sector.role)
    return False if tokens_written(last.doc, (word,)) else None


# ("of" not: "Commission of Turkmenistan" names its country, and the tagger ends "Church
# of Jesus Christ of Latter Day Saints" at different words in different stories)
NAME_JOINTS = frozenset({"on", "for"})


def _name_joint(doc: Any, i: int) -> bool:
    """Whether token i is a preposition inside an organization's name the tagger spans
    whole ("Commission on Good Government"), the phrase splitter cutting it in two."""
    return (
        0 < i < len(doc) - 1
        and doc[i].lower_ in NAME_JOINTS
        and doc[i].ent_iob_ == "I"
        and doc[i + 1].ent_iob_ == "I"
        and doc[i + 1].ent_type_ == "ORG"
    )


def _through_joints(tokens: list[Any]) -> list[Any]:
    """The name carried on through the prepositions inside it (see `_name_joint`)."""
    doc, end = tokens[0].doc, tokens[-1].i + 1
    while _name_joint(doc, end):
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].lower_ not in NAME_JOINTS:
            if doc[end].is_punct:
                break  # "on Good Government (PCGG)": the acronym is another spelling
            end += 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].like_num \
            and doc[end - 1].is_title:
        end += 2  # "the Group of Five", "the Group of 77": the count is the name's
    elif _generic_name(doc[tokens[0].i : end]) and _of_named(doc, end):
        end += 2  # "the Association of Tin Producing Countries", "the Times of Zambia", "the
        while end < len(doc) and doc[end].ent_iob_ == "I" and not doc[end].is_punct:
            end += 1  # Central Bank of Kenya": the words before "of" name nothing alone
    return [*tokens, *doc[tokens[-1].i + 1 : end]]


def _of_named(doc: Any, at: int) -> bool:
    """ "of" at `at`, inside the tagged name or before a name of its own ("of Kenya")."""
    if at + 1 >= len(doc) or doc[at].lower_ != "of":
        return False
    after = doc[at + 1]
    return doc[at].ent_iob_ == "I" or (after.ent_iob_ == "B" and after.ent_type_ in ("GPE", "ORG"))


# Words that make no name alone, before an institution's word: "National Association".
GENERIC_MODIFIERS = frozenset({"national", "international", "general", "federal", "central",
                               "royal", "state", "world", "supreme", "new"})  # fmt: skip


def _generic_name(tokens: Any) -> bool:
    """Whether the words are an institution's word and generic modifiers alone: "Association",
    "National Association", "Central Bank", "Times" (so "of" and what follows are the name)."""
    words = [t.lower_ for t in tokens if t.pos_ != "DET"]
    return bool(words) and words[-1] in INSTITUTION_WORDS \
        and all(w in GENERIC_MODIFIERS for w in words[:-1])  # fmt: skip


def written_as_common_words(tokens: list[Any]) -> bool:
    """A name of two words or more that the same text also writes in lower case ("massive
    Tax Cuts" beside "the tax cuts"): common words capitalised for emphasis, as tweets and
    slogans do, not someone's name."""
    if len(tokens) < 2 or not all(t.is_alpha and t.is_title for t in tokens):
        return False
    text = doc_text(tokens[0].doc)
    if tokens[-1].lower_ not in text:  # (most names: no need for a pattern of their own)
        return False
    words = r"\s+".join(re.escape(t.lower_) for t in tokens)
    return re.search(rf"\b{words}\b", text) is not None


def _owner_and_owned(tokens: list[Any]) -> tuple[list[Any], list[Any]]:
    """(owner, body) of a name the tagger ran over its owner's possessive: "Craxi's
    Socialist Party", "EC's executive Commission", "Tillerson's State Department" are the
    party, the Commission, the department, when the owner is someone the text names or a
    known body ("People's Daily", "Moody's Investors Service" are names; a country's body,
    "the Philippines' Commission on Good Government", is `localize_institutions`')."""
    at = next((i for i, t in enumerate(tokens) if t.tag_ == "POS"), None)
    if at is None or at == 0 or at == len(tokens) - 1 or tokens[at - 1].pos_ != "PROPN":
        return [], tokens
    owner, owned = tokens[:at], tokens[at + 1 :]
    known = knowledge.organization_by_name(span_text(owner))
    person = all(t.text in person_words(t.doc) for t in owner)
    if not (known or person) or not any(t.is_title for t in owned):
        return [], tokens
    return owner, owned


def _named_after_a_person(tokens: list[Any]) -> bool:
    """A name that opens with the surname of someone the document names in full ("Trump
    Tower" beside "Donald Trump"): a thing called after them, as no given name is that
    surname ("Clinton" is one, so "Clinton Portis" stays a person)."""
    if len(tokens) < 2 or names.fold(tokens[-1].text) in names.GENERATIONS:
        return False  # ("Trump Jr." is a person)
    first = tokens[0].text
    return first in _surnames_named_in_full(tokens[0].doc) and not names.is_given_name(first)


def _branch_in_a_country(tokens: list[Any]) -> bool:
    """A name ending in a country's name whose first word is no given name ("Ipsos Peru",
    "Mission Turkey"): a body's branch in the country, not a person ("Michael Jordan" is)."""
    return (
        len(tokens) >= 2 and knowledge.country_by_name(tokens[-1].text) is not None
        and not names.is_given_name(tokens[0].text)
    )  # fmt: skip


def _surnames_named_in_full(doc: Any) -> frozenset[str]:
    """The last words of the document's person names of two words or more that open with a
    given name ("Donald Trump"; not "President Xi", whose "Xi" opens "Xi Jinping") (cached
    on it)."""
    if "full_surnames" not in doc.user_data:
        doc.user_data["full_surnames"] = frozenset(
            ent[-1].text for ent in entities(doc)
            if ent.label_ == "PERSON" and len(ent) >= 2 and names.is_given_name(ent[0].text)
        )
    return doc.user_data["full_surnames"]


def document_acronyms(doc: Any) -> frozenset[str]:
    """The acronyms the document defines for a law, a treaty or a plan: "the Renewable Fuel
    Standard (RFS)" (cached on it)."""
    if "document_acronyms" not in doc.user_data:
        found = set()
        for bracket in tokens_written(doc, ("(",)):
            if bracket.text != "(" or not 1 <= bracket.i < len(doc) - 2:
                continue
            token = doc[bracket.i + 1]
            if token.nbor(1).text == ")" and token.is_upper:
                name = _capitalised_run(doc, token.i - 1)
                if name and name[-1].lower_ in DOCUMENT_WORDS:
                    found.add(token.text)
        doc.user_data["document_acronyms"] = frozenset(found)
    return doc.user_data["document_acronyms"]


def _capitalised_run(doc: Any, end: int) -> list[Any]:
    """The capitalised words (and the small words between them) that end before `end`."""
    start = end
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in ("of", "on", "for")):
        start -= 1
    return [t for t in doc[start:end] if t.is_title]


def person_words(doc: Any) -> frozenset[str]:
    """Words of the names the tagger calls persons anywhere in the document (cached on it)."""
    if "person_words" not in doc.user_data:
        doc.user_data["person_words"] = frozenset(
            t.text for ent in entities(doc) if ent.label_ == "PERSON" for t in ent
        )
    return doc.user_data["person_words"]


def _mostly_organization(tokens: list[Any]) -> bool:
    """A one-word name the tagger calls an organization more often than a person in the
    document, and never part of a longer person's name."""
    if len(tokens) != 1:
        return False
    votes = _name_labels(tokens[0].doc).get(tokens[0].text, Counter())
    return votes["ORG"] > votes["PERSON"] and not votes["LONG"]


def _name_labels(doc: Any) -> dict[str, Counter[str]]:
    """How the tagger labels each name in the document: one word by its own label, a longer
    name and the words of a longer person's name as "LONG"."""
    if "name_labels" not in doc.user_data:
        labels: dict[str, Counter[str]] = {}
        for ent in entities(doc):
            if ent.label_ in ("PERSON", "ORG"):
                key = ent.text if len(ent) == 1 else " ".join(t.text for t in ent)
                labels.setdefault(key, Counter())[ent.label_ if len(ent) == 1 else "LONG"] += 1
                for token in ent if len(ent) > 1 and ent.label_ == "PERSON" else ():
                    labels.setdefault(token.text, Counter())["LONG"] += 1
        doc.user_data["name_labels"] = labels
    return doc.user_data["name_labels"]


def sector_actor(phrase: Phrase) -> Candidate | None:
    """A body or collective of a country: "Iran's UN mission", "Israeli jets", "Gaza authorities"."""
    head = phrase.head
    if head.pos_ != "NOUN" or _title_of_a_name(phrase):
        return None
    sector = title_sector(phrase.tokens) or knowledge.sector_by_word(head.lemma_.lower())
    if sector is None:
        return None
    country = modifier_country(phrase.before_head()) or _owner_country(head)
    owner = _named_owner(head) if head.tag_ == "NNS" else []
    if country is None and owner:  # "representatives of Hamas": Hamas's, no legislature
        return _owned_collective(owner)
    if country is None:
        return members_of_organization(phrase) or _countryless(phrase, sector)
    if head.lemma_.lower() not in INSTITUTIONS:
        return country_collective(country, sector.code, sector.role)
    return Candidate(
        "body", plain(phrase.text), country, sector.code, cameo_code(country, sector.code), sector.role
    )


def _title_of_a_name(phrase: Phrase) -> bool:
    """ "Russian lawyer" of "Russian lawyer Natalia Veselnitskaya", cut off by the tagger:
    a singular title the person's name follows is theirs, no collective."""
    end = phrase.tokens[-1].i + 1
    doc = phrase.head.doc
    return phrase.head.tag_ == "NN" and end < len(doc) and doc[end].pos_ == "PROPN" \
        and doc[end].head.i != phrase.head.i and any(t.ent_type_ == "PERSON" for t in doc[end : end + 3])


def _named_owner(head: Any, preps: tuple[str, ...] = ("of", "for")) -> list[Any]:
    """The proper name a collective is "of" or "for" ("officials of the Taliban",
    "representatives for Amazon"); none for a common noun ("members of parliament")."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            owner = [t for c in prep.children if c.dep_ == "pobj" for t in c.subtree]
            words = [t for t in owner if t.pos_ not in ("DET", "PUNCT")]
            if words and any(t.pos_ == "PROPN" or t.ent_type_ for t in words):
                return words
    return []


def _owner_country(head: Any) -> str | None:
    """The country a collective is of or from ("the government of Chad", "officials from
    Serbia", "the army of Sudan"): its collective, as "the Chadian government" is; nothing
    for a body within it ("the parliament of Chad" is read as a body) or one person's post
    ("the president of the United States" is whoever holds it)."""
    if head.lemma_.lower() in INSTITUTIONS or not (head.tag_ == "NNS" or head.lower_ in GROUP_WORDS):
        return None
    owner = _named_owner(head, ("of", "for", "from"))
    country = knowledge.country_by_name(span_text(owner)) if owner else None
    return country.iso3 if country is not None else None


def _owned_collective(owner: list[Any]) -> Candidate | None:
    """The organization the owner's words name, else no actor: a group of someone unknown
    is no group of the article's country (one of a country is `_owner_country`'s, one of
    several countries the coder reads from the "of": `coding`'s participants)."""
    org = knowledge.organization_by_name(span_text(owner))
    if org is None:
        return None
    return Candidate("organization", org.name, org.country, org.sector, org.code, described=True)


def coordinated_collectives(phrase: Phrase, found: Candidate) -> list[Candidate]:
    """The collectives of the other countries a country's collective is named with: "British
    and French troops", "the U.S. and Japanese governments", "U.S. and South Korean
    officials" are each country's, one phrase for two actors (the coder reads both)."""
    if found.kind != "collective" or found.country is None or found.sector is None:
        return []
    head = phrase.head
    modifiers = [c for c in head.children if c.i < head.i and c.dep_ in COUNTRY_MODIFIER_DEPS]
    others: list[str] = []
    for modifier in modifiers:
        for word in conjuncts(modifier):  # (the modifier itself among them)
            words = [t for t in word.lefts if t.dep_ in ("compound", "amod")] + [word]
            country = modifier_country(words)  # ("South Korean": the whole run)
            if country is not None and country != found.country and country not in others:
                others.append(country)
    return [country_collective(c, found.sector, found.role) for c in others]


def country_collective(country: str, sector: str, role: str | None = None) -> Candidate:
    """A country's collective of one sector ("Israel military", "United States government"),
    whatever words name it: "Israeli jets", "the Kremlin", "the Trump administration"."""
    label = SECTOR_NAMES.get(sector, sector.lower())
    return Candidate("collective", f"{country_name(country)} {label}", country, sector,
                     cameo_code(country, sector), role)  # fmt: skip


# Dependencies of a country's word before a collective's noun: "British troops", "U.S.
# officials".
COUNTRY_MODIFIER_DEPS = frozenset({"amod", "nmod", "compound", "poss"})
# Collectives news writes in the singular: "police said", "the army".
GROUP_WORDS = frozenset({"police", "army", "military", "navy", "militia", "media", "government",
                         "administration", "regime", "junta"})  # fmt: skip


def _countryless(phrase: Phrase, sector: Any) -> Candidate | None:
    """ "Police said", "protesters marched", "prosecutors charged": a country's collective
    that the article names with no country; the resolver gives it the article's country
    (`home.article_country`) or drops it."""
    head = phrase.head
    if head.lemma_.lower() in INSTITUTIONS or not (
        head.tag_ == "NNS" or head.lower_ in GROUP_WORDS or _the_opposition(head)
    ):
        return None  # "the spokesman", "the ministry", "fierce opposition": no group of people
    return countryless_collective(sector)


def countryless_collective(sector: Any) -> Candidate:
    """A collective of the sector whose country the article must give: "officials", "the
    Government" (a description of the collective, not a name of it)."""
    label = SECTOR_NAMES.get(sector.code, sector.code.lower())
    return Candidate(
        "collective", label, None, sector.code, role=sector.role, countryless=True, described=True
    )


def _the_opposition(head: Any) -> bool:
    """ "The opposition boycotted the vote": the parties against the government, named with
    "the" alone; not resistance to something ("the opposition to the plan", "fierce
    opposition")."""
    if head.lower_ != "opposition":
        return False
    children = list(head.children)
    return [c.lower_ for c in children if c.i < head.i] == ["the"] and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "from", "of") for c in children
    )


def members_of_organization(phrase: Phrase) -> Candidate | None:
    """ "Hamas fighters", "Taliban commanders", "NATO troops", "EC farm ministers": the
    organization acts. Its name may stand before other modifiers of the head ("European
    Community foreign ministers"), which are then common words, not a name of their own."""
    before = phrase.before_head()
    for end in range(len(before), 0, -1):
        if end < len(before) and before[end].pos_ == "PROPN":
            continue  # "EC Commission officials": no name ends inside a name
        for start in range(end):
            tokens = before[start:end]
            org = knowledge.organization_by_name(span_text(tokens))
            if org is not None:
                return Candidate(
                    "organization", org.name, org.country, org.sector, org.code, name_tokens=tokens
                )
    return None


def office_of_organization(phrase: Phrase) -> Candidate | None:
    """ "The Fed chair said", "the NATO chief": an office of a known organization, with no
    holder named; the organization acts through it (the holder, when the article names
    them, is the coreference module's `office_holder`)."""
    if phrase.head.lemma_.lower() not in OFFICE_NOUNS:
        return None
    return members_of_organization(phrase)


def named_country(phrase: Phrase) -> Candidate | None:
    head = phrase.head
    company = _named_for_country(phrase)
    if company is not None:
        return company
    if head.ent_type_ not in ("GPE", "NORP", "LOC") and head.pos_ != "PROPN":
        return None
    if _region_ending_in_a_country(head):
        return None  # "Latin America", "North Africa": a region, not the country its last word names
    if is_locative(head) and not is_country_name(phrase):
        return None  # "in Wellington", "near Healdsburg": where, not who (the place stage's)
    # "T-Mobile USA", "Air France": a country's name ending a company's is not the country.
    in_company = head.ent_type_ == "ORG" and head.ent_iob_ == "I" \
        and knowledge.country_by_name(entity_text(head)) is None  # (but "Great Britain")
    for text in name_forms(phrase):
        seat = None if is_locative(head) else knowledge.seat_of_government(text)
        if seat is not None and (_acts(head) or knowledge.capital_of(seat[0]) != text):
            return country_collective(*seat)
        country = None if in_company else knowledge.country_by_name(text)
        if country is not None:
            return Candidate("country", country.name, country.iso3, code=country.iso3)
    if head.ent_type_ == "GPE":
        in_country = place_country(entity_text(head))  # "New York", not "York"
        if in_country:
            return Candidate("country", country_name(in_country), in_country, code=in_country)
    return None


# Where a capital's name says where, not who: "the streets of Athens", "the capital,
# Athens", "an Athens bank", "Athens' streets". Elsewhere it stands for its government
# ("Athens said", "talks with Tehran", "traveled to Kyiv": a visit to the state).
PLACE_OF_DEPS = frozenset({"appos", "compound", "nmod"})


# What a capital's possessive may own that is part of the city: "Wellington's High Street",
# "Beirut's southern suburbs", "Kabul's airport" (but "Tehran's nuclear programme").
CITY_PARTS = PLACE_OF | {"airport", "square"}


def _acts(token: Any) -> bool:
    """Whether a capital's name stands for its government (see `PLACE_OF_DEPS`)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj":
        return token.head.lower_ != "of"
    if token.dep_ == "poss":
        owned = token.head
        return owned.lower_ not in CITY_PARTS and owned.ent_type_ not in ("FAC", "LOC")
    return token.dep_ not in PLACE_OF_DEPS


# Words that make a region or a regime of a country's name, not a company: "Upper Egypt",
# "Greater Syria", "Communist China".
REGION_WORDS = frozenset({"upper", "lower", "north", "south", "east", "west", "northern",
                          "southern", "eastern", "western", "central", "greater", "new", "old",
                          "free", "mainland", "rural", "coastal", "occupied", "independent",
                          "communist", "socialist", "democratic", "federal", "imperial", "red",
                          "islamic", "arab", "shiite", "sunni", "catholic", "christian",
                          "muslim"})  # fmt: skip


def _region_ending_in_a_country(head: Any) -> bool:
    """ "Latin America": a name of several words, the last a country's, that is a region's."""
    if not head.ent_type_ or head.ent_iob_ != "I" or knowledge.country_by_name(head.text) is None:
        return False
    whole = entity_text(head)
    return knowledge.country_by_name(whole) is None and is_region_name(whole)


def _named_for_country(phrase: Phrase) -> Candidate | None:
    """ "Telecom Egypt", "Etisalat Egypt": a proper noun run into a country's name is a
    company named for the country (of it), not the country; not a region ("Upper Egypt"),
    a place ("Cairo, Egypt") or a demonym ("Kurdish Iraq")."""
    head = phrase.head
    country = knowledge.country_by_name(head.text)
    before = [t for t in phrase.before_head() if t.pos_ not in ("DET", "PUNCT")]
    if country is None or not before or head.i - before[-1].i != 1:
        return None
    first = before[-1]
    if first.pos_ != "PROPN" or first.dep_ != "compound" or first.lower_ in REGION_WORDS:
        return None
    if knowledge.country_by_name(first.text) or place_country(first.text) or first.is_upper:
        return None
    name = span_text([*before, head])
    if knowledge.country_by_name(name) or is_region_name(name):
        return None  # "Great Britain", "Latin America": the whole a country's or region's name
    return Candidate("organization", name, country.iso3, name_tokens=[*before, head])


def territory(phrase: Phrase) -> Candidate | None:
    """ "Israeli towns" -> Israel: a place noun whose country a modifier names."""
    if phrase.head.lemma_.lower() not in TERRITORY_NOUNS or phrase.is_definite:
        return None
    country = modifier_country(phrase.before_head())
    if country is None:
        return None
    return Candidate("country", country_name(country), country, code=country, described=True)


def national_body(phrase: Phrase, article: Article) -> Candidate | None:
    """A state body named by its sector word: "Congress", "the Senate", "U.S. Senate",
    "Parliament", "the U.S. House of Representatives Ethics Committee" (a body within
    one). It is the body of the country its modifier names, else of the country the
    story is filed from (its dateline); the organization table's entry for it when
    there is one ("United States Congress")."""
    head = phrase.head
    words = [t for t in without_control(phrase.tokens) if t.pos_ not in ("DET", "PUNCT", "PART")]
    if head.pos_ != "PROPN" and not (head.pos_ == "NOUN" and any(t.pos_ == "PROPN" for t in words)):
        return None  # (a body within a named one may be lower case: "the Kenyan Senate committee")
    collective = capitalised_collective(words)
    if collective is not None:
        return collective
    found = body_words(words) or _house_part(words)
    if found is None:
        return None
    sector, at = found
    words = shouted_body(words, sector, at)
    if not _names_a_body(words[-1], sector):
        return None  # "Congress' passage", "the Congress spending bill": a thing of the body
    modifiers = words[:at]
    country = modifier_country(modifiers) if modifiers else _of_country(words[at:])
    country = country or (None if modifiers else home_country(article))
    body = " ".join(t.text for t in words[at:])
    if country is None and not modifiers and sector.code == "LEG":
        # "The House of Representatives voted" with no dateline: the legislature of the
        # article's country (`ArticleActors._give_collectives_a_country`), never of none
        return Candidate("body", body, None, sector.code, countryless=True)
    if country is None or any(knowledge.country_by_name(t.text) is None for t in modifiers):
        return None  # "Salvation Army": other words name something else
    org = knowledge.organization_by_name(f"{country_name(country)} {body}")
    if org is not None and org.country == country:
        return Candidate("organization", org.name, org.country, org.sector, org.code,
                         name_tokens=phrase.tokens)  # fmt: skip
    return Candidate("body", body, country, sector.code, cameo_code(country, sector.code))


# A country's whole government, forces or police: the same collective whether the words are
# capitalised or not ("the Sudanese Government" is "the Sudanese government"), unlike a body
# within the state ("the U.S. Navy", "Parliament").
STATE_COLLECTIVES = (GROUP_WORDS - {"navy", "militia", "media"}) | {"armed forces", "security forces"}


def capitalised_collective(words: list[Any]) -> Candidate | None:
    """ "the Sudanese Government", "Greek Police", "Sudan Armed Forces", "the Government of
    Sudan": the country's collective its lower-case words name, not a body of its own; "the
    Government" alone is the story's, as "the government" is."""
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), len(words))
    for size in (2, 1):
        at = of - size
        word = " ".join(t.lower_ for t in words[max(at, 0) : of])
        if at < 0 or word not in STATE_COLLECTIVES or not words[at].text[:1].isupper():
            continue
        sector = knowledge.sector_by_word(word)
        modifiers, owner = words[:at], words[of + 1 :]
        if sector is None or (modifiers and owner):
            return None
        if not modifiers and not owner:
            return countryless_collective(sector)
        if any(knowledge.country_by_name(t.text) is None for t in modifiers):
            return None  # "Salvation Army", "Free Syrian Army": other words name a group
        country = modifier_country(modifiers) if modifiers else _of_country(words[at:])
        return country_collective(country, sector.code, sector.role) if country else None
    return None


# Common nouns that end the name of a body inside a state body ("the Senate intelligence
# committee", "the House ethics panel").
BODY_PARTS = frozenset({"committee", "subcommittee", "panel", "commission", "caucus", "office",
                        "delegation", "board", "council", "chamber", "leadership"})  # fmt: skip


def _house_part(words: list[Any]) -> tuple[Any, int] | None:
    """ "House Intelligence Committee", "the U.S. House Ways and Means Committee": "House"
    alone opens no body's name ("the White House", "a house"), but before a part of a
    body it is the house of representatives, of which the part is (sector, where it starts)."""
    at = next((i for i, t in enumerate(words[:-1]) if t.text == "House"), None)
    if at is None or words[-1].lower_ not in BODY_PARTS:
        return None
    return knowledge.sector_by_word("house of representatives"), at


def shouted_body(words: list[Any], sector: Any, at: int) -> list[Any]:
    """A body's words in a headline in capitals end at the body's word or a part of it:
    "U.S. SENATE VOTES", "GOVERNMENT FALLS", "ARMY ACADEMY BOMBED" (where every word is
    capitalised and the tagger takes the verb for a noun of the name)."""
    letters = [c for t in words for c in t.text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return words
    ends = [i for i, t in enumerate(words) if i >= at and (
        t.lower_ in sector.word.split() or t.lemma_.lower() in BODY_PARTS or t.lower_ in BODY_PARTS)]
    return words[: ends[-1] + 1] if ends else words


def _names_a_body(last: Any, sector: Any) -> bool:
    """Whether a phrase whose words hold a state body's word ends in a body's name: the
    body word itself, a proper name ("Office of Compliance"), or a part of a body."""
    if last.ent_type_ == "PERSON":
        return False  # "Governor of the Bank of England Robin Leigh-Pemberton": a person
    return (last.pos_ == "PROPN" or last.lemma_.lower() in BODY_PARTS
            or last.lower_ in sector.word.split() or not last.is_lower)  # fmt: skip


def _of_country(words: list[Any]) -> str | None:
    """The country a body's name ends with after "of" ("Bank of Mexico", "Parliament of
    Canada"): its own, whatever the dateline says."""
    for i, token in enumerate(words[:-1]):
        if token.lower_ == "of":  # the whole rest a country's name: not "of British Columbia"
            country = knowledge.country_by_name(span_text(words[i + 1 :]))
            return country.iso3 if country is not None else None
    return None


def _without_descriptor(tokens: list[Any]) -> list[Any]:
    """The words without a leading noun that says what kind of body it is, which the tagger
    takes into the name when it opens a sentence ("Chipmaker AMD", "Retailer Bixco")."""
    while (
        len(tokens) > 1
        and tokens[0].lower_ in BUSINESS_NOUNS
        and (tokens[0].is_lower or tokens[0].is_sent_start)  # not "Giant Eagle" mid-sentence
        and tokens[1].pos_ == "PROPN"
    ):
        tokens = tokens[1:]
    return tokens


def without_control(tokens: list[Any]) -> list[Any]:
    """The words without a hyphened participle that says who holds the body ("the
    Democratic-controlled House", "the Republican-led Senate"): no part of its name."""
    held = {
        t.i
        for participle in tokens
        if participle.tag_ == "VBN" and participle.dep_ == "amod"
        and any(c.tag_ == "HYPH" for c in participle.children)
        for t in participle.subtree
    }
    return [t for t in tokens if t.i not in held]


def dictionary_surname(phrase: Phrase, known_people: Dictionaries | None) -> Candidate | None:
    """A bare name the tagger did not call a person ("Trump" as ORG) that is the surname
    of someone in the actor dictionaries: a person, resolved with the article's context."""
    head = phrase.head
    if known_people is None or len(phrase.tokens) != 1 or head.pos_ != "PROPN" or head.is_lower:
        return None  # ("the president" tagged a proper noun is no surname)
    if head.ent_type_ not in ("PERSON", "ORG", "") or head.lower_ in NOT_NAMES:
        return None  # "Tuesday", "April", "Congress": the tagger knows these are not people
    if acronym([head]) or common_person_noun(head):
        return None  # "Shares of ATI": a company's letters; "Man denies arson": a man
    key = names.translit_key(head.text)
    if key not in people_by_surname(known_people) and key not in head_surnames():
        return None
    if is_region_name(head.text) or is_locative(head) and is_place_name(head.text):
        # "trip to Europe", "felt in Santa Rosa and Vallejo": a place, whoever in the
        # dictionaries bears the name
        return None
    return Candidate("person", head.text, name_tokens=[head])


# Phoenix's codes of bodies that are no state's: the sector each stands for, the country
# (if any) following in the next three letters ("MNCUSA": a US company, "NGOUSAHRI").
NON_STATE_CODES = {"IGO": "IGO", "NGO": "NGO", "MNC": "BUS", "MED": "MED", "IMG": "REB"}


def dictionary_code(candidate: Candidate, known_people: Dictionaries | None, day: Any) -> None:
    """An organization no table of ours knows, but the actor dictionaries do by its whole
    name, takes their code on the day ("Contras": NICREB, "UNITA": ANGREB, "Environmental
    Protection Agency": USAGOVENV, "Petrobras": MNCBRA, "Asian Development Bank": IGO);
    a country or sector the text gave stands."""
    if known_people is None or candidate.country is not None or candidate.sector is not None:
        return
    entry = known_people.actors.get(phrase_words(candidate.name))
    codes = entry.codes_on(day) if entry is not None else ()
    if not codes or not codes[0]:
        return
    code = codes[0]
    head, rest = code[:3], code[3:6]
    if head in NON_STATE_CODES:
        country = rest if rest and knowledge.country(rest) is not None else None
        sector = NON_STATE_CODES[head]
    elif knowledge.country(head) is not None:
        country, sector = head, rest or None
        if sector is not None and sector not in knowledge.SECTOR_LABELS:
            sector = None
    else:
        return
    candidate.country, candidate.sector, candidate.code = country, sector, code
    candidate.dictionary_role = DatedCode(codes)


def common_person_noun(token: Any) -> bool:
    """A capitalised noun for a person ("Man", "Actress": `knowledge.person_noun_sex`) that
    the article also writes in lower case ("Man denies arson ... A man has denied arson"):
    a common noun capitalised by its place in a headline, not a name."""
    word = token.lower_
    return (
        not token.is_lower
        and knowledge.person_noun_sex(word) is not None
        and bool(tokens_written(token.doc, (word,)))
    )


def names_a_thing(head: Any) -> bool:
    """ "Hurricanes Harvey and Irma": "Irma" is a storm, not Irma in Italy; "the tanker
    Delta" a ship, not Delta State; "Frank" of "the Dodd-Frank Act" a law, "Order" of "the
    Order of Honor" a decoration."""
    if _names_a_law(head) or _names_an_award(head):
        return True
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "appos" and head.head.lower_ in THING_WORDS:
        return True  # "the tanker Zeus" parsed with the name in apposition
    start = head.i
    while start > 0 and head.doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start > 0 and head.doc[start - 1].lower_ in THING_WORDS:
        return True  # "the tanker Orla was hit" parsed with two subjects
    return head.lower_ in STORM_WORDS or any(t.lower_ in THING_WORDS for t in head.lefts)


def _names_a_law(head: Any) -> bool:
    """ "the Dodd-Frank Act", "the Marshall Plan": a name that a law's or a plan's
    capitalised noun ends is the law's, not a person's; so is a health programme called
    after a president ("Obamacare", "Trumpcare")."""
    if not head.text[:1].isupper():
        return False  # (a name is capitalised: most heads asked are common nouns)
    if len(head.text) >= 8 and head.lower_.endswith("care"):
        return True
    doc, end = head.doc, head.i + 1
    while end < len(doc) and (
        doc[end].text == "-" or doc[end].pos_ == "PROPN" or _within_one_name(doc[end])
    ):
        if doc[end].lower_ in LAW_WORDS and doc[end].text[:1].isupper():
            return True
        end += 1
    sponsors = law_sponsors(doc)
    return bool(sponsors) and _sponsors_pair(head) in sponsors


def _within_one_name(token: Any) -> bool:
    """A small word inside the tagger's one name: "and" of "the Tax Cuts and Jobs Act" (not of
    "Iran and the Paris Agreement", two names)."""
    return token.lower_ in ("and", "&", "of", "for") and token.ent_iob_ == "I"


def _names_an_award(head: Any) -> bool:
    """ "the Order of Honor", "the Nobel Peace Prize", "the Presidential Medal of Freedom": a
    decoration given to someone, not a party."""
    if head.lower_ not in AWARD_WORDS or not head.text[:1].isupper():
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "of") or (c.i < head.i and c.pos_ in ("PROPN", "ADJ"))
        for c in head.children
    )


def _sponsors_pair(token: Any) -> str:
    """The two names joined by a hyphen (or a space) that `token` is one of, in lower case:
    "dodd frank" for "Frank" of "Dodd-Frank" or of "Dodd Frank"; "" for none."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-":
        return f"{doc[i - 2].lower_} {token.lower_}"
    if i + 2 < len(doc) and doc[i + 1].text == "-":
        return f"{token.lower_} {doc[i + 2].lower_}"
    if i >= 1 and doc[i - 1].pos_ == "PROPN":
        return f"{doc[i - 1].lower_} {token.lower_}"
    return ""


def law_sponsors(doc: Any) -> frozenset[str]:
    """The pairs of names that the document hyphenates before a law's noun ("the 2010
    Dodd-Frank financial reform law", "the Graham-Cassidy bill"): a law called after its
    sponsors, so "rolling back Dodd Frank" elsewhere names the law too. Read once a
    document."""
    found = doc.user_data.get("law_sponsors")
    if found is None:
        pairs = set()
        for hyphen in tokens_written(doc, ("-",)):
            i = hyphen.i
            if i == 0 or i + 1 >= len(doc) or hyphen.whitespace_ or doc[i - 1].whitespace_:
                continue
            first, second = doc[i - 1], doc[i + 1]
            if not (first.is_title and second.is_title and first.is_alpha and second.is_alpha):
                continue
            after = doc[i + 2 : i + 6]
            for token in after:
                if token.lemma_.lower() in LAW_NOUNS:
                    pairs.add(f"{first.lower_} {second.lower_}")
                    break
                if token.pos_ not in ("PROPN", "ADJ", "NOUN", "NUM"):
                    break
        found = doc.user_data["law_sponsors"] = frozenset(pairs)
    return found


def _head_tagged_organization(phrase: Phrase) -> list[Any]:
    """ "German Chancellor Olaf Scholz" tagged an organization: a head of state or of
    government by full name is a person, whatever the tagger says."""
    tokens = entity_tokens(phrase, "ORG")
    if tokens and names.translit_key(span_text(tokens)) in head_names():
        return tokens
    if _posted_to(phrase.head):
        posted = _name_after_a_state([t for t in phrase.tokens if t.pos_ != "DET"])
        if posted and any(t.ent_type_ == "ORG" for t in posted):
            return posted
    before = tokens[0].nbor(-1) if len(tokens) == 1 and tokens[0].i > 0 else None
    if before is not None and before.pos_ == "PROPN" and not before.ent_type_ \
            and names.is_given_name(before.text):  # fmt: skip
        tokens = [before, *tokens]  # "Jared" untagged before "Kushner" tagged a company
    return tokens if tokens and _first_and_surname(tokens) else []


def _posted_to(head: Any) -> bool:
    """Whether the phrase is where an office is held, as the parse has it: "to" of an
    envoy's noun ("Ambassador to the United Nations Nikki Haley")."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "to" and title_sector([prep.head]) is not None


def _name_after_a_state(tokens: list[Any]) -> list[Any]:
    """The person's name ending a phrase that opens with a country or a world body, which
    the tagger called an organization with it or after it ("United Nations Nikki Haley" of
    "U.S. Ambassador to the United Nations Nikki Haley", "Ukraine Kurt Volker" of "envoy to
    Ukraine Kurt Volker"): a given name of the tables and one or two capitalised words."""
    for start in range(1, len(tokens) - 1):
        name, before = tokens[start:], span_text(tokens[:start])
        if len(name) > 3 or not all(t.pos_ == "PROPN" and t.is_title for t in name):
            continue
        body = knowledge.organization_by_name(before)
        state = knowledge.country_by_name(before) or body is not None and body.sector == "IGO"
        if state and names.is_given_name(name[0].text):
            return name
    return []


def _first_and_surname(tokens: list[Any]) -> bool:
    """ "Bettie Page" tagged an organization where "Page" alone is a person elsewhere in the
    text, where a noun that stands for one person describes it ("Bettie Page, the pinup
    girl"), or where an honorific stands before the surname ("Ms. Page"): a first name of
    the table and a surname the tagger reads as a person's."""
    if not 2 <= len(tokens) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in tokens):
        return False
    if not names.is_given_name(tokens[0].text):
        return False
    votes = _name_labels(tokens[0].doc).get(tokens[-1].text, Counter())
    return votes["PERSON"] > votes["ORG"] or _described_as_person(tokens) \
        or _after_an_honorific(tokens[-1])  # fmt: skip


def _after_an_honorific(surname: Any) -> bool:
    """Whether the text writes the surname after "Mr.", "Ms." or the like anywhere ("Jared
    Kushner", which the tagger calls an organization in every sentence, is "Mr. Kushner")."""
    return any(
        token.i > 0 and names.fold(token.nbor(-1).text.rstrip(".")) in names.HONORIFICS
        for token in tokens_written(surname.doc, (surname.text,))
    )


def _described_as_person(tokens: list[Any]) -> bool:
    """A name in apposition with a noun that stands for one person, or with one of the
    nouns listed there ("Bettie Page, the 1950s pinup girl", "Bettie Page, the pinup and
    bondage model", "the actress, Bettie Page,"), or right after such a noun ("pin-up icon
    Bettie Page")."""
    head, first = tokens[-1], tokens[0]
    nouns = [c for c in head.children if c.dep_ == "appos"]
    nouns += [head.head] if head.dep_ == "appos" else []
    nouns += [c for n in nouns for c in n.children if c.dep_ == "conj"]
    if first.i > first.sent.start and first.nbor(-1).pos_ == "NOUN":
        nouns += _hyphened_run(first.nbor(-1))
    if head.dep_ in ("dobj", "nsubjpass"):  # "approved Ali Umar as defence minister"
        nouns += [o for p in head.head.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return any(knowledge.person_noun_sex(n.lemma_) is not None or _an_office(n)
               or n.lemma_.lower() in ONE_PERSONS_NOUNS for n in nouns)  # fmt: skip


# Nouns of posts one person holds in any body: "Leandra English, deputy director of the
# bureau", "presidential candidates Tim Pawlenty and Marco Rubio".
ONE_PERSONS_NOUNS = OFFICE_NOUNS | {"deputy", "candidate", "nominee", "aide"}


def _office_named_as(head: Any) -> list[Any]:
    """The office a verb gives the person it names with "as": "approved Rustem Umerov as
    defence minister", "was named as Ukraine's ambassador" (the office's words, no article)."""
    if head.dep_ not in ("dobj", "nsubjpass"):
        return []
    for prep in head.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i < head.i:
            continue
        for office in (o for o in prep.children if o.dep_ == "pobj" and _public_office(o)):
            words = [t for t in office.subtree if t.i <= office.i]
            return [t for t in words if t.pos_ != "DET" or t.tag_ == "PRP$"]
    return []


PUBLIC_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO", "PTY", "OPP", "REB"})


def _public_office(noun: Any) -> bool:
    """An office of a state, a party, an armed group or an international body ("minister",
    "ambassador", "commander"): not a trade or a part ("as the new doctor" of a cast)."""
    sector = _office_sector(noun)
    return sector is not None and sector.code in PUBLIC_SECTORS


def _hyphened_run(noun: Any) -> list[Any]:
    """A noun with the words it is hyphened to before it: "chief" of "commander-in-chief"."""
    run, i = [noun], noun.i
    while i >= 2 and noun.doc[i - 1].text == "-" and noun.sent.start <= i - 2:
        i -= 2
        run.append(noun.doc[i])
    return run


def _an_office(noun: Any) -> bool:
    """A title one person holds ("minister", "commander"), not a collective's or a body's."""
    return _office_sector(noun) is not None


def _office_sector(noun: Any) -> Any:
    """The sector of the title one person holds that the noun is, if it is one."""
    sector = knowledge.sector_by_word(noun.lemma_)
    return sector if sector is not None and sector.kind == "person" else None


@lru_cache(maxsize=1)
def head_names() -> frozenset[str]:
    """Transliteration keys of the full names of the heads of state and government."""
    return frozenset(names.translit_key(head.name) for head in knowledge.heads())


@lru_cache(maxsize=1)
def head_surnames() -> frozenset[str]:
    """Transliteration keys of the surnames of the heads of state and government: the last
    name part, or the first where the family name comes first ("Xi Jinping")."""
    return frozenset(
        names.translit_key(names.name_parts(head.name)[0 if family_first else -1])
        for head in knowledge.heads()
        for family_first in [head.country in names.FAMILY_NAME_FIRST]
    )


def body_key(phrase: Phrase) -> str:
    """Words of an institution without its country, order-free: "Iran's UN mission" and
    "Iran's mission to the UN" are one body."""
    words = {
        t.lemma_.lower()
        for t in without_control(phrase.tokens)
        if t.pos_ in ("NOUN", "PROPN", "ADJ") and knowledge.country_by_name(t.text) is None
    }
    return "-".join(sorted(names.slug(w) for w in words if names.slug(w)))


def _named_as_place(tokens: list[Any]) -> bool:
    """A name a settlement's noun introduces, here or anywhere in the article ("the eastern
    town of Avdiivka": then "Avdiivka" of the headline is the town too)."""
    return span_text(tokens) in settlement_names(tokens[0].doc)


def settlement_names(doc: Any) -> frozenset[str]:
    """The names the document introduces with a settlement's noun and "of" ("the town of
    Avdiivka", "the port city of Berdyansk"), read once a document."""
    found = doc.user_data.get("settlement_names")
    if found is None:
        names_found = set()
        for of in tokens_written(doc, ("of",)):
            i = of.i
            if i == 0 or i + 1 >= len(doc) or doc[i - 1].lemma_.lower() not in SETTLEMENT_NOUNS:
                continue
            end = i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN":
                end += 1
            if end > i + 1:
                names_found.add(span_text(list(doc[i + 1 : end])))
        found = doc.user_data["settlement_names"] = frozenset(names_found)
    return found


def _names_a_weapon(tokens: list[Any]) -> bool:
    """A name a weapon's noun follows, after its model number ("Leopard 2 tanks", "Patriot
    missiles"); or a name with a number in it, which no person's is ("Leopard 2")."""
    if any(t.is_digit for t in tokens):
        return True
    doc, end = tokens[0].doc, tokens[-1].i + 1
    while end < len(doc) and (doc[end].is_digit or doc[end].text == "-"):
        end += 1
    return end < len(doc) and doc[end].lemma_.lower() in WEAPON_WORDS


def _a_place(tokens: list[Any]) -> bool:
    """A name the gazetteer knows as a sizeable place, that no person of the document
    carries as part of a longer name ("Florence" beside "Florence Nightingale")."""
    name = span_text(tokens)
    if not is_place_name(name):
        return False
    words = {t.text for t in tokens}
    longer = (e for e in entities(tokens[0].doc) if e.label_ == "PERSON" and len(e) > len(tokens)
              and e[-1].lower_ not in GROUP_WORDS)  # ("Surrey Police": no one's name)
    return not any(words & {t.text for t in e} for e in longer)
