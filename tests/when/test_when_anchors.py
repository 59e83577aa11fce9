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
