"""The UCDP measures on hand-written records and hand-built system events."""

from __future__ import annotations

from typing import Any

import pytest

from eventscribe.evaluation.ucdp import (
    article_of,
    is_ucdp_record,
    score_record,
    stated_tolls,
    summarize,
)

KM_PER_DEGREE = 111.195  # of latitude, on the sphere haversine_km uses


def record(**fields: Any) -> dict[str, Any]:
    base = {
        "id": "ged-1", "text": "Rebels attack army post near Town", "published": "2020-05-12",
        "event_date": "2020-05-10", "date_end": "2020-05-12", "date_prec": 2,
        "type_of_violence": 1, "side_a": "Government of X", "side_b": "Rebels",
        "where": "Town", "latitude": 10.0, "longitude": 20.0, "where_prec": 1, "deaths": 7,
    }  # fmt: skip
    return {**base, **fields}


def event(cameo: str = "190", **fields: Any) -> dict[str, Any]:
    return {
        "cameo": cameo,
        "source": {"name": "rebels"},
        "target": {"name": "army"},
        "event_date": fields.get("date", "2020-05-11"),
        "place": fields.get("place"),
        "evidence": {"sentence": "Rebels attack army post near Town"},
        **({"fatalities": fields["fatalities"]} if "fatalities" in fields else {}),
    }


def place(north_km: float) -> dict[str, Any]:
    return {"name": "P", "lat": 10.0 + north_km / KM_PER_DEGREE, "lon": 20.0}


def killed(value: int | None) -> dict[str, Any]:
    return {"kind": "killed", "value": value, "qualifier": "exact"}


def test_found_needs_a_violent_root_and_17_counts_only_for_one_sided_violence():
    assert score_record(record(), [event("190")], [])["found"]
    assert score_record(record(), [event("200")], [])["found"]
    assert not score_record(record(), [event("173"), event("112")], [])["found"]
    assert score_record(record(type_of_violence=3), [event("173")], [])["found"]


@pytest.mark.parametrize(
    ("date", "right"),
    [("2020-05-08", False), ("2020-05-09", True), ("2020-05-12", True), ("2020-05-13", False)],
)
def test_the_date_window_is_one_day_before_the_start_to_the_end(date, right):
    assert score_record(record(), [event(date=date)], [])["date_right"] is right


def test_any_violent_event_in_the_window_makes_the_date_right():
    events = [event(date="2020-04-01"), event("180", date="2020-05-10"), event("043")]
    assert score_record(record(), events, [])["date_right"] is True
    # A non-violent event in the window does not.
    events = [event(date="2020-04-01"), event("043", date="2020-05-10")]
    assert score_record(record(), events, [])["date_right"] is False


def test_dates_are_scored_only_at_date_precision_1_and_2():
    assert score_record(record(date_prec=3), [event()], [])["date_right"] is None
    assert summarize([score_record(record(date_prec=4), [], [])])["date_right"]["records"] == 0
    assert summarize([score_record(record(date_prec=1), [], [])])["date_right"]["records"] == 1


@pytest.mark.parametrize(
    ("km", "near", "accurate"),
    [(49.0, True, True), (51.0, False, True), (160.0, False, True), (162.0, False, False)],
)
def test_distance_thresholds(km, near, accurate):
    outcome = score_record(record(), [event(place=place(km))], [])
    assert (outcome["within_50"], outcome["within_161"]) == (near, accurate)
    assert outcome["km"] == pytest.approx(km, abs=0.2)


def test_the_nearest_violent_place_counts_and_places_are_scored_at_where_prec_1_and_2():
    events = [event(place=place(300)), event(place=place(20)), event("043", place=place(0))]
    outcome = score_record(record(), events, [])
    assert outcome["within_50"] is True and outcome["km"] == pytest.approx(20, abs=0.2)
    assert score_record(record(), [event(place=None)], [])["within_161"] is False
    assert score_record(record(where_prec=3), [event(place=place(1))], [])["within_50"] is None


def test_killed_reads_the_events_fatalities_before_the_articles_numbers():
    stated = record(text="Rebels kill 7 soldiers near Town", deaths=7)
    with_fatalities = [event(fatalities={"value": 7, "qualifier": "exact", "attribution": None})]
    outcome = score_record(stated, with_fatalities, [killed(3)])
    assert outcome["killed"] == 7 and outcome["killed_exact"] is True
    outcome = score_record(stated, [event(fatalities={"value": 2})], [killed(7)])
    assert outcome["killed_exact"] is False  # the event's count wins over the article's
    # Without a count on any violent event, the largest of the article's killed numbers.
    outcome = score_record(stated, [event()], [killed(2), killed(7), killed(None)])
    assert outcome["killed"] == 7 and outcome["killed_exact"] is True
    wounded = {"kind": "wounded", "value": 7}
    assert score_record(stated, [event()], [wounded])["killed_exact"] is False


def test_killed_is_scored_only_where_the_headline_states_ucdps_toll():
    unstated = record(text="Heavy casualties in army operation", deaths=7)
    assert score_record(unstated, [event()], [killed(7)])["killed_exact"] is None
    other_toll = record(text="Army kills 39 militants in the south", deaths=2)
    assert score_record(other_toll, [event()], [killed(39)])["killed_exact"] is None
    report = summarize(
        [score_record(unstated, [], []), score_record(record(text="7 dead"), [], [])]
    )
    assert report["killed_exact"] == {"records": 1, "right": 0, "share": 0.0}


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("Suicide bomber kills 12 at Kabul mosque", {12}),
        ("Five soldiers dead in ambush in north", {5}),
        ("Clashes leave 1,200 dead, officials say", {1200}),
        ("Gunman shot dead by police", set()),  # no number
        ("Police say 2019 killings remain unsolved", set()),  # a year is no toll
        ("Army says 40 militants captured\nOne more soldier dies in hospital", {1}),
        ("Dozens killed in attack on market", set()),  # vague, not a stated number
        ("3 held after riot; officers say the man who was later found dead was known", set()),
        ("A dozen killed in market attack", {12}),
    ],
)
def test_stated_tolls(text, tolls):
    assert stated_tolls(text) == tolls


def test_the_headlines_become_one_article_title_first():
    article = article_of(record(text="First headline here\nSecond one here\n\nThird one"), 1)
    assert article.title == "First headline here"
    assert article.body == "Second one here\nThird one"
    assert str(article.published) == "2020-05-12"


def test_ucdp_records_are_told_apart():
    assert is_ucdp_record(record())
    assert not is_ucdp_record({"id": "x", "text": "y", "events": []})


def test_date_told_leaves_out_undated_headlines_published_days_later():
    late = record(published="2020-05-16", text="Rebels attack army post near Town")
    outcome = score_record(late, [event(date="2020-05-15")], [])
    assert outcome["date_right"] is False and outcome["date_told"] is None
    dated = record(published="2020-05-16", text="Rebels attacked an army post on Monday")
    assert score_record(dated, [event(date="2020-05-15")], [])["date_told"] is False
    prompt = record(published="2020-05-13")
    assert score_record(prompt, [event(date="2020-05-12")], [])["date_told"] is True
    assert score_record(record(date_prec=4), [event()], [])["date_told"] is None


def test_date_found_scores_dating_only_where_an_event_was_found():
    assert score_record(record(), [], [])["date_found"] is None
    assert score_record(record(), [event(date="2020-05-12")], [])["date_found"] is True
    assert score_record(record(), [event(date="2020-04-01")], [])["date_found"] is False
    assert score_record(record(date_prec=4), [event()], [])["date_found"] is None
