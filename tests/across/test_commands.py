"""The timeline, dyad, alerts, clusters and export --level commands over the synthetic file."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from eventscribe.cli import app

from .synthetic import ISR_PSE, WEEKS


def run(*args: str) -> str:
    result = CliRunner().invoke(app, [*args])
    assert result.exit_code == 0, result.output
    return result.output


def test_timeline_prints_a_bar_chart(synthetic_path):
    text = run("timeline", "--db", str(synthetic_path), "--source", "ISR", "--target", "PSE")
    lines = text.splitlines()
    assert lines[0].startswith(f"events (source=ISR, target=PSE): {sum(ISR_PSE)} events in 12")
    escalation = next(line for line in lines if line.startswith("2024-02-26"))
    assert "█" * 40 in escalation and escalation.split()[-3] == "9"
    assert escalation.rstrip().endswith("-90.0")


def test_timeline_as_csv_and_json(synthetic_path):
    db = ["--db", str(synthetic_path), "--by", "month", "--country", "USA"]
    rows = list(csv.DictReader(io.StringIO(run("timeline", *db, "--format", "csv"))))
    assert [(r["period"], r["events"]) for r in rows] == [
        ("2024-01-01", "8"), ("2024-02-01", "10"), ("2024-03-01", "6"),
    ]  # fmt: skip
    assert json.loads(run("timeline", *db, "--format", "json"))[1] == {
        "period": "2024-02-01", "events": 10, "goldstein": 10.0,
    }  # fmt: skip


def test_dyad_shows_both_directions(synthetic_path):
    text = run("dyad", "ISR", "PSE", "--db", str(synthetic_path))
    assert f"ISR -> PSE: {sum(ISR_PSE)} events" in text and f"PSE -> ISR: {WEEKS} events" in text
    rows = json.loads(run("dyad", "ISR", "PSE", "--db", str(synthetic_path), "-f", "json"))
    assert {(r["source"], r["target"]) for r in rows} == {("ISR", "PSE"), ("PSE", "ISR")}


def test_alerts_lists_the_escalation_with_its_events(synthetic_path):
    text = run("alerts", "--db", str(synthetic_path), "--show", "2")
    assert "ISR>PSE 2024-02-26: 9 events (baseline 1, MAD 0, score 8)" in text
    assert "... and 7 more" in text
    rows = list(csv.DictReader(io.StringIO(run("alerts", "--db", str(synthetic_path),
                                               "-f", "csv"))))  # fmt: skip
    assert len(rows) == 1 and len(rows[0]["event_ids"].split()) == 9


def test_clusters_and_export_at_the_event_level(synthetic_path, tmp_path):
    found = json.loads(run("clusters", "--db", str(synthetic_path), "-f", "json", "--limit", "1"))
    assert found[0]["mentions"] == 9 and found[0]["source"]["country"] == "ISR"
    out = tmp_path / "events.csv"
    run("export", str(out), "--db", str(synthetic_path), "--level", "events")
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 3 * WEEKS  # a cluster a week for each of the three dyads
    assert sum(int(r["n_mentions"]) for r in rows) == sum(ISR_PSE) + 3 * WEEKS
    mentions = tmp_path / "mentions.jsonl"
    run("export", str(mentions), "--db", str(synthetic_path), "-f", "jsonl")
    assert len(mentions.read_text().splitlines()) == sum(ISR_PSE) + 3 * WEEKS


def test_a_gdelt_row_carries_its_cluster_counts(synthetic_path, tmp_path):
    out = tmp_path / "g.tsv"
    run("export", str(out), "--db", str(synthetic_path), "-f", "gdelt", "--since", "2024-02-26",
        "--until", "2024-02-26")  # fmt: skip
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    assert len(rows) == 5 and {(r[31], r[32], r[33]) for r in rows} == {("9", "1", "9")}


def test_bad_format_and_level_are_refused(synthetic_path):
    result = CliRunner().invoke(app, ["timeline", "--db", str(synthetic_path), "-f", "xml"])
    assert result.exit_code != 0 and "--format 'xml'" in str(result.exception)
    result = CliRunner().invoke(app, ["export", "x.xml", "--db", str(synthetic_path),
                                      "--level", "events", "-f", "xml"])  # fmt: skip
    assert result.exit_code != 0 and "the event level exports as" in str(result.exception)
