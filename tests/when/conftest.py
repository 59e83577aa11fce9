"""Articles built by hand for the time stage: paragraphs one a line, parsed by spaCy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from eventscribe.article import Article, Event, Paragraph
from eventscribe.parse import ParseStage
from eventscribe.settings import Settings

MakeArticle = Callable[..., Article]


@pytest.fixture(scope="session")
def make_article(nlp) -> MakeArticle:
    parse = ParseStage(Settings())

    def make(
        lines: list[str], published: str, *, kinds: list[str] | None = None, **meta
    ) -> Article:
        kinds = kinds or ["body"] * len(lines)
        paragraphs, start = [], 0
        for line, kind in zip(lines, kinds, strict=True):
            paragraphs.append(Paragraph(start, start + len(line), kind))
            start += len(line) + 1
        article = Article(
            id="test",
            text="\n".join(lines),
            published=dt.date.fromisoformat(published),
            paragraphs=paragraphs,
            **meta,
        )
        return parse(article)

    return make


@pytest.fixture(scope="session")
def add_event() -> Callable[..., Event]:
    def add(article: Article, trigger: str, context: str | None = None) -> Event:
        """An event on the first `trigger` at or after `context` (default: the trigger)."""
        at = article.text.index(trigger, article.text.index(context or trigger))
        sentence = next(s.index for s in article.sentences if s.start <= at < s.end)
        event = Event(sentence, "010", None, None, trigger, at, at + len(trigger))
        article.events.append(event)
        return event

    return add


@pytest.fixture(scope="session")
def dated(make_article, add_event) -> Callable[..., Event]:
    """The event on `trigger` in a one-paragraph article, dated by the time stage."""
    from eventscribe.when import TimeStage

    def date(text: str, published: str, trigger: str) -> Event:
        article = make_article([text], published)
        event = add_event(article, trigger)
        TimeStage(Settings())(article)
        return event

    return date
