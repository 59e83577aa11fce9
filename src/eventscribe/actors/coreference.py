"""Coreference inside one article: which earlier actor a later naming stands for.

- A bare surname is the person named in full before ("Warren Jeffs" ... "Jeffs"), and
  spellings of one person are merged ("Hossein Amirabdollahian" = "Amir-Abdollahian").
- A definite description is the latest actor it fits: "the group", "the Palestinian
  Islamist group" (an organization of that country), "the company" (a business), "the
  enclave" (a country); "the bank" is the bank named last ("Marfin Bank").
(Pronouns are the `pronouns` module's.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import takewhile
from typing import Any

from eventscribe.actors import knowledge, names, titles
from eventscribe.actors.candidate import Candidate, Found
from eventscribe.actors.candidates import (
    BUSINESS_NOUNS,
    GROUP_NOUNS,
    ORGANIZATION_NOUNS,
    TERRITORY_NOUNS,
    office_of_organization,
)
from eventscribe.actors.nations import modifier_country
from eventscribe.actors.phrases import INSTITUTION_WORDS, Phrase, plain
from eventscribe.actors.pronouns import first_name_sex
from eventscribe.syntax import span_text, token_end

FamilyFirst = Callable[[Candidate], bool]  # whether a person's family name comes first
# Whether a bare surname is exactly another known person's than the full name's:
# ("Reagan", "Donald Regan") -> True, for Ronald Reagan.
Rival = Callable[[str, str], bool]

# Last words of the names of state bodies, which no "the company" refers to ("the Justice
# Department", "the Securities and Exchange Commission"), whatever sector the name was given.
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
STATE_BODY_WORDS = frozenset({"department", "ministry", "agency", "commission", "bureau",
                              "council", "court", "tribunal", "parliament", "congress",
                              "senate", "assembly", "cabinet", "committee", "police"})  # fmt: skip


def surname(
    phrase: Phrase, found: Found, family_first: FamilyFirst, rival: Rival = lambda w, n: False
) -> Candidate | None:
    """A bare name the tagger missed ("Abdollahian" as ORG) that is a known person's.
    The tagger often calls a capitalised surname that opens a sentence a common noun
    ("Jeffs was sentenced", "Tennant has been voted"): such a word counts only when it
    is exactly one of the surname's spellings, not a near one."""
    head = phrase.head
    if len(phrase.tokens) > 1:
        return None
    if head.pos_ == "PROPN":
        matches = names.same_surname
    elif head.pos_ == "NOUN" and head.text[:1].isupper() and not head.is_upper:
        matches = names.exact_surname
    else:
        return None
    country = knowledge.country_by_name(head.text) is not None
    for _, _, earlier in reversed(found):
        if country and not names.is_given_name(names.name_parts(earlier.name)[0]):
            continue  # "Turkey" is no surname of "Mission Turkey"; "Jordan" is Michael Jordan's
        same = earlier.kind == "person" and matches(head.text, earlier.name, family_first(earlier))
        if same and (matches is names.exact_surname or not rival(head.text, earlier.name)):
            return Candidate("person", head.text, name_tokens=[head])
    return None


# Territory nouns that, with "the" alone, name a place of their own more often than the
# country named last ("the camp", "the area", "the border"): coreference of news corpora
# links them to the place, not to the country.
PLACE_NOUNS = frozenset({"town", "city", "village", "border", "position", "base", "outpost",
                         "settlement", "area", "region", "water", "coast", "port", "camp"})  # fmt: skip
# "his company": as definite as "the company", a person's own ("its supplier", "their
# provider" are another body, of the one named)
OWNERS = frozenset({"his", "her"})


def may_describe(phrase: Phrase) -> bool:
    """Whether the phrase may be a definite description of an actor named before: "the"
    (or "his", "her") and a noun of a group, territory or business."""
    owned = any(t.dep_ == "poss" and t.lower_ in OWNERS for t in phrase.head.lefts)
    lemma = phrase.head.lemma_.lower()
    return (phrase.is_definite or owned) and lemma in GROUP_NOUNS | TERRITORY_NOUNS | BUSINESS_NOUNS


def definite_description(phrase: Phrase, found: Found) -> Candidate | None:
    """'the Palestinian Islamist group' -> the latest group of that country named before;
    "his company" likewise."""
    if not may_describe(phrase):
        return None
    lemma = phrase.head.lemma_.lower()
    owned = any(t.dep_ == "poss" and t.lower_ in OWNERS for t in phrase.head.lefts)
    found = [item for item in found if item[1].start < phrase.start]  # named before it only
    bound = {c.actor_id for _, p, c in found if _binds(p, phrase.head)}
    found = [item for item in found if item[2].actor_id not in bound]
    if owned and lemma not in TERRITORY_NOUNS and (employer := _employer(found)) is not None:
        return employer.copy(described=True)
    # "AMD's new CEO Rory Read spoke at the company's analyst day": the employer of the
    # person the sentence names before, rather than the organization named last
    same_sentence = phrase.head.sent
    if lemma in BUSINESS_NOUNS and (employer := _employer(found, same_sentence)) is not None:
        return employer.copy(described=True)
    if phrase.head.tag_ in ("NNS", "NNPS"):
        return None  # "the companies", "the two groups": more than the one named last
    if phrase.head.is_title and any(t.dep_ == "compound" and t.pos_ == "PROPN"
                                    and modifier_country([t]) is None for t in phrase.head.lefts):  # fmt: skip
        return None  # "the Crocus Group": a name, not "the group" named before
    if phrase.head.is_title and not phrase.head.is_sent_start \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in phrase.head.rights):
        return None  # "the Group of Five": a name
    country = modifier_country(phrase.before_head())
    if lemma in TERRITORY_NOUNS:  # "the enclave" -> the country named last
        if lemma in PLACE_NOUNS and not _names_its_place(phrase.head):
            return None
        for _, _, earlier in reversed(found):
            if earlier.kind == "country" and (country is None or earlier.country == country):
                return earlier.copy(described=True)
        return None
    business = lemma in BUSINESS_NOUNS
    for _, _, earlier in reversed(found):
        # "the US software giant" fits a company of no known country too; "the Palestinian
        # Islamist group" only a group of that country
        known = earlier.country or (country if business else None)
        if earlier.kind != "organization" or country not in (None, known):
            continue
        if business and (earlier.sector not in (None, "BUS") or _state_body(earlier.name)):
            continue
        if earlier.sector in STATE_SECTORS or _state_body(earlier.name):
            continue  # "the group", "the party" is never the Congress or a ministry
        if lemma == "party" and earlier.sector != "PTY" and not earlier.name.endswith("Party"):
            continue  # "the party" is a political party, not the company named last
        return earlier.copy(described=True)
    return None


# Head words of institutions' names that "the" + the word names again ("the bank", "the
# committee"); not of names from a headline in capitals ("PAVING WAY": "the way").
# (Not "the front", "the force", "the post", "the times": common words of other meanings.)
INSTITUTION_HEADS = INSTITUTION_WORDS - {
    "front", "force", "forces", "post", "times", "news", "radio", "television", "services",
} | {"church", "academy", "embassy", "school", "camp", "mission"}  # fmt: skip


def same_head(phrase: Phrase, found: Found) -> Candidate | None:
    """ "the bank" after "a branch of Marfin Bank", "the church" after "the Fundamentalist
    Church of Jesus Christ", "the commission" after "the Central Election Commission", "the
    Community" after "the European Community" (`_capitalised_reference`): a
    definite common noun for an institution that is the head word of an organization
    named before it (its last word, or the word before its "of") is the latest such one,
    when the noun's own modifiers are words of that name ("the election commission"; not
    "the central bank", which is another bank) or its country ("the Greek bank"), and no
    other phrase of that noun comes between (`_named_between`)."""
    head = phrase.head
    if not phrase.is_definite:
        return None
    if _capitalised_reference(phrase):
        modifiers: list[Any] = []  # "the Community" after "the European Community"
    elif head.pos_ != "NOUN" or not head.is_lower or head.tag_ != "NN":
        return None
    elif head.lemma_.lower() not in INSTITUTION_HEADS or may_describe(phrase):
        return None  # ("the party", "the company": `definite_description`'s, which said no)
    else:
        modifiers = [t for t in phrase.before_head() if t.pos_ not in ("DET", "PUNCT")]
        if any(t.pos_ == "PROPN" for t in modifiers):
            return None  # a name of its own: "the Waitrose store"
    country = modifier_country(modifiers) if modifiers else None
    for _, earlier_phrase, earlier in reversed(found):
        if earlier.kind not in ("organization", "body") or earlier_phrase.start >= phrase.start:
            continue
        if _binds(earlier_phrase, head):
            continue  # "Deutsche Bank sued the bank": another bank
        words = [w.lower() for w in earlier.name.split()]
        if not words or _name_head(words) != head.lemma_.lower():
            continue
        fits = all(t.lower_ in words or (country and earlier.country == country) for t in modifiers)
        if not fits or _named_between(earlier_phrase, phrase):
            return None
        return earlier.copy(described=True)
    return None


def _capitalised_reference(phrase: Phrase) -> bool:
    """ "the Community", "the enlarged Community's", "the Fund": the capitalised head word
    alone (but for adjectives), as news names again a body it named in full. ("the House"
    is the House of Representatives as often as the White House.)"""
    head = phrase.head
    return (
        [t for t in phrase.tokens if t.pos_ not in ("DET", "ADJ", "PART")] == [head]
        and head.pos_ == "PROPN"
        and head.is_title and head.lower_ != "house"
    )  # fmt: skip


def _named_between(earlier: Phrase, phrase: Phrase) -> bool:
    """Whether the phrase's noun comes between the name and it, in another phrase or name:
    "the court" after "the Utah Supreme Court ... sent to a Texas court" is the Texas court,
    "the department" after "a Justice Department spokeswoman" the Justice Department."""
    doc, lemma = phrase.head.doc, phrase.head.lemma_.lower()
    between = doc[earlier.tokens[-1].i + 1 : phrase.tokens[0].i]
    return any(t.lemma_.lower() == lemma or t.lower_ == lemma for t in between)


def _name_head(words: list[str]) -> str:
    """The head word of a name: "bank" of "Marfin Bank", "church" of "Church of Jesus"."""
    at = words.index("of") if "of" in words[1:] else len(words)
    return words[at - 1].rstrip(".,").removesuffix("'s").removesuffix("’s")


def _binds(earlier: Phrase, noun: Any) -> bool:
    """Whether an earlier phrase is the subject of the verb the noun is an object of (or,
    for a verb with no subject of its own, "to buy", of the verb it hangs on): a description
    there names someone else ("AMD announced its intention to buy the chip-maker": not AMD;
    not so for a noun deeper in the clause: "Microsoft released a patch for the company's
    browser")."""
    if noun.dep_ not in OBJECT_DEPS:
        return False
    verb = noun.head.head if noun.head.dep_ == "prep" else noun.head
    for _ in range(3):  # to buy <- intention <- announced
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return earlier.head in subjects
        if verb.dep_ not in CONTROLLED_DEPS:
            return False
        verb = verb.head.head if verb.head.pos_ == "NOUN" else verb.head
    return False


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
CONTROLLED_DEPS = frozenset({"xcomp", "acl"})  # "wants to buy", "its intention to buy"


def _names_its_place(noun: Any) -> bool:
    """ "the town of Khan Sheikhoun", "the northern city of Thessaloniki": a place noun whose
    "of" gives the place's own name, which stands for its country as a named place does."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and obj.dep_ == "pobj" and obj.pos_ == "PROPN"
        for prep in noun.children
        for obj in prep.children
    )


def _state_body(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and words[-1] in STATE_BODY_WORDS


def _employer(found: Found, sentence: Any = None) -> Candidate | None:
    """The organization named in the title of the person named last ("Bixco chief
    executive Tom Reeder said his company ...": Bixco), when the article names it; with a
    sentence, only a person named in it."""
    person = next((c for _, _, c in reversed(found) if c.kind == "person"
                   and (sentence is None or _in_sentence(c, sentence))), None)  # fmt: skip
    if person is None or not person.name_tokens:
        return None
    first = person.name_tokens[0]
    title = titles.title_before(list(first.doc[first.sent.start : first.i]), first.i)
    words = {names.fold(t.text) for t in title if t.pos_ in ("PROPN", "ADJ", "NOUN")}
    owner, _ = titles.title_owner(title)  # a name of several words: "Dalmar Systems' CEO"
    words.add(names.fold(span_text(owner)) if owner else "")
    return next((c for _, _, c in reversed(found) if c.kind == "organization"
                 and words & {names.fold(c.name), names.fold(c.key or names.org_key(c.name))}), None)  # fmt: skip


def _in_sentence(candidate: Candidate, sentence: Any) -> bool:
    return bool(candidate.name_tokens) and candidate.name_tokens[0].sent == sentence


def office_holder(phrase: Phrase, found: Found) -> Candidate | None:
    """ "the Fed chair" after "Fed Chair Janet Yellen": the latest person titled with that
    office of that organization (not "a NATO spokesman" after "NATO chief Stoltenberg")."""
    office = office_of_organization(phrase)
    if office is None:
        return None
    org_id = f"org:{names.slug(office.name)}"
    word = phrase.head.lemma_.lower()[:5]  # "chair" is "chairman" and "chairwoman"
    for _, _, earlier in reversed(found):
        titled = {w[:5] for w in _title_words(earlier)}
        if earlier.kind == "person" and earlier.affiliation == org_id and word in titled:
            return earlier.copy(described=True)
    return None


def link_people(
    found: Found, family_first: FamilyFirst, rival: Rival = lambda word, name: False
) -> tuple[list[Candidate], list[Candidate]]:
    """Merge spellings of one person; give surname-only mentions their full name: the
    person of that exact surname, else of a near spelling ("Haniya" for "Ismail Haniyeh")
    unless the word is exactly the surname of another known person ("Reagan" is not
    "Donald Regan"). Returns the people, and those of them not named by a surname alone
    (whose roles the dictionaries may give)."""
    people = [c for _, _, c in found if c.kind == "person"]
    full = [
        c
        for c in people
        if len(names.name_parts(c.name)) >= 2 and not names.surname_with_generation(c.name)
    ]
    canon: dict[int, Candidate] = {}
    for person in full:
        same = [other for other in full if names.same_person(person.name, other.name)]
        canon[id(person)] = max(same, key=_canonical_rank)
    named = Counter(id(canon[id(c)]) for c in full)
    for person in people:
        if id(person) in canon:
            continue
        generation = names.surname_with_generation(person.name)
        if generation is not None:  # "Trump Jr." is Donald Trump Jr., never Donald Trump
            sons = [canon[id(c)] for c in full if names.ends_with(c.name, generation)]
            if sons:
                canon[id(person)] = sons[-1]
            continue
        parts = names.name_parts(person.name)
        bare = parts[0] if len(parts) == 1 else person.name  # "Ms Page": "Page"
        matches = [
            canon[id(c)] for c in full if names.exact_surname(bare, c.name, family_first(c))
        ] or [
            canon[id(c)]
            for c in full
            if names.same_surname(bare, c.name, family_first(c)) and not rival(bare, c.name)
        ]
        matches = _same_title(person, matches, full, canon) or matches
        if matches:  # of two Jeffs, the one named most; of equals, the latest
            canon[id(person)] = max(reversed(matches), key=lambda c: named[id(c)])
    for person in people:
        best = canon.get(id(person))
        if best is not None:
            inherit(person, best)
    return people, [p for p in people if id(p) not in canon or p in full]


def _same_title(
    person: Candidate, matches: list[Candidate], full: list[Candidate], canon: dict[int, Candidate]
) -> list[Candidate]:
    """Of the people a surname may be, those whose own titles share a noun with the title it
    is named with: "Treasury Secretary Baker" is "Treasury Secretary James Baker", not
    "White House Chief of Staff Howard Baker" of the same article."""
    words = _title_words(person)
    if not words:
        return []
    titled = {id(canon[id(c)]): set() for c in full}
    for c in full:
        titled[id(canon[id(c)])] |= _title_words(c)
    return [m for m in matches if titled.get(id(m), set()) & words]


def _title_words(person: Candidate) -> set[str]:
    return {t.lemma_.lower() for t in person.title_tokens if t.pos_ in ("NOUN", "PROPN")}


def _canonical_rank(person: Candidate) -> tuple[int, int, str]:
    """The spelling a person's actor takes: the fewest name words (other articles name
    "Warren Jeffs" more often than "Warren Steed Jeffs", so the id is stable across them),
    then the longest ("Amir-Abdollahian" over "Amirabdollahian")."""
    return (-len(names.name_parts(person.name)), len(person.name), person.name)


def organizations_called_people(found: Found) -> None:
    """A one-word "person" the article also names as an organization is that organization
    (the tagger calls "Seacom" a person in one sentence and a company in the next), as is
    one that is the first word of an organization's name when no person of the article
    has it as a surname ("Ford" beside "Ford Motor Co", not beside "Gerald Ford"), and one
    that behaves as a company (`_company_signs`: "Zentrix CEO Andrew Fell", "server vendor
    Zentrix"); never the surname of a person the article names in full."""
    orgs = {names.fold(c.name): c for _, _, c in found if c.kind == "organization"}
    surnames = {
        names.fold(names.name_parts(c.name)[-1])
        for _, _, c in found
        if c.kind == "person" and len(names.name_parts(c.name)) >= 2
    }
    for _, _, c in found:
        first = c.name.split()[0] if c.kind == "organization" and " " in c.name else ""
        if len(names.fold(first)) >= 3 and names.fold(first) not in surnames:
            orgs.setdefault(names.fold(first), c)
    for word, person in _company_signs(found).items():
        if word not in surnames:
            orgs.setdefault(word, Candidate("organization", person.name))
    for _, _, candidate in found:
        org = orgs.get(names.fold(candidate.name)) if candidate.kind == "person" else None
        if names.fold(candidate.name) in surnames:
            continue  # "Kushner" after "Jared Kushner", whatever another sentence's tag made of it
        if org is not None and len(names.name_parts(candidate.name)) == 1:
            candidate.kind, candidate.name = "organization", org.name
            candidate.country, candidate.sector, candidate.code = (
                org.country,
                org.sector,
                org.code,
            )


def people_called_organizations(found: Found) -> None:
    """A name that opens with a first name, which the tagger calls an organization in one
    sentence but the article gives a person elsewhere, is that person (one sense a
    document): the same full name ("Bettie Page" tagged a company once, a person after), or
    the surname of a person of the article ("Bettie Page" ... "Ms Page"). A table's
    organization stays one, as does a name of no first name ("Kaspersky Lab")."""
    people = [c for _, _, c in found if c.kind == "person"]
    if not people:
        return
    full = {names.fold(c.name) for c in people if len(names.name_parts(c.name)) >= 2}
    surnames = {names.fold(names.name_parts(c.name)[-1]) for c in people if names.name_parts(c.name)}
    for _, _, candidate in found:
        if candidate.kind != "organization" or candidate.code or candidate.sector:
            continue
        parts = names.name_parts(candidate.name)
        if not 2 <= len(parts) <= 3 or not all(p[:1].isupper() for p in parts):
            continue
        if not first_name_sex(candidate.name):
            continue  # "Kaspersky Lab" tagged a person in a headline is still the company
        if names.fold(candidate.name) in full or names.fold(parts[-1]) in surnames:
            candidate.kind, candidate.country, candidate.key = "person", None, None


# Offices only a company (or another body) has: "Zentrix CEO Andrew Fell" makes Zentrix one.
COMPANY_OFFICES = frozenset({"ceo", "cfo", "coo", "cto", "founder", "co-founder", "executive",
                             "chairman", "chairwoman", "employee", "engineer"})  # fmt: skip


def _owner_word(token: Any) -> bool:
    """A word of the name a company office opens with ("Zentrix" of "Zentrix CEO")."""
    return (
        token.text[:1].isupper()
        and token.pos_ in ("PROPN", "NOUN")
        and token.lower_ not in COMPANY_OFFICES
    )


def _company_signs(found: Found) -> dict[str, Candidate]:
    """The one-word "people" (folded name -> candidate) that behave as companies: the owner
    of another person's company office ("Zentrix CEO Andrew Fell", "Zentrix chief executive
    ..."), or named right after a noun that says what kind of organization it is ("server
    vendor Zentrix", "startup Zentrix")."""
    single = {names.fold(c.name): c for _, _, c in found
              if c.kind == "person" and len(names.name_parts(c.name)) == 1}  # fmt: skip
    signs: dict[str, Candidate] = {}
    if not single:
        return signs
    for _, _, candidate in found:
        if candidate.kind != "person" or not candidate.name_tokens:
            continue
        first = candidate.name_tokens[0]
        before = first.doc[first.i - 1] if first.i > first.sent.start else None
        folded = names.fold(candidate.name)
        if folded in single and before is not None and before.lower_ in ORGANIZATION_NOUNS:
            signs[folded] = single[folded]
        title = [t for t in candidate.title_tokens if t.i < first.i]
        # (the tagger that took the owner for a person gives it no owner's entity type, and
        # may call it a common noun opening a sentence)
        owner = list(takewhile(_owner_word, title))
        owned = names.fold(span_text(owner)) if owner else ""
        if owned in single and any(t.lower_ in COMPANY_OFFICES for t in title[len(owner) :]):
            signs[owned] = single[owned]
    return signs


def places_called_organizations(found: Found) -> None:
    """A place the tagger read in a name the article also gives an organization is that
    organization ("Sibur said ..." where a village Sibur lies abroad, beside "petrochemical
    holding Sibur"), of the country its phrase names when the organization has none
    ("Russia's Sibur"); a country's own name or demonym stays the country, unless it follows
    such an organization's name ("T-Mobile USA" beside "T-Mobile")."""
    orgs = {names.fold(c.name): c for _, _, c in found if c.kind == "organization"}
    for _, phrase, candidate in found:
        if candidate.kind != "country":
            continue
        forms = [plain(phrase.text), phrase.head.text]  # "Russia's Sibur": its head
        org = next((orgs[names.fold(f)] for f in forms if names.fold(f) in orgs), None)
        owner = span_text(phrase.before_head()) if phrase.before_head() else ""
        if org is None and names.fold(owner) in orgs:
            # "T-Mobile USA": the arm in a country of a company the article names
            org, forms = orgs[names.fold(owner)], []
        if org is not None and not any(knowledge.country_by_name(f) for f in forms):
            candidate.kind, candidate.name = "organization", org.name
            candidate.country, candidate.sector, candidate.code, candidate.key = (
                org.country or modifier_country(phrase.before_head()),
                org.sector,
                org.code,
                org.key,
            )


def inherit(person: Candidate, best: Candidate) -> None:
    person.name = best.name


def link_organizations(found: Found, text: str) -> None:
    """Spellings of one organization in an article become one actor: "Intel Corp" and
    "Intel" (a legal form dropped), "Advanced Micro Devices ( AMD )" and "AMD" (an acronym
    defined in brackets, or a name's initials), "ATI Technologies" and "ATI" (a name that
    starts another), "SEACOM" and "Seacom", "Sea Micro" and "SeaMicro" (spelled apart).
    Two organizations of the knowledge tables stay apart ("UN" and "UN Security Council").
    The linked spellings take the table's entry when one of them is in it, else the longest
    spelling as the name and the shortest as the actor's key: the one other articles are
    likeliest to use ("AMD", "Intel")."""
    orgs = [(phrase, c) for _, phrase, c in found if c.kind == "organization"]
    if len(orgs) < 2:
        return
    groups = _Groups(len(orgs))
    defined = [_bracket_acronym(text, phrase, c) for phrase, c in orgs]
    for i, (_, a) in enumerate(orgs):
        for j in range(i + 1, len(orgs)):
            b = orgs[j][1]
            if (
                same_organization(a.name, b.name)
                or (defined[i] is not None and names.fold(defined[i]) == names.fold(b.name))
                or (defined[j] is not None and names.fold(defined[j]) == names.fold(a.name))
            ):
                groups.join(i, j)
    for members in groups.sets():
        if len(members) > 1:
            _one_organization([orgs[k][1] for k in members])


def same_organization(a: str, b: str) -> bool:
    """Two spellings of one organization's name (see `link_organizations`)."""
    known_a, known_b = knowledge.organization_by_name(a), knowledge.organization_by_name(b)
    if known_a is not None and known_b is not None:
        return known_a.id == known_b.id
    key_a, key_b = names.org_key(a), names.org_key(b)
    if names.spelled_key(key_a) == names.spelled_key(key_b):
        return True  # "Sea Micro" and "SeaMicro"
    short, long = sorted((a, b), key=len)
    if (
        len(short) >= 3
        and _is_acronym(short)
        and names.initials(_without_legal_form(long)) == short
    ):
        return True  # "AMD" and "Advanced Micro Devices" (not "EC" and "Executive Commission")
    short_key, long_key = sorted((key_a, key_b), key=len)
    if len(short_key) < 3 or not long_key.startswith(short_key + "-") or not short[:1].isupper():
        return False
    # "ATI" -> "ATI Technologies"; not "House" -> "House Banking Committee" (a body's word),
    # nor "EC" -> "EC's Commission" (a possessor).
    rest = [w.lower() for w in long.split()[len(short.split()) :]]
    body = short.lower() in BODY_WORDS or (rest and rest[-1] in PART_WORDS)
    return not body and not long.split()[len(short.split()) - 1].endswith(("'s", "’s"))


# Words that name a kind of body, not one body: "House" does not start "House Banking
# Committee" as "ATI" starts "ATI Technologies"; a committee or commission is a part.
BODY_WORDS = frozenset({"house", "senate", "parliament", "congress", "assembly", "council",
                        "commission", "committee", "ministry", "court", "government", "party",
                        "bank", "union", "army", "police", "board", "agency", "office"})  # fmt: skip
PART_WORDS = frozenset({"committee", "subcommittee", "commission", "council", "panel", "board",
                        "division", "unit", "wing", "bureau", "office"})  # fmt: skip


def _one_organization(members: list[Candidate]) -> None:
    known = next((c for c in members if knowledge.organization_by_name(c.name)), None)
    if known is not None:
        org = knowledge.organization_by_name(known.name)
        name, key = org.name, None
        country, sector, code = org.country, org.sector, org.code
    else:
        name = max((c.name for c in members), key=lambda n: (len(n), n))
        key = min((names.org_key(c.name) for c in members), key=lambda k: (len(k), k))
        first = next((c for c in members if c.country or c.sector), members[0])
        country, sector, code = first.country, first.sector, first.code
    for member in members:
        member.name, member.key = name, key
        member.country, member.sector, member.code = country, sector, code


def _bracket_acronym(text: str, phrase: Phrase, candidate: Candidate) -> str | None:
    """ "Advanced Micro Devices (AMD)": the acronym the text defines right after a name."""
    end = token_end(candidate.name_tokens[-1]) if candidate.name_tokens else phrase.end
    found = BRACKET_ACRONYM.match(text, end)
    return found.group(1) if found and _is_acronym(found.group(1)) else None


BRACKET_ACRONYM = re.compile(r"\s*\(\s*([A-Za-z0-9&.\-]{2,12})\s*\)")


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return " " not in word and len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2


def _without_legal_form(name: str) -> str:
    words = name.split()
    while len(words) > 1 and names.fold(words[-1]) in names.LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words)


class _Groups:
    """Union-find over 0..n-1."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)

    def sets(self) -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for item in range(len(self.parent)):
            found.setdefault(self.find(item), []).append(item)
        return list(found.values())


def spellings(found: Found) -> dict[str, Candidate]:
    """The folded spellings of the article's organizations (as written, and their keys) and
    people (full names and surnames), to find the namings the tagger missed: "purchase of
    ATI" where ATI is a company named elsewhere, "Jeffs" in a headline."""
    known: dict[str, Candidate] = {}
    for _, phrase, candidate in found:
        if candidate.kind == "organization":
            written = span_text(candidate.name_tokens or phrase.tokens)
            for form in (written, names.org_key(written).replace("-", ""), candidate.name):
                known.setdefault(names.fold(form), candidate)
        elif candidate.kind == "person":
            parts = names.name_parts(candidate.name)
            for form in (candidate.name, parts[-1] if parts else ""):
                if len(names.fold(form)) >= 2:
                    known.setdefault(names.fold(form), candidate)
    return known


def missed_naming(
    phrase: Phrase, known: dict[str, Candidate], inner: bool = True
) -> Candidate | None:
    """A proper name the phrase classifiers passed over that is one of `spellings`: the
    phrase ("Seacom"), else its head ("Ont-based ATI"), else, when `inner`, one of its
    proper nouns (the tagger runs "Microsoft Wednesday took ..." into one name; not so in
    a headline's run of capitals, "VW CURRENCY DEPARTMENT HEAD ARRESTED")."""
    if phrase.head.pos_ != "PROPN":
        return None
    whole = plain(span_text(phrase.tokens))
    if knowledge.seat_of_government(whole) or knowledge.country_by_name(whole):
        return None  # "in the White House" holds "House", but names the seat, not the House
    words = [[t] for t in phrase.tokens if inner and t.pos_ == "PROPN" and t != phrase.head]
    for tokens in (phrase.tokens, [phrase.head], *words):
        folded = names.fold(plain(span_text(tokens)))
        candidate = known.get(folded) if len(folded) >= 2 else None
        if candidate is not None:
            found = candidate.copy()
            found.name_tokens = tokens
            return found
    return None


def modifier_naming(phrase: Phrase, known: dict[str, Candidate]) -> Candidate | None:
    """A name of `spellings` that modifies a common noun: "the SEACOM cable", "AMD
    management", "the Jeffs trial" name the company or person as well as the thing. Its
    mention is a "modifier": it says who the thing is of, but the thing is no participant
    ("refusing to lift Opec oil" does nothing to Opec), so events leave it out."""
    if phrase.head.pos_ != "NOUN":
        return None
    run: list[Any] = []
    for token in [*phrase.before_head(), phrase.head]:
        if token.pos_ == "PROPN" and token.dep_ in ("compound", "nmod"):
            run.append(token)
            continue
        folded = names.fold(plain(span_text(run))) if run else ""
        candidate = known.get(folded) if len(folded) >= 2 else None
        if candidate is not None:
            found = candidate.copy()
            found.name_tokens, found.modifier = run, True
            return found
        run = []
    return None


def owner_naming(
    owner: list[Any], known: dict[str, Candidate], person: Candidate
) -> Candidate | None:
    """The organization or person of `spellings` that a title's opening words name
    ("SeaMicro" of "SeaMicro CEO"), as a modifier; not the titled person themself."""
    if not owner:
        return None
    candidate = known.get(names.fold(plain(span_text(owner))))
    if candidate is None or candidate.actor_id == person.actor_id:
        return None
    found = candidate.copy()
    found.name_tokens, found.modifier = owner, True
    return found
