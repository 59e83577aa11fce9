"""Pronouns: which actor "he", "she", "it", "its" or "who" stands for in an article.

A personal pronoun (he, him, his, she, her) is the person named last before it in its
sentence (a subject pronoun preferring a subject), else the one person (or the one subject)
of the nearest of the two sentences before that names one. "It", "its" and "itself" are
likewise an organization, state body or country: the one named last before it in the
sentence, else the subject of the sentence before; "it" only as a subject that is not an
empty one ("it is likely that", "it rained"). A pronoun once linked counts as a naming for
the pronouns after it, so a chain of "she ... her ... she" runs on past the sentence that
gave the name. "They", "them", "their" are an organization or collective named as a
subject before it (see `_group_antecedent`). "Who", "whom", "whose", "which" and a relative
"that" are the noun their relative clause hangs on ("Williams, whose career ...": the
clause's verb, not the possessor's noun). Before all that, a pronoun bound inside its
sentence is what binds it (`PronounLinker._bound`): a reflexive ("himself", "itself") its
clause's subject, and a pronoun in a participial clause opening the sentence ("Seeking to
widen its reach, Bixco ...") the main clause's subject.
"""

from __future__ import annotations

from typing import Any

from eventscribe.actors import knowledge, names
from eventscribe.article import ActorMention, Article
from eventscribe.syntax import char_span, token_range

RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# "that" is relative only as a wh-determiner ("a startup that makes chips"), not as the
# conjunction of "said that" or the demonstrative of "that day".
RELATIVE_TAGS = frozenset({"WP", "WP$", "WDT"})
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}  # fmt: skip
PERSONAL_PRONOUNS = frozenset(PRONOUN_GENDERS)
# Pronouns that, once linked to a person, count as a naming for the pronouns after them
# ("Matt Smith, who said that he ...": "he" continues "who", the clause's subject).
NAMING_PRONOUNS = PERSONAL_PRONOUNS | {"who"}
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
# Pronouns that, once linked to a body, count as a naming for the pronouns after them
# ("Intel, which has used SeaMicro as a poster child for its efforts": "its" continues
# "which", the clause's subject).
NEUTER_NAMING_PRONOUNS = NEUTER_PRONOUNS | {"which", "that"}
# What "it" may stand for: an organization, a state body, a country.
NEUTER_KINDS = frozenset({"organization", "body", "country"})
# What "they" may stand for: an organization ("T-Mobile said they ..."), a collective.
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself", "itself", "themselves"})
Pool = dict[int, list[ActorMention]]  # a sentence's index -> the mentions a pronoun may mean
# How many words up the parse a "who" looks for the person whose apposition holds the noun
# its clause hangs on ("Jeffs, leader of the Church of Jesus Christ of Latter Day Saints, who").
APPOSITION_REACH = 8
# How many words up the parse a reflexive looks for the verb whose subject binds it.
BINDING_REACH = 8
GROUP_KINDS = frozenset({"organization", "collective"})
# Verbs whose subject "it" is empty: "it seems that", "it took hours", "it rained".
EMPTY_SUBJECT_VERBS = frozenset({"seem", "appear", "take", "rain", "snow", "matter", "happen",
                                 "remain", "look", "sound", "turn", "feel", "cost"})  # fmt: skip
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj", "advcl"})
# The entity types of a proper noun that may be a person's name the resolver passed over
# (not "Throughout WWII, she ...", a date or event).
MAYBE_PERSON = frozenset({"PERSON", ""})
# A quoted "I" or "we" is who says it: the subject of the verb of saying its clause hangs on.
SINGULAR_SPEAKER = frozenset({"i", "me", "my", "myself"})
SPEAKER_PRONOUNS = SINGULAR_SPEAKER | {"we", "us", "our", "ours", "ourselves"}
SAY_VERBS = frozenset({"say", "tell", "add", "state", "write", "tweet", "announce", "confirm"})
QUOTED_DEPS = frozenset({"ccomp", "parataxis", "conj", "xcomp", "advcl"})
QUOTE_MARKS = ('"', "\u201c", "\u201d", "``", "''")
# Every word some branch of `PronounLinker.link` reads: the others are passed over at once.
ANY_PRONOUN = (PERSONAL_PRONOUNS | NEUTER_PRONOUNS | RELATIVE_PRONOUNS | PLURAL_PRONOUNS
               | SPEAKER_PRONOUNS)  # fmt: skip
# Words in a person's mentions or title that tell which pronoun fits them.
GENDER_WORDS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
                "spokesman": "m", "spokeswoman": "f", "congressman": "m", "congresswoman": "f",
                "chairman": "m", "chairwoman": "f", "businessman": "m", "businesswoman": "f",
                "king": "m", "queen": "f", "prince": "m", "princess": "f", "wife": "f",
                "husband": "m", "mother": "f", "father": "m", "son": "m", "daughter": "f"}  # fmt: skip


class PronounLinker:
    """Pronoun mentions of the people an article's mentions name."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.genders: dict[str, str] = {}

    def link(self) -> None:
        """He, him, his, she, her: the person named last before it in the sentence, else the
        one person the sentence before names ("Jeffs ... . He was convicted ..."); it, its,
        itself: the organization, body or country named so."""
        article = self.article
        people: dict[int, list[ActorMention]] = {}
        bodies: dict[int, list[ActorMention]] = {}
        groups: dict[int, list[ActorMention]] = {}
        self.genders = {}
        for mention in article.mentions:
            actor = article.actors.get(mention.actor_id)
            if mention.kind == "modifier":
                continue  # "the Jeffs trial ... it": the thing, not its owner
            if actor is not None and actor.kind == "person":
                self._learn_gender(actor.id, mention.text)
                if mention.kind != "title":
                    people.setdefault(mention.sentence, []).append(mention)
            elif actor is not None and actor.kind in NEUTER_KINDS:
                bodies.setdefault(mention.sentence, []).append(mention)
            if actor is not None and actor.kind in GROUP_KINDS:
                groups.setdefault(mention.sentence, []).append(mention)
        for actor in article.actors.values():  # a title word said so first ("Mrs.")
            sex = first_name_sex(actor.name) if actor.kind == "person" else None
            if sex is not None:
                self.genders.setdefault(actor.id, sex)
        for sentence in article.sentences:
            if not sentence.coded:
                continue
            span = char_span(article.doc, sentence.start, sentence.end)
            for token in span or ():
                if token.lower_ not in ANY_PRONOUN:
                    continue
                pools = (people, bodies, groups)
                actor_id = self._bound(token, pools, sentence.index) or self._unbound(
                    token, pools, sentence.index
                )
                if actor_id is None:
                    continue
                mention = ActorMention(token.idx, token.idx + len(token.text), token.text,
                                       sentence.index, actor_id, "pronoun")  # fmt: skip
                article.mentions.append(mention)
                kind = article.actors[actor_id].kind
                if token.lower_ in NAMING_PRONOUNS and kind == "person":
                    people.setdefault(sentence.index, []).append(mention)
                elif token.lower_ in NEUTER_NAMING_PRONOUNS and kind in NEUTER_KINDS:
                    bodies.setdefault(sentence.index, []).append(mention)
                elif token.lower_ in PLURAL_PRONOUNS:
                    groups.setdefault(sentence.index, []).append(mention)

    def _unbound(self, token: Any, pools: tuple[Pool, Pool, Pool], sentence: int) -> str | None:
        """The actor a pronoun stands for by the kind of pronoun it is (see the module)."""
        people, bodies, groups = pools
        if token.pos_ == "PRON" and token.lower_ in PERSONAL_PRONOUNS:
            return self._antecedent(token, people, sentence)
        if token.lower_ in NEUTER_PRONOUNS and may_refer(token):
            return self._neuter_antecedent(token, bodies, sentence)
        if token.lower_ in RELATIVE_PRONOUNS and token.tag_ in RELATIVE_TAGS:
            return self._relative(token)  # "Matt Smith, who ..."
        if token.pos_ == "PRON" and token.lower_ in PLURAL_PRONOUNS:
            return self._group_antecedent(token, groups, sentence)
        if token.pos_ == "PRON" and token.lower_ in SPEAKER_PRONOUNS:
            # '"We will fix it," Intel said'; a quote's other sentences; "Bixco is expanding
            # our reach" (a body's own statement)
            return (self._speaker(token) or self._quote_speaker(token, sentence)
                    or self._own_voice(token))  # fmt: skip
        return None

    def _bound(self, token: Any, pools: tuple[Pool, Pool, Pool], sentence: int) -> str | None:
        """The actor a pronoun bound inside its sentence stands for, when it fits the
        pronoun: a reflexive is the subject of the nearest verb above it that has one
        ("Bixco said it would position itself ...": Bixco, not a body named between), and a
        pronoun in a participial clause that opens the sentence with no subject of its own,
        and no actor it may be before it, is the main clause's subject ("Seeking to widen
        its reach, Bixco bought Tarnell")."""
        people, bodies, groups = pools
        word = token.lower_
        if token.pos_ != "PRON" or (word in NEUTER_PRONOUNS and not may_refer(token)):
            return None
        if word in PERSONAL_PRONOUNS:
            pool = people
        elif word in NEUTER_PRONOUNS | PLURAL_PRONOUNS:
            pool = bodies if word in NEUTER_PRONOUNS else groups
        else:
            return None
        if token.lower_ in REFLEXIVE_PRONOUNS:
            subject = _binder(token)
        elif any(m.end <= token.idx for m in pool.get(sentence, [])):
            return None
        else:
            subject = _fronted_clause_subject(token)
        actor_id = self._covering(subject) if subject is not None else None
        return actor_id if actor_id is not None and self._fits(token, actor_id) else None

    def _covering(self, token: Any) -> str | None:
        """The actor of a mention (a pronoun's too) that holds the token."""
        for mention in self.article.mentions:
            if mention.start <= token.idx < mention.end and mention.kind != "modifier":
                return mention.actor_id
        return None

    def _fits(self, token: Any, actor_id: str) -> bool:
        """Whether an actor may be what the pronoun stands for: a person of its gender for
        he or she, an organization, body or country for it, a group for they."""
        actor = self.article.actors.get(actor_id)
        if actor is None:
            return False
        word = token.lower_
        if word in PRONOUN_GENDERS:
            gender = PRONOUN_GENDERS[word]
            return actor.kind == "person" and self.genders.get(actor_id, gender) == gender
        return actor.kind in (NEUTER_KINDS if word in NEUTER_PRONOUNS else GROUP_KINDS)

    def _speaker(self, token: Any) -> str | None:
        """The actor a quoted "I" or "we" stands for: the subject of the verb of saying its
        clause is the object of ('"We will fix it," Intel said'; "Reeder said: I ...");
        "I" a person, "we" an organization, body, country or collective."""
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # "our chips" -> the verb the chips hang on
        while verb.dep_ in QUOTED_DEPS and verb.head.i != verb.i:
            verb = verb.head
        if verb.lemma_.lower() not in SAY_VERBS:
            return None
        return self._sayer(verb, token)

    def _sayer(self, verb: Any, token: Any) -> str | None:
        """The subject of a verb of saying that a speaker pronoun may stand for: "I" a
        person, "we" an organization, body, country or collective."""
        kinds = {"person"} if token.lower_ in SINGULAR_SPEAKER else NEUTER_KINDS | GROUP_KINDS
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            for word in (subject, *(c for c in subject.children if c.dep_ == "compound")):
                actor_id = self._mentioned(word)  # "The AMD statement said": AMD
                actor = self.article.actors.get(actor_id or "")
                if actor is not None and actor.kind in kinds:
                    return actor_id
        return None

    def _quote_speaker(self, token: Any, sentence: int) -> str | None:
        """The speaker of a quote that runs over sentences: a quoted sentence with no verb
        of saying is said by whoever the quote's sentence before or after is said by
        ('"We can confirm the fault. We will keep you updated," Seacom said')."""
        sentences = self.article.sentences
        if not _quoted(self.article.text[sentences[sentence].start : token.idx]):
            return None
        for other in (sentence - 1, sentence + 1):
            if not 0 <= other < len(sentences) or not sentences[other].coded:
                continue
            text = self.article.text[sentences[other].start : sentences[other].end]
            if not any(q in text for q in QUOTE_MARKS):
                continue
            span = char_span(self.article.doc, sentences[other].start, sentences[other].end)  # fmt: skip
            for verb in (t for t in span or () if t.lemma_.lower() in SAY_VERBS):
                actor_id = self._sayer(verb, token)
                if actor_id is not None:
                    return actor_id
        return None

    def _own_voice(self, token: Any) -> str | None:
        """"We", "our" in a sentence with no quote whose verb has an organization or body
        for its subject: the body speaking of itself, as its statements do ("By buying
        Tarnell, Bixco is expanding our reach")."""
        if token.lower_ in SINGULAR_SPEAKER or any(q in token.sent.text for q in QUOTE_MARKS):
            return None
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb else None
        if subject is None or subject.i > token.i:
            return None
        actor = self.article.actors.get(self._mentioned(subject) or "")
        return actor.id if actor is not None and actor.kind in ("organization", "body") else None

    def _relative(self, token: Any) -> str | None:
        """The actor a relative pronoun stands for: the noun its clause hangs on ("the
        company, which ..."; "Williams, whose career ..." through the possessed noun);
        "which" never a person."""
        clause = token.head
        if token.dep_ == "poss" and clause.dep_ != "relcl":
            clause = clause.head  # whose -> career -> the clause's verb
        if clause.dep_ != "relcl":
            return None
        actor_id = self._mentioned(clause.head)
        actor = self.article.actors.get(actor_id or "")
        if actor is not None and actor.kind in ("organization", "body") and token.lower_ in (
            "who", "whom"
        ):  # "Jeffs, leader of the church, who ...": the person, when the parse shows one
            return self._person_described(clause.head) or actor_id
        if actor is None or (token.lower_ == "which" and actor.kind == "person"):
            return None
        return actor_id

    def _person_described(self, noun: Any) -> str | None:
        """The person whose apposition holds the noun a "who" clause hangs on ("Warren Jeffs,
        leader of the FLDS church, who ...": the parse hangs it on "church")."""
        token = noun
        for _ in range(APPOSITION_REACH):  # church <- of <- leader <- Jeffs
            if token.dep_ not in ("pobj", "prep", "appos") or token.head.i == token.i:
                return None
            token = token.head
            actor = self.article.actors.get(self._mentioned(token) or "")
            if token.pos_ == "PROPN" and actor is not None and actor.kind == "person":
                return actor.id
        return None

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
        elif token.dep_ in ("dobj", "dative"):  # "Boucher tackled him": never Boucher
            own = _own_subjects(token.head)
            bound = {m.actor_id for m in before if any(m.start <= t.idx < m.end for t in own)}
            before = [m for m in before if m.actor_id not in bound]
        named = any(m.end <= token.idx for m in people.get(sentence, []))
        if before:
            found = max(before, key=lambda m: m.end).actor_id
        elif not named and any(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in MAYBE_PERSON
            for t in token.sent
            if t.i < token.i
        ):
            return None  # someone named before it, but not resolved: not the last sentence's
        else:
            found = self._earlier(people, sentence, gender)
        if found is not None:
            self.genders.setdefault(found, gender)  # "he" for Trump: "she" is someone else
        return found

    def _earlier(
        self, people: dict[int, list[ActorMention]], sentence: int, gender: str
    ) -> str | None:
        """The person a pronoun that opens its naming stands for: of the nearest of the two
        sentences before that names someone it may be, the one person named, else the one
        named as a subject; a person known to be of the pronoun's gender is preferred to
        one of no known gender ("Williams ... her spokesman said. She ..."); with no one in
        reach, the one person named before who may be of its gender."""
        for earlier in (sentence - 1, sentence - 2):
            fit = [m for m in people.get(earlier, [])
                   if self.genders.get(m.actor_id, gender) == gender]  # fmt: skip
            known = [m for m in fit if m.actor_id in self.genders]
            for group in (known, fit, [m for m in fit if self._is_subject(m)]):
                ids = {m.actor_id for m in group}
                if len(ids) == 1:
                    return ids.pop()
            if fit:
                return None
        # none in reach: the one person the article named before who may be of its sex
        # ("Esther Williams Dead ... The 'Million Dollar Mermaid' died at 91. She ...")
        ids = {m.actor_id for earlier, mentions in people.items() if earlier < sentence
               for m in mentions if self.genders.get(m.actor_id, gender) == gender}  # fmt: skip
        return ids.pop() if len(ids) == 1 else None

    def _group_antecedent(
        self, token: Any, groups: dict[int, list[ActorMention]], sentence: int
    ) -> str | None:
        """The organization or collective "they", "them", "their" stands for: the subject
        named last before it in its sentence ("T-Mobile said that they will ..."; not the
        subject of its own verb for an object: "Bixco can offer them ..."), else,
        for a subject pronoun, the one such subject of the sentence before; never across
        another plural noun, which "they" is likelier to mean ("Acme told the banks they
        ...")."""
        before = [m for m in groups.get(sentence, [])
                  if m.end <= token.idx and self._is_subject(m)]  # fmt: skip
        if token.dep_ in ("dobj", "dative"):  # "Bixco can offer them ...": never Bixco
            own = _own_subjects(token.head)
            bound = {m.actor_id for m in before if any(m.start <= t.idx < m.end for t in own)}
            before = [m for m in before if m.actor_id not in bound]
        if before:
            last = max(before, key=lambda m: m.end)
            return None if self._plural_between(last.end, token) else last.actor_id
        if token.dep_ not in SUBJECT_DEPS or self._plural_between(token.sent.start_char, token):
            return None
        subjects = {m.actor_id for m in groups.get(sentence - 1, []) if self._is_subject(m)}
        return subjects.pop() if len(subjects) == 1 else None

    def _plural_between(self, start: int, token: Any) -> bool:
        """Whether a plural noun or a person comes between `start` and the pronoun (a word
        the tagger calls a person but the article resolved as something else is none:
        "Seacom announced on Twitter that they ...")."""
        between = token.doc[token_range(token.doc, start, token.idx).start : token.i]
        return any((t.tag_ in ("NNS", "NNPS") and not _clause_object(t, token))
                   or (t.ent_type_ == "PERSON" and self._person(t))
                   for t in between if t.idx >= start)  # fmt: skip

    def _person(self, token: Any) -> bool:
        """Whether a token is a person's: of a person's mention, or of no resolved mention."""
        for mention in self.article.mentions:
            if mention.start <= token.idx < mention.end and mention.actor_id:
                actor = self.article.actors.get(mention.actor_id)
                return actor is None or actor.kind == "person"
        return True

    def _neuter_antecedent(
        self, token: Any, bodies: dict[int, list[ActorMention]], sentence: int
    ) -> str | None:
        """The organization, body or country "it" stands for: the one named last before it
        in the sentence (a subject first, for a subject or possessive pronoun: "Microsoft
        told Reuters its patch ..."), else the subject of the sentence before, else the one
        such actor the sentence before names."""
        before = [m for m in bodies.get(sentence, []) if m.end <= token.idx]
        subjects = [m for m in before if self._is_subject(m)]
        if subjects and token.dep_ in SUBJECT_DEPS | {"poss"}:
            before = subjects
        if before:
            return max(before, key=lambda m: m.end).actor_id
        previous = bodies.get(sentence - 1, [])
        subjects = {m.actor_id for m in previous if self._is_subject(m)}
        if len(subjects) == 1:
            return subjects.pop()
        named = {m.actor_id for m in previous}
        return named.pop() if len(named) == 1 else None

    def _is_subject(self, mention: ActorMention) -> bool:
        span = char_span(self.article.doc, mention.start, mention.end)
        return span is not None and span.root.dep_ in SUBJECT_DEPS

    def _learn_gender(self, actor_id: str, text: str) -> None:
        """ "Mr. Trump", "spokeswoman Sarah Sanders": which pronoun fits the person."""
        for word in text.lower().split():
            if word in GENDER_WORDS:
                self.genders.setdefault(actor_id, GENDER_WORDS[word])


def _binder(token: Any) -> Any | None:
    """The word a reflexive pronoun is bound to: the subject of the nearest verb above it
    that has one, the object of the verb whose open complement that is ("urged Tarnell to
    defend itself": Tarnell), or the owner of the noun a clause without a subject hangs on
    ("its plan to position itself"); none past a noun of no owner ("gave customers ways to
    protect themselves": whose ways is not told)."""
    verb = token.head
    for _ in range(BINDING_REACH):
        if verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.i != token.i:
                return subject
            if verb.dep_ == "xcomp":
                controller = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None)
                if controller is not None:
                    return controller
            if verb.dep_ in ("acl", "relcl"):  # "ways to protect themselves", of no subject
                return next((c for c in verb.head.children if c.dep_ == "poss"), None)
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _fronted_clause_subject(token: Any) -> Any | None:
    """The subject of the main clause, for a pronoun in a clause or phrase that opens the
    sentence with no subject of its own but the pronoun ("Seeking to widen its reach, Bixco
    ..."; "Having lost its licence, the bank ..."; "As it promised, Bixco ..."; "In a bold
    move to boost its position, Bixco ...")."""
    clause = next((a for a in token.ancestors if a.dep_ in FRONTED_DEPS and a.i < a.head.i
                   and any(c.dep_ in SUBJECT_DEPS and c.i > a.i for c in a.head.children)),
                  None)  # fmt: skip
    if clause is None:
        return None
    opening = [t for t in token.doc[token.sent.start : clause.left_edge.i] if not t.is_punct]
    if opening or any(c.dep_ in SUBJECT_DEPS and c.i != token.i for c in clause.children):
        return None
    return next((c for c in clause.head.children if c.dep_ in SUBJECT_DEPS and c.i > clause.i), None)


# What a clause or phrase that opens a sentence before its subject hangs on the main verb by.
FRONTED_DEPS = frozenset({"advcl", "prep"})


def _own_subjects(verb: Any) -> list[Any]:
    """The subject of a verb, or of the verb it is coordinated with ("came ... and tackled"),
    with the words that name it beside its head."""
    while not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ == "conj":
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    # "his neighbor John Crane": the name in apposition is the subject too
    return subjects + [a for s in subjects for a in s.children if a.dep_ in ("appos", "compound")]


def _quoted(before: str) -> bool:
    """Whether a quote is open at the end of `before` (its sentence up to a word): an odd
    number of straight quotes, or an opening curly quote or `` not closed."""
    opened = before.count("\u201c") + before.count("``")
    closed = before.count("\u201d") + before.count("''")
    return before.count('"') % 2 == 1 or opened > closed


def first_name_sex(name: str) -> str | None:
    """ "m" or "f" when a full name's first word is a first name of one sex ("Harlan Boll":
    m), from `data/actors/first_names.tsv`; None for a surname alone or a name of both."""
    parts = names.name_parts(name)
    return knowledge.first_name_sexes().get(names.fold(parts[0])) if len(parts) >= 2 else None


def may_refer(token: Any) -> bool:
    """Whether "it", "its" or "itself" may stand for an actor: a possessive always, a
    reflexive as an object ("defended itself", "by itself"); "it" as a subject, unless
    empty ("it is likely that ...", "it seems", "it took hours"); not "it" as an object,
    which is mostly a thing ("fix it")."""
    if token.lower_ == "itself":  # "defended itself", not "the investment itself"
        after_noun = token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN")
        return token.dep_ in ("dobj", "pobj", "dative") and not after_noun
    if token.lower_ != "it":
        return True
    if token.dep_ not in SUBJECT_DEPS:
        return False
    verb = token.head
    if verb.lemma_.lower() in EMPTY_SUBJECT_VERBS:
        # "it will turn itself into a maker": a verb with a reflexive object has a doer
        return any(c.lower_ == "itself" for c in verb.children)
    if verb.lemma_.lower() == "be":
        return not any(c.dep_ in CLAUSE_DEPS | {"acomp"} for c in verb.children)
    return True


def _clause_object(noun: Any, pronoun: Any) -> bool:
    """Whether a plural noun is what the pronoun's own relative clause is about ("the
    problems they experience"): the pronoun is that clause's subject, not the noun."""
    clause = pronoun.head
    return pronoun.dep_ in SUBJECT_DEPS and clause.dep_ == "relcl" and clause.head.i == noun.i
