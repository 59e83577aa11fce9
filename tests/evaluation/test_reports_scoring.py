"""The conflict-report measures on hand-written records and hand-built system events."""

from __future__ import annotations

from typing import Any

from eventscribe.evaluation.reports import article_of, is_report_record, score_record, summarize


def record(**fields: Any) -> dict[str, Any]:
    base = {
        "id": "r1", "text": "Rebels attacked an army post near Town on Monday.",
        "published": "2020-05-12", "acled": "Battles", "event_date": "2020-05-11",
        "date_in_text": True, "place": {"name": "Town", "country": "XXX", "lat": 10.0, "lon": 20.0},
    }  # fmt: skip
    return {**base, **fields}


def event(cameo: str = "190", **fields: Any) -> dict[str, Any]:
    base = {"cameo": cameo, "event_date": "2020-05-11", "acled": {"event_type": "Battles"},
            "place": {"name": "Town", "lat": 10.5, "lon": 20.0}}  # fmt: skip
    return {**base, **fields}


def test_a_fitting_event_on_the_day_near_the_place_scores_everything():
    outcome = score_record(record(), [event()])
    assert all(outcome[m] for m in ("found", "fitting", "type_exact", "date_right", "within_161"))


def test_a_protest_broken_up_fits_a_protest_but_a_battle_does_not():
    protest = record(acled="Protests")
    assert score_record(protest, [event("175", acled={"event_type": "Protests"})])["fitting"]
    outcome = score_record(protest, [event("190")])
    assert outcome["found"] and not outcome["fitting"] and not outcome["type_exact"]


def test_an_undated_text_allows_the_day_before_a_dated_one_does_not():
    early = event(event_date="2020-05-10")
    assert not score_record(record(), [early])["date_right"]
    assert score_record(record(date_in_text=False), [early])["date_right"]


def test_far_or_unplaced_events_miss_the_place():
    assert not score_record(record(), [event(place={"lat": 12.0, "lon": 20.0})])["within_161"]
    assert not score_record(record(), [event(place=None)])["within_161"]


def test_no_incident_is_nothing_found():
    outcome = score_record(record(), [event("042")])
    assert not outcome["found"] and summarize([outcome])["found"] == 0.0


def test_a_line_without_a_full_stop_is_a_headline():
    assert article_of(record(text="Army kills 12 militants in Borno"), 1).title
    assert not article_of(record(), 1).title
    assert is_report_record(record()) and not is_report_record({"text": "x"})
