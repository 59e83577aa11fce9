"""Score event coding on sentence records: PETRARCH2's unit-test format.

    {"id", "category", "valid", "date", "text", "events": [{"source", "target", "code"}]}

An event counts when source, target and code all match; scores are reported on full codes
and at the CAMEO root level, per category, with valid and invalid records apart.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from eventscribe.settings import Settings


def is_sentence_record(record: dict[str, Any]) -> bool:
    events = record.get("events")
    return (
        isinstance(record.get("text"), str)
        and isinstance(events, list)
        and all(isinstance(e, dict) and "code" in e for e in events)
    )


def evaluate_sentences(records: list[dict[str, Any]], dictionaries: Path | None) -> dict[str, Any]:
    from eventscribe.api import process

    settings = Settings(dictionaries=dictionaries)
    valid = [r for r in records if r.get("valid", True)]
    invalid = [r for r in records if not r.get("valid", True)]
    outcomes = [
        _score_record(r, process(r["text"], r.get("date"), settings=settings)) for r in valid
    ]
    report = _summary(outcomes)
    report["records"] = len(valid)
    report["by_category"] = {
        category: _summary([o for o in outcomes if o["category"] == category])
        for category in sorted({o["category"] for o in outcomes})
    }
    report["invalid"] = _summary(
        [_score_record(r, process(r["text"], r.get("date"), settings=settings)) for r in invalid]
    )
    report["invalid"]["records"] = len(invalid)
    report["misses"] = [o for o in outcomes if o["missed"] or o["spurious"]]
    report["root_confusion"] = _root_confusion(outcomes)
    return report


def _triples(events: list[dict[str, Any]], root: bool) -> Counter:
    found: Counter = Counter()
    for event in events:
        if not event.get("code"):  # {"code": null}: the record must code nothing
            continue
        code = event["code"][:2] if root else event["code"]
        found[(event.get("source") or "", event.get("target") or "", code)] += 1
    return found


def _coded(result: Any) -> list[dict[str, str]]:
    return [
        {
            "source": (e["source"] or {}).get("code") or "",
            "target": (e["target"] or {}).get("code") or "",
            "code": e["cameo"],
        }
        for e in result.events
    ]


def _score_record(record: dict[str, Any], result: Any) -> dict[str, Any]:
    gold, coded = record.get("events", []), _coded(result)
    outcome: dict[str, Any] = {"id": record.get("id"), "category": record.get("category", "")}
    for level, root in (("full", False), ("root", True)):
        g, c = _triples(gold, root), _triples(coded, root)
        outcome[level] = {
            "tp": sum((g & c).values()),
            "gold": sum(g.values()),
            "coded": sum(c.values()),
        }
    g, c = _triples(gold, False), _triples(coded, False)
    outcome["missed"] = [list(k) for k in (g - c)]
    outcome["spurious"] = [list(k) for k in (c - g)]
    outcome["text"] = record.get("text")
    return outcome


def _summary(outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    return {level: _prf(outcomes, level) for level in ("full", "root")}


def _prf(outcomes: list[dict[str, Any]], level: str) -> dict[str, float]:
    tp = sum(o[level]["tp"] for o in outcomes)
    gold = sum(o[level]["gold"] for o in outcomes)
    coded = sum(o[level]["coded"] for o in outcomes)
    precision = tp / coded if coded else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "gold": gold, "coded": coded}  # fmt: skip


def _root_confusion(outcomes: list[dict[str, Any]]) -> dict[str, int]:
    """For missed gold events: gold root -> the root coded for the same pair, or 'none'."""
    confusion: Counter = Counter()
    for outcome in outcomes:
        spurious = {(s, t): code for s, t, code in outcome["spurious"]}
        for source, target, code in outcome["missed"]:
            coded = spurious.get((source, target))
            confusion[f"{code[:2]}->{coded[:2] if coded else 'none'}"] += 1
    return dict(confusion.most_common())
