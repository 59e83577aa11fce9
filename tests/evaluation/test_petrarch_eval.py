"""The sentence-level harness on PETRARCH2's unit-test records (gold no one here wrote)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from eventscribe.evaluation import evaluate, read_gold


@pytest.mark.slow
def test_petrarch_dev_scores_hold(shared):
    report = evaluate(
        shared / "gold" / "petrarch2_unittest_dev.jsonl",
        dictionaries=shared / "reference" / "petrarch2-validation",
    )
    assert report["records"] == 83
    assert report["full"]["f1"] >= 0.85, report["full"]
    assert report["root"]["f1"] >= 0.92, report["root"]
    # Every miss is accounted for in the confusion, gold root -> coded root.
    missed = sum(len(o["missed"]) for o in report["misses"])
    assert sum(report["root_confusion"].values()) == missed


def test_json_report_shape(shared, tmp_path):
    records = read_gold(shared / "gold" / "petrarch2_unittest_dev.jsonl")[:3]
    gold = tmp_path / "three.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "eventscribe", "eval", str(gold), "--json",
         "--dictionaries", str(shared / "reference" / "petrarch2-validation")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    report = json.loads(done.stdout)
    assert report["records"] == 3
    for level in ("full", "root"):
        assert set(report[level]) >= {"precision", "recall", "f1"}
    assert report["full"]["f1"] == 1.0  # DEMO-00, -02, -08: each coded right
