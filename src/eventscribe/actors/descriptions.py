"""Descriptions of people: the nouns an article uses for a person it names.

- An apposition ("Esther Williams, the swimming champion turned actress"; "Acme Inc., a
  company known for ...") and a predicate ("Williams became a favourite pinup", "Capaldi is
  the new Doctor") describe the person or organization they hang on: their head nouns are
  mentions of it. An apposition is told by its comma as well as by the parse, which often
  reads "the champion turned actress" as a clause; "X turned Y" describes by both nouns.
- Those nouns, the person's title ("actor Peter Capaldi", "spokesman Harlan Boll") and
  role are what the article may call them later: "the actress", "the spokesman" is the
  one person of the article described so (when two people are, neither), unless the
  description says more of its own ("the president of the United States", "the Israeli
  president"). "Her spokesman" is as definite as "the spokesman".
- "The 55-year-old" is the person named last before it.
- A copula's subject is the name it is said to be ("The new coach is Tom Reeder"), and the
  noun after "as" on what a name possesses is that name ("Velden, whose years as a rowing
  champion ...", "her career as a singer"), when the noun says what a person (or an
  organization) is; these are mentions, not words for later descriptions.
- A noun that says what someone or something is, right before the name ("actress and
  champion swimmer Jane Doe", "startup Tarnell", "chief Bixco rival Tarnell"), is a mention
  of them as well: a person noun for a person, a kind of business or group for an
  organization (the name's mention keeps its own words).
- A noun that stands for one person ("the actor", "the 55-year-old Scottish star", "the
  suspect": `knowledge.person_noun_sex`) and describes no one named in the article is
  the person named last before it in its sentence or the few before, when that person may
  be of the noun's sex and of the country its adjectives name, and is not someone a verb of
  saying it is the subject of reports on ("Velden won, the coach said").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from eventscribe.actors import knowledge
from eventscribe.actors.candidates import ORGANIZATION_NOUNS
from eventscribe.actors.headlines import looks_shouted
from eventscribe.actors.nations import modifier_country
from eventscribe.actors.pronouns import SAY_VERBS, first_name_sex
from eventscribe.article import ActorMention, Article
from eventscribe.syntax import char_span, token_range

COPULAS = frozenset({"be", "become", "remain"})
TURN_VERBS = frozenset({"turn"})  # "swimmer turned actress"
POSSESSIVES = frozenset({"his", "her", "its", "their"})
DESCRIBED_KINDS = frozenset({"person", "organization"})
MODIFIERS = frozenset({"DET", "ADJ", "NOUN", "NUM", "ADV"})
PREDICATE_DEPS = frozenset({"attr", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
ARGUMENT_DEPS = SUBJECT_DEPS | {"dobj", "pobj", "dative", "attr", "conj"}
KIND = "description"
# How many sentences back a person noun ("the actor") looks for the person it names again.
PERSON_NOUN_REACH = 3
# Where a person noun names someone again: as a subject ("the actor said"), an apposition or
# a possessor; an object is mostly someone the sentence's subject acts on ("Velden abused the
# girl"), a predicate its subject's ("Reeder is the oldest actor").
NAMING_AGAIN_DEPS = SUBJECT_DEPS | {"appos", "poss"}


def link_descriptions(article: Article) -> None:
    """Add a mention for each description of a person the article names (see the module)."""
    doc = article.doc
    named = [m for m in article.mentions if _kind(article, m) in DESCRIBED_KINDS
             and m.kind == "name"]  # fmt: skip
    people = [m for m in named if _kind(article, m) == "person"]
    if doc is None or not named:
        return
    taken = {i for m in article.mentions for i in _token_range(doc, m)}
    added: list[ActorMention] = []
    described = _describe_named(article, named, taken, added)
    _describe_before_names(article, named, taken, added)
    for mention in article.mentions:
        if mention.kind == "title" and _is_person(article, mention):
            for token in _title_nouns(_tokens(doc, mention)):
                described.setdefault(token.lemma_.lower(), set()).add(mention.actor_id)
    for actor in article.actors.values():  # "President Trump" with no title in the text
        if actor.kind == "person" and actor.role:
            described.setdefault(actor.role.split()[-1].lower(), set()).add(actor.id)
    starts = [s.start for s in article.sentences]
    for token in doc:
        if token.i in taken:  # (the cheapest test first: every word of the article is asked)
            continue
        nominal = token.pos_ == "NOUN" and token.tag_ == "NN"
        # "the 55-year-old said", "the 55-year-old's career"
        aged = token.lower_ == "old" and token.dep_ in ARGUMENT_DEPS | {"poss"}
        if not (nominal or aged):
            continue
        if not _definite(token):
            if nominal and token.dep_ in SUBJECT_DEPS and _indefinite(token):
                sentence = bisect_right(starts, token.idx) - 1
                actor_id = _named_next(article, token, people, sentence)
                if actor_id is not None and article.sentences[sentence].coded:
                    taken.add(token.i)
                    end = token.idx + len(token.text)
                    added.append(ActorMention(token.idx, end, token.text, sentence, actor_id, KIND))
            continue
        sentence = bisect_right(starts, token.idx) - 1
        actor_id = None if _specified(token) else _described(token, described) or _aged(token, people)
        if actor_id is None and nominal:
            claimed = described.get(token.lemma_.lower(), set())
            actor_id = _person_noun(article, token, people, sentence, claimed)
        if actor_id is not None and sentence >= 0 and article.sentences[sentence].coded:
            taken.add(token.i)
            start = token.idx if nominal else _age_start(token)  # "55-year-old", whole
            end = token.idx + len(token.text)
            added.append(ActorMention(start, end, article.text[start:end], sentence, actor_id,
                                      KIND))  # fmt: skip
    article.mentions.extend(added)


def _describe_named(
    article: Article, named: list[ActorMention], taken: set[int], added: list[ActorMention]
) -> dict[str, set[str]]:
    """Add the mentions that appositions and predicates make of the named actors; returns
    each describing noun's lemma -> the actors it describes. A noun the phrase classifiers
    read as a collective ("Tilemark, a Toronto software company": Canadian businesses) is
    the named actor it describes, when it is one thing with an article (not the list of a
    headline: "Hamas, Iran leaders to boost cooperation")."""
    doc = article.doc
    collectives = {
        i: m
        for m in article.mentions
        if m.kind == "noun_phrase" and _kind(article, m) == "collective"
        for i in _token_range(doc, m)
    }
    described: dict[str, set[str]] = {}
    for mention in named:
        span = char_span(doc, mention.start, mention.end)
        if span is None:
            continue
        nouns = _describing(span.root, span.end)
        if not nouns:  # the tagger may miss the noun ("a Silicon Valley startup" as a verb)
            nouns = _indefinite_apposition(doc, span.end, _kind(article, mention) == "person")
        for noun in nouns:
            if _in_dateline(article, noun):
                continue  # "FREETOWN (Reuters) - ..., Sam Kamara,": the parse's slip
            described.setdefault(noun.lemma_.lower(), set()).add(mention.actor_id)
            if noun.i in collectives and _one_described(noun):
                collectives[noun.i].actor_id = mention.actor_id
            _add(noun, mention, taken, added)
        person = _kind(article, mention) == "person"
        for noun in [
            *_as_predicates(span.root),
            *_subject_of_named_predicate(span.root, person),
            *_as_of_possessed(span.root, person),
        ]:
            # mentions, not words for later descriptions: "Boehner's term as speaker" does
            # not make "the speaker" of the article's other sentences Boehner
            _add(noun, mention, taken, added)
    return described


# Words that may stand in the run of words before a name with the nouns that describe it
# ("champion swimmer and actress", "chief Bixco rival", "low-power server start-up").
PRENOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "NUM"})
# How many words before a name the describing run may reach.
PRENOMINAL_REACH = 6


def _describe_before_names(
    article: Article, named: list[ActorMention], taken: set[int], added: list[ActorMention]
) -> None:
    """Add a mention for each noun before a name that says what its bearer is ("actress
    Jane Doe", "startup Tarnell": see the module); a noun of a title the article already
    took is left to it; one in an organization's longer phrase is taken apart from it
    ("server start-up Tarnell")."""
    doc = article.doc
    phrases = {i for m in article.mentions if m.kind == "noun_phrase" for i in _token_range(doc, m)}
    for mention in named:
        span = char_span(doc, mention.start, mention.end)
        if span is None or span.start == span.sent.start:
            continue
        person = _kind(article, mention) == "person"
        for start, end in _describing_words(doc, span.start, person):
            if any(i in taken and i not in phrases for i in range(start, end)):
                continue
            word = "".join(t.lower_ for t in doc[start:end])  # "start - up" -> "start-up"
            if _describes(word, person):
                taken.update(range(start, end))
                first, last = doc[start], doc[end - 1]
                stop = last.idx + len(last.text)
                added.append(ActorMention(first.idx, stop, article.text[first.idx : stop],
                                          mention.sentence, mention.actor_id, KIND))  # fmt: skip


def _describing_words(doc: Any, name_start: int, person: bool) -> list[tuple[int, int]]:
    """The words (token ranges, a hyphenated word as one) in the run of nouns, adjectives
    and "and" right before a name in its sentence; none when the word before the name is
    no noun ("the Jane Doe case", "with Tarnell"). A describing word of the lexicons counts
    as a noun whatever the tagger called it ("server startup SeaMicro", "startup" a verb)."""
    sentence_start = doc[name_start].sent.start
    words: list[tuple[int, int]] = []
    at = name_start - 1
    while at >= max(sentence_start, name_start - PRENOMINAL_REACH):
        token = doc[at]
        if at - 2 >= sentence_start and doc[at - 1].text == "-" and token.pos_ != "PUNCT":
            words.append((at - 2, at + 1))  # "start - up", "chip - maker"
            at -= 3
        elif (token.pos_ in PRENOMINAL_POS and token.ent_type_ != "PERSON") or _describes(
            token.lower_, person
        ):
            words.append((at, at + 1))
            at -= 1
        else:
            break
    first = doc[words[0][0]] if words and words[0][1] - words[0][0] == 1 else None
    if first is not None and first.pos_ not in ("NOUN", "PROPN") and not _describes(first.lower_, person):
        return []
    return words


def _describes(word: str, person: bool) -> bool:
    """Whether a word says what a person is (`knowledge.person_noun_sex`) or what kind of
    organization one is."""
    if person:
        return knowledge.person_noun_sex(word) is not None
    return word in ORGANIZATION_NOUNS or word.replace("-", "") in ORGANIZATION_NOUNS


def _in_dateline(article: Article, token: Any) -> bool:
    dateline = article.dateline
    start = article.text.find(dateline) if dateline else -1
    return start >= 0 and start <= token.idx < start + len(dateline)


# The mentions made after the names whose predicates describe a person as well.
PREDICATED_KINDS = frozenset({"pronoun", KIND})


def describe_after_pronouns(article: Article) -> None:
    """ "She was a popular pinup", "He is the new Doctor", "The actor had been the
    favourite": a noun predicated of a pronoun or description the article resolved to a
    person is a mention of that person too (run after the pronouns are linked)."""
    doc = article.doc
    if doc is None:
        return
    taken = {i for m in article.mentions for i in _token_range(doc, m)}
    added: list[ActorMention] = []
    for mention in article.mentions:
        if mention.kind not in PREDICATED_KINDS or not _is_person(article, mention):
            continue
        span = char_span(doc, mention.start, mention.end)
        if span is None:
            continue
        if span.root.lower_ in POSSESSIVES:  # "her career as a singer"
            for noun in _as_nouns(span.root, person=True):
                _add(noun, mention, taken, added)
            continue
        for noun in _predicated(span.root):  # (not "as": "followers he took as brides")
            _add(noun, mention, taken, added)
    article.mentions.extend(added)


def _predicated(root: Any) -> list[Any]:
    """The nouns a copula predicates of the subject `root` ("Capaldi is (to be) the star"),
    or a passive verb ("Reeder was voted coach of the year"), a person noun the tagger took
    for an adjective too ("the bookies' favourite"), and "one of" a kind ("Reeder is one of
    the best coaches", "was voted one of the most popular")."""
    verbs = _subject_verbs(root)
    passive = [v for v in verbs if root.dep_ == "nsubjpass" and v == root.head]
    return [
        c
        for verb in verbs
        for copula in _copulas(verb) + passive
        for c in copula.children
        if c.dep_ in PREDICATE_DEPS and c.lower_ != "none"  # "none other than": the name's
        and (c.pos_ == "NOUN" or _person_noun_as_adjective(c) or _one_of(c))
    ]


def _one_of(token: Any) -> bool:
    """ "one of the best coaches": one of a kind, said of the subject."""
    return token.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _person_noun_as_adjective(token: Any) -> bool:
    """ "the favourite", "the bookies' favourite": a person noun the tagger calls an
    adjective, told as a noun by its article or possessor."""
    return (
        token.pos_ == "ADJ"
        and knowledge.person_noun_sex(token.lower_) is not None
        and any(c.dep_ in ("det", "poss") for c in token.children)
    )


def _one_described(noun: Any) -> bool:
    return noun.tag_ == "NN" and any(c.dep_ == "det" for c in noun.children)


def _add(noun: Any, named: ActorMention, taken: set[int], added: list[ActorMention]) -> None:
    if noun.i not in taken:
        taken.add(noun.i)
        added.append(_mention(noun, named))


def _describing(root: Any, after: int) -> list[Any]:
    """The nouns in apposition to a name (whose root is `root`, and whose next token is
    `after`) and those listed with them ("Williams, swimming champion, actress and icon"),
    or predicated of it as a subject, its own or its relative clause's ("Reeder, who was
    the coach")."""
    found = []
    if _set_off(root) and root.head.pos_ == "NOUN" and root.head.i < root.i:
        found.append(root.head)  # "the Hollywood actress, Esther Williams,": the name is its
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            found.append(child)
            found.extend(c for c in child.children if c.dep_ == "appos" and c.pos_ == "NOUN")
    comma = _after_comma(root, after)
    if comma is not None and comma not in found:
        found.append(comma)
    found += [c for noun in found for c in _listed(noun) if c not in found]
    found += _predicated(root)  # "Capaldi is (to be) the new star"
    return found + [noun for described in found for noun in _turned(described)]


def _subject_of_named_predicate(root: Any, person: bool) -> list[Any]:
    """ "The new coach is Tom Reeder", "the coach chosen was none other than Marta
    Velden": the noun a copula says the name is, its subject named after it, when it says
    what a person (`person`) or an organization is."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "than" and head.head.lower_ in ("none", "other"):
        above = head.head  # "none other than": the predicate the name stands in for
        head, root = (above.head.head, above.head) if above.dep_ == "amod" else (above.head, above)
    if root.dep_ not in PREDICATE_DEPS or head.lemma_.lower() not in COPULAS:
        return []
    if any(c.dep_ == "conj" for c in root.children):
        return []  # "the sponsors are Jane Holt, Tom Reeder and ...": a list, not one
    return [
        c
        for c in head.children
        if c.dep_ in SUBJECT_DEPS and c.tag_ == "NN" and _says_what(c.lower_, person)
    ]


# Nouns whose "as" tells a part someone played, not what they were ("his role as a
# detective").
PLAYED_NOUNS = frozenset({"role", "part", "character", "turn", "portrayal", "cameo"})


def _as_of_possessed(root: Any, person: bool) -> list[Any]:
    """ "Velden, whose years as a rowing champion ...", "Velden's career as a singer":
    the noun after "as" on a noun the name (or its relative "whose") possesses."""
    owners = [root] + [t for c in root.children if c.dep_ == "relcl" for t in c.subtree
                       if t.tag_ == "WP$"]  # fmt: skip
    return [noun for owner in owners for noun in _as_nouns(owner, person)]


def _as_nouns(owner: Any, person: bool) -> list[Any]:
    """The nouns after "as" on the noun `owner` is the possessor of, that say what a
    person (or an organization) is; not where the possessed noun acts on something of its
    own, which the "as" is about ("his dismissal of Kim as a rocket man")."""
    possessed = owner.head
    if owner.dep_ != "poss" or possessed.pos_ != "NOUN" or possessed.lemma_.lower() in PLAYED_NOUNS:
        return []
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in possessed.children):
        return []
    return [
        c
        for prep in possessed.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for c in prep.children
        if c.dep_ == "pobj" and c.pos_ == "NOUN" and _says_what(c.lower_, person)
    ]


def _says_what(word: str, person: bool) -> bool:
    """A noun that says what a person is (`_describes`, or an office: "the official",
    "as president") or what kind of organization one is."""
    if _describes(word, person):
        return True
    sector = knowledge.sector_by_word(word) if person else None
    return sector is not None and sector.kind == "person"


def _indefinite_apposition(doc: Any, after: int, person: bool) -> list[Any]:
    """ "Tarnell, a Silicon Valley startup that ...": the word that says what the name is,
    told by the lexicons where the parse lost it, in an indefinite phrase right after the
    name's comma of modifiers only; in a headline, the words listed after the comma
    ("Jane Doe, Swimming Champion, Actress, Icon, Dies at 91"), which the tagger reads as
    names."""
    if after + 2 >= len(doc) or doc[after].text != ",":
        return []
    if looks_shouted(doc[after].sent.text):
        return _listed_in_headline(doc[after + 1 : after + 1 + 2 * PRENOMINAL_REACH], person)
    if doc[after + 1].lower_ not in ("a", "an"):
        return []
    for token in doc[after + 2 : after + 2 + PRENOMINAL_REACH]:
        if _describes(token.lower_, person):
            return [token]
        if token.pos_ not in PRENOMINAL_POS and token.text != "-":
            return []
    return []


def _listed_in_headline(tokens: Any, person: bool) -> list[Any]:
    """The describing words of a headline's list after a name, up to its verb."""
    found = []
    for token in tokens:
        if _describes(token.lower_, person):
            found.append(token)
        elif token.pos_ not in PRENOMINAL_POS and token.text not in (",", "-"):
            break
    return found


def _set_off(root: Any) -> bool:
    """A name in apposition after its comma ("the rower, Marta Velden"), not a run of
    words the parse hung together ("date 2023-10-15 Hamas")."""
    start = root.left_edge.i
    return root.dep_ == "appos" and start > 0 and root.doc[start - 1].text == ","


def _listed(noun: Any) -> list[Any]:
    """The nouns joined to a describing noun by "and" or commas, in the parse's chain."""
    found = []
    for child in noun.children:
        if child.dep_ == "conj" and child.pos_ == "NOUN":
            found += [child, *_listed(child)]
    return found


def _subject_verbs(root: Any) -> list[Any]:
    """The verbs a name is the subject of: its head, when it is a subject, and the verb of
    a relative clause on it whose subject is the relative pronoun ("Reeder, who was ...")."""
    verbs = [root.head] if root.dep_ in SUBJECT_DEPS else []
    for clause in root.children:
        if clause.dep_ == "relcl" and any(
            c.dep_ in SUBJECT_DEPS and c.tag_ in ("WP", "WDT") for c in clause.children
        ):
            verbs.append(clause)
    return verbs


def _as_predicates(root: Any) -> list[Any]:
    """ "Reeder was named as the new coach", "Reeder, who acted as his own lawyer": the
    noun after "as" on a verb the name is the subject of, when the verb has no object the
    "as" could be about instead ("Reeder described Velden as a rival")."""
    found = []
    for verb in _subject_verbs(root):
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                found += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return found


def _copulas(verb: Any) -> list[Any]:
    """The copula a subject's verb is, and those of its open complements ("is to be")."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return [v for v in verbs if v.lemma_.lower() in COPULAS]


def _after_comma(root: Any, after: int) -> Any:
    """ "Williams, the swimming champion ...": the head noun of the phrase right after the
    name's comma, when the parse hangs it on the name (so not "After he met Obama, the
    president left", where the phrase is the next clause's subject)."""
    doc = root.doc
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    noun = next((t for t in doc[after + 1 : after + 6] if t.pos_ in ("NOUN", "PROPN")), None)
    while noun is not None and noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "the swimming champion": its last noun
    if noun is None or noun.pos_ != "NOUN" or not (root in noun.ancestors or _loose(root, noun)):
        return None
    between = doc[after + 1 : noun.i]
    # Modifiers only ("a Silicon Valley startup": names too, as compounds of the noun):
    # "whose farm", "her spokesman" after a name's comma are no apposition.
    words = all(
        (t.pos_ in MODIFIERS or (t.pos_ == "PROPN" and t.dep_ == "compound"))
        and t.tag_ not in ("WP$", "WDT", "PRP$")
        for t in between
    )
    return noun if words else None


def _loose(root: Any, noun: Any) -> bool:
    """The parse made the name no argument of the verb the noun hangs on ("Williams, the
    champion turned actress": "Williams" a loose modifier of "turned"); a noun that is the
    subject of another verb is that clause's, the name one spoken to ("Mr. Jeffs, the
    court is not going to recess")."""
    if noun.dep_ in SUBJECT_DEPS and noun.head.lemma_.lower() not in TURN_VERBS:
        return False
    return root.head == noun.head and root.dep_ not in ARGUMENT_DEPS


def _turned(noun: Any) -> list[Any]:
    """ "the champion turned actress": the noun the describing one turned into."""
    verbs = [noun.head] if noun.dep_ in SUBJECT_DEPS else []
    verbs += [c for c in noun.children if c.pos_ == "VERB"]
    return [
        c
        for verb in verbs
        if verb.lemma_.lower() in TURN_VERBS
        for c in verb.children
        if c.dep_ in PREDICATE_DEPS | {"dobj"} and c.pos_ == "NOUN"
    ]


def _title_nouns(title: Any) -> list[Any]:
    """The nouns of a person's title that say what the person is: "leader" of "sect leader",
    "Secretary" of "Treasury Secretary", not the nouns that modify another word of the
    title and say whose the office is ("sect", "Treasury": "the sect" is the group)."""
    inside = {t.i for t in title}
    return [
        t
        for t in title
        if (t.pos_ == "NOUN" or t.is_title)
        and not (t.dep_ in TITLE_MODIFIER_DEPS and t.head.i in inside and t.head.i != t.i)
    ]


# How a word of a title hangs on another word of it when it says whose the office is.
TITLE_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss"})


def _described(token: Any, described: dict[str, set[str]]) -> str | None:
    people = described.get(token.lemma_.lower(), set())
    return next(iter(people)) if len(people) == 1 else None


def _aged(token: Any, people: list[ActorMention]) -> str | None:
    """ "the 55-year-old": the person named last before it; not "the 11-year-old girl", a
    noun of its own that may be someone else, nor an age in a clause whose subject is a
    person named, which tells of someone they act on ("Reeder assaulted the 12-year-old")."""
    if not token.lower_.endswith("old") or not any(t.lower_ == "year" for t in token.subtree):
        return None
    if _acted_on_by_named(token, people):
        return None
    before = _unbound_before(token, people)
    return max(before, key=lambda m: m.end).actor_id if before else None


def _unbound_before(token: Any, people: list[ActorMention]) -> list[ActorMention]:
    """The people's mentions before the token, but none of a person the token's clause is
    said by or of (`_bound`): "Moffat said the 55-year-old ..." names someone other than
    Moffat, however often the article named him before."""
    bound = {m.actor_id for m in people if _bound(m, token) or _reported_by(m, token)}
    return [m for m in people if m.end <= token.idx and m.actor_id not in bound]


# The clauses a verb of saying reports ("Velden won, the coach said"; "the coach said
# Velden won"): their people are spoken of by the verb's subject, not the subject itself.
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})


def _reported_by(mention: ActorMention, token: Any) -> bool:
    """Whether the token is the subject of a verb of saying and the mention lies in a
    clause that verb reports ("Velden won the final, the coach said": the coach is not
    Velden); not a clause of time or cause, which may tell of the subject itself ("After
    Velden lost, the rower retired"), nor one the parse hung on another verb."""
    if token.dep_ not in SUBJECT_DEPS or token.head.lemma_.lower() not in SAY_VERBS:
        return False
    for clause in token.head.children:
        if clause.dep_ in REPORTED_DEPS:
            first, last = clause.left_edge, clause.right_edge
            if first.idx <= mention.start < last.idx + len(last.text):
                return True
    return False


def _acted_on_by_named(token: Any, people: list[ActorMention]) -> bool:
    """Whether the nearest verb above the token has a named person as its subject, the
    token being no subject itself ("Reeder assaulted the 12-year-old"; not "Pike said the
    55-year-old would start", whose own verb's subject is the age)."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or token.dep_ in SUBJECT_DEPS:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ == "acl":
        # "a recording of Reeder engaging in sex with the 12-year-old": the participle's
        # doer is the "of" of the noun it hangs on
        subjects = [o for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return any(m.start <= s.idx < m.end for s in subjects for m in people)


def _bound(mention: ActorMention, token: Any) -> bool:
    """Whether the mention is the subject of a verb the token's clause hangs on, which the
    token does not name again ("Moffat said the 55-year-old's love ...", "Director Tom
    Reeder said the star would ...": not Moffat, not Reeder)."""
    return any(
        mention.start <= subject.idx < mention.end
        for verb in _binding_heads(token)
        for subject in verb.children
        if subject.dep_ in SUBJECT_DEPS
    )


def _binding_heads(token: Any) -> list[Any]:
    """The words above the token whose subjects it does not name again: none above a
    predicate, which says what the subject is ("Capaldi was announced as the new Doctor,
    the 12th actor to ...", "Reeder is the coach")."""
    heads = []
    child = token
    for head in token.ancestors:
        if child.dep_ in PREDICATE_DEPS or (child.dep_ == "pobj" and head.lower_ == "as"):
            break
        heads.append(head)
        child = head
    return heads


def _person_noun(
    article: Article, token: Any, people: list[ActorMention], sentence: int, claimed: set[str]
) -> str | None:
    """ "the actor", "the 55-year-old Scottish actor": the person named last before a noun
    that stands for one person (`knowledge.person_noun_sex`), as a subject, an apposition
    or a possessor, in its sentence or the `PERSON_NOUN_REACH` before, who may be of the
    noun's sex (by first name) and of the country its modifiers name, and who is one of
    those the article describes by the noun if it does (`claimed`), and not the subject of
    a verb the noun's clause hangs on; a noun with words of its own that may point
    elsewhere ("the actor of the play", "the Reuters reporter") is none."""
    sex = knowledge.person_noun_sex(token.lemma_)
    if sex is None or token.dep_ not in NAMING_AGAIN_DEPS or _pointing_elsewhere(token):
        return None
    before = [m for m in _unbound_before(token, people)
              if sentence - m.sentence <= PERSON_NOUN_REACH]  # fmt: skip
    if not before:
        return None
    person = article.actors[max(before, key=lambda m: m.end).actor_id or ""]
    country = modifier_country([c for c in token.children if c.dep_ == "amod"])
    if sex != "-" and first_name_sex(person.name) not in (None, sex):
        return None
    if country is not None and person.country not in (None, country):
        return None
    return person.id if not claimed or person.id in claimed else None


def _indefinite(token: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


def _named_next(
    article: Article, token: Any, people: list[ActorMention], sentence: int
) -> str | None:
    """ "A man has denied arson. Robert Pitman, 24, is accused of ...": a person noun that
    an indefinite subject opens a story's report with is the person the next sentence
    first names, as its subject and with an age ("Name, 24," or "Name, aged 24"), who may
    be of the noun's sex; an age is how a report tells who the one it spoke of is."""
    sex = knowledge.person_noun_sex(token.lemma_)
    if sex is None or _pointing_elsewhere(token):
        return None
    following = [m for m in people if m.sentence == sentence + 1]
    if not following:
        return None
    first = min(following, key=lambda m: m.start)
    if any(m.actor_id == first.actor_id and m.start < first.start for m in people):
        return None  # named before: someone the report already knew
    span = char_span(article.doc, first.start, first.end)
    if span is None or span.root.dep_ not in SUBJECT_DEPS or not AGE_AFTER_NAME.match(article.text, first.end):
        return None
    if sex != "-" and first_name_sex(article.actors[first.actor_id or ""].name) not in (None, sex):
        return None
    return first.actor_id


AGE_AFTER_NAME = re.compile(r",\s*(?:aged\s+)?\d{1,3}\b")  # "Robert Pitman, 24," "..., aged 24"


def _pointing_elsewhere(token: Any) -> bool:
    """A person noun's own words that may name someone else: a prepositional phrase, a
    clause, a possessor, a proper noun or an organization ("the star of the show", "the man
    accused of ...", "his son", "the BBC presenter"), not an adjective of nationality ("the
    Scottish actor") or a work's title ("The Thick of It star")."""
    clauses = () if token.dep_ == "appos" else ("acl", "relcl")  # "Reeder, the actor to ..."
    return any(
        c.dep_ in ("prep", "poss")
        or (c.dep_ in clauses and _restrictive(c))
        or c.ent_type_ in ("ORG", "PERSON", "FAC")
        or (c.pos_ == "PROPN" and not _in_work(c) and c.ent_type_ not in ("NORP", "GPE"))
        for c in token.children
    )


def _restrictive(clause: Any) -> bool:
    """A clause that tells which one the noun is ("the man accused of ..."), not one set
    off by a comma that says more of one already known ("the native, who once ...")."""
    start = clause.left_edge.i
    return not (start > 0 and clause.doc[start - 1].text == ",")


def _age_start(token: Any) -> int:
    """Where "the 55-year-old" names its person: at the number."""
    return min(t.idx for t in token.subtree if t.i <= token.i and t.pos_ != "DET")


def _specified(token: Any) -> bool:
    """ "the president of the United States", "the Israeli president", "the Reuters
    correspondent": a description with words of its own that may point elsewhere. The
    title of a work does not ("The Thick of It actor": the actor of the article)."""
    return any(
        c.dep_ == "prep" or c.ent_type_ in NAMING_ENTITIES or (c.pos_ == "PROPN" and not _in_work(c))
        for c in token.children
    )


NAMING_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})


def _in_work(token: Any) -> bool:
    """A proper noun of a work's title: tagged so, or a title-case run with small words in
    it ("The Thick of It"), which no place, body or person is named like."""
    if token.ent_type_ == "WORK_OF_ART":
        return True
    words = list(token.subtree)
    return any(t.is_lower and t.pos_ in ("ADP", "DET", "PRON") for t in words[1:]) and not any(
        t.ent_type_ in NAMING_ENTITIES for t in words
    )


def _definite(token: Any) -> bool:
    """ "the actor", "her spokesman", "The Thick of It actor" (the article on the work)."""
    works = [c for c in token.children if c.pos_ == "PROPN" and _in_work(c)]
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this"))
        or (c.dep_ == "poss" and c.lower_ in POSSESSIVES)
        for c in [*token.children, *(g for work in works for g in work.children)]
    )


def _mention(noun: Any, person: ActorMention) -> ActorMention:
    end = noun.idx + len(noun.text)
    return ActorMention(noun.idx, end, noun.text, person.sentence, person.actor_id, KIND)


def _is_person(article: Article, mention: ActorMention) -> bool:
    return _kind(article, mention) == "person"


def _kind(article: Article, mention: ActorMention) -> str | None:
    actor = article.actors.get(mention.actor_id or "")
    return actor.kind if actor is not None else None


def _tokens(doc: Any, mention: ActorMention) -> Any:
    span = char_span(doc, mention.start, mention.end)
    return span if span is not None else ()


def _token_range(doc: Any, mention: ActorMention) -> range:
    return token_range(doc, mention.start, mention.end)
