"""One act told several times in an article is one event (coding/repeats.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from eventscribe.api import process
from eventscribe.article import ActorRef, Casualty, Event, Place
from eventscribe.coding.repeats import fold_repeats

DAY = dt.date(2024, 3, 5)


def actor(id: str) -> ActorRef:
    return ActorRef(id=id, name=id, country=id[-3:], sector=None, text=id, start=0, end=1)


def event(sentence: int, cameo: str, source: str | None, target: str | None, **fields) -> Event:
    return Event(
        sentence=sentence, cameo=cameo, trigger=fields.pop("trigger", "x"), trigger_start=0,
        trigger_end=1,
        source=actor(source) if source else None, target=actor(target) if target else None,
        event_date=fields.pop("event_date", DAY),
        evidence_end=fields.pop("evidence_end", 200), **fields,
    )  # fmt: skip


def named(name: str, **fields) -> Place:
    """A place its mention's sentence names (a dateline's place is named elsewhere)."""
    return Place(name=name, start=5, **fields)


def test_an_arrest_told_three_times_is_one_event_with_its_arrested_person():
    events = [
        event(0, "173", "police:DEU", None),
        event(2, "173", "police:DEU", "person:DEU", modality="reported"),
        event(5, "173", "police:DEU", None),
    ]
    folded = fold_repeats(events)
    assert len(folded) == 1
    assert folded[0].target is not None and folded[0].sentence == 2


def test_the_fuller_mention_keeps_what_the_other_adds():
    toll = Casualty(value=5, qualifier="exact", text="five people")
    first = event(1, "195", "military:ISR", "country:PSE", place=Place(name="Khan Younis"))
    later = event(3, "190", "military:ISR", None, fatalities=toll)
    (kept,) = fold_repeats([first, later])
    assert kept.target is not None and kept.place is not None and kept.fatalities == toll


def test_a_place_lends_only_where_its_mention_names_it():
    named = Place(name="Kunduz", start=12)
    told = event(2, "190", "rebel:AFG", None, place=named, evidence_start=0, evidence_end=40)
    (kept,) = fold_repeats([event(1, "190", "rebel:AFG", "police:AFG"), told])
    assert kept.place == named
    dateline = Place(name="Kabul", start=None)
    told = event(2, "190", "rebel:AFG", None, place=dateline, evidence_start=0, evidence_end=40)
    (kept,) = fold_repeats([event(1, "190", "rebel:AFG", "police:AFG"), told])
    assert kept.place is None


def test_acts_on_different_days_or_of_different_roots_stay_apart():
    events = [
        event(1, "190", "country:IRQ", "country:IRN"),
        event(2, "190", "country:IRQ", "country:IRN", event_date=dt.date(2024, 3, 2)),
        event(3, "111", "country:IRQ", "country:IRN"),
    ]
    assert len(fold_repeats(events)) == 3


def test_other_parties_or_a_denial_are_other_acts():
    events = [
        event(1, "112", "country:USA", "country:RUS"),
        event(2, "112", "country:USA", "country:CHN"),
        event(3, "112", "country:GBR", "country:RUS"),
        event(4, "112", "country:USA", "country:RUS", modality="denied"),
    ]
    assert len(fold_repeats(events)) == 4


def test_open_sides_on_both_ends_are_no_shared_party():
    # "Iraq attacked" and "Iran was attacked" may be two acts: no side is the same
    events = [event(1, "190", "country:IRQ", None), event(2, "190", None, "country:IRN")]
    assert len(fold_repeats(events)) == 2


def test_two_acts_of_one_kind_in_one_sentence_stay_two():
    events = [event(1, "145", "cvl:GBR", "police:GBR"), event(1, "145", "cvl:GBR", None)]
    assert len(fold_repeats(events)) == 2


def test_a_partyless_mention_folds_into_the_named_act_of_its_place():
    basra, mosul = named("Basra"), named("Mosul")
    told = event(1, "190", "military:IRN", "country:IRQ", place=basra)
    assert len(fold_repeats([told, event(2, "190", None, None, place=basra)])) == 1
    assert len(fold_repeats([told, event(2, "190", None, None, place=mosul)])) == 2


def test_an_undated_headline_folds_into_the_dated_act_of_the_body_without_its_place():
    headline = event(0, "190", "military:IRQ", None, date_precision="publication",
                     place=Place(name="Baghdad"))  # fmt: skip
    body = event(3, "195", "military:IRQ", "country:IRN", event_date=dt.date(2024, 3, 3))
    (kept,) = fold_repeats([headline, body], summaries={0})
    assert kept.cameo == "195" and kept.place is None
    # a body sentence's undated act is no summary of the act of another day
    assert len(fold_repeats([headline, body], summaries=set())) == 2


def test_background_mentions_are_never_folded_into_counted_acts():
    events = [event(1, "190", "country:RUS", "country:UKR"),
              event(2, "190", "country:RUS", "country:UKR", modality="background")]  # fmt: skip
    assert len(fold_repeats(events)) == 2


def test_a_whole_article_counts_a_retold_arrest_once():
    text = (
        "Police in Berlin arrested opposition leader Karl Brandt on Monday.\n\n"
        "Brandt was arrested at his home, his lawyer said.\n\n"
        "Police arrested Brandt on suspicion of fraud, prosecutors said."
    )
    arrests = [e for e in process(text, "2024-03-05").events if e["cameo"].startswith("17")]
    assert len(arrests) == 1, arrests


def test_an_undated_headline_act_is_the_body_act_of_any_day_in_a_part_of_its_place():
    # "ARMY REPELS ATTACK IN NORTH" (dated by the dateline) and "rebels attacked in
    # northeastern Chad last week": one act; the headline's part of the country holds it
    north = named("northern Chad", country="TCD", precision="region")
    northeast = named("northeastern Chad", country="TCD", precision="region")
    headline = event(0, "190", "rebel:TCD", None, place=north)
    body = event(3, "190", "rebel:TCD", "country:TCD", place=northeast,
                 event_date=dt.date(2024, 2, 28))  # fmt: skip
    assert len(fold_repeats([headline, body], summaries={0})) == 1
    assert len(fold_repeats([headline, body])) == 2  # a body sentence keeps its own day
    # two regions of one country that each name their region are two places
    east = named("Ouaddai", country="TCD", admin1="Ouaddai", precision="region")
    west = named("Kanem", country="TCD", admin1="Kanem", precision="region")
    events = [event(1, "190", "rebel:TCD", None, place=east), event(2, "190", "rebel:TCD", None, place=west)]
    assert len(fold_repeats(events)) == 2


def test_a_dateline_place_no_mention_names_does_not_keep_acts_apart():
    # "PERU SAYS IT HELD TALKS WITH MEXICO" (placed at the dateline, Lima) and the body's
    # meeting in Mexico City: one act
    dateline = Place(name="Lima", country="PER", start=None)
    headline = event(0, "040", "country:PER", "country:MEX", place=dateline)
    body = event(2, "040", "country:PER", "country:MEX", place=named("Mexico City", country="MEX"))
    assert len(fold_repeats([headline, body], summaries={0})) == 1


def test_a_clash_and_a_strike_from_afar_on_one_day_are_two_acts():
    strike = event(0, "195", "military:IRQ", "country:IRN", trigger="struck")
    clash = event(3, "190", "military:IRQ", "country:IRN", trigger="clash")
    attack = event(4, "190", "military:IRQ", "country:IRN", trigger="attack")
    folded = fold_repeats([strike, clash, attack])
    # the generic "attack" retells the strike; the clash between two sides is another act
    assert [e.trigger for e in folded] == ["struck", "clash"]


def test_a_headline_naming_states_yields_to_the_body_naming_their_officials():
    # "CHILE SAYS IT HELD TALKS WITH ARGENTINA" / "Chile's foreign minister met his Argentine
    # counterpart on Monday": the body's people, sentence and day are the event
    headline = event(0, "040", "country:CHL", "country:ARG", date_precision="publication")
    body = event(2, "040", "person:CHL", "person:ARG", event_date=dt.date(2024, 3, 4),
                 date_precision="day")  # fmt: skip
    for order in ([headline, body], [body, headline]):
        (kept,) = fold_repeats(order, summaries={0})
        assert (kept.source.id, kept.target.id, kept.sentence) == ("person:CHL", "person:ARG", 2)
        assert kept.event_date == dt.date(2024, 3, 4)


def test_an_undated_headline_yields_to_the_body_mention_that_dates_the_act():
    headline = event(0, "173", "police:KEN", "person:KEN", date_precision="publication")
    body = event(4, "173", "police:KEN", "person:KEN", event_date=dt.date(2024, 3, 2),
                 date_expression="on Saturday")  # fmt: skip
    (kept,) = fold_repeats([headline, body], summaries={0})
    assert kept.sentence == 4 and kept.event_date == dt.date(2024, 3, 2)
    # a body retelling that dates nothing itself does not pass over the headline (its toll
    # may be the latest), nor is a headline that dates the act passed over
    undated = dataclasses.replace(body, event_date=DAY, date_expression=None)
    (kept,) = fold_repeats([headline, undated], summaries={0})
    assert kept.sentence == 0
    (kept,) = fold_repeats([dataclasses.replace(headline, date_expression="Monday"),
                            dataclasses.replace(body, event_date=DAY)])  # fmt: skip
    assert kept.sentence == 0
