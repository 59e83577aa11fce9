"""Coreference inside one article: which earlier actor a later naming stands for.

- A bare surname is the person named in full before ("Warren Jeffs" ... "Jeffs"), and
  spellings of one person are merged ("Hossein Amirabdollahian" = "Amir-Abdollahian").
- A definite description is the latest actor it fits: "the group", "the Palestinian
  Islamist group" (an organization of that country), "the company" (a business), "the
  enclave" (a country).
- A pronoun (he, him, his, she, her) is the person named last before it, and "who" the
  noun its relative clause hangs on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from eventscribe.actors import names
from eventscribe.actors.candidate import Candidate, Found
from eventscribe.actors.candidates import TERRITORY_NOUNS
from eventscribe.actors.nations import modifier_country
from eventscribe.actors.phrases import Phrase
from eventscribe.article import ActorMention, Article

FamilyFirst = Callable[[Candidate], bool]  # whether a person's family name comes first

GROUP_NOUNS = frozenset({"group", "movement", "militia", "organization", "organisation",
                         "faction", "party"})  # fmt: skip
# "the company", "the chipmaker": the latest business (or organization of no known sector).
BUSINESS_NOUNS = frozenset({"company", "firm", "giant", "maker", "chipmaker", "startup",
                            "carrier", "operator", "provider", "manufacturer", "retailer",
                            "conglomerate", "insurer", "lender", "automaker"})  # fmt: skip
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


def surname(phrase: Phrase, found: Found, family_first: FamilyFirst) -> Candidate | None:
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
    for _, _, earlier in reversed(found):
        if earlier.kind == "person" and matches(head.text, earlier.name, family_first(earlier)):
            return Candidate("person", head.text, name_tokens=[head])
    return None


def definite_description(phrase: Phrase, found: Found) -> Candidate | None:
    """'the Palestinian Islamist group' -> the latest group of that country named before."""
    lemma = phrase.head.lemma_.lower()
    if not phrase.is_definite or lemma not in GROUP_NOUNS | TERRITORY_NOUNS | BUSINESS_NOUNS:
        return None
    country = modifier_country(phrase.before_head())
    if lemma in TERRITORY_NOUNS:  # "the enclave" -> the country named last
        for _, _, earlier in reversed(found):
            if earlier.kind == "country" and (country is None or earlier.country == country):
                return earlier.copy()
        return None
    business = lemma in BUSINESS_NOUNS
    for _, _, earlier in reversed(found):
        if earlier.kind != "organization" or country not in (None, earlier.country):
            continue
        if business and earlier.sector not in (None, "BUS"):
            continue
        return earlier.copy()
    return None


def link_people(found: Found, family_first: FamilyFirst) -> tuple[list[Candidate], list[Candidate]]:
    """Merge spellings of one person; give surname-only mentions their full name. Returns
    the people, and those of them not named by a surname alone (whose roles the
    dictionaries may give)."""
    _organizations_called_people(found)
    people = [c for _, _, c in found if c.kind == "person"]
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
            canon[id(c)] for c in full if names.same_surname(person.name, c.name, family_first(c))
        ]
        if matches:  # of two Jeffs, the one named most; of equals, the latest
            canon[id(person)] = max(reversed(matches), key=lambda c: named[id(c)])
    for person in people:
        best = canon.get(id(person))
        if best is not None:
            inherit(person, best)
    return people, [p for p in people if id(p) not in canon or p in full]


def _organizations_called_people(found: Found) -> None:
    """A one-word "person" the article also names as an organization is that organization
    (the tagger calls "Seacom" a person in one sentence and a company in the next)."""
    orgs = {names.fold(c.name): c for _, _, c in found if c.kind == "organization"}
    for _, _, candidate in found:
        org = orgs.get(names.fold(candidate.name)) if candidate.kind == "person" else None
        if org is not None and len(names.name_parts(candidate.name)) == 1:
            candidate.kind, candidate.name = "organization", org.name
            candidate.country, candidate.sector, candidate.code = (
                org.country,
                org.sector,
                org.code,
            )


def inherit(person: Candidate, best: Candidate) -> None:
    person.name = best.name


class PronounLinker:
    """Pronoun mentions of the people an article's mentions name."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.genders: dict[str, str] = {}

    def link(self) -> None:
        """He, him, his, she, her: the person named last before it in the sentence, else the
        one person the sentence before names ("Jeffs ... . He was convicted ...")."""
        article = self.article
        people: dict[int, list[ActorMention]] = {}
        self.genders = {}
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
