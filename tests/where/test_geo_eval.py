"""Toponym resolution scored on GeoWebNews records."""

from __future__ import annotations

import json

import pytest

from eventscribe.evaluation.geo import evaluate_geo, is_geo_record

# Measured 0.924 (literal) and 0.914 (all types) on geo_dev.jsonl; floors a little under.
LITERAL_FLOOR = 0.92
ALL_TYPES_FLOOR = 0.91


def test_is_geo_record():
    record = {
        "id": "x",
        "text": "In Beirut.",
        "toponyms": [{"start": 3, "end": 9, "lat": 1, "lon": 2}],
    }
    assert is_geo_record(record)
    assert not is_geo_record({"id": "x", "text": "no toponyms"})
    assert not is_geo_record({"text": "t", "toponyms": [{"start": 0}]})


def test_scores_of_a_small_set(nlp):
    text = "Fighting broke out in Tripoli, north of Beirut, and spread to Springfield."
    records = [
        {
            "id": "a",
            "text": text,
            "toponyms": [
                {"start": 22, "end": 29, "name": "Tripoli", "lat": 34.43, "lon": 35.85,
                 "type": "Literal", "geonameid": "266826"},
                {"start": 40, "end": 46, "name": "Beirut", "lat": 33.89, "lon": 35.5,
                 "type": "Literal", "geonameid": "276781"},
                {"start": 62, "end": 73, "name": "Springfield", "lat": -33.0, "lon": 151.0,
                 "type": "Metonymic"},
            ],
        }
    ]  # fmt: skip
    scores = evaluate_geo(records)
    assert scores["records"] == 1 and scores["toponyms"] == 2
    assert scores["acc_161km"] == 1.0 and scores["geonameid_match"] == 1.0
    assert scores["all_types"]["toponyms"] == 3
    assert scores["all_types"]["acc_161km"] == pytest.approx(2 / 3, abs=1e-3)
    assert scores["by_type"]["Metonymic"]["acc_161km"] == 0.0
    assert scores["misses"] == []


def test_a_miss_says_its_general_cause(nlp):
    text = "Floods hit Springfield and the village of Qwertzuiop."
    records = [
        {
            "id": "b",
            "text": text,
            "toponyms": [
                {"start": 11, "end": 22, "name": "Springfield", "lat": -33.0, "lon": 151.0,
                 "type": "Literal"},
                {"start": 42, "end": 52, "name": "Qwertzuiop", "lat": 10.0, "lon": 10.0,
                 "type": "Literal"},
            ],
        }
    ]  # fmt: skip
    scores = evaluate_geo(records)
    causes = {miss["text"]: miss["cause"] for miss in scores["misses"]}
    assert causes == {"Springfield": "other", "Qwertzuiop": "no reading"}
    assert scores["miss_causes"] == {"other": 1, "no reading": 1}


@pytest.mark.slow
def test_geowebnews_dev_floor(shared, nlp):
    lines = (shared / "gold" / "geo_dev.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    assert all(is_geo_record(r) for r in records)
    scores = evaluate_geo(records)
    assert scores["acc_161km"] >= LITERAL_FLOOR
    assert scores["all_types"]["acc_161km"] >= ALL_TYPES_FLOOR
    assert scores["median_km"] <= 5.0
    assert scores["resolved"] >= 0.95
