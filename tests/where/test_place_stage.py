"""The place stage on a hand-built article: each event's place from its predicate."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe import registry
from eventscribe.article import ActorRef, Article, Event, Paragraph
from eventscribe.parse import ParseStage
from eventscribe.settings import Settings
from eventscribe.where.stage import PlaceStage

EXAMPLE = "examples/000_f7bc11b55398ec7d.txt"


def make_article(lines: list[str], dateline: str | None = None) -> Article:
    text = "\n".join(lines)
    article = Article(id="test", text=text, dateline=dateline)
    start = 0
    for line in lines:
        article.paragraphs.append(Paragraph(start, start + len(line)))
        start += len(line) + 1
    return ParseStage(Settings())(article)


def event(
    article: Article, trigger: str, context: str, source: str | None = None, cameo: str = "040"
) -> Event:
    """An event whose predicate is `trigger`, first found after `context`."""
    at = article.text.index(trigger, article.text.index(context))
    sentence = next(s for s in article.sentences if s.start <= at < s.end)
    actor = None
    if source is not None:
        begin = article.text.index(source, sentence.start)
        actor = ActorRef(source, source, None, None, source, begin, begin + len(source))
    return Event(sentence.index, cameo, actor, None, trigger, at, at + len(trigger))


@pytest.fixture(scope="module")
def example(nlp, shared) -> Article:
    raw = (shared / EXAMPLE).read_text(encoding="utf-8").splitlines()
    title = raw[0].split(" ", 2)[2]  # "date 2023-10-15 <title>"
    body = [line.removeprefix("- ") for line in raw[1:] if line.strip()]
    article = make_article([title, *body])
    article.events = [
        event(article, "met", "Tor Wennesland met"),
        event(article, "meeting", "During their meeting"),
        event(article, "clashes", "Hezbollah’s clashes", source="Hezbollah", cameo="190"),
        event(article, "bombardment", "intense bombardment", source="Israeli jets", cameo="195"),
        event(article, "siege", "total siege", cameo="191"),
        event(article, "stormed", "Hamas stormed", source="Hamas", cameo="190"),
        event(article, "vowed", "Israel has vowed", source="Israel"),
        event(article, "declined", "declined to comment"),
    ]
    return PlaceStage(Settings())(article)


def place_of(article: Article, trigger: str):
    return next(e.place for e in article.events if e.trigger == trigger)


def test_met_in_beirut(example):
    place = place_of(example, "met")
    assert (place.name, place.country, place.precision) == ("Beirut", "LBN", "city")
    assert example.text[place.start : place.end] == "Beirut"


def test_meeting_in_qatars_capital_doha(example):
    place = place_of(example, "meeting")
    assert (place.name, place.country, place.text) == ("Doha", "QAT", "Doha")


def test_clashes_across_the_lebanese_border(example):
    place = place_of(example, "clashes")
    assert (place.country, place.precision) == ("LBN", "region")
    assert place.text == "the Lebanese border"


@pytest.mark.parametrize("trigger", ["bombardment", "siege"])
def test_bombardment_and_siege_of_gaza(example, trigger):
    place = place_of(example, trigger)
    assert (place.text, place.country) == ("Gaza", "PSE")


def test_demonym_with_place_noun_names_the_country(example):
    place = place_of(example, "stormed")
    assert (place.country, place.precision, place.text) == ("ISR", "country", "Israeli towns")


def test_subjects_and_agents_are_not_places(example):
    assert place_of(example, "vowed") is None  # "Israel has vowed": the actor
    assert place_of(example, "declined") is None  # "... post by Iran": an agent


def test_dateline_when_the_sentence_names_no_place(nlp):
    article = make_article(
        ["Senators reject the budget", "The Senate rejected the spending bill on Friday."],
        dateline="WASHINGTON (Reuters)",
    )
    article.events = [event(article, "rejected", "The Senate")]
    place = PlaceStage(Settings())(article).events[0].place
    assert (place.name, place.country, place.gazetteer_id) == (
        "Washington",
        "USA",
        "geonames:4140963",
    )
    assert place.start is None


def test_dateline_with_a_state(nlp):
    article = make_article(["Lawmakers met on Friday."], dateline="SPRINGFIELD, Ill. (AP) -")
    article.events = [event(article, "met", "Lawmakers")]
    place = PlaceStage(Settings())(article).events[0].place
    assert (place.name, place.admin1) == ("Springfield", "Illinois")


def test_no_place_no_dateline(nlp):
    article = make_article(["The minister resigned on Friday."])
    article.events = [event(article, "resigned", "The minister")]
    assert PlaceStage(Settings())(article).events[0].place is None


def test_the_stage_is_registered():
    # Read the registration itself: registry.stages.get() imports every built-in module.
    assert registry.stages._items["place"] is PlaceStage
    assert PlaceStage.requires == ("events", "doc", "sentences")
    assert PlaceStage.assigns == ("events.place",)


def test_a_lowercase_entity_is_not_a_place(nlp):
    from spacy.tokens import Span

    from eventscribe.where.gazetteer import load_gazetteer
    from eventscribe.where.mentions import place_mentions

    doc = nlp("Americans feast on turkey in Texas.")
    doc.ents = [Span(doc, 3, 4, label="GPE"), Span(doc, 5, 6, label="GPE")]  # as the tagger may
    assert [m.text for m in place_mentions(doc, load_gazetteer())] == ["Texas"]


def test_a_1987_moscow_place_is_in_the_soviet_union(nlp):
    article = make_article(["The ministers met in Moscow on Friday."])
    article.published = dt.date(1987, 3, 2)
    at = article.text.index("met")
    article.events = [Event(0, "040", None, None, "met", at, at + 3)]
    place = PlaceStage(Settings())(article).events[0].place
    assert (place.name, place.country) == ("Moscow", "SUN")


def _actor(article: Article, words: str, country: str, at: str) -> ActorRef:
    begin = article.text.index(words, article.text.index(at))
    return ActorRef(words, words, country, None, words, begin, begin + len(words))


def test_a_strike_at_a_terminal_is_at_the_site_the_terminal_is_named_for(nlp):
    article = make_article(
        ["Warplanes hit the western jetty at Iran's Kharg island oil terminal on Monday."]
    )
    article.events = [event(article, "hit", "Warplanes", source="Warplanes", cameo="195")]
    place = PlaceStage(Settings())(article).events[0].place
    assert (place.text, place.country) == ("Kharg", "IRN")


def test_a_meeting_with_the_host_is_where_a_compatriot_travelled(nlp):
    """The traveller and the one who meets are named differently but are of one side."""
    lines = [
        "The Peruvian central bank president travelled to Mexico City on Tuesday.",
        "Leonel Figueroa met the governor of the bank of Mexico, Miguel Mancera.",
    ]
    article = make_article(lines, dateline="LIMA")
    travel = event(article, "travelled", "The Peruvian", cameo="042")
    travel.source = _actor(article, "The Peruvian central bank president", "PER", "The Peruvian")
    meet = event(article, "met", "Leonel Figueroa met", cameo="040")
    meet.source = _actor(article, "Leonel Figueroa", "PER", "Leonel")
    meet.target = _actor(article, "Miguel Mancera", "MEX", "Leonel")
    article.events = [travel, meet]
    PlaceStage(Settings())(article)
    assert meet.place is not None and meet.place.name == "Mexico City"


def test_the_host_s_side_of_a_meeting_is_where_the_visitor_went(nlp):
    """A meeting coded both ways: the host's telling of it is where the visitor travelled,
    not at the visitor's dateline."""
    lines = [
        "The Chilean foreign minister will travel to Lima on Friday.",
        "Ana Soto will hold talks with the Peruvian president, Carlos Ruiz.",
    ]
    article = make_article(lines, dateline="SANTIAGO")
    travel = event(article, "travel", "The Chilean foreign", cameo="042")
    travel.source = _actor(article, "The Chilean foreign minister", "CHL", "The Chilean foreign")
    talks = event(article, "talks", "Ana Soto will hold talks", cameo="043")
    talks.source = _actor(article, "Carlos Ruiz", "PER", "Carlos Ruiz")
    talks.target = _actor(article, "Ana Soto", "CHL", "Ana Soto")
    article.events = [travel, talks]
    PlaceStage(Settings())(article)
    assert talks.place is not None and talks.place.name == "Lima"


def test_a_meeting_at_home_stays_at_the_dateline(nlp):
    lines = [
        "The Peruvian trade minister travelled to Mexico City on Tuesday.",
        "The Peruvian president met the Chilean ambassador on Wednesday.",
    ]
    article = make_article(lines, dateline="LIMA")
    travel = event(article, "travelled", "The Peruvian trade", cameo="042")
    travel.source = _actor(article, "The Peruvian trade minister", "PER", "The Peruvian trade")
    meet = event(article, "met", "The Peruvian president met", cameo="040")
    meet.source = _actor(article, "The Peruvian president", "PER", "The Peruvian president")
    meet.target = _actor(article, "the Chilean ambassador", "CHL", "The Peruvian president")
    article.events = [travel, meet]
    PlaceStage(Settings())(article)
    assert meet.place is None or meet.place.name != "Mexico City"


@pytest.mark.parametrize(
    ("line", "source", "cameo", "placed"),
    [
        ("The White House will host talks between the rival industries on Wednesday.",
         "The White House", "045", "White House"),
        ("The Kremlin said on Friday it regretted the decision.", "The Kremlin", "010",
         "Kremlin"),
        ("The Pentagon struck targets in Syria overnight.", "The Pentagon", "195", None),
    ],
)  # fmt: skip
def test_a_source_named_by_its_seat_speaks_there(nlp, line, source, cameo, placed):
    article = make_article([line])
    trigger = line.split()[2] if cameo != "045" else "host"
    article.events = [event(article, trigger, source, source=source, cameo=cameo)]
    place = PlaceStage(Settings())(article).events[0].place
    if placed is None:
        assert place is None or place.name != "Pentagon"
    else:
        assert place is not None and place.name == placed


@pytest.mark.parametrize(
    ("headline", "trigger", "source", "cameo", "placed"),
    [
        ("Civilian killed in night shelling of Ukraine's Gorlovka - city administration",
         "killed", None, "190", "Horlivka"),
        ("Iraq violence including Baghdad bombings kills 37", "violence", "Iraq", "180",
         "Baghdad"),
        ("Three dead as Bangladesh Islamists attack ruling party workers", "attack",
         "Islamists", "190", None),
    ],
)  # fmt: skip
def test_a_headline_of_violence_is_placed_at_the_finer_place_it_names(
    nlp, headline, trigger, source, cameo, placed
):
    article = make_article([headline])
    article.events = [event(article, trigger, headline[:5], source=source, cameo=cameo)]
    place = PlaceStage(Settings())(article).events[0].place
    assert (place.name if place is not None else None) == placed
