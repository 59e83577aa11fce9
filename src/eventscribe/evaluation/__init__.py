"""The evaluation harness: `eventscribe eval GOLD` tells the gold format from its records.

Formats: hand-annotated news articles (`news_dev.jsonl`: article-level event coding), UCDP
GED records with their headlines (`ucdp_dev.jsonl`: violent events, dates, places, deaths),
short conflict reports (`tests/coding/data/conflict_reports.jsonl`: ACLED types, dates, places),
PETRARCH-style sentence records (event coding), an article's `*.expected.json`,
GeoWebNews-style toponyms (places), TimeML-style timexes (dates), ECB+-style mentions with
coreference chains (actor resolution).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventscribe.errors import EventscribeError
from eventscribe.settings import Settings


def read_gold(path: Path) -> list[dict[str, Any]] | dict[str, Any]:
    """A JSONL file of records, or one JSON document (an expected file)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise EventscribeError(f"{path}: cannot read gold file ({error})") from None
    if path.suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise EventscribeError(f"{path}: malformed JSON ({error})") from None
    records = []
    # JSON Lines end at "\n" only: U+0085 and U+2028 are valid inside JSON strings, and
    # str.splitlines() would break a record there.
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise EventscribeError(f"{path}:{number}: malformed JSON ({error})") from None
    return records


def evaluate(path: Path, *, dictionaries: Path | None = None) -> dict[str, Any]:
    gold = read_gold(path)
    if isinstance(gold, dict):
        return {"format": "expected", **_evaluate_expected(path, gold)}
    if not gold:
        raise EventscribeError(f"{path}: no records")
    first = gold[0]
    from eventscribe.evaluation import coref, geo, news, reports, sentences, timex, ucdp

    # News and UCDP first: a news record would also pass for a sentence record.
    if news.is_news_record(first):
        return {"format": "news", **news.evaluate_news(gold, dictionaries)}
    if ucdp.is_ucdp_record(first):
        return {"format": "ucdp", **ucdp.evaluate_ucdp(gold, dictionaries)}
    if reports.is_report_record(first):
        return {"format": "reports", **reports.evaluate_reports(gold, dictionaries)}
    if coref.is_coref_record(first):
        return {
            "format": "coref",
            **coref.evaluate_coref(gold, Settings(dictionaries=dictionaries)),
        }
    if geo.is_geo_record(first):
        return {"format": "geo", **geo.evaluate_geo(gold)}
    if timex.is_timex_record(first):
        return {"format": "timex", **timex.evaluate_timex(gold)}
    if sentences.is_sentence_record(first):
        return {"format": "events", **sentences.evaluate_sentences(gold, dictionaries)}
    raise EventscribeError(f"{path}: unknown gold format (record keys: {', '.join(sorted(first))})")


def _evaluate_expected(path: Path, expected: dict[str, Any]) -> dict[str, Any]:
    from eventscribe.api import Result
    from eventscribe.evaluation.expected import score_expected
    from eventscribe.pipeline import Pipeline
    from eventscribe.readers import ReadOptions, read_inputs
    from eventscribe.settings import Settings

    article_path = path.parent / expected["article"]
    items = list(read_inputs([article_path], ReadOptions()))
    if not items or not hasattr(items[0], "body"):
        raise EventscribeError(f"{article_path}: cannot read the expected file's article")
    article = Pipeline.from_settings(Settings())(items[0])
    return score_expected(expected, Result(article))
