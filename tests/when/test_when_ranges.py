"""Two dates joined by "to", "until", a dash or "between ... and" date an event over the
whole stretch; two dates merely listed ("in March and in June") stay apart."""

from __future__ import annotations

import datetime as dt

from eventscribe.when.ranges import joined
from eventscribe.when.timex import Timex

D = dt.date.fromisoformat


def test_a_future_meeting_from_one_day_to_another(dated):
    line = "The two delegations will hold talks in Vienna from May 3 to May 10."
    event = dated(line, "1991-03-11", "talks")
    assert (event.event_date, event.date_end) == (D("1991-05-03"), D("1991-05-10"))
    assert event.date_precision == "range"


def test_a_past_offensive_between_two_days(dated):
    line = "Government troops shelled the rebel villages between January 4 and January 9."
    event = dated(line, "1995-02-20", "shelled")
    assert (event.event_date, event.date_end) == (D("1995-01-04"), D("1995-01-09"))


def test_weekdays_joined_by_to(dated):
    line = "Police detained dozens of strikers from Monday to Wednesday."
    event = dated(line, "2004-06-11", "detained")
    assert (event.event_date, event.date_end) == (D("2004-06-07"), D("2004-06-09"))


def _day(text: str, at: int, date: str) -> Timex:
    return Timex(at, at + len(text), text, "DATE", date, D(date))


def test_only_joining_words_join():
    text = "from May 3 to May 10"
    first, second = _day("May 3", 5, "1991-05-03"), _day("May 10", 14, "1991-05-10")
    stretch = joined(first, second, text)
    assert stretch is not None and stretch.text == "May 3 to May 10"
    listed = "in May 3 and May 10"
    assert joined(_day("May 3", 3, "1991-05-03"), _day("May 10", 13, "1991-05-10"), listed) is None
    between = "between May 3 and May 10"
    assert joined(_day("May 3", 8, "1991-05-03"), _day("May 10", 18, "1991-05-10"), between)
    backwards = "from May 10 to May 3"
    assert (
        joined(_day("May 10", 5, "1991-05-10"), _day("May 3", 15, "1991-05-03"), backwards) is None
    )


def test_days_of_one_month_after_a_dash(dated):
    line = "Rebels besieged the garrison on June 3-5."
    event = dated(line, "1999-07-01", "besieged")
    assert (event.event_date, event.date_end) == (D("1999-06-03"), D("1999-06-05"))


def test_a_dash_before_a_decimal_is_no_stretch():
    from eventscribe.when.ranges import day_stretch

    text = "on June 3-5.5 pct"
    assert day_stretch(_day("June 3", 3, "1999-06-03"), text) is None
    assert day_stretch(_day("June 3", 3, "1999-06-03"), "on June 3-1") is None
