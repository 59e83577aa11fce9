"""Score violence and unrest coding on short conflict reports (`tests/coding/data/
conflict_reports.jsonl`): one or two sentences each, in the style of ACLED notes and wire
ledes, with the answer a conflict analyst expects.

A record: `text`, `published`, `acled` (ACLED event_type), `event_date`, `source` and
`target` (sector and country where the text tells them), `place` (name, country, lat, lon).
Each record is read as an article of its own, the text its title when it is one line
without a final full stop (headline grammar), else its body. Measures, overall and by
ACLED type:

- found: some incident event (CAMEO root 14 or 17-20);
- fitting: some event of the CAMEO codes that fit the ACLED type (`FITTING_CODES`);
- type exact: some event with the expected ACLED event_type;
- date right: a fitting event (any incident event when none fits) dated `event_date`
  (or the day before, when `date_in_text` is false: the text tells no date);
- place 161 km: a fitting event (likewise) placed within 161 km of the expected point.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventscribe.article import Article
from eventscribe.evaluation.news import counted

Event = dict[str, Any]
INCIDENT_ROOTS = frozenset({"14", "17", "18", "19", "20"})
# CAMEO code prefixes that fit each ACLED type (175, breaking up a protest, is ACLED's
# "Protest with intervention").
FITTING_CODES = {
    "Battles": ("18", "19", "20"),
    "Explosions/Remote violence": ("18", "19", "20"),
    "Violence against civilians": ("17", "18", "19", "20"),
    "Protests": ("14", "175"),
    "Riots": ("14", "17", "18"),
    "Strategic developments": ("17",),
}
ACCURATE_KM = 161.0
MEASURES = ("found", "fitting", "type_exact", "date_right", "within_161")


def is_report_record(record: dict[str, Any]) -> bool:
    return isinstance(record.get("text"), str) and "acled" in record and "place" in record


def score_record(record: dict[str, Any], events: list[Event]) -> dict[str, Any]:
    incidents = [e for e in events if e["cameo"][:2] in INCIDENT_ROOTS]
    fitting = [e for e in incidents if e["cameo"].startswith(FITTING_CODES[record["acled"]])]
    best = fitting or incidents
    return {
        "id": record.get("id"),
        "acled": record["acled"],
        "text": record["text"],
        "found": bool(incidents),
        "fitting": bool(fitting),
        "type_exact": any(_acled(e) == record["acled"] for e in incidents),
        "date_right": any(_dated(e, record) for e in best),
        "within_161": any(_km(e, record) <= ACCURATE_KM for e in best),
        "events": [_view(e, record) for e in events],
    }


def _acled(event: Event) -> str | None:
    return (event.get("acled") or {}).get("event_type")


def _dated(event: Event, record: dict[str, Any]) -> bool:
    """The date the text tells, exactly; a text that tells none is news of the day or the
    day before (wire usage: "... killed two people" out the next morning)."""
    if not event.get("event_date"):
        return False
    date = dt.date.fromisoformat(str(event["event_date"])[:10])
    expected = dt.date.fromisoformat(record["event_date"])
    if record.get("date_in_text", True):
        return date == expected
    return expected - dt.timedelta(days=1) <= date <= expected


def _km(event: Event, record: dict[str, Any]) -> float:
    from eventscribe.where.gazetteer import haversine_km

    place, gold = event.get("place") or {}, record["place"]
    if place.get("lat") is None or place.get("lon") is None:
        return float("inf")
    return haversine_km(place["lat"], place["lon"], gold["lat"], gold["lon"])


def _view(event: Event, record: dict[str, Any]) -> str:
    km = _km(event, record)
    source = (event.get("source") or {}).get("name")
    target = (event.get("target") or {}).get("name")
    place = (event.get("place") or {}).get("name")
    return (
        f"{event['cameo']} {_acled(event)} {source} -> {target} "
        f"{event.get('event_date')} {place} ({'-' if km == float('inf') else round(km)} km)"
    )


def summarize(outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    summary: dict[str, Any] = {"records": len(outcomes)}
    for measure in MEASURES:
        right = sum(bool(o[measure]) for o in outcomes)
        summary[measure] = round(right / len(outcomes), 4) if outcomes else 0.0
    return summary


def evaluate_reports(records: list[dict[str, Any]], dictionaries: Any = None) -> dict[str, Any]:
    """Run each report through one pipeline; score overall and by ACLED type."""
    from eventscribe.api import Result
    from eventscribe.pipeline import Pipeline
    from eventscribe.settings import Settings

    pipeline = Pipeline.from_settings(Settings(dictionaries=dictionaries))
    outcomes = []
    for number, record in enumerate(records, start=1):
        result = Result(pipeline(article_of(record, number)))
        outcomes.append(score_record(record, counted(result.events)))
    kinds = sorted({o["acled"] for o in outcomes})
    by_type = {k: summarize([o for o in outcomes if o["acled"] == k]) for k in kinds}
    return {**summarize(outcomes), "by_type": by_type, "outcomes": outcomes}


def article_of(record: dict[str, Any], number: int) -> Article:
    """A one-line text without a final stop is a headline: the article's title."""
    text = record["text"].strip()
    headline = "\n" not in text and not text.endswith((".", "!", "?"))
    return Article(
        id=str(record.get("id") or f"report-{number}"),
        title=text if headline else "",
        body="" if headline else text,
        published=dt.date.fromisoformat(record["published"][:10]),
        origin=f"gold:{number}",
    )


def print_reports(report: dict[str, Any], console: Any, *, show: bool, limit: int | None) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"conflict reports: {report['records']} records")
    table.add_column("scope")
    for measure in ("records", *MEASURES):
        table.add_column(measure)
    for scope, scores in [("all", report), *report["by_type"].items()]:
        table.add_row(scope, str(scores["records"]), *(f"{scores[m]:.3f}" for m in MEASURES))
    console.print(table)
    if not show:
        return
    misses = [o for o in report["outcomes"] if not all(o[m] for m in MEASURES)]
    for outcome in misses[:limit]:
        failed = ", ".join(m for m in MEASURES if not outcome[m])
        console.print(f"\n[bold]{outcome['id']}[/bold] {outcome['acled']} missed: {failed}")
        console.print(f"  | {escape(outcome['text'])}", highlight=False)
        for line in outcome["events"]:
            console.print(f"  {escape(line)}", highlight=False)
