"""Acts dated from the act an "after" clause hangs on: sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from eventscribe.settings import Settings
from eventscribe.when import TimeStage

D = dt.date.fromisoformat


def _dated(make_article, add_event, text: str, published: str, *triggers: str):
    article = make_article([text], published)
    events = [add_event(article, trigger) for trigger in triggers]
    for event in events:
        event.cameo = "190"
    TimeStage(Settings())(article)
    return events


def test_a_gap_before_after_puts_the_clause_act_that_long_before(make_article, add_event):
    text = "Rebels burned a police post on Tuesday, three days after soldiers raided their camp."
    burned, raided = _dated(make_article, add_event, text, "2022-04-14", "burned", "raided")
    assert burned.event_date == D("2022-04-12")  # Tuesday
    assert raided.event_date == D("2022-04-09")


def test_an_undated_pair_keeps_the_range_moved_by_the_gap(make_article, add_event):
    text = "Gunmen attack a convoy a week after villagers protested"
    attack, protest = _dated(make_article, add_event, text, "2022-04-14", "attack", "protested")
    assert (attack.event_date, attack.date_end) == (D("2022-04-13"), D("2022-04-14"))
    assert (protest.event_date, protest.date_end) == (D("2022-04-06"), D("2022-04-07"))


def test_no_gap_or_an_own_date_leaves_the_act_alone(make_article, add_event):
    text = "Troops shelled the town hours after rebels seized the bridge"
    _, seized = _dated(make_article, add_event, text, "2022-04-14", "shelled", "seized")
    assert seized.event_date == D("2022-04-13")  # hours: the same day as the shelling
    text = "Troops shelled the town on Monday, a day after rebels seized the bridge on Saturday"
    _, seized = _dated(make_article, add_event, text, "2022-04-14", "shelled", "seized")
    assert seized.event_date == D("2022-04-09")  # its own Saturday


def test_an_act_after_a_gap_from_an_uncoded_act_moves_from_its_own_reading(make_article, add_event):
    # the burying is no event: it is news of the day all the same, the raid a day older
    text = "Villagers buried their dead a day after gunmen raided the market"
    (raided,) = _dated(make_article, add_event, text, "2022-04-14", "raided")
    assert (raided.event_date, raided.date_end) == (D("2022-04-12"), D("2022-04-13"))


def test_a_noun_act_after_a_gap_is_dated_by_it(make_article, add_event):
    text = "Families fled the district two days after the clashes"
    (clashes,) = _dated(make_article, add_event, text, "2022-04-14", "clashes")
    assert (clashes.event_date, clashes.date_end) == (D("2022-04-11"), D("2022-04-12"))


def test_the_day_after_counts_one_day(make_article, add_event):
    text = "Soldiers dismantled the camp the day after an ambush"
    (ambush,) = _dated(make_article, add_event, text, "2022-04-14", "ambush")
    assert (ambush.event_date, ambush.date_end) == (D("2022-04-12"), D("2022-04-13"))
