"""Violence told in a line of another language: "neuf personnes tuées à Sollé",
"Asesinan a 10 personas en Guanajuato", "Agricultor é assassinado a tiros".

Normalize types a French, Spanish or Portuguese line "foreign" (`normalize.mark_foreign`)
and the English parse codes nothing there: its parse of another language reads nonsense.
Such a line's words are matched against `data/violence/foreign_triggers.tsv` instead, in
the line's language. The line's event is its first act of force, else its first word of
killing or death; a word of force that is as often a figure of speech ("attaque") counts
only beside another word of violence, an armed party or a count in figures. The event's
dead are the count (`data/violence/foreign_numbers.tsv`, or digits) nearest a word of
killing or death, and a count of none ("sin muertos") tells no event.
No parties are read as the event's: the words that would say who did what to whom need the
language's grammar. Words that name an armed party (`foreign_participants.tsv`: "hommes
armés", "sicarios") only tell that force is meant, as in English: beside one a word of force
that is as often a figure counts, and a thing wrecked right after one's name ("base
terroriste détruite") was the party's, so its wrecking is force against it (190).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventscribe.article import Article, Casualty, Event, Sentence
from eventscribe.coding.event_record import code_fields
from eventscribe.coding.ontology import cameo
from eventscribe.normalize import fold, foreign_languages

# Letters, a plain count ("1,200"), or a number glued to others ("19/06", a date: no count).
_WORD = re.compile(r"\d+(?:[/.:-]\d+)+|\d{1,3}(?:,\d{3})+|\d+|[^\W\d_]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
COUNT_REACH = 3  # words between a count and the word of killing or death, at most
DEAD_KINDS = frozenset({"killing", "outcome"})
ACT_KINDS = frozenset({"violent", "killing", "context", "wrecking"})
FIGURATIVE_KINDS = frozenset({"context", "wrecking"})  # words that need violence beside them
ARMED = "armed"  # the kind of a party's match
WRECKED_BY_FORCE = "190"  # what an armed party holds, wrecked: force against the party


@dataclass(frozen=True, slots=True)
class Entry:
    phrase: tuple[str, ...]  # folded words
    cameo: str
    kind: str  # violent, killing, outcome, context, wrecking; "armed" for a party's name


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    folded: str  # lower case, no accents
    start: int  # offsets in Article.text
    end: int


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    first: int  # word indices, inclusive
    last: int


def _rows(name: str) -> Iterator[list[str]]:
    path = resources.files("eventscribe") / "data" / "violence" / name
    with path.open(encoding="utf-8") as handle:
        yield from csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, list[Entry]]]:
    """language -> first folded word -> entries, longest phrase first."""
    found: dict[str, dict[str, list[Entry]]] = {}
    for languages, phrase, code, kind in _rows("foreign_triggers.tsv"):
        entry = Entry(tuple(fold(w) for w in _WORD.findall(phrase)), code, kind)
        for language in languages.split(","):
            found.setdefault(language, {}).setdefault(entry.phrase[0], []).append(entry)
    for languages, phrase, _sector in _rows("foreign_participants.tsv"):
        entry = Entry(tuple(fold(w) for w in _WORD.findall(phrase)), "", ARMED)
        for language in languages.split(","):
            found.setdefault(language, {}).setdefault(entry.phrase[0], []).append(entry)
    for by_word in found.values():
        for entries in by_word.values():
            entries.sort(key=lambda e: -len(e.phrase))
    return found


@lru_cache(maxsize=1)
def number_words() -> dict[str, dict[str, int]]:
    """language -> folded number word -> value."""
    found: dict[str, dict[str, int]] = {}
    for languages, word, value in _rows("foreign_numbers.tsv"):
        for language in languages.split(","):
            found.setdefault(language, {})[fold(word)] = int(value)
    return found


def detect(article: Article) -> list[Event]:
    """The events of violence of the article's foreign lines, one at most a sentence."""
    known = lexicon()  # the lexicon's languages only: another's words are not read
    languages = {i: code for i, code in foreign_languages(article).items() if code in known}
    events = []
    for sentence in article.sentences:
        language = languages.get(sentence.paragraph)
        event = sentence_event(article, sentence, language) if language else None
        if event is not None:
            events.append(event)
    return events


def words_of(text: str, offset: int = 0) -> list[Word]:
    return [
        Word(m.group(), fold(m.group()), offset + m.start(), offset + m.end())
        for m in _WORD.finditer(text)
    ]


def matches(words: list[Word], language: str) -> list[Match]:
    """The trigger phrases of the words, left to right, the longest at each word."""
    entries, found, index = lexicon()[language], [], 0
    while index < len(words):
        match = _match_at(words, index, entries.get(words[index].folded, []))
        if match is not None:
            found.append(match)
        index = match.last + 1 if match is not None else index + 1
    return found


def _match_at(words: list[Word], index: int, entries: list[Entry]) -> Match | None:
    for entry in entries:
        last = index + len(entry.phrase) - 1
        if tuple(w.folded for w in words[index : last + 1]) == entry.phrase:
            return Match(entry, index, last)
    return None


def sentence_event(article: Article, sentence: Sentence, language: str) -> Event | None:
    """The sentence's act of force (else its word of killing or death) as an event, with
    its dead; None when it names none, or counts none dead."""
    words = words_of(article.span(sentence.start, sentence.end), sentence.start)
    every = matches(words, language)
    found = in_context(every, words)
    acts = [m for m in found if m.entry.kind in ACT_KINDS] or found
    if not acts:
        return None
    dead = dead_count(words, found, language)
    if dead is not None and dead.value == 0:
        return None  # "sans faire de morts", "sin muertos": no one was killed
    code = WRECKED_BY_FORCE if _wrecks_a_party(acts[0], every) else acts[0].entry.cameo
    return _event(article, sentence, words, acts[0], dead, code)


def _wrecks_a_party(act: Match, every: list[Match]) -> bool:
    """A wrecking word right after an armed party's name: "base terroriste détruite"."""
    return act.entry.kind == "wrecking" and any(
        m.entry.kind == ARMED and m.last == act.first - 1 for m in every
    )


def in_context(found: list[Match], words: list[Word]) -> list[Match]:
    """The matches, less the names of armed parties, and less words of force that are as
    often figures of speech ("attaque") when the line has no other word of violence, no
    armed party and no count in figures."""
    firm = any(m.entry.kind not in FIGURATIVE_KINDS for m in found) or any(
        count_value(w.folded, "") for w in words if w.folded[0].isdigit()
    )
    return [m for m in found if m.entry.kind != ARMED and (firm or m.entry.kind not in FIGURATIVE_KINDS)]


def dead_count(words: list[Word], found: list[Match], language: str) -> Casualty | None:
    """The count nearest a word of killing or death, within `COUNT_REACH` words of it."""
    deaths = [m for m in found if m.entry.kind in DEAD_KINDS]
    ranked = []
    for index, word in enumerate(words):
        value = count_value(word.folded, language)
        for match in deaths if value is not None else []:
            gap = match.first - index if index < match.first else index - match.last
            if 0 < gap <= COUNT_REACH:
                ranked.append((gap, index, value))
    if not ranked:
        return None
    _, index, value = min(ranked)
    return Casualty(value, "exact", words[index].text)


def count_value(folded: str, language: str) -> int | None:
    """A count of people: digits that are not a year, or a number word of the language."""
    if folded[0].isdigit():
        plain = folded.replace(",", "")
        return int(plain) if plain.isdigit() and not _YEAR.fullmatch(plain) else None
    return number_words().get(language, {}).get(folded)


def _event(
    article: Article, sentence: Sentence, words: list[Word], act: Match, dead: Casualty | None,
    code: str,
) -> Event:
    info = cameo(code)
    start, end = words[act.first].start, words[act.last].end
    return Event(
        sentence=sentence.index,
        cameo=info.code,
        source=None,
        target=None,
        trigger=article.span(start, end),
        trigger_start=start,
        trigger_end=end,
        **code_fields(info),
        event_date=article.published,
        evidence_start=sentence.start,
        evidence_end=sentence.end,
        pattern="foreign trigger",
        fatalities=dead,
    )
