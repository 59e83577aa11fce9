"""Actors stage: find who is named in each sentence and resolve every naming to one actor.

Per sentence, nominal phrases are resolved (longest first) to a person with a title, an
organization, an institution or collective of a country ("Iran's UN mission", "Israeli
jets"), a country, or a definite description of an earlier actor ("the Palestinian
Islamist group"). Then, across the article, spellings of one person are merged
("Hossein Amirabdollahian" = "Amir-Abdollahian" = "Abdollahian") and the person gets the
role that the text gave them, with the sentence as evidence.

The jobs live in their own modules: `candidates` (what a phrase names), `titles` and
`roles` (who holds which office), `coreference` (which earlier actor a naming stands for);
this module runs them in order over an article and writes its actors and mentions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cached_property
from typing import Any

from eventscribe import registry
from eventscribe.actors import coreference, handles, headlines, knowledge, names, titles
from eventscribe.actors.candidate import Candidate, Found, as_actor, is_spelling
from eventscribe.actors.candidates import (
    STORM_WORDS as STORM_WORDS,  # the coding stage reads it here
)
from eventscribe.actors.candidates import (
    body_key,
    coordinated_collectives,
    dictionary_code,
    dictionary_surname,
    is_ticker,
    known_organization,
    named_country,
    named_organization,
    named_person,
    names_a_thing,
    national_body,
    office_of_organization,
    sector_actor,
    shouted_body,
    territory,
    without_control,
)
from eventscribe.actors.coded import mark_discards
from eventscribe.actors.descriptions import describe_after_pronouns, link_descriptions
from eventscribe.actors.dictionaries import Dictionaries, default_discards, load_dictionaries
from eventscribe.actors.governments import leaders_government
from eventscribe.actors.history import restate_actors
from eventscribe.actors.home import article_country, assign_home_country
from eventscribe.actors.institutions import localize_institutions
from eventscribe.actors.nations import cameo_code, country_name, home_country, place_country
from eventscribe.actors.participants import lead_participants
from eventscribe.actors.phrases import (
    Phrase,
    is_wire_credit,
    plain,
    sentence_phrases,
    with_institution_tail,
)
from eventscribe.actors.pronouns import PronounLinker
from eventscribe.actors.roles import (
    DictionaryRoles,
    add_dictionary_role,
    add_role,
    family_first,
    rival_surname,
    share_roles,
)
from eventscribe.article import Actor, ActorMention, Article
from eventscribe.normalize import dateline_at
from eventscribe.pipeline import BaseStage
from eventscribe.syntax import char_span, span_text, token_end


@registry.stages.register("actors")
class ActorStage(BaseStage):
    name = "actors"
    requires = ("doc", "sentences")
    assigns = ("mentions", "actors")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.discards = default_discards()
        # The packaged Phoenix dictionaries: dated roles of people the text names bare.
        self.known_people = load_dictionaries(None)

    def __call__(self, article: Article) -> Article:
        mark_discards(article, self.discards)
        ArticleActors(article, self.known_people).resolve()
        assign_home_country(article)
        localize_institutions(article)  # "the House" is a country's, not one registry body
        restate_actors(article)  # Moscow in 1987 is the Soviet Union's
        article.participants = lead_participants(article)
        return article


class ArticleActors:
    def __init__(self, article: Article, known_people: Dictionaries | None = None) -> None:
        self.article = article
        self.known_people = known_people
        self.found: Found = []  # (sentence, phrase, candidate)
        self.taken: set[int] = set()  # tokens of the phrases found
        self.headlines: set[int] = set()  # sentences in capitals or title case
        self.phrases: dict[int, list[Phrase]] = {}  # each sentence's phrases, longest first
        # (name, country) -> family name first: asked of every earlier person by each phrase
        self.family_order: dict[tuple[str, str | None], bool] = {}
        self.no_names: dict[tuple[int, int, int], bool] = {}  # phrase -> `_no_name`

    def resolve(self) -> None:
        for sentence in self.article.sentences:
            if sentence.coded:
                self._resolve_sentence(sentence.index)
        self.headlines = headlines.headline_sentences(self.article)
        self.found = headlines.confirm(self.found, self.headlines)
        self._give_collectives_a_country()
        self.taken = {t.i for _, phrase, _ in self.found for t in phrase.tokens}
        coreference.organizations_called_people(self.found)
        coreference.people_called_organizations(self.found)
        coreference.places_called_organizations(self.found)
        coreference.link_organizations(self.found, self.article.text)
        self._missed_namings()
        self._title_owners()
        self._link_people()
        self._owners_lend_country()
        self._emit()
        link_descriptions(self.article)
        PronounLinker(self.article).link()
        describe_after_pronouns(self.article)

    def _resolve_sentence(self, index: int) -> None:
        # A definite description is read once its sentence's other names are found (the
        # phrases go longest first: "Turkmenistan ... the gas-rich nation"); the phrases
        # inside it wait with it, as they would have waited for it
        later: list[tuple[Phrase, bool]] = []  # (phrase, a description whose names are found)
        held: set[int] = set()
        for phrase in self._free_phrases(index):
            if any(t.i in held for t in phrase.tokens):
                later.append((phrase, False))
                continue
            candidate = self._candidate(phrase)
            if candidate is None and coreference.may_describe(phrase):
                later.append((phrase, True))
                held.update(t.i for t in phrase.tokens)
                continue
            candidate = candidate or self._bare_name(phrase)
            if candidate is not None:
                self._take(index, phrase, candidate)
        for phrase, description in later:
            if phrase.head.i in self.taken:
                continue
            candidate = None if description else self._candidate(phrase)
            if candidate is None and coreference.may_describe(phrase):
                candidate = coreference.definite_description(phrase, self.found)
            candidate = candidate or self._bare_name(phrase)
            if candidate is not None:
                self._take(index, phrase, candidate)

    def _take(self, index: int, phrase: Phrase, candidate: Candidate) -> None:
        if candidate.kind == "body" and not candidate.described:  # ("the committee": named)
            phrase = _without_shouted_tail(with_institution_tail(phrase))
            # ("the Republican-controlled Senate": who holds it is no part of its name)
            kept = without_control(phrase.tokens)
            candidate.name = plain("".join(t.text_with_ws for t in kept).strip())
            candidate.key = body_key(phrase)
        self.taken.update(t.i for t in phrase.tokens)
        self.found.append((index, phrase, candidate))
        for other in coordinated_collectives(phrase, candidate):
            self.found.append((index, phrase, other))  # "British and French troops"

    def _free_phrases(self, index: int) -> Iterator[Phrase]:
        """The sentence's phrases, longest first, that no earlier phrase took and that are
        no wire credit or dateline."""
        if index not in self.phrases:  # the second pass reads them again
            self.phrases[index] = [self._after_dateline(p) for p in sentence_phrases(self._span(index))]
        for phrase in self.phrases[index]:
            if (
                phrase.head.i in self.taken
                or is_wire_credit(self.article.text, phrase.start, phrase.end)
                or self._in_dateline(phrase)
            ):
                continue
            yield phrase

    def _give_collectives_a_country(self) -> None:
        """ "Police", "protesters" with no country named: the article's country (its
        dateline's, else its actors' clear majority), or no actor."""
        pending = [item for item in self.found if item[2].countryless]
        if not pending:
            return
        counts = Counter(c.country for _, _, c in self.found if c.country and c.kind != "person")
        main = article_country(counts, home_country(self.article))
        for item in pending:
            candidate = item[2]
            country = _owners_country(item, self.found) or self._paragraph_country(item[0]) or main
            if country is None:
                self.found.remove(item)
                continue
            candidate.country, candidate.countryless = country, False
            candidate.name = f"{country_name(country)} {candidate.name}"
            candidate.code = cameo_code(country, candidate.sector)

    def _paragraph_country(self, index: int) -> str | None:
        """The country of the dateline opening the sentence's paragraph, in a digest of
        stories ("BELFAST - Mourners clashed with police ...")."""
        paragraphs = self.article.paragraphs
        number = self.article.sentences[index].paragraph
        if not paragraphs or number >= len(paragraphs):
            return None
        paragraph = paragraphs[number]
        dateline = dateline_at(self.article.text, paragraph.start, paragraph.end)
        return place_country(dateline) if dateline else None

    def _span(self, index: int) -> Any:
        sentence = self.article.sentences[index]
        return char_span(self.article.doc, sentence.start, sentence.end)

    def _missed_namings(self) -> None:
        """Second pass: the proper names the first left alone that spell an organization or
        a person's surname found elsewhere in the article (the tagger is not consistent)."""
        known = coreference.spellings(self.found)
        if not known:
            return
        for sentence in self.article.sentences:
            if not sentence.coded:
                continue
            body = sentence.index not in self.headlines
            for phrase in self._free_phrases(sentence.index):
                candidate = coreference.missed_naming(phrase, known, inner=body)
                if candidate is None and body:
                    # "the SEACOM cable": the name alone is the actor's (not in a headline's
                    # run of capitals: "IRAN TESTS SILKWORM MISSILE")
                    candidate = coreference.modifier_naming(phrase, known)
                    if candidate is not None:
                        phrase = Phrase(candidate.name_tokens[-1], candidate.name_tokens)
                if candidate is not None:
                    self.taken.update(t.i for t in phrase.tokens)
                    self.found.append((sentence.index, phrase, candidate))
            if sentence.index in self.headlines:  # "AMD Buys SeaMicro": words run together
                for token in self._span(sentence.index):
                    if token.i in self.taken or token.pos_ != "PROPN":
                        continue
                    candidate = coreference.missed_naming(Phrase(token, [token]), known)
                    if candidate is not None:
                        self.taken.add(token.i)
                        self.found.append((sentence.index, Phrase(token, [token]), candidate))

    def _title_owners(self) -> None:
        """The body or country a person's title opens with ("SeaMicro CEO Andrew Feldman",
        "AMD's new CEO") is named there too: a modifier mention of it, when the article
        names it elsewhere, for it says whose the office is but is no participant."""
        known = coreference.spellings(self.found)
        for index, _, candidate in list(self.found):
            if candidate.kind != "person" or not candidate.name_tokens:
                continue
            owner, _ = titles.title_owner(_title_before_name(candidate))
            owned = coreference.owner_naming(owner, known, candidate)
            if owned is not None:  # the mention with its "'s": "AMD's" of "AMD's new CEO"
                after = owner[-1].nbor() if owner[-1].i + 1 < len(owner[-1].doc) else None
                owned.name_tokens = owner + ([after] if after is not None and after.tag_ == "POS" else [])
                self.found.append((index, Phrase(owner[-1], owned.name_tokens), owned))

    def _after_dateline(self, phrase: Phrase) -> Phrase:
        """The phrase without the dateline the parse ran into it: "NAIROBI - Kenyan police"
        is the police (a phrase whose head is in the dateline stays, to be left out)."""
        chars = self._dateline_chars
        if chars is None or phrase.start not in chars or phrase.head.idx < chars.stop:
            return phrase
        after = [t for t in phrase.tokens if t.idx >= chars.stop]
        while after and after[0].is_punct and after[0].i != phrase.head.i:
            after = after[1:]  # the dash after the dateline
        return Phrase(phrase.head, after)

    def _in_dateline(self, phrase: Phrase) -> bool:
        """ "SAN FRANCISCO (Reuters) -": where the story was filed, not a party to it."""
        chars = self._dateline_chars
        return chars is not None and phrase.start in chars

    @cached_property
    def _dateline_chars(self) -> range | None:
        """Where the dateline opens the story's first paragraph (asked of every phrase)."""
        dateline = self.article.dateline
        if not dateline:
            return None
        first = next(p for p in self.article.paragraphs if p.kind not in ("title", "summary"))
        if not self.article.text.startswith(dateline, first.start):
            return None
        return range(first.start, first.start + len(dateline))

    def _candidate(self, phrase: Phrase) -> Candidate | None:
        """What the phrase names, by the first classifier that knows (the order matters:
        a person's name before an organization of the same words, a known organization
        before a description of an earlier one)."""
        if self._no_name(phrase):
            return None
        if handles.is_handle(phrase.head):
            return handles.account_holder(phrase, self.found)
        return (
            named_person(phrase)
            or coreference.surname(phrase, self.found, self._family_first, self._rival)
            or coreference.office_holder(phrase, self.found)
            or office_of_organization(phrase)
            or known_organization(phrase)
            or leaders_government(phrase, self.article.published, self.known_people)
            or sector_actor(phrase)
            or coreference.same_head(phrase, self.found)  # "the committee" named before
            or national_body(phrase, self.article)
            or named_country(phrase)
            or territory(phrase)
        )  # then a description of an actor named before, then `_bare_name`

    def _bare_name(self, phrase: Phrase) -> Candidate | None:
        """A name no table or tag tells more of: a dictionary surname, an organization."""
        if self._no_name(phrase):
            return None
        if handles.is_handle(phrase.head):
            return None  # an account whose holder `_candidate` could not tell
        found = dictionary_surname(phrase, self.known_people) or named_organization(phrase)
        if found is not None and found.kind == "organization":
            dictionary_code(found, self.known_people, self.article.published)
        return found

    def _no_name(self, phrase: Phrase) -> bool:
        """A pronoun, a thing's name ("the tanker Delta"), words of a web page or a stock
        ticker ("(LHAG.DE)"): asked of each phrase by `_candidate` and again by
        `_bare_name`, so kept by phrase."""
        key = (phrase.head.i, phrase.start, phrase.end)
        if key not in self.no_names:
            head = phrase.head
            self.no_names[key] = head.pos_ == "PRON" or names_a_thing(head) \
                or _web_text(phrase) or is_ticker(head)  # fmt: skip
        return self.no_names[key]

    def _family_first(self, person: Candidate) -> bool:
        key = (person.name, person.country)  # all it reads of the person
        if key not in self.family_order:
            published = self.article.published
            self.family_order[key] = family_first(person, self.known_people, published)
        return self.family_order[key]

    def _rival(self, word: str, full_name: str) -> bool:
        return rival_surname(word, full_name, self.known_people)

    def _link_people(self) -> None:
        """Merge spellings of one person, then give people their dictionary roles and share
        each person's title across the article."""
        people, looked_up = coreference.link_people(self.found, self._family_first, self._rival)
        roles = DictionaryRoles(self.article, self.known_people, self.found)
        countries = roles.named_countries()
        for person in looked_up:
            roles.dictionary_role(person, countries)
        share_roles(people)

    def _owners_lend_country(self) -> None:
        """A person named by an office or a family tie of another ("Trump's senior adviser",
        "Putin's spokesman", "the president's eldest son") is, where nothing else says, of
        that person's country. A rival or a critic is not: only offices and kin lend it."""
        known = coreference.spellings(self.found)
        for _, _, person in self.found:
            if person.kind != "person" or person.country or not person.owner_words:
                continue
            if not (person.role or titles.is_kinship(person.owned_words)):
                continue
            country = _owner_country(person, known, self.article.published)
            for _, _, same in self.found:
                if same.actor_id == person.actor_id and same.country is None:
                    same.country = country

    def _emit(self) -> None:
        article = self.article
        for index, phrase, candidate in self.found:
            actor = article.actors.get(candidate.actor_id)
            if actor is None:
                actor = article.actors[candidate.actor_id] = as_actor(candidate)
            elif _shouted(actor.name, actor.kind):  # a headline's capitals give way to the
                # body's name
                written = candidate.name if candidate.kind == "body" else plain(
                    span_text(candidate.name_tokens or phrase.tokens)
                )  # (a body's name is its words without who controls it: `_take`)
                if not (_shouted(written, actor.kind) or candidate.described
                        or candidate.kind == "collective"):  # fmt: skip
                    actor.name = written
            _add_mentions(article, actor, index, phrase, candidate)
            if candidate.role and candidate.title_tokens:
                add_role(article, actor, index, candidate)
            if candidate.dictionary_role is not None:
                add_dictionary_role(actor, candidate)


def _add_mentions(
    article: Article, actor: Actor, sentence: int, phrase: Phrase, candidate: Candidate
) -> None:
    """One mention for the name, and one for a title that precedes it ("UN spokesman")."""
    name_tokens = candidate.name_tokens or phrase.tokens
    kind = "name" if candidate.kind in ("person", "organization", "country") else "noun_phrase"
    spans = [(name_tokens[0].idx, token_end(name_tokens[-1]), kind)]
    if candidate.kind != "person":
        spans = [(phrase.start, phrase.end, kind)]
    title = _title_before_name(candidate)
    while title and title[0].tag_ == "POS":
        title = title[1:]  # "'s spokesman" of "Putin's spokesman Dmitry Peskov": the office
    if candidate.kind == "person" and title:
        spans.append((title[0].idx, token_end(title[-1]), "title"))
        _office_mention(article, actor, sentence, title)
    if candidate.kind == "organization":
        spans = [(name_tokens[0].idx, token_end(name_tokens[-1]), "name")]
        if len(phrase.tokens) > len(name_tokens):  # "Iran-backed Hezbollah"
            spans.append((phrase.start, phrase.end, "noun_phrase"))
    if candidate.modifier:  # "the SEACOM cable": of the actor, no participant (see coding)
        spans = [(start, end, "modifier") for start, end, _ in spans]
    elif candidate.described:  # "the group", "Israeli towns": the actor, not its name
        spans = [(start, end, "description") for start, end, _ in spans]
    elif _not_its_name(article, candidate, phrase):  # "Texas", "GULF OFF IRAN" for a country
        spans = [(start, end, "loose") for start, end, _ in spans]
    for start, end, mention_kind in spans:
        text = article.text[start:end]
        mention = ActorMention(start, end, text, sentence, actor.id, mention_kind)
        article.mentions.append(mention)
        if is_spelling(mention) and text not in actor.forms and not text.endswith(POSSESSIVE):
            actor.forms.append(text)


POSSESSIVE = ("'s", "\u2019s")  # "Intel's" of "Intel's new CEO" is no spelling of Intel


def _office_mention(article: Article, actor: Actor, sentence: int, title: list[Any]) -> None:
    """The office alone of a title that opens with its owner ("CEO" of "SeaMicro CEO"):
    a mention of the person too, though no spelling of them."""
    owner, office = titles.title_owner(title)
    if owner and office:
        start, end = office[0].idx, token_end(office[-1])
        mention = ActorMention(start, end, article.text[start:end], sentence, actor.id, "title")
        article.mentions.append(mention)


def _title_before_name(candidate: Candidate) -> list[Any]:
    first = candidate.name_tokens[0].i if candidate.name_tokens else None
    return [t for t in candidate.title_tokens if first is None or t.i < first]


def _not_its_name(article: Article, candidate: Candidate, phrase: Phrase) -> bool:
    """A country named by other words than its names and demonyms: a place in it ("New York",
    "Texas"), a headline's run of words ("GULF OFF IRAN")."""
    if candidate.kind != "country":
        return False
    found = knowledge.country_by_name(plain(article.text[phrase.start : phrase.end]))
    return found is None or found.iso3 != candidate.country


OWNING_PRONOUNS = frozenset({"his", "her", "their", "its"})
TOLD_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})  # "said its forces had hit"


def _owner_country(person: Candidate, known: dict[str, Candidate], day: Any) -> str | None:
    """The country of whom a person's title names as theirs: the article's person or
    organization of the longest known ending of the name ("President Donald Trump": "Donald
    Trump", else "Trump"), else the head of state or government of that name on the day."""
    words = person.owner_words
    for start in range(len(words)):
        owner = known.get(names.fold(span_text(words[start:])))
        if owner is not None and owner.actor_id == person.actor_id:
            return None
        if owner is not None and owner.country:
            return owner.country
    name = span_text(words)
    single = len(names.name_parts(name)) == 1
    heads = {
        h.country for h in knowledge.heads() if h.holds(day) and (
            names.same_surname(name, h.name, h.country in names.FAMILY_NAME_FIRST)
            if single else names.same_person(name, h.name))
    }  # fmt: skip
    return heads.pop() if len(heads) == 1 else None


def _owners_country(item: tuple[int, Phrase, Candidate], found: Found) -> str | None:
    """ "Putin congratulated his troops": a collective owned by a pronoun is of the country
    of the actor its clause's subject names (the pronoun's likeliest referent); when the
    collective is itself that subject, of the subject of the clause that tells it ("the
    Russian defence ministry said its forces had hit ...")."""
    index, phrase, _ = item
    if not any(t.dep_ == "poss" and t.lower_ in OWNING_PRONOUNS for t in phrase.head.children):
        return None
    verb = phrase.head.head
    while verb.dep_ in ("prep", "pobj", "dobj", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if phrase.head.dep_.startswith("nsubj") and verb.dep_ in TOLD_CLAUSE_DEPS:
        verb = verb.head
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    owners = [c for i, p, c in found if i == index and c.country and p.head.i in subjects]
    return owners[0].country if owners else None


def _shouted(name: str, kind: str | None = None) -> bool:
    """A name written in capitals, as a headline in capitals writes every word ("NAKASONE'S
    PARTY SUFFERS SETBACKS"); an acronym of one word ("LDP", "NATO") is a name, but a
    state body's one word is not ("SENATE" of "SENATE BOSS ASKS ...")."""
    return name.isupper() and (len(name.split()) > 1 or kind == "body")


def _web_text(phrase: Phrase) -> bool:
    """A link ("tmsnrt.rs/2C2sWCs Momentum"), or a handle inside a longer name ("@FLOTUS
    Melania"): words of a page, not an actor's name."""
    text = phrase.text
    if "/" not in text and "@" not in text and "www." not in text:
        return False  # (most phrases: no need to look at their words)
    return any(handles.is_web_link(t) or t.i != phrase.head.i and handles.is_handle(t)
               for t in phrase.tokens)  # fmt: skip


def _without_shouted_tail(phrase: Phrase) -> Phrase:
    """A body's phrase of a headline in capitals cut after its body's word (`shouted_body`):
    "U.S. SENATE VOTES" is the U.S. Senate."""
    found = titles.body_words(phrase.tokens)
    if found is None:
        return phrase
    tokens = shouted_body(phrase.tokens, *found)
    return phrase if len(tokens) == len(phrase.tokens) else Phrase(tokens[-1], tokens)
