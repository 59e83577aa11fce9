"""Stories: the reports of one news story, found by what their leads say.

Reports of one story open on the same event in their own words: "Hackers exploit IE flaw",
"Microsoft patches browser after attacks by hackers". An article is a report of a story
when the content words of its lead (the headline, summary and first sentences:
`LEAD_SENTENCES`) are like those of the story's reports so far: a TF-IDF cosine of at least
`STORY_SIMILARITY` against their mean, the story's first report published within
`STORY_DAYS`; the document frequencies are taken over the articles compared. A story's id is
its first report's (by publication, then id).

What a story links: the unnamed participants of its reports' leads (`actors.participants`),
one per noun ("the hackers" of one report are the hackers of the next), which the registry
cannot link by name.

Why these numbers: on the ECB+ coreference topics (reports of one event by many outlets,
`../shared/gold/coref_dev.jsonl`), the stories found put 1,126 of the 2,797 pairs of reports
of one topic in one story, and no pair of two topics; on two months of Reuters politics
(`reuters-2017`, 980 articles), the largest story holds 17 reports of one news event (the
first charges of the Russia inquiry), where joining any two alike reports (no mean) chains
a week of news into one story of 165.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from eventscribe.article import Article

LEAD_SENTENCES = 6
STORY_DAYS = 2
STORY_SIMILARITY = 0.2
_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W\d_]")
# Words of web pages' furniture, not of their stories: the parts of addresses ("www. bbc. co.
# uk / news") and of time stamps ("Last updated at 10:32 GMT"), which pages of any story share.
WEB_WORDS = frozenset({"http", "https", "www", "com", "co", "uk", "org", "net", "html", "htm",
                       "php", "index", "news", "updated", "published", "posted", "last", "gmt",
                       "bst", "est", "edt", "utc"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Lead:
    """An article as stories compare it: when it was published and its lead's words."""

    article_id: str
    published: dt.date | None
    words: Counter[str]


def article_lead(article: Article) -> Lead:
    """An analysed article's lead, as the store reads it from the article's rows."""
    sentences = ((sentence.start, sentence.end) for sentence in article.sentences)
    return Lead(article.id, article.published, lead_words(lead_text(article.text, sentences)))


def lead_text(text: str, sentences: Iterable[tuple[int, int]]) -> str:
    """The lead of an article: its first `LEAD_SENTENCES` sentences, given as (start, end)."""
    return " ".join(text[start:end] for start, end in list(sentences)[:LEAD_SENTENCES])


def lead_words(text: str) -> Counter[str]:
    """The content words of a lead, case folded: no stop words, numbers or one letter."""
    words = (w.lower() for w in _WORD.findall(text))
    ignored = _ignored_words()
    return Counter(w for w in words if w not in ignored)


@lru_cache(maxsize=1)
def _ignored_words() -> frozenset[str]:
    """spaCy's English stop words and `WEB_WORDS` (imported when first needed: a query
    command that reads stories imports no spaCy)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | WEB_WORDS


def stories(leads: Iterable[Lead]) -> dict[str, str]:
    """article id -> story id, for every lead (an article alike to none is its own story).

    In order of publication, an article joins the story most alike to it (its lead against
    the mean of the story's leads) whose first report is within `STORY_DAYS`, when that is
    at least `STORY_SIMILARITY`; else it is the first report of a story of its own. Against
    the mean, not any one report: one story does not chain into the next, a week of a
    parliament's news is not one story."""
    ordered = sorted(leads, key=lambda lead: (lead.published or dt.date.max, lead.article_id))
    open_stories: list[_Story] = []
    found: dict[str, str] = {}
    for lead, vector in zip(ordered, _tf_idf([lead.words for lead in ordered]), strict=True):
        open_stories = [s for s in open_stories if _near(s.first.published, lead.published)]
        alike = [(_cosine(s.centroid, vector), s) for s in open_stories]
        best = max(alike, key=lambda pair: pair[0], default=None)
        if best is not None and best[0] >= STORY_SIMILARITY:
            best[1].add(vector)
            found[lead.article_id] = best[1].first.article_id
        else:
            open_stories.append(_Story(lead, vector))
            found[lead.article_id] = lead.article_id
    return found


class _Story:
    """A story as articles are compared to it: its first report and its leads' mean."""

    def __init__(self, first: Lead, vector: dict[str, float]) -> None:
        self.first = first
        self.total: Counter[str] = Counter(vector)
        self.centroid = dict(vector)

    def add(self, vector: dict[str, float]) -> None:
        self.total.update(vector)
        norm = math.sqrt(sum(v * v for v in self.total.values())) or 1.0
        self.centroid = {w: v / norm for w, v in self.total.items()}


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    if a is None or b is None:
        return a is b  # undated articles compare only with one another
    return abs((b - a).days) <= STORY_DAYS


def _tf_idf(documents: list[Counter[str]]) -> list[dict[str, float]]:
    """Unit vectors of (1 + log tf) * smoothed idf ("log((n + 1) / (df + 1)) + 1")."""
    frequency = Counter(word for words in documents for word in words)
    count = len(documents)
    vectors = []
    for words in documents:
        weights = {w: (1 + math.log(n)) * (math.log((count + 1) / (frequency[w] + 1)) + 1)
                   for w, n in words.items()}  # fmt: skip
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        vectors.append({w: v / norm for w, v in weights.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())
