"""Actors coded by PETRARCH-format dictionaries: a noun phrase's CAMEO actor code.

A noun phrase takes the code of the first dictionary actor in it ("Dagolath's first Deputy
Prime Minister Telemar" -> DAG), dated by the article's date, composed with the agents in
it (PRIME_MINISTER [~GOV] -> DAGGOV; "White House security officials" stays USAGOV). An
agent with no actor of its own takes the actors of its "of"/"from" phrase ("the
ambassadors of Arnor, Osgiliath and Gondor" -> ARNGOV, OSGGOV, GONGOV), or the actor and
modifiers of the noun it is coordinated with ("Danish Islamist media and government" ->
DNKMUSMED, DNKMUSGOV). Discard phrases (sports, entertainment) mark their sentence, or
with `+` the whole story, as not coded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from eventscribe import registry
from eventscribe.actors.dictionaries import ActorEntry, AgentEntry, Dictionaries, load_dictionaries
from eventscribe.article import Actor, ActorMention, Article
from eventscribe.pipeline import BaseStage
from eventscribe.syntax import char_span, conjuncts

NOMINAL = frozenset({"NOUN", "PROPN"})
OWNER_PREPS = frozenset({"of", "from"})


@dataclass
class Word:
    text: str  # upper case; hyphen-joined tokens merged: "BARAD-DUR", "AL-QAEDA"
    first: int  # token indices
    last: int


@dataclass
class Found:
    first: int  # token index of the first word
    last: int
    entry: ActorEntry | AgentEntry


def sentence_words(span: Any) -> list[Word]:
    """The span's tokens as dictionary words: "Barad", "-", "dur" read as "BARAD-DUR"."""
    words: list[Word] = []
    for token in span:
        joined = (
            words
            and (token.text == "-" or span.doc[token.i - 1].text == "-")
            and not span.doc[token.i - 1].whitespace_
            and words[-1].last == token.i - 1
        )
        if joined:
            words[-1] = Word(words[-1].text + token.text.upper(), words[-1].first, token.i)
        else:
            words.append(Word(token.text.upper(), token.i, token.i))
    return words


def find_phrases(words: list[Word], table: dict, longest: int) -> list[Found]:
    """Dictionary phrases in the words, longest first at each position, not overlapping."""
    found: list[Found] = []
    position = 0
    while position < len(words):
        for size in range(min(longest, len(words) - position), 0, -1):
            key = tuple(w.text for w in words[position : position + size])
            entry = table.get(key)
            if entry is not None:
                found.append(Found(words[position].first, words[position + size - 1].last, entry))
                position += size
                break
        else:
            position += 1
    return found


def discarded(text: str, dictionaries: Dictionaries, *, years: bool) -> tuple[bool, bool]:
    """(sentence discarded, story discarded) by the discard phrases found in the text.

    `years=False` ignores the bare years some dictionaries list against chronologies:
    in news, "since 1967" is not a chronology.
    """
    sentence, story = _discard_patterns(id(dictionaries), dictionaries, years)
    return _found(sentence, text), _found(story, text)


NAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)")


def _found(pattern: Any, text: str) -> bool:
    """A discard phrase found, not as the start of a place's name ("Bowling Green, Kentucky"
    is no bowling)."""
    return pattern is not None and any(not _names_a_place(m, text) for m in pattern.finditer(text))


def _names_a_place(match: Any, text: str) -> bool:
    after = NAME_AFTER.match(text, match.end())
    if not match.group(0)[:1].isupper() or after is None:
        return False
    from eventscribe.where.gazetteer import load_gazetteer

    found = load_gazetteer().lookup(f"{match.group(0)} {after.group(1)}")
    return any(c.name.lower() == f"{match.group(0)} {after.group(1)}".lower() for c in found)


_PATTERNS: dict[tuple[int, bool], tuple[Any, Any]] = {}


def _discard_patterns(key: int, dictionaries: Dictionaries, years: bool) -> tuple[Any, Any]:
    """Two compiled patterns (sentence-level, story-level), built once per dictionary."""
    if (key, years) not in _PATTERNS:
        phrases: dict[bool, list[tuple[list[str], bool]]] = {False: [], True: []}
        for phrase, story in dictionaries.discards.items():
            if not years and phrase.strip("_").isdigit():
                continue
            words = [w for w in re.split(r"[_\s]+", phrase.strip("_")) if w]
            if words:
                phrases[story].append((words, phrase.endswith("_")))
        _PATTERNS[(key, years)] = tuple(
            re.compile(r"(?<![\w])" + trie_pattern(p), re.IGNORECASE) if p else None
            for p in (phrases[False], phrases[True])
        )
    return _PATTERNS[(key, years)]


_END, _WORD_END, _GAP = "<end>", "<word end>", " "  # keys no single character equals


def trie_pattern(phrases: list[tuple[list[str], bool]]) -> str:
    """One regular expression for many phrases (their words, and whether the last word
    must end there or is a stem), shared prefixes factored out: the engine tries a few
    branches at each position of a sentence instead of every phrase. Words are matched
    without regard to case (the caller compiles with IGNORECASE), gaps are any whitespace."""
    trie: dict[str, Any] = {}
    for words, whole_word in phrases:
        node = trie
        for char in " ".join(words).lower():
            node = node.setdefault(char, {})
        node[_WORD_END if whole_word else _END] = {}
    return _render(trie)


def _render(node: dict[str, Any]) -> str:
    if _END in node:
        return ""  # a phrase ends here: the text matches, whatever longer phrases need
    branches = [r"(?![\w])"] if _WORD_END in node else []
    for char, child in sorted(node.items()):
        if char not in (_END, _WORD_END):
            branches.append((r"\s+" if char == _GAP else re.escape(char)) + _render(child))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def compose(code: str, agents: list[AgentEntry]) -> str:
    """An actor code with its agents: ARN + GOV -> ARNGOV; NGO~ goes in front."""
    for agent in agents:
        if agent.before:
            code = code if code.startswith(agent.code) else agent.code + code
        elif not code.endswith(agent.code):
            code += agent.code
    return code


class SentenceCoder:
    """Codes the noun phrases of one parsed sentence."""

    def __init__(self, span: Any, dictionaries: Dictionaries, day: dt.date | None) -> None:
        words = sentence_words(span)
        found = find_phrases(words, dictionaries.actors, dictionaries.longest)
        taken = {i for f in found for i in range(f.first, f.last + 1)}
        free = [w for w in words if w.first not in taken]
        self.actors = found
        self.agents = [
            f for f in find_phrases(_runs(free, words), dictionaries.agents, dictionaries.longest)
        ]
        self.span, self.day = span, day

    def codes(self) -> dict[int, tuple[list[Any], list[str]]]:
        """Head token index -> (the phrase's tokens, its actor codes)."""
        coded: dict[int, tuple[list[Any], list[str]]] = {}
        for head in self.span:
            if head.pos_ in NOMINAL and head.dep_ not in ("compound", "flat"):
                tokens = self._phrase(head)
                codes = self._codes(head, tokens)
                if codes:
                    coded[head.i] = (tokens, codes)
        return coded

    def _phrase(self, head: Any) -> list[Any]:
        """The head with its left modifiers, and the rest of an actor name that starts in
        them: "the Prince of Dol Amroth" is one name."""
        first, last = head.left_edge.i, head.i
        for found in self.actors:
            if first <= found.first <= head.i < found.last:
                last = found.last
        return list(head.doc[first : last + 1])

    def _codes(self, head: Any, tokens: list[Any]) -> list[str]:
        actors, agents = self._inside(tokens)
        if actors:
            return [compose(code, agents) for code in actors[0].entry.codes_on(self.day)]
        if not agents:
            return []
        owners = _owners(head)
        if owners:
            return [
                compose(code, agents) for owner in owners for code in self._own_actor_codes(owner)
            ]
        if head.dep_ == "conj":
            first = head.head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            modifiers = list(head.doc[first.left_edge.i : first.i])
            actors, borrowed = self._inside(modifiers)
            if actors:
                return [
                    compose(code, borrowed + agents) for code in actors[0].entry.codes_on(self.day)
                ]
        return []

    def _own_actor_codes(self, head: Any) -> list[str]:
        tokens = list(head.doc[head.left_edge.i : head.i + 1])
        actors, agents = self._inside(tokens)
        if not actors:
            return []
        return [compose(code, agents) for code in actors[0].entry.codes_on(self.day)]

    def _inside(self, tokens: list[Any]) -> tuple[list[Found], list[AgentEntry]]:
        if not tokens:
            return [], []
        first, last = tokens[0].i, tokens[-1].i
        actors = [f for f in self.actors if f.first >= first and f.last <= last]
        agents = [f.entry for f in self.agents if f.first >= first and f.last <= last]
        return actors, agents


def _runs(free: list[Word], words: list[Word]) -> list[Word]:
    """Words not in an actor phrase; a gap where an actor was keeps phrases from spanning it."""
    kept = {id(w) for w in free}
    return [w if id(w) in kept else Word("\0", w.first, w.last) for w in words]


def _owners(head: Any) -> list[Any]:
    """The "of"/"from" objects of a noun: "ambassadors of Arnor, Osgiliath and Gondor"."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
            return [w for pobj in child.children if pobj.dep_ == "pobj" for w in conjuncts(pobj)]
    return []


def mark_discards(article: Article, dictionaries: Dictionaries, *, years: bool = True) -> None:
    """Sentences (or the whole story) that a discard phrase rules out are not coded."""
    story = False
    for sentence in article.sentences:
        text = article.text[sentence.start : sentence.end]
        in_sentence, in_story = discarded(text, dictionaries, years=years)
        if in_sentence:
            sentence.coded = False
        story = story or in_story
    if story:
        for sentence in article.sentences:
            sentence.coded = False


@registry.stages.register("dictionary-actors")
class DictionaryActorStage(BaseStage):
    """Actors coded PETRARCH's way, by users' own dictionaries alone: the actors stage when
    `Settings.dictionaries` is given (`Settings.stage_names`)."""

    name = "dictionary-actors"
    requires = ("doc", "sentences")
    assigns = ("mentions", "actors")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        if settings.dictionaries is None:
            raise ValueError("the dictionary-actors stage needs a dictionaries folder")
        self.dictionaries = load_dictionaries(str(settings.dictionaries))

    def __call__(self, article: Article) -> Article:
        code_article(article, self.dictionaries)
        return article


def code_article(article: Article, dictionaries: Dictionaries) -> None:
    """Mentions and actors of every coded sentence, from the dictionaries alone."""
    mark_discards(article, dictionaries)
    for sentence in article.sentences:
        if not sentence.coded:
            continue
        span = char_span(article.doc, sentence.start, sentence.end)
        if span is None:
            continue
        coder = SentenceCoder(span, dictionaries, article.published)
        for tokens, codes in coder.codes().values():
            for code in codes:
                _mention(article, sentence.index, tokens, code)


def _mention(article: Article, sentence: int, tokens: list[Any], code: str) -> None:
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    actor_id = f"code:{code}"
    text = article.text[start:end]
    actor = article.actors.get(actor_id)
    if actor is None:
        actor = article.actors[actor_id] = Actor(
            id=actor_id, name=code, kind="coded", country=code[:3] or None,
            sector=code[3:6] or None, code=code,
        )  # fmt: skip
    if text not in actor.forms:
        actor.forms.append(text)
    article.mentions.append(
        ActorMention(start, end, text, sentence, actor_id=actor_id, kind="coded")
    )
