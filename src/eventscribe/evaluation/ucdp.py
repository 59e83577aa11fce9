"""Score violent-event coding on UCDP GED records with their headlines (`ucdp_dev.jsonl`).

One record is UCDP's answer for one event of organised violence, with `text`: the distinct
headlines of the reports it was coded from, one a line. The headlines are read as one
article dated `published`: the first line is its title, the others its body paragraphs
(one report set about one event, so the coder may use one headline's place or actors for
another, as it would a title and its summary).

Measures, overall and by `type_of_violence` (1 state-based, 2 non-state, 3 one-sided),
as `../shared/gold/README.md` defines them:

- found: the coder gives a violent event (CAMEO root 18-20; 17-20 for type 3);
- date right (records of date_prec 1-2): some violent event dated within
  [event_date - 1 day, date_end];
- date right where the text can tell (a diagnostic beside it, not a replacement): the
  same, over the records whose headlines can date the event: published at most a day
  after date_end, or holding a time expression. An undated headline published days later
  ("Attacks kill 20 in Iraq", out two days after the attacks) dates its event at
  [published - 1 day, published], as news of the day; no reading of it can do better;
- date right where found (a diagnostic): the same, over the records with a violent event
  found, so that dating is told apart from detection (a record with no event found is
  never dated right);
- place within 50 / 161 km (records of where_prec 1-2): the nearest violent event place
  with coordinates is that close to UCDP's latitude/longitude;
- killed exact (records whose headlines state UCDP's best estimate `deaths` as a death
  toll, see `stated_tolls`): the largest killed count equals it. A headline whose toll
  differs from UCDP's (UCDP splits a report's toll between its events, or counts only the
  deaths it could attribute) says nothing of whether the coder read its number right.
  The counts are the violent events' `fatalities` values; if no violent event carries
  one, the article's numeric reports of kind "killed" (so a toll read without an event
  still counts).

Each measure takes the best violent event for it: any event found, any event in the date
window, the nearest place, the largest count. Records outside a measure's scope are not in
its denominator.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from eventscribe.article import Article
from eventscribe.coding.numbers import WORD_NUMBERS
from eventscribe.evaluation.news import counted

Event = dict[str, Any]
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
ONE_SIDED_ROOTS = VIOLENT_ROOTS | {"17"}  # violence against civilians also codes as coercion
NEAR_KM, ACCURATE_KM = 50.0, 161.0
TYPES = {1: "state-based", 2: "non-state", 3: "one-sided"}

_KILL_WORD = re.compile(
    r"^(kill\w*|dead|deaths?|die[sd]?|dying|slain|slay\w*|massacre\w*|lives|bodies|"
    r"fatalit\w*|execut\w*|behead\w*)$"
)
_NUMBER_WORDS = WORD_NUMBERS | {"hundred": 100, "thousand": 1000, "dozen": 12}
_YEAR = re.compile(r"^(19|20)\d\d$")
_COUNT = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")
_WORD = re.compile(r"[\w,]+")
KILL_WINDOW = 8  # words between the number and the kill word, at most


def is_ucdp_record(record: dict[str, Any]) -> bool:
    return (
        isinstance(record.get("text"), str)
        and "type_of_violence" in record
        and "deaths" in record
        and "latitude" in record
    )


def stated_tolls(text: str) -> set[int]:
    """The death tolls a headline states: numbers (digits that are not a year, or number
    words such as "five", "dozen") within 8 words of a kill/death word ("killed", "dies")."""
    tolls: set[int] = set()
    for line in text.split("\n"):
        words = [w.strip(",").lower() for w in _WORD.findall(line)]
        kills = [i for i, w in enumerate(words) if _KILL_WORD.match(w)]
        for i, word in enumerate(words):
            value = _count_value(word)
            if value is not None and any(abs(i - k) <= KILL_WINDOW for k in kills):
                tolls.add(value)
    return tolls


def _count_value(word: str) -> int | None:
    if _COUNT.match(word):
        return None if _YEAR.match(word) else int(word.replace(",", ""))
    return _NUMBER_WORDS.get(word)


def violent_events(events: list[Event], type_of_violence: int) -> list[Event]:
    roots = ONE_SIDED_ROOTS if type_of_violence == 3 else VIOLENT_ROOTS
    return [e for e in events if e["cameo"][:2] in roots]


def in_window(event: Event, record: dict[str, Any]) -> bool:
    """The event is dated within [event_date - 1 day, date_end] of the record."""
    if not event.get("event_date"):
        return False
    start = dt.date.fromisoformat(record["event_date"]) - dt.timedelta(days=1)
    end = dt.date.fromisoformat(record.get("date_end") or record["event_date"])
    return start <= dt.date.fromisoformat(str(event["event_date"])[:10]) <= end


def text_dates(record: dict[str, Any]) -> bool:
    """Whether the headlines can date the event: published at most a day after its end,
    or naming a time ("on Monday", "Jan. 5", "yesterday")."""
    from eventscribe.when.grammar import find_mentions

    published = record.get("published")
    end = dt.date.fromisoformat(record.get("date_end") or record["event_date"])
    if not published or dt.date.fromisoformat(published[:10]) <= end + dt.timedelta(days=1):
        return True
    return bool(find_mentions(record["text"]))


def distance_km(event: Event, record: dict[str, Any]) -> float | None:
    from eventscribe.where.gazetteer import haversine_km

    place = event.get("place") or {}
    if place.get("lat") is None or place.get("lon") is None:
        return None
    return haversine_km(place["lat"], place["lon"], record["latitude"], record["longitude"])


def killed_values(violent: list[Event], numbers: list[dict[str, Any]]) -> list[int]:
    """The violent events' fatalities values; else the article's "killed" numbers."""
    values = [
        e["fatalities"]["value"]
        for e in violent
        if isinstance(e.get("fatalities"), dict) and _is_count_value(e["fatalities"].get("value"))
    ]
    if values:
        return values
    return [n["value"] for n in numbers if n.get("kind") == "killed" and n.get("value") is not None]


def _is_count_value(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def score_record(
    record: dict[str, Any], events: list[Event], numbers: list[dict[str, Any]]
) -> dict[str, Any]:
    """What the coder got right for one record; None where a measure does not apply."""
    kind = int(record["type_of_violence"])
    violent = violent_events(events, kind)
    distances = [km for e in violent if (km := distance_km(e, record)) is not None]
    km = min(distances) if distances else None
    placed = record.get("where_prec") in (1, 2)
    stated = record.get("deaths") in stated_tolls(record["text"])
    dated = record.get("date_prec") in (1, 2)
    date_right = any(in_window(e, record) for e in violent) if dated else None
    killed = killed_values(violent, numbers)
    return {
        "id": record.get("id"),
        "type": kind,
        "text": record["text"],
        "found": bool(violent),
        "date_right": date_right,
        "date_told": date_right if date_right is not None and text_dates(record) else None,
        "date_found": date_right if date_right is not None and violent else None,
        "km": None if km is None else round(km, 1),
        "within_50": (km is not None and km <= NEAR_KM) if placed else None,
        "within_161": (km is not None and km <= ACCURATE_KM) if placed else None,
        "killed": max(killed) if killed else None,
        "deaths": record.get("deaths"),
        "killed_exact": (bool(killed) and max(killed) == record.get("deaths")) if stated else None,
        "gold": {k: record.get(k) for k in ("event_date", "date_end", "where", "side_a", "side_b")},
        "violent": [_view(e, record) for e in violent],
        "events": [f"{e['cameo']} {e.get('event_date')}" for e in events],
    }


def _view(event: Event, record: dict[str, Any]) -> dict[str, Any]:
    km = distance_km(event, record)
    return {
        "code": event["cameo"],
        "source": (event.get("source") or {}).get("name"),
        "target": (event.get("target") or {}).get("name"),
        "event_date": event.get("event_date"),
        "place": (event.get("place") or {}).get("name"),
        "km": None if km is None else round(km, 1),
        "evidence": (event.get("evidence") or {}).get("sentence"),
    }


MEASURES = ("found", "date_right", "date_told", "date_found", "within_50", "within_161", "killed_exact")


def summarize(outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    """Per measure: the records it applies to, those right, and the share."""
    summary: dict[str, Any] = {"records": len(outcomes)}
    for measure in MEASURES:
        scored = [o[measure] for o in outcomes if o[measure] is not None]
        right = sum(scored)
        share = round(right / len(scored), 4) if scored else 0.0
        summary[measure] = {"records": len(scored), "right": right, "share": share}
    return summary


def evaluate_ucdp(records: list[dict[str, Any]], dictionaries: Path | None) -> dict[str, Any]:
    """Run every record's headlines through one pipeline; score overall and by type."""
    from eventscribe.api import Result
    from eventscribe.pipeline import Pipeline
    from eventscribe.settings import Settings

    pipeline = Pipeline.from_settings(Settings(dictionaries=dictionaries))
    outcomes = []
    for number, record in enumerate(records, start=1):
        result = Result(pipeline(article_of(record, number)))
        outcomes.append(score_record(record, counted(result.events), result.numbers))
    by_type = {
        str(kind): {"name": name, **summarize([o for o in outcomes if o["type"] == kind])}
        for kind, name in TYPES.items()
    }
    return {**summarize(outcomes), "by_type": by_type, "outcomes": outcomes}


def article_of(record: dict[str, Any], number: int) -> Article:
    """The headlines as one article: the first line its title, the others its body."""
    lines = [line.strip() for line in record["text"].split("\n") if line.strip()]
    published = record.get("published") or record["event_date"]
    return Article(
        id=str(record.get("id") or f"gold-{number}"),
        title=lines[0] if lines else "",
        body="\n".join(lines[1:]),
        published=dt.date.fromisoformat(published[:10]),
        origin=f"gold:{number}",
    )
