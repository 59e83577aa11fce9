"""The roles of the people an article names, beyond the titles its words give them.

A person the text gives no title takes a dated role from the packaged knowledge: a head of
state or government on the article's date ("Merkel said": DEU GOV), a known leader of an
organization the article names ("Haniyeh" beside Hamas), or the Phoenix actor dictionaries
("Barack Obama" in 2010: USAGOV). A title read in one sentence holds for the article.
The roles end up on the actor: one row per title read from the text, with its sentence as
evidence, and the dictionary's dated role.
"""

from __future__ import annotations

from typing import Any

from eventscribe.actors import knowledge, names
from eventscribe.actors.candidate import Candidate, Found
from eventscribe.actors.dictionaries import (
    ActorEntry,
    DatedCode,
    Dictionaries,
    people_by_surname,
    phrase_words,
)
from eventscribe.actors.nations import cameo_code, home_country, place_country
from eventscribe.article import Actor, Article, Role
from eventscribe.syntax import entities


class DictionaryRoles:
    """Roles from the knowledge tables and the actor dictionaries, in one article's context."""

    def __init__(self, article: Article, known_people: Dictionaries | None, found: Found) -> None:
        self.article = article
        self.known_people = known_people
        self.found = found

    def named_countries(self) -> set[str]:
        """Countries the article names: its actors', its places' ("met Macron in Paris"),
        and the dateline's ("WASHINGTON (Reuters) -": the story's own country)."""
        countries = {c.country for _, _, c in self.found if c.country and c.kind != "person"}
        places = {ent.text for ent in entities(self.article.doc) if ent.label_ == "GPE"}
        countries.update(filter(None, map(place_country, places)))
        home = home_country(self.article)
        if home is not None:
            countries.add(home)
        return countries

    def dictionary_role(self, person: Candidate, countries: set[str]) -> None:
        """Country and sector of a person the text gives no title, from the dated roles of
        the actor dictionaries ("Barack Obama" in 2010: USAGOV). A bare surname takes the
        one dictionary person of that surname from a country the article names
        ("Haniyeh" beside Hamas and Gaza: Ismail Haniya, PSE), or, when a title gave it a
        country, from that country ("Chinese President Xi": Xi Jinping); the title's
        country and sector then stand."""
        single = len(names.name_parts(person.name)) == 1
        if self.known_people is None:
            return
        day = self.article.published
        if person.country is not None and not single:
            self._sector_of_titled(person, day)
            return
        if person.country is None and self._leader_role(person, day):
            return
        if self._head_role(person, countries, day):
            return
        titled = person.country is not None
        found = self._dictionary_person(person.name, {person.country} if titled else countries, day)
        if found is None:
            return
        words, entry, codes = found
        code = codes[0]
        if single and code[:3] in names.FAMILY_NAME_FIRST:  # "Xi" -> "Xi Jinping"
            person.name = " ".join([person.name, *(w.title() for w in words[1:])])
        elif single:  # "Haniyeh" -> "Ismail Haniyeh" ("GOVENOR RONALD REAGAN" -> "Ronald Reagan")
            given = [w.title() for w in words[:-1] if not _title_word(w)]
            # "Mr Nakasone" -> "Yasuhiro Nakasone": the honorific goes with the given name
            person.name = " ".join([*given, *names.name_parts(person.name)])
        country, sector = code_parts(code)
        if not titled:  # a title's sector stands ("Treasury Secretary James Baker" is GOV
            # in 1987, though the dictionary's undated code for him is USAELI)
            person.country, person.sector = country, person.sector or sector
        if person.code is None and person.country == country:
            same = sector == person.sector
            person.code = code if same or person.sector is None else cameo_code(person.country, person.sector)
        person.dictionary_role = next(
            (r for r in entry.dated if r.codes == codes and (day is None or r.holds(day))),
            None,
        ) or DatedCode(codes)

    def _sector_of_titled(self, person: Candidate, day: Any) -> None:
        """A full name whose title gave a country but no sector ("Russian Security Council
        Deputy Chairman Dmitry Medvedev"): the sector of the dictionary's code for that
        person on the day, when it is of the same country."""
        if person.sector is not None or person.country == "IGO":
            return
        found = self._dictionary_person(person.name, {person.country}, day)
        if found is None or found[2][0][:3] != person.country:
            return
        code = found[2][0]
        person.sector, person.code = code[3:6] or None, code
        person.dictionary_role = next(
            (r for r in found[1].dated if r.codes == found[2] and (day is None or r.holds(day))),
            None,
        ) or DatedCode(found[2])

    def _head_role(self, person: Candidate, countries: set[str], day: Any) -> bool:
        """A head of state or government ("President Trump", "Merkel said"): the one holder
        on the article's date whose office the title names or whose country the article
        names; a full name needs neither."""
        single = len(names.name_parts(person.name)) == 1
        found: dict[str, knowledge.Head] = {}
        for head in knowledge.heads():
            if not head.holds(day) or person.country not in (None, head.country):
                continue
            if not single:
                if names.same_person(person.name, head.name):
                    found[head.name] = head
                continue
            family_first = head.country in names.FAMILY_NAME_FIRST
            if not names.same_surname(person.name, head.name, family_first):
                continue
            if person.role == head.role or head.country in countries | {person.country}:
                found[head.name] = head
        if len(found) != 1:
            return False
        head = next(iter(found.values()))
        person.name = head.name if single else person.name
        person.country, person.sector, person.code = (
            head.country,
            "GOV",
            cameo_code(head.country, "GOV"),
        )
        person.role = person.role or head.role
        person.dictionary_role = DatedCode((person.code,), head.start, head.end)
        person.dictionary_source = "heads"
        return True

    def _leader_role(self, person: Candidate, day: Any) -> bool:
        """A known leader: "Haniyeh" in an article naming Hamas is Ismail Haniyeh of Hamas."""
        named = {names.slug(c.name) for _, _, c in self.found if c.kind == "organization"}
        single = len(names.name_parts(person.name)) == 1
        for leader in knowledge.leaders():
            org = knowledge.organization(leader.organization)
            if org is None:
                continue
            if single:
                if names.slug(org.name) not in named or not names.same_surname(
                    person.name, leader.name
                ):
                    continue
                person.name = leader.name.rsplit(" ", 1)[0] + " " + person.name
            elif not names.same_person(person.name, leader.name):
                continue
            person.affiliation = f"org:{names.slug(org.name)}"
            person.country, person.sector, person.code = org.country or "IGO", org.sector, org.code
            person.role = leader.role if leader.holds(day) else None
            person.dictionary_role = DatedCode((org.code,), leader.start, leader.end)
            person.dictionary_source = "leaders"
            return True
        return False

    def _dictionary_person(
        self, name: str, countries: set[str], day: Any
    ) -> tuple[tuple[str, ...], ActorEntry, tuple[str, ...]] | None:
        words = phrase_words(name)
        entry = self.known_people.actors.get(words)
        if entry is not None and len(words) >= 2:
            codes = entry.codes_on(day)
            if person_codes(codes):
                return words, entry, codes
            # (else a spelling whose block lists no codes, as Phoenix's "DMITRY_MEDVEDEV_"
            # before the block of "DMITRI_MEDVEDEV_" that has them: the surname search below)
        parts = names.name_parts(name)
        if not parts:
            return None
        matches = {}
        for other, candidate in people_by_surname(self.known_people).get(
            names.translit_key(parts[-1]), []
        ):
            codes = candidate.codes_on(day)
            if not person_codes(codes):
                continue
            if codes[0][:3] in names.FAMILY_NAME_FIRST:  # short family names: exact only
                if names.fold(other[0]) != names.fold(parts[-1]) and not names.similar(
                    other[-1], parts[-1]
                ):
                    continue
            elif not names.similar(other[-1], parts[-1]):
                continue
            if len(parts) >= 2 and not names.same_person(name, " ".join(other)):
                continue
            if len(parts) == 1 and code_parts(codes[0])[0] not in countries:
                continue  # a bare "Smith" in a British story is no Virgin Islands minister
            kept = matches.get(id(candidate))
            if kept is None or _spelling_rank(other) < _spelling_rank(kept[0]):
                matches[id(candidate)] = (other, candidate, codes)
        if len(matches) > 1:  # a bare surname in the news is most often the office holder's
            matches = {k: m for k, m in matches.items() if m[2][0][3:6] == "GOV"}
        return next(iter(matches.values())) if len(matches) == 1 else None


def code_parts(code: str) -> tuple[str, str | None]:
    """The country and sector a dictionary code places a person in: a dependent territory's
    own ("GBRVGBGOV": the British Virgin Islands' government, not Britain's), else the
    code's state ("SUNRUS" stays the Soviet Union, a former state the republic was part of)."""
    from eventscribe.actors.history import whole_country_rules

    state, part = code[:3], code[3:6]
    former = {union for union, _ in whole_country_rules().values()}
    if part not in knowledge.SECTOR_LABELS and knowledge.country(part) is not None \
            and state not in former:  # fmt: skip
        return part, code[6:9] or None
    return state, part or None


def _spelling_rank(words: tuple[str, ...]) -> tuple[int, bool, int]:
    """Of one dictionary person's spellings, the one to name them by: the fewest words (no
    patronymic, no title), a given name of the tables, not a cut one ("DIMITRI MEDVEDEV"
    over "DMITR MEDVEDEV" and "DIMITR ANATOLYEVICH MEDVEDEV"), then the first listed."""
    return len(words), not names.is_given_name(words[0]), -len(words[0])


def family_first(person: Candidate, known_people: Dictionaries | None, day: Any) -> bool:
    """Whether the person's family name comes first ("Xi Jinping"): by the country their
    title gives, else by the actor dictionaries' entry for their full name."""
    country = person.country
    if country is None and known_people is not None:
        entry = known_people.actors.get(phrase_words(person.name))
        codes = entry.codes_on(day) if entry is not None else ()
        country = codes[0][:3] if codes else None
    return country in names.FAMILY_NAME_FIRST


def share_roles(people: list[Candidate]) -> None:
    """A person's title in one sentence holds for the article: copy it to all spellings."""
    by_id: dict[str, Candidate] = {}
    for person in people:
        known = by_id.get(person.actor_id)
        if known is None or (person.role and not known.role):
            by_id[person.actor_id] = person
    for person in people:
        source = by_id[person.actor_id]
        for attr in ("role", "country", "sector", "code", "affiliation"):
            if getattr(person, attr) is None:
                setattr(person, attr, getattr(source, attr))


def person_codes(codes: tuple[str, ...]) -> bool:
    """A dictionary code that places a person in a country's sector ("PSEGOV"): not "IGO...",
    nor a bare country code, which the dictionaries give places ("NEW YORK" [USA])."""
    return (
        bool(codes)
        and len(codes[0]) >= 6
        and codes[0][:3].isalpha()
        and not codes[0].startswith(("IGO", "NGO"))
    )


def add_role(article: Article, actor: Actor, sentence: int, candidate: Candidate) -> None:
    role = Role(
        title=candidate.role,
        country=candidate.country,
        sector=candidate.sector,
        code=candidate.code,
        valid_from=article.published,
        valid_to=article.published,
        source="text",
        evidence=article.sentence_text(sentence),
        article_id=article.id,
    )
    if not any(r.title == role.title and r.country == role.country for r in actor.roles):
        actor.roles.append(role)
    if actor.role is None:
        actor.role, actor.country, actor.sector = (
            candidate.role,
            candidate.country,
            candidate.sector,
        )
        actor.code = actor.code or candidate.code


def add_dictionary_role(actor: Actor, candidate: Candidate) -> None:
    dated = candidate.dictionary_role
    role = Role(
        country=candidate.country, sector=candidate.sector, code=candidate.code,
        valid_from=dated.start, valid_to=dated.end, source=candidate.dictionary_source,
        title=candidate.role if candidate.dictionary_source in ("leaders", "heads") else None,
    )  # fmt: skip
    if not any(r.source == role.source and r.code == role.code for r in actor.roles):
        actor.roles.append(role)
    actor.country = actor.country or candidate.country
    actor.sector = actor.sector or candidate.sector
    actor.code = actor.code or candidate.code


def rival_surname(word: str, full_name: str, known_people: Dictionaries | None) -> bool:
    """Whether `word` is exactly the surname of a person of the actor dictionaries who is
    not `full_name`: "Reagan" beside "Donald Regan" is Ronald Reagan, not a spelling of
    Regan. (The surname and first names must differ: "Zelenskiy" stays a spelling of
    "Volodymyr Zelensky", whose dictionary entry is "VOLODYMYR ZELENSKIY".)"""
    if known_people is None:
        return False
    if names.fold(word) in names.surname_variants(full_name):
        return False
    entries = people_by_surname(known_people).get(names.translit_key(word), [])
    exact = [" ".join(words) for words, _ in entries if names.fold(words[-1]) == names.fold(word)]
    return bool(exact) and not any(names.same_person(other, full_name) for other in exact)


def _title_word(word: str) -> bool:
    """A dictionary name's title word: "GOVENOR" (sic), "PRESIDENT", "GENERAL"."""
    lowered = word.lower().strip(".")
    if "-" in lowered:  # "PRESIDENT-ELECT"
        return any(_title_word(part) for part in lowered.split("-") if part)
    return (
        lowered in names.HONORIFICS
        or lowered in TITLE_WORDS
        or bool(knowledge.sector_by_word(lowered))
    )


TITLE_WORDS = frozenset({"governor", "govenor", "general", "senator", "judge", "admiral"})
