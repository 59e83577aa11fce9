"""Properties over random publication dates and sentences built from the expression grammar:
a past-tense sentence never resolves after publication, a future one goes forward."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from eventscribe.article import Event
from eventscribe.when import find_timexes
from eventscribe.when.stage import set_event_date

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "November", "Dec."]  # fmt: skip
UNITS = ["day", "week", "month", "year"]
NUMBERS = ["two", "three", "five", "a couple of", "12", "several"]

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2040, 12, 31))
weekday_phrase = st.builds(lambda rel, day: f"on {rel}{day}", st.sampled_from(["", "last "]),
                           st.sampled_from(WEEKDAYS))  # fmt: skip
month_phrase = st.builds(lambda m: f"in {m}", st.sampled_from(MONTHS))
month_day = st.builds(lambda m, d: f"on {m} {d}", st.sampled_from(MONTHS), st.integers(1, 28))
past_phrases = st.one_of(
    weekday_phrase,
    month_phrase,
    month_day,
    st.sampled_from(
        [
            "yesterday",
            "today",
            "last night",
            "this morning",
            "earlier this month",
            "late last year",
            "last week",
            "last month",
            "last year",
            "recently",
            "in the past week",
            "over the past few days",
            "since Oct. 7",
            "earlier this year",
            "last summer",
        ]
    ),  # fmt: skip
    st.builds(lambda n, u: f"{n} {u}s ago", st.sampled_from(NUMBERS), st.sampled_from(UNITS)),
    st.builds(
        lambda n, u: f"over the past {n} {u}s", st.sampled_from(NUMBERS), st.sampled_from(UNITS)
    ),  # fmt: skip
)
future_phrases = st.one_of(weekday_phrase.map(lambda p: p.replace("last ", "")), month_phrase,
                           month_day)  # fmt: skip
past_frames = st.sampled_from(
    ["Rebels attacked the town {}, officials said.", "{}, the minister met his counterpart.",
     "The talks collapsed {} after a dispute.", "Police said they had arrested him {}."]
)  # fmt: skip
future_frames = st.sampled_from(
    ["The minister will visit Paris {}.", "Talks are scheduled to resume {}.",
     "{}, the president is to meet the envoy.", "The army is going to withdraw {}."]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(dct=dates, frame=past_frames, phrase=past_phrases)
def test_past_tense_never_resolves_after_publication(dct, frame, phrase):
    sentence = frame.format(phrase[0].upper() + phrase[1:] if frame.startswith("{}") else phrase)
    found = find_timexes(sentence, dct)
    assert found, sentence
    for timex in (t for t in found if t.date is not None):  # vague ones have no date
        assert timex.date <= dct, (sentence, dct, timex)
        event = Event(0, "010", None, None, "x", 0, 1)
        set_event_date(event, timex, dct, future=False)
        assert event.event_date <= dct and (event.date_end or dct) <= dct


@settings(max_examples=300, deadline=None)
@given(dct=dates, frame=future_frames, phrase=future_phrases)
def test_future_tense_goes_forward(dct, frame, phrase):
    sentence = frame.format(phrase[0].upper() + phrase[1:] if frame.startswith("{}") else phrase)
    (timex,) = find_timexes(sentence, dct)
    assert timex.last_day is not None and timex.last_day >= dct, (sentence, dct, timex)
    if timex.precision == "day":
        assert timex.date >= dct
    if phrase.startswith("on ") and phrase[3:] in WEEKDAYS:
        assert 0 <= (timex.date - dct).days <= 6


@settings(max_examples=200, deadline=None)
@given(dct=dates, day=st.sampled_from(WEEKDAYS))
def test_a_past_weekday_is_the_last_such_day_up_to_publication(dct, day):
    (timex,) = find_timexes(f"They met on {day}.", dct)
    assert timex.date.strftime("%A") == day
    assert 0 <= (dct - timex.date).days <= 6


TIME_WORDS = [
    "on", "in", "since", "last", "next", "this", "the", "past", "few", "a", "ago", "early",
    "late", "mid-", "of", "every", "from", "now", "earlier", "later", "week", "weeks", "month",
    "years", "day", "decade", "hours", "Monday", "Saturday", "May", "Oct.", "December", "1999",
    "2016", "12", "10,000", "31", "30", "Feb.", "29th", "night", "summer", "fall", "tomorrow",
    "yesterday", "twenty-five", ",", ".",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(dct=dates, words=st.lists(st.sampled_from(TIME_WORDS), max_size=12))
def test_any_word_salad_is_found_without_error(dct, words):
    text = " ".join(words)
    for timex in find_timexes(text, dct):
        assert text[timex.start : timex.end] == timex.text
        assert timex.date is None or timex.date_end is None or timex.date <= timex.date_end
