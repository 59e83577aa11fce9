"""An event's place by structure (issue 19), on the kinds of error a judged sample of
placed events showed: a place named in a phrase of another time, of a matter, of another
act or of what a thing is taken for is not the act's; a ship's or a person's name is no
town; "here" is the dateline; a traveller is not where it will go before it goes."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.article import Actor, ActorMention, ActorRef, Article, Event, Paragraph
from eventscribe.parse import ParseStage
from eventscribe.settings import Settings
from eventscribe.where.stage import PlaceStage, names_a_thing


def _article(lines: list[str], dateline: str | None = None) -> Article:
    article = Article(id="test", text="\n".join(lines), dateline=dateline)
    start = 0
    for line in lines:
        article.paragraphs.append(Paragraph(start, start + len(line)))
        start += len(line) + 1
    return ParseStage(Settings())(article)


def _event(article: Article, trigger: str, cameo: str, source: ActorRef | None = None) -> Event:
    at = article.text.index(trigger)
    sentence = next(s for s in article.sentences if s.start <= at < s.end)
    return Event(sentence.index, cameo, source, None, trigger, at, at + len(trigger))


def _place(text: str, trigger: str, cameo: str, dateline: str | None = None):
    article = _article([text], dateline)
    article.events = [_event(article, trigger, cameo)]
    return PlaceStage(Settings())(article).events[0].place


def _named(place) -> str | None:
    return place.name if place is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        pytest.param(
            "The cabinet drafted a new plan ahead of the minister's trip to Ottawa.",
            "drafted",
            "036",
            id="a_trip_of_another_time_is_not_the_acts_place",
        ),
        pytest.param(
            "Farmers' unions drew up demands in time for the minister's visit to Lisbon.",
            "drew",
            "036",
            id="in_time_for_a_visit_is_another_time",
        ),
        pytest.param(
            "The assembly recognised Lyon as the capital of France.",
            "recognised",
            "051",
            id="what_a_thing_is_taken_for_is_no_place",
        ),
        pytest.param(
            "Senators questioned the banker about a dinner meeting in Chicago last year.",
            "questioned",
            "090",
            id="a_meeting_an_act_is_about_is_the_meetings",
        ),
        pytest.param(
            "The unions hoped for progress during the envoy's visit to Ankara.",
            "hoped",
            "013",
            id="a_visit_inside_a_phrase_is_the_visits",
        ),
        pytest.param(
            "A grand jury brought indictments in the Peru bribery case.",
            "indictments",
            "173",
            id="a_place_naming_a_matter_is_no_place",
        ),
        pytest.param(
            "Pirates seized the tanker Port Arthur on Friday.",
            "seized",
            "181",
            id="a_ship_named_after_a_town_is_no_town",
        ),
        pytest.param(
            "The Iraqi attack on the oil platform had involved Kuwait in the war.",
            "attack",
            "190",
            id="what_the_verb_of_an_acts_subject_governs_is_not_struck",
        ),
        pytest.param(
            "The minister called on Japan to open its markets.",
            "called",
            "020",
            id="the_party_called_on_is_no_place",
        ),
        pytest.param(
            "Fighting broke out in Somali refugee camps on Tuesday.",
            "Fighting",
            "190",
            id="a_camp_of_refugees_is_not_in_their_country",
        ),
    ],
)
def test_a_place_outside_the_acts_own_phrases_is_not_its_place(nlp, text, trigger, cameo):
    assert _named(_place(text, trigger, cameo)) is None


def test_a_verb_that_tells_where_a_strike_landed_still_places_it(nlp):
    place = _place("Rebel rockets hit Kandahar overnight.", "rockets", "190")
    assert place is not None and place.country == "AFG"


def test_a_visit_the_act_makes_is_still_its_place(nlp):
    place = _place("The envoy began a three-day visit to Ankara on Monday.", "began", "042")
    assert _named(place) == "Ankara"


def test_here_is_the_datelines_town(nlp):
    """Even for a visitor, whose other words the dateline does not place."""
    text = "The minister said he told his Chilean counterpart here in May that aid would go on."
    article = _article([text], dateline="OSLO")
    visitor = ActorRef("country:GBR", "Britain", "GBR", None, "The minister", 0, 12)
    article.events = [_event(article, "told", "010", visitor)]
    assert _named(PlaceStage(Settings())(article).events[0].place) == "Oslo"


def test_a_ship_or_a_storm_names_no_town():
    text = "the frigate Stark and Hurricane Harvey beside the town of Stark"
    assert names_a_thing(text, text.index("Stark"))
    assert names_a_thing(text, text.index("Harvey"))
    assert not names_a_thing(text, text.rindex("Stark"))


def _person(article: Article, full: str, short: str, country: str = "USA") -> ActorRef:
    """The actor stage's reading of a person named in full, then by the last name."""
    actor = Actor(id="person:x", name=full, kind="person", country=country)
    article.actors[actor.id] = actor
    for text in (full, short):
        at = article.text.rindex(text)
        sentence = next(s.index for s in article.sentences if s.start <= at < s.end)
        article.mentions.append(ActorMention(at, at + len(text), text, sentence, actor.id))
    return ActorRef(actor.id, full, country, None, full, 0, len(full))


def test_a_persons_last_name_is_no_town(nlp):
    article = _article(["Senator Ann Dover spoke.", "Rivals stepped up their attacks on Dover."])
    _person(article, "Ann Dover", "Dover")
    article.events = [_event(article, "attacks", "111")]
    assert PlaceStage(Settings())(article).events[0].place is None


def _trip_and_act(lines: list[str], trip: tuple[str, str, dt.date], act: tuple[str, str, dt.date]):
    article = _article(lines, dateline=lines[0].split(" - ")[0])
    source = _person(article, "Kenji Sato", "Sato", "JPN")
    events = []
    for trigger, cameo, day in (trip, act):
        event = _event(article, trigger, cameo, source)
        event.event_date, event.date_precision = day, "day"
        events.append(event)
    article.events = events
    return PlaceStage(Settings())(article).events


def test_a_traveller_is_not_where_it_will_go_before_it_goes(nlp):
    lines = [
        "TOKYO - Prime Minister Kenji Sato will visit Washington on May 20.",
        "Sato today ordered his party to draft new trade measures.",
    ]
    trip, act = _trip_and_act(
        lines, ("visit", "042", dt.date(2026, 5, 20)), ("ordered", "100", dt.date(2026, 4, 2))
    )
    assert _named(trip.place) == "Washington"
    assert _named(act.place) == "Tokyo"


def test_a_traveller_speaks_where_it_has_gone(nlp):
    lines = [
        "TOKYO - Prime Minister Kenji Sato arrived in Washington on Monday.",
        "Sato told reporters that the talks had gone well.",
    ]
    _, act = _trip_and_act(
        lines, ("arrived", "042", dt.date(2026, 4, 6)), ("told", "010", dt.date(2026, 4, 7))
    )
    assert _named(act.place) == "Washington"


def test_a_return_is_no_trip_to_place_other_acts(nlp):
    lines = [
        "TOKYO - Prime Minister Kenji Sato returned from Paris on Monday.",
        "Sato praised the new budget.",
    ]
    _, act = _trip_and_act(
        lines, ("returned", "042", dt.date(2026, 4, 6)), ("praised", "051", dt.date(2026, 4, 7))
    )
    assert _named(act.place) == "Tokyo"


def test_a_place_word_inside_a_persons_title_is_no_town(nlp):
    from eventscribe.where.phrases import Mention
    from eventscribe.where.stage import _outside_actor_names

    article = _article(["The Russian lawyer Natalia Veselnitskaya met the aides."])
    actor = Actor(id="person:v", name="Veselnitskaya", kind="person", country="RUS")
    article.actors[actor.id] = actor
    at = article.text.index("Russian lawyer Natalia")
    article.mentions.append(
        ActorMention(at, at + 22, "Russian lawyer Natalia", 0, actor.id, "title")
    )
    word = article.text.index("Natalia")
    assert _outside_actor_names([Mention("Natalia", word, word + 7)], article) == []


def test_many_visits_are_no_one_trip(nlp):
    lines = [
        "PARIS - Kenji Sato made several visits to Geneva last year.",
        "Sato told lawmakers he had done nothing wrong.",
    ]
    _, act = _trip_and_act(
        lines, ("made", "042", dt.date(2026, 1, 6)), ("told", "010", dt.date(2026, 4, 7))
    )
    assert _named(act.place) != "Geneva"


def test_a_hyphened_modifier_is_no_place_phrase(nlp):
    from eventscribe.where.gazetteer import load_gazetteer
    from eventscribe.where.mentions import place_mentions

    doc = nlp("Critics took a swipe at Obama-era intelligence officials on Monday.")
    texts = [m.text for m in place_mentions(doc, load_gazetteer(), within=[doc[:]])]
    assert not any(t.endswith("-era") for t in texts)


def test_a_state_in_apposition_qualifies_the_town_it_follows(nlp):
    text = "Supporters staged a rally in front of their Warrenton, Virginia, hardware store."
    place = _place(text, "rally", "141")
    assert place is not None and (place.name, place.admin1) == ("Warrenton", "Virginia")


def test_a_departure_is_where_the_traveller_leaves(nlp):
    text = "The president left Lima on Friday for the summit in Quito."
    assert _named(_place(text, "left", "042")) == "Lima"


def test_the_doer_of_a_headlines_verb_is_no_tag_of_place(nlp):
    text = "Spain and Italy lead attack on EC fishing quotas"
    assert _named(_place(text, "attack", "190")) is None


def test_an_act_during_a_trip_is_where_the_trip_goes(nlp):
    text = "During his trip to Ottawa next week, the minister will meet the prime minister."
    assert _named(_place(text, "meet", "036")) == "Ottawa"


def test_an_act_before_leaving_a_town_happened_there(nlp):
    text = "The minister repeated the warning before leaving Lima on Monday."
    assert _named(_place(text, "repeated", "111")) == "Lima"


def test_the_dateline_is_no_place_of_an_act_years_before(nlp):
    lines = ["LIMA - The senator backed the mayor in 2019 and backs him again today."]
    article = _article(lines, dateline="LIMA")
    article.published = dt.date(2026, 4, 7)
    old, new = _event(article, "backed", "051"), _event(article, "backs", "051")
    old.event_date, old.date_precision = dt.date(2019, 1, 1), "year"
    old.date_end = dt.date(2019, 12, 31)
    new.event_date, new.date_precision = dt.date(2026, 4, 7), "day"
    article.events = [old, new]
    placed = PlaceStage(Settings())(article).events
    assert [_named(e.place) for e in placed] == [None, "Lima"]


@pytest.mark.parametrize(
    ("dateline", "name", "region"),
    [
        ("LOWER MERION, Pa.", "Pennsylvania", "Pennsylvania"),  # no town of its name there
        ("SPRINGFIELD, Ill.", "Springfield", "Illinois"),
        ("PARIS, Tenn.", "Paris", "Tennessee"),
    ],
)
def test_a_datelines_town_lies_in_the_state_it_names(dateline, name, region):
    from eventscribe.where.gazetteer import load_gazetteer
    from eventscribe.where.resolve import DocumentPlaces
    from eventscribe.where.stage import dateline_place

    place = dateline_place(dateline, DocumentPlaces(load_gazetteer(), []))
    assert place is not None and place.name == name
    assert (place.admin1 or place.name) == region


def test_a_gathering_named_after_its_town_is_held_there(nlp):
    text = "Peru and Chile both backed Bolivia at the Lisbon talks on quotas."
    assert _named(_place(text, "backed", "036")) == "Lisbon"
