"""Actors stage: find who is named in each sentence and resolve every naming to one actor.

Per sentence, nominal phrases are resolved (longest first) to a person with a title, an
organization, an institution or collective of a country ("Iran's UN mission", "Israeli
jets"), a country, or a definite description of an earlier actor ("the Palestinian
Islamist group"). Then, across the article, spellings of one person are merged
("Hossein Amirabdollahian" = "Amir-Abdollahian" = "Abdollahian") and the person gets the
role that the text gave them, with the sentence as evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from eventscribe import registry
from eventscribe.actors import knowledge, names
from eventscribe.actors.coded import code_article, mark_discards
from eventscribe.actors.dictionaries import (
    ActorEntry,
    DatedCode,
    Dictionaries,
    default_discards,
    load_dictionaries,
    people_by_surname,
    phrase_words,
)
from eventscribe.actors.home import assign_home_country
from eventscribe.actors.phrases import (
    Phrase,
    entity_text,
    entity_tokens,
    is_locative,
    is_name_break,
    is_wire_credit,
    sentence_phrases,
    with_institution_tail,
)
from eventscribe.article import Actor, ActorMention, Article, Role
from eventscribe.pipeline import BaseStage

SECTOR_NAMES = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary",
    "LEG": "legislature", "OPP": "opposition", "REB": "rebels", "INS": "insurgents",
    "PTY": "party", "MED": "media", "CVL": "civilians", "BUS": "business", "REF": "refugees",
    "EDU": "education", "HLH": "health", "LAB": "labour", "SPY": "intelligence",
    "IGO": "international organization", "NGO": "non-governmental organization",
}  # fmt: skip
GROUP_NOUNS = frozenset({"group", "movement", "militia", "organization", "organisation",
                         "faction", "party"})  # fmt: skip
# "the company", "the chipmaker": the latest business (or organization of no known sector).
BUSINESS_NOUNS = frozenset({"company", "firm", "giant", "maker", "chipmaker", "startup",
                            "carrier", "operator", "provider", "manufacturer", "retailer",
                            "conglomerate", "insurer", "lender", "automaker"})  # fmt: skip
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
STORM_WORDS = frozenset({"hurricane", "hurricanes", "storm", "storms", "typhoon", "typhoons",
                         "cyclone", "cyclones", "tropical"})  # fmt: skip
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}  # fmt: skip
PERSONAL_PRONOUNS = frozenset(PRONOUN_GENDERS)
# Words in a person's mentions or title that tell which pronoun fits them.
GENDER_WORDS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
                "spokesman": "m", "spokeswoman": "f", "congressman": "m", "congresswoman": "f",
                "chairman": "m", "chairwoman": "f", "businessman": "m", "businesswoman": "f",
                "king": "m", "queen": "f", "prince": "m", "princess": "f", "wife": "f",
                "husband": "m", "mother": "f", "father": "m", "son": "m", "daughter": "f"}  # fmt: skip
INSTITUTIONS = frozenset({"mission", "embassy", "ministry", "consulate", "delegation",
                          "office", "parliament", "cabinet", "council"})  # fmt: skip


@dataclass
class Candidate:
    """What one phrase names, before article-level merging."""

    kind: str  # person, organization, country, body, collective
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    affiliation: str | None = None  # an organization actor id ("org:hamas")
    title_tokens: list[Any] = field(default_factory=list)  # "Iran's Foreign Minister"
    name_tokens: list[Any] = field(default_factory=list)
    key: str | None = None  # a body's words without its country: "mission-un"
    dictionary_role: DatedCode | None = None  # the dictionary's dated role, when it gave one
    dictionary_source: str = "phoenix dictionary"

    @property
    def actor_id(self) -> str:
        if self.kind == "person":
            return f"person:{names.person_key(self.name)}"
        if self.kind == "organization":
            return f"org:{names.slug(self.name)}"
        if self.kind == "country":
            return f"country:{self.country}"
        if self.kind == "body":
            return f"body:{(self.country or 'x').lower()}:{self.key or names.slug(self.name)}"
        return f"sector:{self.country or 'X'}:{self.sector or 'X'}"


@registry.stages.register("actors")
class ActorStage(BaseStage):
    name = "actors"
    requires = ("doc", "sentences")
    assigns = ("mentions", "actors")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        folder = settings.dictionaries
        # Users' own dictionaries code actors PETRARCH's way, by dictionary alone.
        self.dictionaries = load_dictionaries(str(folder)) if folder else None
        self.discards = default_discards()
        # The packaged Phoenix dictionaries: dated roles of people the text names bare.
        self.known_people = load_dictionaries(None) if folder is None else None

    def __call__(self, article: Article) -> Article:
        if self.dictionaries is not None:
            code_article(article, self.dictionaries)
        else:
            mark_discards(article, self.discards)
            ArticleActors(article, self.known_people).resolve()
            assign_home_country(article)
        return article


class ArticleActors:
    def __init__(self, article: Article, known_people: Dictionaries | None = None) -> None:
        self.article = article
        self.known_people = known_people
        self.found: list[tuple[int, Phrase, Candidate]] = []  # (sentence, phrase, candidate)

    def resolve(self) -> None:
        for sentence in self.article.sentences:
            if sentence.coded:
                self._resolve_sentence(sentence.index)
        self._link_people()
        self._emit()
        self._link_pronouns()

    def _link_pronouns(self) -> None:
        """He, him, his, she, her: the person named last before it in the sentence, else the
        one person the sentence before names ("Jeffs ... . He was convicted ...")."""
        article = self.article
        people: dict[int, list[ActorMention]] = {}
        self.genders: dict[str, str] = {}
        for mention in article.mentions:
            actor = article.actors.get(mention.actor_id)
            if actor is not None and actor.kind == "person":
                self._learn_gender(actor.id, mention.text)
                if mention.kind != "title":
                    people.setdefault(mention.sentence, []).append(mention)
        for sentence in article.sentences:
            if not sentence.coded:
                continue
            span = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            for token in span or ():
                actor_id = None
                if token.pos_ == "PRON" and token.lower_ in PERSONAL_PRONOUNS:
                    actor_id = self._antecedent(token, people, sentence.index)
                elif token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
                    actor_id = self._mentioned(token.head.head)  # "Matt Smith, who ..."
                if actor_id is not None:
                    article.mentions.append(ActorMention(
                        token.idx, token.idx + len(token.text), token.text,
                        sentence.index, actor_id, "pronoun",
                    ))  # fmt: skip

    def _mentioned(self, token: Any) -> str | None:
        """The actor of the mention that ends at the token (a relative clause's noun)."""
        end = token.idx + len(token.text)
        for mention in self.article.mentions:
            if mention.start <= token.idx and mention.end == end and mention.kind != "pronoun":
                return mention.actor_id
        return None

    def _antecedent(
        self, token: Any, people: dict[int, list[ActorMention]], sentence: int
    ) -> str | None:
        gender = PRONOUN_GENDERS[token.lower_]
        before = [
            m for m in people.get(sentence, [])
            if m.end <= token.idx and self.genders.get(m.actor_id, gender) == gender
        ]  # fmt: skip
        # A possessor ("Trump's adviser") is rarely what a later pronoun stands for when the
        # sentence names someone else: "Flynn resigned as Trump's adviser after he ...".
        owners = [m for m in before if self.article.text[m.end : m.end + 2] in ("'s", "’s")]
        before = [m for m in before if m not in owners] or owners
        if token.dep_ in SUBJECT_DEPS:  # a subject pronoun continues a subject ("X fired
            subjects = [m for m in before if self._is_subject(m)]  # back at Y and said she")
            before = subjects or before
        if before:
            found = max(before, key=lambda m: m.end).actor_id
        elif any(t.pos_ == "PROPN" for t in token.sent if t.i < token.i):
            return None  # someone named before it, but not resolved: not the last sentence's
        else:
            previous = {
                m.actor_id for m in people.get(sentence - 1, [])
                if self.genders.get(m.actor_id, gender) == gender
            }  # fmt: skip
            found = previous.pop() if len(previous) == 1 else None
        if found is not None:
            self.genders.setdefault(found, gender)  # "he" for Trump: "she" is someone else
        return found

    def _is_subject(self, mention: ActorMention) -> bool:
        span = self.article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in SUBJECT_DEPS

    def _learn_gender(self, actor_id: str, text: str) -> None:
        """ "Mr. Trump", "spokeswoman Sarah Sanders": which pronoun fits the person."""
        for word in text.lower().split():
            if word in GENDER_WORDS:
                self.genders.setdefault(actor_id, GENDER_WORDS[word])

    def _resolve_sentence(self, index: int) -> None:
        sentence = self.article.sentences[index]
        span = self.article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        taken: set[int] = set()
        for phrase in sentence_phrases(span):
            if (
                phrase.head.i in taken
                or is_wire_credit(self.article.text, phrase.start, phrase.end)
                or self._in_dateline(phrase)
            ):
                continue
            candidate = self._candidate(phrase)
            if candidate is None:
                continue
            if candidate.kind == "body":
                phrase = with_institution_tail(phrase)
                candidate.name = _plain(phrase.text)
                candidate.key = _body_key(phrase)
            taken.update(t.i for t in phrase.tokens)
            self.found.append((index, phrase, candidate))

    def _in_dateline(self, phrase: Phrase) -> bool:
        """ "SAN FRANCISCO (Reuters) -": where the story was filed, not a party to it."""
        dateline = self.article.dateline
        if not dateline:
            return False
        first = next(p for p in self.article.paragraphs if p.kind not in ("title", "summary"))
        end = first.start + len(dateline)
        at_start = self.article.text.startswith(dateline, first.start)
        return at_start and first.start <= phrase.start < end

    def _candidate(self, phrase: Phrase) -> Candidate | None:
        head = phrase.head
        if head.pos_ == "PRON" or _names_a_storm(head):
            return None
        return (
            _person(phrase)
            or self._surname(phrase)
            or _organization(phrase)
            or _sector_actor(phrase)
            or self._national_body(phrase)
            or _country(phrase)
            or _territory(phrase)
            or self._definite_description(phrase)
            or self._dictionary_surname(phrase)
            or _named_organization(phrase)
        )

    def _national_body(self, phrase: Phrase) -> Candidate | None:
        """A state body named by its sector word: "Congress", "the Senate", "U.S. Senate",
        "Parliament", "the U.S. House of Representatives Ethics Committee" (a body within
        one). It is the body of the country its modifier names, else of the country the
        story is filed from (its dateline); the organization table's entry for it when
        there is one ("United States Congress")."""
        head = phrase.head
        if head.pos_ != "PROPN":
            return None
        words = [t for t in phrase.tokens if t.pos_ not in ("DET", "PUNCT", "PART")]
        found = _body_words(words)
        if found is None:
            return None
        sector, at = found
        modifiers = words[:at]
        country = _modifier_country(modifiers) if modifiers else self._home_country()
        if country is None or any(knowledge.country_by_name(t.text) is None for t in modifiers):
            return None  # "Salvation Army": other words name something else
        body = " ".join(t.text for t in words[at:])
        org = knowledge.organization_by_name(f"{_country_name(country)} {body}")
        if org is not None and org.country == country:
            return Candidate("organization", org.name, org.country, org.sector, org.code,
                             name_tokens=phrase.tokens)  # fmt: skip
        return Candidate("body", body, country, sector.code, _code(country, sector.code))

    def _home_country(self) -> str | None:
        """The country the story is filed from: "WASHINGTON (Reuters) -" gives USA."""
        dateline = self.article.dateline
        if not dateline:
            return None
        seat = knowledge.seat_of_government(dateline)
        return seat[0] if seat is not None else _place_country(dateline)

    def _surname(self, phrase: Phrase) -> Candidate | None:
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
        for _, _, earlier in reversed(self.found):
            if earlier.kind == "person" and matches(
                head.text, earlier.name, self._family_first(earlier)
            ):
                return Candidate("person", head.text, name_tokens=[head])
        return None

    def _family_first(self, person: Candidate) -> bool:
        """Whether the person's family name comes first ("Xi Jinping"): by the country their
        title gives, else by the actor dictionaries' entry for their full name."""
        country = person.country
        if country is None and self.known_people is not None:
            entry = self.known_people.actors.get(phrase_words(person.name))
            codes = entry.codes_on(self.article.published) if entry is not None else ()
            country = codes[0][:3] if codes else None
        return country in names.FAMILY_NAME_FIRST

    def _definite_description(self, phrase: Phrase) -> Candidate | None:
        """'the Palestinian Islamist group' -> the latest group of that country named before."""
        lemma = phrase.head.lemma_.lower()
        if not phrase.is_definite or lemma not in GROUP_NOUNS | TERRITORY_NOUNS | BUSINESS_NOUNS:
            return None
        country = _modifier_country(phrase.before_head())
        if lemma in TERRITORY_NOUNS:  # "the enclave" -> the country named last
            for _, _, earlier in reversed(self.found):
                if earlier.kind == "country" and (country is None or earlier.country == country):
                    return Candidate(**{**earlier.__dict__, "title_tokens": [], "name_tokens": []})
            return None
        business = lemma in BUSINESS_NOUNS
        for _, _, earlier in reversed(self.found):
            if earlier.kind != "organization" or country not in (None, earlier.country):
                continue
            if business and earlier.sector not in (None, "BUS"):
                continue
            return Candidate(**{**earlier.__dict__, "title_tokens": [], "name_tokens": []})
        return None

    def _organizations_called_people(self) -> None:
        """A one-word "person" the article also names as an organization is that organization
        (the tagger calls "Seacom" a person in one sentence and a company in the next)."""
        orgs = {names.fold(c.name): c for _, _, c in self.found if c.kind == "organization"}
        for _, _, candidate in self.found:
            org = orgs.get(names.fold(candidate.name)) if candidate.kind == "person" else None
            if org is not None and len(names.name_parts(candidate.name)) == 1:
                candidate.kind, candidate.name = "organization", org.name
                candidate.country, candidate.sector, candidate.code = (
                    org.country,
                    org.sector,
                    org.code,
                )

    def _link_people(self) -> None:
        """Merge spellings of one person; give surname-only mentions their full name."""
        self._organizations_called_people()
        people = [c for _, _, c in self.found if c.kind == "person"]
        full = [c for c in people if len(names.name_parts(c.name)) >= 2]
        canon: dict[int, Candidate] = {}
        for person in full:
            same = [other for other in full if names.same_person(person.name, other.name)]
            canon[id(person)] = max(same, key=lambda c: (len(c.name), c.name))
        named = Counter(id(canon[id(c)]) for c in full)
        for person in people:
            if id(person) in canon:
                continue
            matches = [
                canon[id(c)]
                for c in full
                if names.same_surname(person.name, c.name, self._family_first(c))
            ]
            if matches:  # of two Jeffs, the one named most; of equals, the latest
                canon[id(person)] = max(reversed(matches), key=lambda c: named[id(c)])
        for person in people:
            best = canon.get(id(person))
            if best is not None:
                _inherit(person, best)
        countries = self._named_countries()
        for person in people:
            if id(person) not in canon or person in full:
                self._dictionary_role(person, countries)
        self._share_roles(people)

    def _named_countries(self) -> set[str]:
        """Countries the article names: its actors', its places' ("met Macron in Paris"),
        and the dateline's ("WASHINGTON (Reuters) -": the story's own country)."""
        countries = {c.country for _, _, c in self.found if c.country and c.kind != "person"}
        places = {ent.text for ent in self.article.doc.ents if ent.label_ == "GPE"}
        countries.update(filter(None, map(_place_country, places)))
        home = self._home_country()
        if home is not None:
            countries.add(home)
        return countries

    def _dictionary_role(self, person: Candidate, countries: set[str]) -> None:
        """Country and sector of a person the text gives no title, from the dated roles of
        the actor dictionaries ("Barack Obama" in 2010: USAGOV). A bare surname takes the
        one dictionary person of that surname from a country the article names
        ("Haniyeh" beside Hamas and Gaza: Ismail Haniya, PSE), or, when a title gave it a
        country, from that country ("Chinese President Xi": Xi Jinping); the title's
        country and sector then stand."""
        single = len(names.name_parts(person.name)) == 1
        if self.known_people is None or (person.country is not None and not single):
            return
        day = self.article.published
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
        elif single:  # "Haniyeh" -> "Ismail Haniyeh"
            person.name = " ".join([*(w.title() for w in words[:-1]), person.name])
        if not titled:
            person.country, person.sector = code[:3], code[3:6] or None
        if person.code is None and person.country == code[:3]:
            person.code = code
        person.dictionary_role = next(
            (r for r in entry.dated if r.codes == codes and (day is None or r.holds(day))),
            None,
        ) or DatedCode(codes)

    def _share_roles(self, people: list[Candidate]) -> None:
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

    def _dictionary_surname(self, phrase: Phrase) -> Candidate | None:
        """A bare name the tagger did not call a person ("Trump" as ORG) that is the surname
        of someone in the actor dictionaries: a person, resolved with the article's context."""
        head = phrase.head
        if self.known_people is None or len(phrase.tokens) != 1 or head.pos_ != "PROPN":
            return None
        if head.ent_type_ not in ("PERSON", "ORG", "") or head.lower_ in NOT_NAMES:
            return None  # "Tuesday", "April", "Congress": the tagger knows these are not people
        if _acronym([head]):
            return None  # "Shares of ATI": a company's letters, not a surname
        key = names.translit_key(head.text)
        if key not in people_by_surname(self.known_people) and key not in _head_surnames():
            return None
        return Candidate("person", head.text, name_tokens=[head])

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
        person.country, person.sector, person.code = head.country, "GOV", _code(head.country, "GOV")
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
            return (words, entry, codes) if _person_codes(codes) else None
        parts = names.name_parts(name)
        if not parts:
            return None
        matches = {}
        for other, candidate in people_by_surname(self.known_people).get(
            names.translit_key(parts[-1]), []
        ):
            codes = candidate.codes_on(day)
            if not _person_codes(codes):
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
            if len(parts) == 1 and codes[0][:3] not in countries:
                continue
            matches[id(candidate)] = (other, candidate, codes)
        if len(matches) > 1:  # a bare surname in the news is most often the office holder's
            matches = {k: m for k, m in matches.items() if m[2][0][3:6] == "GOV"}
        return next(iter(matches.values())) if len(matches) == 1 else None

    def _emit(self) -> None:
        article = self.article
        for index, phrase, candidate in self.found:
            actor = article.actors.get(candidate.actor_id)
            if actor is None:
                actor = article.actors[candidate.actor_id] = _actor(candidate)
            _add_mentions(article, actor, index, phrase, candidate)
            if candidate.role and candidate.title_tokens:
                _add_role(article, actor, index, candidate)
            if candidate.dictionary_role is not None:
                _add_dictionary_role(actor, candidate)


@lru_cache(maxsize=1)
def _head_surnames() -> frozenset[str]:
    """Transliteration keys of the surnames of the heads of state and government: the last
    name part, or the first where the family name comes first ("Xi Jinping")."""
    return frozenset(
        names.translit_key(names.name_parts(head.name)[0 if family_first else -1])
        for head in knowledge.heads()
        for family_first in [head.country in names.FAMILY_NAME_FIRST]
    )


def _names_a_storm(head: Any) -> bool:
    """ "Hurricanes Harvey and Irma": "Irma" is a storm, not Irma in Italy."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.lower_ in STORM_WORDS or any(t.lower_ in STORM_WORDS for t in head.lefts)


def _person(phrase: Phrase) -> Candidate | None:
    name_tokens = entity_tokens(phrase, "PERSON")
    if not name_tokens or any(t.lower_ in STORM_WORDS for t in phrase.tokens):
        return None  # "Hurricanes Harvey and Irma" are not people
    name = _span_text(name_tokens)
    if knowledge.country_by_name(name) or knowledge.seat_of_government(name):
        return None  # "PERU SAYS ...", "Kyiv said": the tagger's person is a place
    if _acronym(name_tokens):  # "ATI", "SEACOM": a person's name is not written in capitals
        return Candidate("organization", name_tokens[0].text, name_tokens=name_tokens)
    title = _title_before(phrase.tokens, name_tokens[0].i)
    for appos in (c for c in phrase.head.rights if c.dep_ == "appos"):
        title += [t for t in appos.subtree if t.pos_ not in ("DET", "PUNCT")]
    governor = phrase.head.head
    # "Prime Minister May met ...", "her lawyer Tom Kale": the parse made the name the
    # title's apposition (but not "WASHINGTON (Reuters) - Rex Tillerson": a dateline, an
    # entity, is no title).
    if not title and phrase.head.dep_ == "appos" and governor.pos_ in ("PROPN", "NOUN"):
        title = (
            [] if governor.ent_type_ else _title_before(list(governor.subtree), name_tokens[0].i)
        )
    candidate = Candidate("person", _span_text(name_tokens), name_tokens=name_tokens)
    _apply_title(candidate, title)
    if not candidate.title_tokens:
        # Words that describe the person without a known role still name them: "actor
        # Peter Capaldi", "polygamist leader Warren Jeffs".
        before = [t for t in title if t.i < name_tokens[0].i]
        if before and all(t.pos_ in ("NOUN", "ADJ") and t.is_lower for t in before):
            candidate.title_tokens = before
    return candidate


def _acronym(tokens: list[Any]) -> bool:
    """One word in capitals in a sentence that is not all capitals (not a shouted headline)."""
    word = tokens[0]
    if len(tokens) != 1 or not word.is_upper or len(word.text) < 3:
        return False
    return any(t.is_lower for t in word.sent)


def _title_before(tokens: list[Any], name_start: int) -> list[Any]:
    """The tokens before a name that may title it: none before a spaced dash ("Mark Green -
    Trump") or another person's name ("President Donald Trump's former campaign manager
    Paul Manafort": "president" is Trump's)."""
    title: list[Any] = []
    for token in (t for t in tokens if t.i < name_start):
        if is_name_break(token) or token.ent_type_ == "PERSON":
            title = []
        else:
            title.append(token)
    return title


def _apply_title(candidate: Candidate, title: list[Any]) -> None:
    """Role, sector, country and affiliation from words like "Iran's Foreign Minister"."""
    words = [t for t in title if t.pos_ not in ("PUNCT", "DET", "PART")]
    if not words:
        return
    # Each run of words names its title at its end, the run nearest the name first: "Senator"
    # | "a Democrat", not "Democrat"; "President Trump's" | "campaign manager", not "president".
    sector = next(filter(None, map(_title_sector, _nearest_first(candidate, words))), None)
    if sector is not None:
        candidate.role, candidate.sector = sector.role, sector.code
        candidate.title_tokens = title
    country = _modifier_country(words)
    named = (knowledge.organization_by_name(t.text) for t in words if not _portfolio(t))
    org = next((o for o in named if o), None)
    if org is not None:
        candidate.affiliation = f"org:{names.slug(org.name)}"
        candidate.country = country or org.country or "IGO"
        candidate.sector = candidate.sector if country else (org.sector or candidate.sector)
        candidate.code = org.code if not country else None
        candidate.title_tokens = title
    elif country:
        candidate.country = country
        candidate.title_tokens = title
    if candidate.country and candidate.sector and not candidate.code:
        candidate.code = _code(candidate.country, candidate.sector)


PORTFOLIO_HEADS = frozenset({"minister", "ministry", "secretary", "department", "committee"})


def _portfolio(word: Any) -> bool:
    """ "Labour Minister Pierre Cadieux": a word before a minister's title names the
    portfolio, not the party of the same name."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and following.lower_ in PORTFOLIO_HEADS


def _nearest_first(candidate: Candidate, words: list[Any]) -> list[list[Any]]:
    """The runs of title words before the name, nearest first, then those after it."""
    start = candidate.name_tokens[0].i if candidate.name_tokens else 0
    runs = _adjacent_runs(words)
    return [r for r in reversed(runs) if r[0].i < start] + [r for r in runs if r[0].i >= start]


def _adjacent_runs(tokens: list[Any]) -> list[list[Any]]:
    """The tokens in runs of neighbours (a gap of one punctuation or article token allowed)."""
    runs: list[list[Any]] = []
    for token in tokens:
        if runs and token.i - runs[-1][-1].i <= 2:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _title_sector(words: list[Any]) -> Any:
    """The longest title at the end of the words: "foreign minister" before "minister"."""
    for size in (3, 2, 1):
        if len(words) >= size:
            phrase = " ".join(t.lower_ for t in words[-size:])
            sector = knowledge.sector_by_word(phrase)
            if sector is not None:
                return sector
    return None


def _body_words(words: list[Any]) -> tuple[Any, int] | None:
    """The last state body a name's words name, longest words first: (its sector, where it
    starts). The words after it name a part of it ("Ethics Committee"); a body named last
    is what the name is ("Congress Party" is a party)."""
    lowered = [t.lower_ for t in words]
    for at in reversed(range(len(words))):
        for size in (3, 2, 1):
            if at + size > len(words):
                continue
            sector = knowledge.sector_by_word(" ".join(lowered[at : at + size]))
            if sector is not None and sector.kind == "body":
                return sector, at
    return None


def _organization(phrase: Phrase) -> Candidate | None:
    for text, tokens in _name_forms_with_tokens(phrase):
        org = knowledge.organization_by_name(text)
        if org is not None:
            return Candidate(
                "organization", org.name, org.country, org.sector, org.code, name_tokens=tokens
            )
    return None


def _named_organization(phrase: Phrase) -> Candidate | None:
    """An organization the tagger names that no table knows ("Seacom", "Time Warner"): an
    actor of its own, with no country or sector until something says them."""
    tokens = entity_tokens(phrase, "ORG")
    if not tokens or not any(t.pos_ == "PROPN" for t in tokens):
        return None
    if len(tokens) == 1 and tokens[0].text in _person_words(tokens[0].doc):
        return None  # "Trump" tagged ORG in one sentence and part of a person's name in another
    if tokens[-1].lower_ in DOCUMENT_WORDS:
        return None  # "the Concealed Carry Reciprocity Act": a text, not a party
    name = _span_text(tokens).removeprefix("the ").removeprefix("The ")
    return Candidate("organization", name, name_tokens=tokens) if len(name) > 1 else None


def _person_words(doc: Any) -> frozenset[str]:
    """Words of the names the tagger calls persons anywhere in the document (cached on it)."""
    if "person_words" not in doc.user_data:
        doc.user_data["person_words"] = frozenset(
            t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent
        )
    return doc.user_data["person_words"]


def _sector_actor(phrase: Phrase) -> Candidate | None:
    """A body or collective of a country: "Iran's UN mission", "Israeli jets", "Gaza authorities"."""
    head = phrase.head
    if head.pos_ != "NOUN":
        return None
    sector = _title_sector(phrase.tokens) or knowledge.sector_by_word(head.lemma_.lower())
    if sector is None:
        return None
    country = _modifier_country(phrase.before_head())
    if country is None:
        return _members_of_organization(phrase)
    kind = "body" if head.lemma_.lower() in INSTITUTIONS else "collective"
    if kind == "collective":
        label = SECTOR_NAMES.get(sector.code, sector.code.lower())
        name = f"{_country_name(country)} {label}"
    else:
        name = _plain(phrase.text)
    return Candidate(kind, name, country, sector.code, _code(country, sector.code), sector.role)


def _members_of_organization(phrase: Phrase) -> Candidate | None:
    """ "Hamas fighters", "Taliban commanders", "NATO troops": the organization acts."""
    before = phrase.before_head()
    for start in range(len(before)):
        tokens = before[start:]
        org = knowledge.organization_by_name(_span_text(tokens))
        if org is not None:
            return Candidate(
                "organization", org.name, org.country, org.sector, org.code, name_tokens=tokens
            )
    return None


def _country(phrase: Phrase) -> Candidate | None:
    head = phrase.head
    if head.ent_type_ not in ("GPE", "NORP", "LOC") and head.pos_ != "PROPN":
        return None
    if is_locative(head) and not _is_country_name(phrase):
        return None  # "in Wellington", "near Healdsburg": where, not who (the place stage's)
    for text in _name_forms(phrase):
        seat = None if is_locative(head) else knowledge.seat_of_government(text)
        if seat is not None:
            country, sector = seat
            return Candidate("collective", f"{_country_name(country)} {SECTOR_NAMES.get(sector, sector)}",
                             country, sector, _code(country, sector))  # fmt: skip
        country = knowledge.country_by_name(text)
        if country is not None:
            return Candidate("country", country.name, country.iso3, code=country.iso3)
    if head.ent_type_ == "GPE":
        place_country = _place_country(entity_text(head))  # "New York", not "York"
        if place_country:
            return Candidate(
                "country", _country_name(place_country), place_country, code=place_country
            )
    return None


def _is_country_name(phrase: Phrase) -> bool:
    return any(knowledge.country_by_name(text) for text in _name_forms(phrase))


def _territory(phrase: Phrase) -> Candidate | None:
    """ "Israeli towns" -> Israel: a place noun whose country a modifier names."""
    if phrase.head.lemma_.lower() not in TERRITORY_NOUNS or phrase.is_definite:
        return None
    country = _modifier_country(phrase.before_head())
    if country is None:
        return None
    return Candidate("country", _country_name(country), country, code=country)


def _modifier_country(words: list[Any]) -> str | None:
    """The country named by modifiers: "Iran's", "Iranian", "North Korean" (the longest run
    of words that names one), "Gaza" (a place in PSE)."""
    tokens = [t for t in words if t.pos_ not in ("PUNCT", "DET", "PART")]
    for start in range(len(tokens)):
        for run in _runs_from(tokens, start):
            country = knowledge.country_by_name(" ".join(t.text for t in run))
            if country is not None:
                return country.iso3
    places = [t for t in tokens if t.ent_type_ == "GPE"]
    for start in range(len(places)):  # "North Korea's": the whole place, not "North"
        for run in _runs_from(places, start):
            found = _place_country(" ".join(t.text for t in run))
            if found:
                return found
    return None


def _runs_from(tokens: list[Any], start: int, longest: int = 4) -> Iterator[list[Any]]:
    """Adjacent tokens from `start`, the longest run first."""
    end = start + 1
    while end < len(tokens) and end - start < longest and tokens[end].i == tokens[end - 1].i + 1:
        end += 1
    for stop in range(end, start, -1):
        yield tokens[start:stop]


def _place_country(name: str) -> str | None:
    """The country of a named place: "Gaza" -> PSE (Gaza authorities are Palestinian)."""
    from eventscribe.where.gazetteer import load_gazetteer

    place = load_gazetteer().resolve(name)
    return place.country if place is not None else None


def _name_forms(phrase: Phrase) -> list[str]:
    """Texts to look up, most specific first: the phrase, its entity, its head."""
    return [text for text, _ in _name_forms_with_tokens(phrase)]


def _name_forms_with_tokens(phrase: Phrase) -> list[tuple[str, list[Any]]]:
    forms = [(_plain(phrase.text), phrase.tokens)]
    for label in ("ORG", "GPE", "NORP", "LOC"):
        tokens = entity_tokens(phrase, label)
        if tokens:
            forms.append((_span_text(tokens), tokens))
    forms.append((phrase.head.text, [phrase.head]))
    seen: dict[str, list[Any]] = {}
    for text, tokens in forms:
        seen.setdefault(text, tokens)
    return list(seen.items())


def _body_key(phrase: Phrase) -> str:
    """Words of an institution without its country, order-free: "Iran's UN mission" and
    "Iran's mission to the UN" are one body."""
    words = {
        t.lemma_.lower()
        for t in phrase.tokens
        if t.pos_ in ("NOUN", "PROPN", "ADJ") and knowledge.country_by_name(t.text) is None
    }
    return "-".join(sorted(names.slug(w) for w in words if names.slug(w)))


def _country_name(iso3: str) -> str:
    found = knowledge.country(iso3)
    return found.name if found else iso3


def _code(country: str | None, sector: str | None) -> str | None:
    if not country:
        return sector
    return f"{country}{sector or ''}" if country != "IGO" else f"IGO{sector or ''}"


def _inherit(person: Candidate, best: Candidate) -> None:
    person.name = best.name


def _actor(candidate: Candidate) -> Actor:
    return Actor(
        id=candidate.actor_id,
        name=candidate.name,
        kind=candidate.kind,
        country=candidate.country,
        sector=candidate.sector,
        code=candidate.code,
        role=candidate.role,
    )


def _add_mentions(
    article: Article, actor: Actor, sentence: int, phrase: Phrase, candidate: Candidate
) -> None:
    """One mention for the name, and one for a title that precedes it ("UN spokesman")."""
    name_tokens = candidate.name_tokens or phrase.tokens
    kind = "name" if candidate.kind in ("person", "organization", "country") else "noun_phrase"
    spans = [(name_tokens[0].idx, _end(name_tokens[-1]), kind)]
    if candidate.kind != "person":
        spans = [(phrase.start, phrase.end, kind)]
    title = [t for t in candidate.title_tokens if t.i < name_tokens[0].i]
    if candidate.kind == "person" and title:
        spans.append((title[0].idx, _end(title[-1]), "title"))
    if candidate.kind == "organization":
        spans = [(name_tokens[0].idx, _end(name_tokens[-1]), "name")]
        if len(phrase.tokens) > len(name_tokens):  # "Iran-backed Hezbollah"
            spans.append((phrase.start, phrase.end, "noun_phrase"))
    for start, end, mention_kind in spans:
        text = article.text[start:end]
        article.mentions.append(ActorMention(start, end, text, sentence, actor.id, mention_kind))
        if text not in actor.forms:
            actor.forms.append(text)


def _add_role(article: Article, actor: Actor, sentence: int, candidate: Candidate) -> None:
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


def _person_codes(codes: tuple[str, ...]) -> bool:
    """A dictionary code that places a person in a country's sector ("PSEGOV"): not "IGO...",
    nor a bare country code, which the dictionaries give places ("NEW YORK" [USA])."""
    return (
        bool(codes)
        and len(codes[0]) >= 6
        and codes[0][:3].isalpha()
        and not codes[0].startswith(("IGO", "NGO"))
    )


def _add_dictionary_role(actor: Actor, candidate: Candidate) -> None:
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


def _span_text(tokens: list[Any]) -> str:
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text  # not Doc.text: slow


def _end(token: Any) -> int:
    return token.idx + len(token.text)


def _plain(text: str) -> str:
    return text.removeprefix("the ").removeprefix("The ").strip()
