"""Golden test: the example article against its hand-written expectations.

Floors, not exact outputs: the counts may rise as the coder improves, never fall.
"""

from __future__ import annotations

import json

import pytest

from eventscribe.evaluation import evaluate
from repo_paths import EXAMPLE

EXPECTED = EXAMPLE.with_name("000_f7bc11b55398ec7d.expected.json")


@pytest.fixture(scope="module")
def report():
    return evaluate(EXPECTED)


def test_expected_file_is_the_shared_one(shared):
    original = shared / "examples" / EXPECTED.name
    assert json.loads(EXPECTED.read_text()) == json.loads(original.read_text())


def test_most_expected_events_are_found(report):
    found = {item["id"] for item in report["events"]["items"] if item["found"]}
    assert report["events"]["found"] >= 8, report["events"]
    assert {"meet-beirut", "clashes-border", "decline-comment", "vow-annihilate"} <= found


def test_threat_is_conditional_and_dates_resolved(report):
    items = {item["id"]: item for item in report["events"]["items"]}
    assert items["threat-iran"]["found"]
    assert items["threat-iran"]["event"]["modality"] == "conditional"
    assert items["meet-beirut"]["checks"]["date"]
    assert items["meet-beirut"]["checks"]["place"]


def test_actors_are_one_each(report):
    found = {item["canonical"] for item in report["actors"]["items"] if item["found"]}
    assert {
        "Hossein Amir-Abdollahian",
        "Hamas",
        "Hezbollah",
        "Tor Wennesland",
        "Stephane Dujarric",
        "Iran's UN mission",
        "Israel's mission to the UN",
    } <= found


def test_numbers_and_attribution(report):
    items = report["numbers"]["items"]
    gaza = next(
        i
        for i in items
        if i["kind"] == "killed" and i["found"] and "reported_by" in (i["checks"] or {})
    )
    assert gaza["checks"] == {"qualifier": True, "reported_by": True}
    assert report["numbers"]["found"] >= 2


def test_scraped_link_line_is_boilerplate_and_not_coded(report):
    assert report["boilerplate"]["found"] == 1
