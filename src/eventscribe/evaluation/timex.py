"""Score time-expression normalisation against gold TIMEX3 values.

A record: `{"id", "dct": "YYYY-MM-DD", "text", "timexes": [{"start", "end", "text",
"type", "value"}]}`. Each gold span is normalised against the record's `dct`, with the
tense read from the words around it, and the value must match exactly. Finding spans is
not scored here: the spans are given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from eventscribe.when.find import normalize_timex
from eventscribe.when.tense import tense_near
from eventscribe.when.timex import Timex

Normalizer = Callable[[str, dt.date, str | None], Timex | None]


def is_timex_record(record: dict[str, Any]) -> bool:
    return isinstance(record.get("timexes"), list) and {"dct", "text"} <= record.keys()


def rules_and_dateparser(text: str, dct: dt.date, tense: str | None) -> Timex | None:
    """The normaliser the pipeline uses: the grammar, then dateparser."""
    return normalize_timex(text, dct, tense=tense)


def evaluate_timex(
    records: list[dict[str, Any]], normalize: Normalizer = rules_and_dateparser
) -> dict[str, Any]:
    """Value accuracy overall and by gold type, with every miss listed."""
    by_type: dict[str, list[int]] = {}
    misses = []
    total = 0
    for record in records:
        dct = dt.date.fromisoformat(record["dct"])
        for gold in record["timexes"]:
            tense = tense_near(record["text"], gold["start"], gold["end"])
            found = normalize(gold["text"], dct, tense)
            predicted = found.value if found is not None else None
            counts = by_type.setdefault(gold["type"], [0, 0])
            counts[1] += 1
            total += 1
            if predicted == gold["value"]:
                counts[0] += 1
            else:
                misses.append({"id": record.get("id"), "text": gold["text"],
                               "gold": gold["value"], "predicted": predicted})  # fmt: skip
    correct = sum(c[0] for c in by_type.values())
    return {
        "records": len(records),
        "timexes": total,
        "value_accuracy": correct / total if total else 0.0,
        "by_type": {
            k: {"n": n, "value_accuracy": ok / n} for k, (ok, n) in sorted(by_type.items())
        },
        "misses": misses,
    }
