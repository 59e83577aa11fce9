"""The time stage: each event gets the date of the time expression that belongs to it.

In order of preference, an expression
1. attached to the event's predicate: its head chain reaches the trigger through nothing
   but prepositions ("met ... in Beirut on Saturday", "an attack a week ago");
2. in the predicate's clause ("During their meeting on Saturday, X praised ...");
3. in a clause above it ("X said on Tuesday that Y attacked ...": an upper bound);
   never one that modifies a noun other than the predicate ("breached the 1976
   agreement", "endorsed Monday's attack": the year and the day are the agreement's and
   the attack's), nor one that names no year yet lies more than a year back
   (`limits.too_old`), nor a comparison's base ("the worst attack since 2015"), nor a
   finished past time in a present perfect's subject ("the surplus last year has come
   under fire"), nor, for a response, the time of a noun it answers ("the invasion a
   year ago was condemned"), nor a finished past time in a clause told in the present
   progressive or perfect ("with a deficit last year, Congress is pressing to ..."), nor
   a year after "for" on an act not ahead ("arrears for 1985"), nor a year or month read
   as a verb's object ("finish 2017"); a clause above lends its day neither to a past
   perfect ("said on Friday that Moore had denied") nor to a relative clause on another
   noun;
4. elsewhere in the sentence, unless the event is in the present tense, another event's
   predicate holds the expression, or the expression's clause is one of its own: a full
   clause, a clause on a noun ("aid appropriated in 1985") or the gerund an act is about
   ("accused X of groping her in 2006");
5. for a simple-past predicate, the one past date of the sentence before in the same
   paragraph (news narrates on: "... an attack a week ago. Hamas stormed Israeli towns");
6. the date of the dateline ("WASHINGTON, Feb 26 - ");
7. for an incident of violence or unrest told as done (CAMEO 14, 17-20, asserted or
   reported, not future: "Blast kills 9", "gunmen killed five"), the range [publication - 1,
   publication] with the day before as its start: news tells such acts the day they
   happen or the day after (on UCDP's headlines the day before is right for 349 of 467
   records, publication for 230), where a story opens (the title, the first lines, a
   headline, a paragraph's own dateline; deeper in, such an act is background). Statements,
   threats, plans and acts of a present "when"/"if" clause stay at publication;
8. else the publication date, with precision "publication".
An act of an "after" clause that a gap heads ("a day after farmers were killed") is then
moved to the act it hangs on, less the gap, or from its own undated reading when that act
is coded as nothing (`when/anchors.py`).
An event told in a line of another language (typed "foreign") is dated by that language's
words instead of steps 1-5 (`when/foreign.py`): the English parse reads nothing there.
Expressions are read with the tense of the verb they belong to; an event whose predicate
is not future gets no date after publication unless an expression attached to it says
so by itself ("talks resume tomorrow"), a future one no past date it does not govern, and
a past event's period ends at publication.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from eventscribe import registry
from eventscribe.article import Article, Event
from eventscribe.errors import EventscribeError
from eventscribe.normalize import foreign_languages
from eventscribe.pipeline import BaseStage
from eventscribe.syntax import char_span, entities
from eventscribe.when.anchors import anchor_dates
from eventscribe.when.foreign import foreign_date
from eventscribe.when.grammar import SPAN_ONLY_RULES, Mention, find_mentions
from eventscribe.when.lexicon import MONTH
from eventscribe.when.limits import too_old
from eventscribe.when.numeric import NUMERIC, numeric_dates
from eventscribe.when.ranges import day_stretch, first_day_stretch, joined
from eventscribe.when.resolve import resolve
from eventscribe.when.tense import (
    deadline_ahead,
    present_continuing,
    present_perfect,
    responds,
    simple_present,
    tense_of,
)
from eventscribe.when.timex import Timex

# How closely an expression belongs to an event, best first; the last two: not at all.
ATTACHED, SAME_CLAUSE, GOVERNING_CLAUSE, SAME_SENTENCE, SUBORDINATE_CLAUSE, NOUN_MODIFIER = range(6)
# Dependencies by which an expression modifies a noun: "the 1976 agreement", "the
# January offensive".
NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod", "nummod", "poss"})
# Clauses below a predicate that have their own events and dates: "will meet X, who on
# Friday was named ...", "met Y after Z resigned in May". (A reported clause, ccomp, is
# left to `_held_by_other`: its verb is usually an event of its own.)
OWN_DATE_CLAUSES = frozenset({"relcl", "acl", "advcl"})
# Clauses that hang on a noun: "aid appropriated by Congress in 1985", "the account
# published in October 2016": their time is that noun's, no other clause's.
NOUN_CLAUSES = frozenset({"acl", "relcl"})
# Prepositions whose gerund is what an act is about, told with its own time: "accused
# Trump of groping her in 2006", "jailed for spying in 1985" (not "by", "after", "in":
# "killed five by detonating a bomb on Monday" is one time).
CONTENT_PREPOSITIONS = frozenset({"of", "for", "with", "about", "against", "from"})
ENTITY_LABELS = ("DATE", "TIME")
# A wire dateline at the start of a paragraph (matched there): "WASHINGTON, Feb 26 - ".
DATELINE = re.compile(rf"[A-Z][A-Za-z .'’-]{{1,40}},\s+{MONTH}\s*\d{{1,2}}\s+-")
DATELINE_AHEAD_DAYS = 2
# The sentences that open a story (a title, then the first lines of the body), and a
# paragraph's own dateline with or without a date: "CHANDIGARH, India - ".
LEAD_SENTENCES = 4
STOPS = (".", "!", "?", '"', "'", "\u201d", "\u2019", ")")
LEAD_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,30}(?:,\s+[A-Z][A-Za-z.'’ ]{1,30})?(?:,\s+[^-\n]{3,12})?\s+[-\u2013\u2014]\s")
# Words a comparison's superlative may stand before "since": "the worst attack on the
# capital since 2015".
COMPARISON_REACH = 6


@dataclass(frozen=True)
class Candidate:
    timex: Timex
    root: Any  # the expression's head token
    tokens: range  # the expression's token indices
    inherently_future: bool  # after publication whatever the tense ("tomorrow")
    scheduled: bool = False  # the day an act is set for ("has been set for May 5")


@registry.stages.register("time")
class TimeStage(BaseStage):
    name = "time"
    requires = ("events", "doc", "sentences")
    assigns = ("events.date",)

    def __call__(self, article: Article) -> Article:
        dct = article.published or _default_date(self.settings.default_date)
        if dct is None or not article.events:
            return article
        dating = ArticleDates(article, dct)
        for event in article.events:
            dating.date(event)
        triggers = [_token_at(article.doc, e.trigger_start, e.trigger_end) for e in article.events]
        anchor_dates(article.events, triggers)
        return article


INCIDENT_ROOTS = frozenset({"14", "17", "18", "19", "20"})


# Words that open a clause of time or condition, whose present tense tells no act done:
# "for when Trump's officials take over", "if troops open fire".
CONDITION_WORDS = frozenset({"when", "whenever", "if", "unless", "until", "once", "before"})


def _reported_incident(event: Event, tense: str | None, dct: dt.date, trigger: Any) -> bool:
    """An act of violence or unrest (not a threat, not a plan) told in the past, or in the
    present of a headline ("Blast kills 5"), not in a present clause of time or condition
    nor as what someone is accused or charged of; never before the first representable
    day."""
    if event.cameo[:2] not in INCIDENT_ROOTS or tense == "future" or dct <= dt.date.min:
        return False
    if tense == "present" and trigger is not None and _conditional_clause(trigger):
        return False
    if trigger is not None and _content_gerund(trigger):
        return False  # "the man accused of tackling the senator": an earlier act, told again
    return event.modality in ("asserted", "reported")


def _conditional_clause(verb: Any) -> bool:
    """The verb heads a clause of time or condition: "when they take over"."""
    if verb.dep_ == "ROOT":
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITION_WORDS for c in verb.children)


def _default_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise EventscribeError(
            f"default_date: unparseable date {value!r} (expected YYYY-MM-DD)"
        ) from None


class ArticleDates:
    """Dates for the events of one article; expressions found once per sentence."""

    def __init__(self, article: Article, dct: dt.date) -> None:
        self.article = article
        self.dct = dct
        self.dateline, self.dateline_span = dateline_timex(article, dct)
        self.foreign = foreign_languages(article)
        self._candidates: dict[int, list[Candidate]] = {}
        self._trigger_tokens: dict[int, list[Any]] = {}

    def date(self, event: Event) -> None:
        language = self.foreign.get(self._paragraph(event.sentence))
        if language is not None:  # the English parse reads no dates in another language
            tense, chosen = None, self.foreign_date(event.sentence, language)
        else:
            tense, chosen = self.english_date(event)
        if chosen is None:
            chosen = self.dateline
        if chosen is not None:
            set_event_date(event, chosen, self.dct, tense == "future")
        elif self._in_lead(event.sentence) and _reported_incident(
            event, tense, self.dct, self._trigger(event)
        ):
            # News reports an attack, a clash or a protest the day it happens or the day
            # after: an undated incident told as done lies in [publication - 1, publication].
            event.event_date, event.date_end = self.dct - dt.timedelta(days=1), self.dct
            event.date_precision, event.date_expression = "range", None
        else:
            event.event_date, event.date_end = self.dct, None
            event.date_precision, event.date_expression = "publication", None

    def _in_lead(self, index: int) -> bool:
        """The sentence opens a story: the title or a summary, the first sentences, a
        headline among headlines (a line with no closing stop), or the first sentence of
        a paragraph headed by a dateline ("BELFAST - Mourners clashed ...", a digest's
        own story). Deeper in an article an undated incident is background more often
        than news of the day ("the attacker was killed by police")."""
        sentences = self.article.sentences
        if not 0 <= index < len(sentences) or index < LEAD_SENTENCES:
            return True
        sentence = sentences[index]
        paragraph = self.article.paragraphs[sentence.paragraph]
        text = self.article.text
        if paragraph.kind in ("title", "summary") or not text[: paragraph.end].rstrip().endswith(STOPS):
            return True
        opens = sentence.start <= paragraph.start + 1
        return opens and LEAD_DATELINE.match(text, paragraph.start) is not None

    def _trigger(self, event: Event) -> Any:
        return _token_at(self.article.doc, event.trigger_start, event.trigger_end)

    def _paragraph(self, sentence: int) -> int | None:
        sentences = self.article.sentences
        return sentences[sentence].paragraph if 0 <= sentence < len(sentences) else None

    def english_date(self, event: Event) -> tuple[str | None, Timex | None]:
        """The tense of the event's predicate, and the expression that dates it, if any."""
        trigger = _token_at(self.article.doc, event.trigger_start, event.trigger_end)
        tense = tense_of(trigger) if trigger is not None else None
        chosen = self.choose(event.sentence, trigger, tense)
        if chosen is None and trigger is not None and trigger.tag_ == "VBD":
            chosen = self.narrated(event.sentence)
        return tense, chosen

    def foreign_date(self, index: int, language: str) -> Timex | None:
        sentence = self.article.sentences[index]
        text = self.article.text[sentence.start : sentence.end]
        return foreign_date(text, language, self.dct, sentence.start)

    def choose(self, sentence: int, trigger: Any, tense: str | None) -> Timex | None:
        ranked = []
        for candidate in self.candidates(sentence):
            level = self._level(candidate, sentence, trigger, tense)
            if level is not None:
                distance = abs(candidate.root.i - trigger.i) if trigger is not None else 0
                ranked.append((level, distance, candidate.timex))
        return min(ranked, key=lambda r: r[:2])[2] if ranked else None

    def _level(
        self, candidate: Candidate, sentence: int, trigger: Any, tense: str | None
    ) -> int | None:
        """How closely the expression belongs to the event; None: it does not."""
        timex = candidate.timex
        if timex.date is None:
            return None
        level = attachment(candidate, trigger) if trigger is not None else SAME_SENTENCE
        if level in (SUBORDINATE_CLAUSE, NOUN_MODIFIER) or too_old(timex, self.dct):
            return None  # it dates that clause's predicate, or the noun it modifies
        if comparison_base(candidate) or _subject_time(candidate, trigger, self.dct):
            return None
        if _object_date(candidate) or _period_concerned(candidate, tense):
            return None
        if level == GOVERNING_CLAUSE and _past_time_of_a_present(candidate, self.dct):
            return None  # "is pressing, with a deficit last year, to hold back": the deficit's
        if level == SAME_CLAUSE and responds(trigger) and _hangs_on_noun(candidate, trigger):
            return None  # "the invasion a year ago was condemned": the year is the invasion's
        if level == SAME_SENTENCE and (
            tense == "present"
            or self._held_by_other(candidate, sentence, trigger)
            or _in_other_clause(candidate, trigger)
        ):
            return None  # a present-tense event is not dated from another clause
        if timex.date > self.dct and not (
            tense == "future"
            or (level in (ATTACHED, SAME_CLAUSE) and candidate.inherently_future)
        ):
            return None
        if timex.date > self.dct and _told_as_done(trigger, tense) and not candidate.scheduled:
            return None  # "has invited the Commission for talks next month": the talks' month
        if level == GOVERNING_CLAUSE and _before_the_telling(trigger, candidate):
            return None  # "reiterated on Friday that Moore had denied": before Friday
        if tense == "future" and level != ATTACHED and (timex.last_day or self.dct) < self.dct:
            return None  # "will boycott ... in protest at its admission last year"
        return level

    def _held_by_other(self, candidate: Candidate, sentence: int, trigger: Any) -> bool:
        """Attached to another event's predicate in another clause: in "vowed to
        annihilate Hamas in retaliation for an attack a week ago", the week is the
        attack's, not the vow's."""
        return any(
            attachment(candidate, other) == ATTACHED
            for other in self._triggers(sentence)
            if trigger is None or other.i != trigger.i
        )

    def _triggers(self, sentence: int) -> list[Any]:
        if sentence not in self._trigger_tokens:
            doc = self.article.doc
            self._trigger_tokens[sentence] = [
                token
                for e in self.article.events
                if e.sentence == sentence
                and (token := _token_at(doc, e.trigger_start, e.trigger_end)) is not None
            ]
        return self._trigger_tokens[sentence]

    def narrated(self, sentence: int) -> Timex | None:
        """The one point-like date of the sentence before, in the same paragraph, that
        tells a past: wholly before publication, or read in a past clause ("said in an
        interview this week"; not "who is running in a race this week")."""
        sentences = self.article.sentences
        if sentence == 0 or sentences[sentence - 1].paragraph != sentences[sentence].paragraph:
            return None
        points = sorted(
            (c.timex for c in self.candidates(sentence - 1) if self._narrates_past(c)),
            key=lambda t: t.start,
        )
        return points[0] if len({t.date for t in points}) == 1 else None

    def _narrates_past(self, candidate: Candidate) -> bool:
        timex = candidate.timex
        if timex.precision not in ("day", "week") or not timex.date or timex.date > self.dct:
            return False
        return (timex.last_day or timex.date) < self.dct or tense_of(candidate.root) == "past"

    def candidates(self, sentence: int) -> list[Candidate]:
        if sentence not in self._candidates:
            self._candidates[sentence] = self._find(sentence)
        return self._candidates[sentence]

    def _find(self, index: int) -> list[Candidate]:
        sentence = self.article.sentences[index]
        doc = self.article.doc
        span = (sentence.start, sentence.end)
        mentions = [m for m in find_mentions(self.article.text, [span]) if not self._in_dateline(m)]
        found = [c for m in mentions if (c := self._candidate(m)) is not None]
        for entity in _entities(doc, span):
            if self._in_dateline_span(entity.start_char):
                continue
            if not any(m.start < entity.end_char and entity.start_char < m.end for m in mentions):
                found.extend(self._entity_candidates(entity))
        found += self._numeric_candidates(span, found)
        return self._stretches(sorted(found, key=lambda c: c.timex.start))

    def _numeric_candidates(self, span: tuple[int, int], found: list[Candidate]) -> list[Candidate]:
        """Dates in figures ("03/05/2019") that no expression read, tagged or not."""
        text, numeric = self.article.text, []
        for start, end in _numeric_spans(text, span, found):
            words = char_span(self.article.doc, start, end)
            future = tense_of(words.root) == "future"
            dates = numeric_dates(text, start, end, self.dct, future)
            numeric += [
                Candidate(d, words.root, range(words.start, words.end), False) for d in dates
            ]
        return numeric

    def _stretches(self, found: list[Candidate]) -> list[Candidate]:
        """Neighbours joined into one stretch ("from May 3 to May 10"; the first end's
        words head it), and days of one month ("April 16-27")."""
        kept: list[Candidate] = []
        for candidate in found:
            text = self.article.text
            days = day_stretch(candidate.timex, text) or first_day_stretch(candidate.timex, text)
            if days is not None:  # "April 16-27"
                candidate = dataclasses.replace(candidate, timex=days)
            last = kept[-1] if kept else None
            stretch = joined(last.timex, candidate.timex, self.article.text) if last else None
            if last is not None and stretch is not None:
                tokens = range(last.tokens.start, candidate.tokens.stop)
                kept[-1] = Candidate(stretch, last.root, tokens, last.inherently_future)
            else:
                kept.append(candidate)
        return kept

    def _in_dateline(self, mention: Mention) -> bool:
        return self._in_dateline_span(mention.start)

    def _in_dateline_span(self, offset: int) -> bool:
        start, end = self.dateline_span
        return start <= offset < end

    def _candidate(self, mention: Mention) -> Candidate | None:
        tokens = char_span(self.article.doc, mention.start, mention.end)
        if tokens is None or not len(tokens) or (len(tokens) == 1 and tokens.root.tag_ == "MD"):
            return None  # "BYRD SAYS REAGAN MAY WIN": a modal, not the month
        ahead = deadline_ahead(mention.signal, tokens.root) or self._futurate(mention, tokens.root)
        timex = resolve(mention, self.dct, "future" if ahead else tense_of(tokens.root))
        if timex is None:
            return None
        as_past = resolve(mention, self.dct, "past")
        later = as_past is not None and as_past.date is not None and as_past.date > self.dct
        scheduled = ahead and mention.signal != "by"  # "set for May 5": the act's own day
        # ("leaves for Japan on Saturday": the act's own day too)
        tokens_range = range(tokens.start, tokens.end)
        return Candidate(timex, tokens.root, tokens_range, later or scheduled, scheduled)

    def _futurate(self, mention: Mention, root: Any) -> bool:
        """A weekday on a verb in the simple present, outside a headline: the present of a
        timetable ("Howard leaves for Japan on Saturday", "who returns on Sunday"); past
        acts are told in the past there, and only a headline tells them in the present."""
        if mention.rule != "weekday" or mention.groups.keys() & {"rel", "week_rel"}:
            return False
        if not simple_present(root):
            return False
        paragraph = next((p for p in self.article.paragraphs if p.start <= mention.start < p.end), None)
        return paragraph is not None and paragraph.kind == "body"

    def _entity_candidates(self, entity: Any) -> list[Candidate]:
        """spaCy's DATE/TIME entities the strict grammar passed over (a bare "that May"
        is a date when the tagger says so); dates in figures are `_numeric_candidates`'."""
        text = self.article.text
        inner = find_mentions(text, [(entity.start_char, entity.end_char)], strict=False)
        # "That year, a man shot ...", "the same day": a time the text set before, not
        # publication's; narration (`narrated`) may carry that date on instead. Nor a word
        # read only as a gold span's ("former", "Memorial Day": whose country's?)
        inner = [m for m in inner if m.rule not in SPAN_ONLY_RULES]
        return [c for m in inner if (c := self._candidate(m)) is not None]


def _numeric_spans(
    text: str, span: tuple[int, int], found: list[Candidate]
) -> list[tuple[int, int]]:
    """Where the sentence writes a date in figures that no candidate covers."""
    return [
        (m.start(), m.end()) for m in NUMERIC.finditer(text, *span)
        if not any(c.timex.start < m.end() and m.start() < c.timex.end for c in found)
    ]  # fmt: skip


def set_event_date(event: Event, timex: Timex, dct: dt.date, future: bool) -> None:
    """Copy a timex's dates to the event; a past event's period ends at publication."""
    end = timex.date_end
    if end is not None and not future and timex.date is not None and timex.date <= dct < end:
        end = dct
    event.event_date = timex.date
    event.date_end = end
    event.date_precision = timex.precision
    event.date_expression = timex.text


def dateline_timex(article: Article, dct: dt.date) -> tuple[Timex | None, tuple[int, int]]:
    """The date in the dateline, and where the dateline sits in the text (or (0, 0))."""
    dateline, where = article.dateline, (0, 0)
    for paragraph in article.paragraphs[:3]:
        found = DATELINE.match(article.text, paragraph.start, paragraph.end)
        if found:
            dateline = found.group().rstrip(" -")  # with its date, unlike article.dateline
            where = (found.start(), found.end())
            break
    if not dateline:
        return None, where
    mentions = [
        m for m in find_mentions(dateline, strict=False) if m.rule in ("month_day", "day_month")
    ]
    timex = resolve(mentions[0], dct, "present") if mentions else None  # the nearest year
    if timex is not None and timex.date is not None and timex.date > dct:
        # a dateline is never after publication, but the wire's day may run a day or two
        # ahead of the publication's clock ("MANILA, April 18" published April 17)
        ahead = (timex.date - dct).days <= DATELINE_AHEAD_DAYS
        timex = dataclasses.replace(timex, date=dct) if ahead else None
    return timex, where


def attachment(candidate: Candidate, trigger: Any) -> int:
    """ATTACHED when the expression's head chain reaches the trigger through nothing but
    its own words and prepositions ("met ... on Saturday", "an attack a week ago");
    else whether it sits in the trigger's clause, in a clause above it, or elsewhere."""
    token = candidate.root
    if _modifies_other_noun(candidate, trigger):
        return NOUN_MODIFIER
    for _ in range(30):
        if token.i == trigger.i:
            return ATTACHED
        if (token.i not in candidate.tokens and token.pos_ != "ADP") or token.head.i == token.i:
            break
        token = _reporting_verb(candidate, token) or token.head
    clause = _clause_of(candidate.root)
    if clause.i == _clause_of(trigger).i:
        return SAME_CLAUSE
    own = candidate.root
    if own.pos_ in ("VERB", "AUX") and own.head.i != own.i:
        own = own.head  # "that May" tagged as a modal: the expression is no clause of its own
    if _below_in_own_clause(_clause_of(own), trigger):
        return SUBORDINATE_CLAUSE
    if _governs(clause, trigger, candidate.tokens):
        return GOVERNING_CLAUSE  # "X said on Tuesday that Y attacked": Tuesday bounds it
    return SAME_SENTENCE


def _reporting_verb(candidate: Candidate, token: Any) -> Any | None:
    """The verb above a reported clause that the expression stands before: in "told X
    by phone on Thursday it was unacceptable" the parser hangs "on Thursday" on "was",
    but a time phrase ahead of the reported clause's subject, with no "that" before it,
    is the telling's."""
    verb = token.head
    if token.pos_ != "ADP" or verb.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    marks = [c.i for c in verb.children if c.dep_ == "mark" and c.i < candidate.root.i]
    if not subjects or marks or not candidate.root.i < min(subjects) < verb.i + 1:
        return None
    return verb.head if token.i < min(subjects) else None


def comparison_base(candidate: Candidate) -> bool:
    """A "since" phrase after a superlative or "first" measures the act against the past,
    it does not date it: "its first accord since 1980", "the worst attack since 2015"
    (the act is later than 1980, not spread over the years since)."""
    doc = candidate.root.doc
    first = candidate.tokens.start
    if first == 0 or doc[first - 1].lower_ != "since":
        return False
    for token in reversed(doc[max(0, first - 1 - COMPARISON_REACH) : first - 1]):
        if token.pos_ in ("VERB", "AUX", "PUNCT"):
            return False
        if token.tag_ in ("JJS", "RBS") or token.lower_ in ("first", "only"):
            return True
    return False


def _hangs_on_noun(candidate: Candidate, trigger: Any) -> bool:
    """The expression's head chain, past its own words and prepositions, first meets a
    noun other than the trigger: it qualifies that noun ("the invasion a year ago")."""
    token = candidate.root
    for _ in range(30):
        if token.i == trigger.i or token.head.i == token.i:
            return False
        if token.i not in candidate.tokens and token.pos_ != "ADP":
            return token.pos_ in ("NOUN", "PROPN")
        token = token.head
    return False


def _subject_time(candidate: Candidate, trigger: Any, dct: dt.date) -> bool:
    """A finished past time between a present perfect's subject and its verb belongs to
    the subject: English puts no finished time on the perfect itself ("*has met last
    week"), so in "the surplus with the U.S. last year has come under fire" (or "the talks
    in May have produced ...") the year is the surplus's. After the verb it stays the
    act's, as news writes it ("have been killed on Tuesday")."""
    last_day = candidate.timex.last_day
    if trigger is None or last_day is None or last_day >= dct or candidate.root.i > trigger.i:
        return False
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = any(s.left_edge.i < candidate.tokens.start for s in subjects)
    return before and present_perfect(verb)


def _told_as_done(trigger: Any, tense: str | None) -> bool:
    """A verb told in the past or the present perfect ("invited", "has invited"): its act
    is done, so no day after publication is its own (a headline's present, "talks
    resume tomorrow", and a noun's own time are not such verbs)."""
    if trigger is None or trigger.pos_ not in ("VERB", "AUX"):
        return False
    return tense == "past" or present_perfect(trigger)


def _before_the_telling(trigger: Any, candidate: Candidate) -> bool:
    """A past perfect, or a relative clause, below a dated clause: "said on Friday that
    Moore had denied it", "said on Thursday that states that voted against him ...":
    the act lies before the telling or beside it, so the telling's day is not its own.
    (A relative clause on the date itself is its own: "on March 8, when a tanker was
    hit".)"""
    if trigger is None or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if trigger.dep_ == "relcl":
        return trigger.head.i not in candidate.tokens
    auxiliaries = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    had = any(a.lower_ in ("had", "'d") for a in auxiliaries)
    return had and trigger.tag_ == "VBN"


def _past_time_of_a_present(candidate: Candidate, dct: dt.date) -> bool:
    """A finished past time in a clause told in the present progressive or perfect:
    English puts no such time on that clause's verb, so it qualifies a noun there and
    bounds no clause below ("With a deficit of 169 billion dlrs last year, Congress is
    pressing to hold back funds")."""
    last_day = candidate.timex.last_day
    return last_day is not None and last_day < dct and present_continuing(
        _clause_of(candidate.root)
    )


def _governs(clause: Any, trigger: Any, own: range) -> bool:
    """The clause is above the trigger, not merely coordinated with the trigger's own full
    clause ("A fell in 1985, and B called a strike": 1985 is A's), nor above a clause on
    a noun that holds the trigger ("jets flew over Cyprus yesterday during an exercise of
    forces occupying the north": the occupying is the forces', not yesterday's); a clause
    on the date itself (`own`: "on March 8, when a tanker was hit") stays governed."""
    token = trigger
    for _ in range(30):
        if token.head.i == token.i:
            return False
        if token.dep_ == "conj" and _has_subject(token):
            return False
        if token.dep_ in NOUN_CLAUSES and token.head.i not in own:
            return False
        token = token.head
        if token.i == clause.i:
            return True
    return False


def _has_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _in_other_clause(candidate: Candidate, trigger: Any) -> bool:
    """The expression sits in a full clause of its own (a verb with its subject) or in a
    clause that hangs on a noun, and that clause neither holds nor governs the trigger:
    "A fell in 1985, and B rose" gives B no year, nor "aid appropriated in 1985 and funds
    given to the contras" the giving.
    A verbless sentence (a headline) has no clauses to tell apart."""
    if trigger is None or trigger.sent.root.pos_ not in ("VERB", "AUX"):
        return False
    if candidate.root.pos_ in ("VERB", "AUX") or candidate.root.dep_.startswith("nsubj"):
        return False  # "that May" tagged as a modal or a subject: the parser's slip
    clause = _clause_of(candidate.root)
    own = _has_subject(clause) or clause.dep_ in OWN_DATE_CLAUSES  # "since they were re-elected in 1983"
    return clause.pos_ in ("VERB", "AUX") and own


def _modifies_other_noun(candidate: Candidate, trigger: Any) -> bool:
    """A year or a month that qualifies, before it, a noun that is not the trigger: "the
    1976 agreement", "a 1985 loan", "the January offensive". A day's name before a noun
    dates the clause it heads when that noun is its subject ("today's communique said")
    or in the trigger's own clause ("killed in Monday's attack"); elsewhere it is the
    noun's ("recriminations over Tuesday's attack" do not date who accused whom). After
    a noun, "the island, today", it is the parser's slip more often than a modifier."""
    root = candidate.root
    head = root.head
    if root.dep_ not in NOUN_MODIFIERS or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.i == trigger.i or head.i <= max(candidate.tokens):
        return False
    if candidate.timex.precision in ("year", "month"):
        return True
    if head.dep_ == "dobj" and head.head.i == trigger.i:
        return True  # "dismissed last week's reports": the reports' week
    subject = head.dep_ in ("nsubj", "nsubjpass")
    return not subject and _clause_of(head).i != _clause_of(trigger).i


def _object_date(candidate: Candidate) -> bool:
    """A year or a month that is a verb's object is a thing talked of, not a time: "finish
    2017 with a win", "approved an August, 1985, shipment" (the month heads the noun
    phrase as the parser reads it)."""
    return candidate.timex.precision in ("year", "month") and candidate.root.dep_ == "dobj"


def _period_concerned(candidate: Candidate, tense: str | None) -> bool:
    """A year, quarter or month after "for" on an act not ahead is what the act is about,
    not its time: "has cleared its arrears for 1985", "set its budget for 1987" ("talks
    set for May 5", "elections planned for 1988" lie ahead and keep their date)."""
    first = candidate.tokens.start
    if tense == "future" or first == 0 or candidate.timex.precision in ("day", "week"):
        return False
    return candidate.root.doc[first - 1].lower_ == "for" and candidate.timex.type == "DATE"


def _below_in_own_clause(clause: Any, trigger: Any) -> bool:
    """The expression's clause hangs below the trigger as a clause of its own."""
    token = clause
    for _ in range(30):
        if token.i == trigger.i:
            return False
        own = token.dep_ in OWN_DATE_CLAUSES or _content_gerund(token)
        if own and any(a.i == trigger.i for a in token.ancestors):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _content_gerund(token: Any) -> bool:
    """A gerund that is what the act above it is about ("accused X of groping her in
    2006", "criticised the meeting for failing to agree before April 1"): its time is
    its own."""
    return token.dep_ == "pcomp" and token.head.lower_ in CONTENT_PREPOSITIONS


def _clause_of(token: Any) -> Any:
    """The nearest verb at or above the token (the root if none)."""
    for _ in range(30):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        token = token.head
    return token


def _token_at(doc: Any, start: int, end: int) -> Any:
    if doc is None:
        return None
    span = char_span(doc, start, end)
    return span.root if span is not None and len(span) else None


def _entities(doc: Any, span: tuple[int, int]) -> list[Any]:
    return [
        e for e in entities(doc)
        if e.label_ in ENTITY_LABELS and e.start_char >= span[0] and e.end_char <= span[1]
    ]  # fmt: skip
