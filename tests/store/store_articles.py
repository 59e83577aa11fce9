"""Hand-built processed articles for store tests: no spaCy, every field set on purpose.

One small world: an Iranian minister meets a UN envoy in Beirut, Israeli forces strike Gaza
(a reported event with a death toll), Hamas fires rockets at Tel Aviv. Event dates follow
the publication date, so articles published on different days give different event dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from eventscribe.article import (
    Actor,
    ActorMention,
    ActorRef,
    Article,
    Event,
    NumericReport,
    Paragraph,
    Place,
    Role,
    Sentence,
)

LINES = (
    ("title", "Iran's foreign minister meets UN envoy in Beirut"),
    ("body", "Iranian Foreign Minister Hossein Amir-Abdollahian met UN envoy Tor Wennesland "
             "in Beirut on Saturday."),
    ("body", "Israeli forces struck targets in Gaza, killing at least 20 people, "
             "health officials said."),
    ("body", "Hamas fighters fired rockets at Tel Aviv on Friday."),
    ("boilerplate", "Reporting by Jane Doe; editing by John Roe."),
)  # fmt: skip

MINISTER = "person:hossein-amirabdollahian"
ENVOY = "person:tor-wennesland"
ISRAEL = "country:ISR"
PALESTINE = "country:PSE"
HAMAS = "org:hamas"

BEIRUT = Place("Beirut", "LBN", "Beyrouth", 33.89, 35.50, "geonames:276781", "city", "Beirut")
GAZA = Place("Gaza", "PSE", "Gaza", 31.50, 34.47, "geonames:281133", "city", "Gaza")
TEL_AVIV = Place("Tel Aviv", "ISR", "Tel Aviv", 32.08, 34.78, "geonames:293397", "city", "Tel Aviv")


class Builder:
    """Offsets by search: `span(sentence, words)` finds words inside one sentence."""

    def __init__(self, article: Article) -> None:
        self.article = article

    def span(self, sentence: int, words: str) -> tuple[int, int]:
        line = self.article.sentences[sentence]
        start = self.article.text.index(words, line.start, line.end)
        return start, start + len(words)

    def ref(self, actor: Actor, sentence: int, words: str) -> ActorRef:
        start, end = self.span(sentence, words)
        return ActorRef(actor.id, actor.name, actor.country, actor.sector, words, start, end,
                        actor.code)  # fmt: skip

    def mention(self, actor: Actor, sentence: int, words: str, kind: str = "name") -> None:
        start, end = self.span(sentence, words)
        self.article.mentions.append(ActorMention(start, end, words, sentence, actor.id, kind))

    def trigger(self, sentence: int, words: str) -> dict:
        start, end = self.span(sentence, words)
        line = self.article.sentences[sentence]
        return {"trigger": words, "trigger_start": start, "trigger_end": end,
                "evidence_start": line.start, "evidence_end": line.end}  # fmt: skip


def make_article(
    article_id: str = "a1",
    *,
    published: dt.date | None = dt.date(2023, 10, 15),
    tag: str = "",
    minister_role: str = "foreign minister",
) -> Article:
    """A processed article; `tag` changes its title (so its content), nothing else."""
    lines = list(LINES)
    if tag:
        lines[0] = ("title", f"{lines[0][1]} ({tag})")
    article = _skeleton(article_id, lines, published)
    build = Builder(article)
    actors = _actors(article, minister_role)
    minister, envoy, israel, palestine, hamas = actors
    article.actors = {actor.id: actor for actor in actors}
    for actor, sentence, words, kind in (
        (minister, 0, "Iran's foreign minister", "title"),
        (envoy, 0, "UN envoy", "title"),
        (minister, 1, "Hossein Amir-Abdollahian", "name"),
        (minister, 1, "Amir-Abdollahian", "name"),
        (envoy, 1, "Tor Wennesland", "name"),
        (israel, 2, "Israeli forces", "noun_phrase"),
        (palestine, 2, "Gaza", "name"),
        (hamas, 3, "Hamas", "name"),
        (israel, 3, "Tel Aviv", "name"),
    ):
        build.mention(actor, sentence, words, kind)
    day = published or dt.date(2023, 10, 15)
    article.events = [
        Event(1, "040", build.ref(minister, 1, "Hossein Amir-Abdollahian"),
              build.ref(envoy, 1, "Tor Wennesland"), quad_class=1, goldstein=1,
              plover_type="CONSULT", plover_mode=None, event_date=day - dt.timedelta(days=1),
              date_precision="day", date_expression="on Saturday", place=BEIRUT,
              confidence=0.9, pattern="MEET_WITH", **build.trigger(1, "met")),
        Event(2, "190", build.ref(israel, 2, "Israeli forces"), build.ref(palestine, 2, "Gaza"),
              quad_class=4, goldstein=-10.0, plover_type="ASSAULT", plover_mode="aerial",
              place=GAZA, modality="reported", attribution="health officials",
              confidence=0.7, pattern="STRIKE", **build.trigger(2, "struck")),
        Event(3, "195", build.ref(hamas, 3, "Hamas fighters"), build.ref(israel, 3, "Tel Aviv"),
              quad_class=4, goldstein=-10.0, plover_type="ASSAULT", plover_mode=None,
              event_date=day - dt.timedelta(days=2), date_precision="day",
              date_expression="on Friday", place=TEL_AVIV, confidence=0.6,
              **build.trigger(3, "fired")),
    ]  # fmt: skip
    start, end = build.span(2, "at least 20 people")
    article.numbers = [
        NumericReport("killed", 20, "at least", "at least 20 people", start, end, 2,
                      attribution="health officials", victims="people", place=GAZA)
    ]  # fmt: skip
    return article


def _skeleton(article_id: str, lines: list[tuple[str, str]], published: dt.date | None) -> Article:
    text = "\n".join(line for _, line in lines)
    article = Article(
        id=article_id, body=text, text=text, published=published, title=lines[0][1],
        source="Reuters", url=f"https://example.com/{article_id}", origin=f"test:{article_id}",
        dateline="BEIRUT", language="en", meta={"section": "world", "words": 60},
    )  # fmt: skip
    start = 0
    for index, (kind, line) in enumerate(lines):
        end = start + len(line)
        article.paragraphs.append(Paragraph(start, end, kind))
        article.sentences.append(Sentence(index, start, end, index, kind != "boilerplate"))
        start = end + 1
    return article


def _actors(article: Article, minister_role: str) -> list[Actor]:
    evidence = article.sentence_text(1)
    role = Role(minister_role, "IRN", "GOV", "IRNGOV", article.published, article.published,
                "text", evidence, article.id)  # fmt: skip
    return [
        Actor(MINISTER, "Hossein Amirabdollahian", "person", "IRN", "GOV", "IRNGOV",
              minister_role, roles=[role],
              forms=["Hossein Amir-Abdollahian", "Amir-Abdollahian", "Iran's foreign minister",
                     "Abdollahian"]),
        Actor(ENVOY, "Tor Wennesland", "person", "IGO", "IGO", "IGOUNO", "UN envoy",
              forms=["Tor Wennesland", "UN envoy"]),
        Actor(ISRAEL, "Israel", "country", "ISR", None, "ISR", forms=["Israeli forces",
                                                                      "Tel Aviv"]),
        Actor(PALESTINE, "Palestine", "country", "PSE", None, "PSE", forms=["Gaza"]),
        Actor(HAMAS, "Hamas", "organization", "PSE", "REB", "PSEREB", forms=["Hamas"]),
    ]  # fmt: skip


def with_events(article: Article, count: int) -> Article:
    """The article with `count` events: its own, repeated at other codes and offsets."""
    events = []
    for n in range(count):
        base = article.events[n % len(article.events)]
        code = f"{base.cameo[:2]}{n % 10}" if n >= len(article.events) else base.cameo
        events.append(dataclasses.replace(base, cameo=code, trigger_start=base.trigger_start + n))
    article.events = events
    return article
