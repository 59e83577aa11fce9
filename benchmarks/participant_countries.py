"""The share of gold event participants whose country the system gives right, through
whatever event it codes for them (news gold, `../shared/gold/news_dev.jsonl`).

A participant is a side (source, or target when there is one) of a gold event with a
country. It counts as right when a system event of the same article, read from the same
sentence as the gold evidence, has a side of that country, whatever its CAMEO code. Reported
for core events and for all events.

    python benchmarks/participant_countries.py ../shared/gold/news_dev.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from eventscribe.evaluation.news import article_of, counted, gold_country, system_country


def sides(event: dict[str, Any]) -> list[str]:
    countries = [gold_country(event.get(side), "") for side in ("source", "target")]
    return [c for c in countries if c and c != "?"]


def same_sentence(gold: dict[str, Any], system: dict[str, Any]) -> bool:
    evidence = (gold.get("evidence") or "")[:60]
    sentence = (system.get("evidence") or {}).get("sentence") or ""
    return bool(evidence and sentence) and (evidence in sentence or sentence[:60] in evidence)


def right(gold: dict[str, Any], system: list[dict[str, Any]], country: str) -> bool:
    return any(
        same_sentence(gold, event)
        and country in {system_country(event.get(s), "") for s in ("source", "target")}
        for event in system
    )


def main(path: str) -> None:
    from eventscribe.api import Result
    from eventscribe.evaluation import read_gold
    from eventscribe.pipeline import Pipeline
    from eventscribe.settings import Settings

    pipeline = Pipeline.from_settings(Settings())
    counts = {"core": [0, 0], "all": [0, 0]}
    for number, record in enumerate(read_gold(Path(path)), start=1):
        article = article_of(record, number)
        system = [] if isinstance(article, str) else counted(Result(pipeline(article)).events)
        for gold in record["events"]:
            for country in sides(gold):
                hit = right(gold, system, country)
                for group in ("core", "all") if gold.get("core", True) else ("all",):
                    counts[group][0] += hit
                    counts[group][1] += 1
    for group, (hit, total) in counts.items():
        print(f"{group}: {hit / total:.3f} ({hit}/{total})")


if __name__ == "__main__":
    main(sys.argv[1])
