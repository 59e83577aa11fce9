"""Alerts on the synthetic database: the planted escalation is found, and nothing else."""

from __future__ import annotations

import time

import numpy as np
import pytest

from eventscribe.across.alerts import alerts, baselines
from eventscribe.errors import EventscribeError


def test_the_planted_escalation_is_the_one_dyad_alert(synthetic):
    found = alerts(synthetic, by="week", key="dyad")
    assert len(found) == 1
    alert = found[0]
    assert (alert["key"], alert["period"], alert["count"]) == ("ISR>PSE", "2024-02-26", 9)
    # baseline: weeks 0-7 were 1,2,1,1,2,1,1,2 -> median 1, MAD 0 -> scale floor 1
    assert (alert["baseline"], alert["mad"], alert["score"]) == (1.0, 0.0, 8.0)
    assert len(alert["event_ids"]) == 9
    assert {synthetic.event(i)["cameo"] for i in alert["event_ids"]} == {"190"}


def test_by_country_both_sides_count(synthetic):
    found = alerts(synthetic, by="week", key="country")
    # W8: 9 ISR>PSE and 1 PSE>ISR, for each of ISR and PSE; weeks 0-7: 2,3,2,2,3,2,2,3
    assert [(a["key"], a["count"], a["baseline"], a["mad"], a["score"]) for a in found] == [
        ("ISR", 10, 2.0, 0.0, 8.0), ("PSE", 10, 2.0, 0.0, 8.0),
    ]  # fmt: skip


def test_a_high_threshold_or_min_events_silences_it(synthetic):
    assert alerts(synthetic, threshold=9) == []
    assert alerts(synthetic, min_events=10) == []


def test_a_window_longer_than_the_data_gives_nothing(synthetic):
    assert alerts(synthetic, window=20) == []


def test_cluster_level_sees_no_rise(synthetic):
    # W8's nine mentions are one cluster: at the event level nothing escalates.
    assert alerts(synthetic, level="clusters") == []


def test_rolling_median_and_mad():
    counts = np.array([[1, 2, 1, 1, 2, 1, 1, 2, 9, 1]])
    median, mad = baselines(counts, 8)
    # before period 8: 1,2,1,1,2,1,1,2; before period 9: 2,1,1,2,1,1,2,9
    assert median.tolist() == [[1.0, 1.5]] and mad.tolist() == [[0.0, 0.5]]


@pytest.mark.parametrize(("options", "message"), [
    ({"key": "actor"}, "key 'actor'"), ({"by": "year"}, "by 'year'"), ({"window": 1}, "window"),
])  # fmt: skip
def test_bad_options_are_refused(synthetic, options, message):
    with pytest.raises(EventscribeError, match=message):
        alerts(synthetic, **options)


def test_it_is_quick(synthetic):
    started = time.perf_counter()
    alerts(synthetic, by="day", key="country")
    assert time.perf_counter() - started < 1.0
