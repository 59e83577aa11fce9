"""The stable JSON shapes of events, articles and actors, built from flat table rows.

The CLI, the exports, the Python API and the web API all use these functions, so an event
looks the same wherever it is read: `event_json(rows.event_row(article, event))` for an
article processed without a database, `event_json(row)` for a row read from `events`.
The event shape is documented in the README; the flat columns of CSV and Parquet exports
(`FLAT_COLUMNS`) are that shape with nested keys joined by "_".
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

Row = Mapping[str, Any]

ACTOR_KEYS = ("id", "name", "country", "sector", "code", "text")
PLACE_KEYS = ("name", "country", "admin1", "lat", "lon", "precision", "gazetteer_id", "text")

# (flat column, events-table column), in the order of the JSON shape.
FLAT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("article_id", "article_id"),
    ("event_date", "event_date"),
    ("date_end", "date_end"),
    ("date_precision", "date_precision"),
    ("date_expression", "date_expression"),
    ("published", "published"),
    *(
        (f"{side}_{key}", f"{side}_actor_id" if key == "id" else f"{side}_{key}")
        for side in ("source", "target")
        for key in ACTOR_KEYS
    ),
    ("cameo", "cameo"),
    ("cameo_name", "cameo_name"),
    ("quad_class", "quad_class"),
    ("goldstein", "goldstein"),
    ("plover_type", "plover_type"),
    ("plover_mode", "plover_mode"),
    *((f"place_{key}", f"place_{key}") for key in PLACE_KEYS),
    ("modality", "modality"),
    ("attribution", "attribution"),
    ("evidence_sentence", "evidence_sentence"),
    ("evidence_start", "evidence_start"),
    ("evidence_end", "evidence_end"),
    ("trigger", "trigger"),
    ("confidence", "confidence"),
    ("fatalities_value", "fatalities"),
    ("fatalities_qualifier", "fatalities_qualifier"),
    ("fatalities_attribution", "fatalities_attribution"),
    ("injured_value", "injured"),
    ("injured_qualifier", "injured_qualifier"),
    ("arrested_value", "arrested"),
    ("arrested_qualifier", "arrested_qualifier"),
    ("acled_event_type", "event_type"),
    ("acled_sub_event_type", "sub_event_type"),
    ("acled_civilian_targeting", "civilian_targeting"),
)


def iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _actor(row: Row, side: str) -> dict[str, Any] | None:
    if row.get(f"{side}_actor_id") is None:
        return None
    return {key: row[f"{side}_actor_id" if key == "id" else f"{side}_{key}"] for key in ACTOR_KEYS}


def _place(row: Row) -> dict[str, Any] | None:
    if row.get("place_name") is None:
        return None
    return {key: row[f"place_{key}"] for key in PLACE_KEYS}


def event_json(row: Row) -> dict[str, Any]:
    """The stable shape of one event from its flat events row."""
    return {
        "id": row["id"],
        "article_id": row["article_id"],
        "event_date": iso(row["event_date"]),
        "date_end": iso(row["date_end"]),
        "date_precision": row["date_precision"],
        "date_expression": row["date_expression"],
        "published": iso(row["published"]),
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "cameo": row["cameo"],
        "cameo_name": row["cameo_name"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "plover": {"type": row["plover_type"], "mode": row["plover_mode"]},
        "place": _place(row),
        "modality": row["modality"],
        "attribution": row["attribution"],
        "evidence": {
            "sentence": row["evidence_sentence"],
            "start": row["evidence_start"],
            "end": row["evidence_end"],
        },
        "trigger": row["trigger"],
        "confidence": row["confidence"],
        "fatalities": _count(row, "fatalities", attribution=True),
        "injured": _count(row, "injured"),
        "arrested": _count(row, "arrested"),
        "acled": {
            "event_type": row.get("event_type"),
            "sub_event_type": row.get("sub_event_type"),
            "civilian_targeting": row.get("civilian_targeting"),
        },
    }


def _count(row: Row, field: str, *, attribution: bool = False) -> dict[str, Any] | None:
    """A count on the event: {"value", "qualifier"(, "attribution")}, None when none."""
    if row.get(field) is None:
        return None
    found = {"value": row[field], "qualifier": row.get(f"{field}_qualifier")}
    if attribution:
        found["attribution"] = row.get("fatalities_attribution")
    return found


def cluster_json(row: Row) -> dict[str, Any]:
    """One real event (a clusters row): its action, actors, date window, place, counts."""
    sides = {
        side: None if row[f"{side}_actor_id"] is None else {
            key: row[f"{side}_actor_id" if key == "id" else f"{side}_{key}"]
            for key in ("id", "name", "country", "code")
        }
        for side in ("source", "target")
    }  # fmt: skip
    place = None
    if row["place_country"] is not None:
        place = {k: row[f"place_{k}"] for k in ("name", "country", "lat", "lon", "precision")}
    return {
        "id": row["id"], "cameo": row["cameo"], "cameo_name": row["cameo_name"],
        "quad_class": row["quad_class"], "goldstein": row["goldstein"],
        "modality": row["modality"], **sides,
        "event_date": iso(row["event_date"]), "date_precision": row["date_precision"],
        "date_from": iso(row["date_from"]), "date_to": iso(row["date_to"]), "place": place,
        "mentions": row["n_mentions"], "articles": row["n_articles"],
        "sources": row["n_sources"], "first_seen": iso(row["first_seen"]),
        "last_seen": iso(row["last_seen"]),
        "evidence": {"event_id": row["best_event_id"], "article_id": row["article_id"],
                     "sentence": row["evidence_sentence"]},
        "fatalities": row.get("fatalities"), "injured": row.get("injured"),
        "acled": {"event_type": row.get("event_type"),
                  "sub_event_type": row.get("sub_event_type")},
    }  # fmt: skip


def event_flat(row: Row) -> dict[str, Any]:
    """One event as flat columns (CSV): the JSON shape with nested keys joined by "_"."""
    return {flat: iso(row[column]) for flat, column in FLAT_COLUMNS}


NULLABLE_OBJECTS = frozenset({"source", "target", "place", "fatalities", "injured", "arrested"})


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested JSON to flat columns: {"source": {"name": ...}} -> source_name. A null
    source, target, place or count gives no columns (use `event_flat` for fixed columns)."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}_"))
        elif value is None and key in NULLABLE_OBJECTS:
            continue
        else:
            flat[name] = value
    return flat


def event_spans(row: Row) -> list[dict[str, Any]]:
    """Where an event shows in its article's text: evidence, trigger, source, target."""
    spans = [{"kind": "evidence", "start": row["evidence_start"], "end": row["evidence_end"]}]
    for kind, start, end in (
        ("trigger", "trigger_start", "trigger_end"),
        ("source", "source_start", "source_end"),
        ("target", "target_start", "target_end"),
    ):
        if row.get(start) is not None and row.get(end) is not None:
            spans.append({"kind": kind, "start": row[start], "end": row[end]})
    return [{"event_id": row["id"], **span} for span in spans]


def article_summary_json(row: Row, events: int | None = None) -> dict[str, Any]:
    """An article in lists: metadata without its text."""
    summary = {
        key: iso(row.get(key))
        for key in ("id", "published", "title", "source", "url", "origin", "language", "status")
    }
    if events is not None:
        summary["events"] = events
    return summary


def article_json(
    row: Row,
    *,
    paragraphs: Iterable[Row] = (),
    sentences: Iterable[Row] = (),
    mentions: Iterable[Row] = (),
    events: Iterable[Row] = (),
    numbers: Iterable[Row] = (),
) -> dict[str, Any]:
    """One article with its text, structure, mentions, events (and their spans) and numbers."""
    event_rows = list(events)
    meta = row.get("meta")
    return {
        **article_summary_json(row),
        "content_hash": row.get("content_hash"),
        "dateline": row.get("dateline"),
        "meta": json.loads(meta) if isinstance(meta, str) else (meta or {}),
        "duplicate_of": row.get("duplicate_of"),
        "run_id": row.get("run_id"),
        "ingested_at": iso(row.get("ingested_at")),
        "text": row["text"],
        "paragraphs": [_pick(p, "start", "end", "kind") for p in paragraphs],
        "sentences": [_pick(s, "start", "end", "paragraph", "coded") for s in sentences],
        "mentions": [
            _pick(m, "sentence", "start", "end", "text", "actor_id", "kind") for m in mentions
        ],
        "events": [event_json(e) for e in event_rows],
        "spans": [span for e in event_rows for span in event_spans(e)],
        "numbers": [number_json(n) for n in numbers],
    }


def number_json(row: Row) -> dict[str, Any]:
    keys = ("sentence", "kind", "value", "qualifier", "text", "start", "end", "attribution",
            "victims", "place_name", "place_country")  # fmt: skip
    return _pick(row, *keys)


def actor_json(
    row: Row,
    *,
    forms: Iterable[tuple[str, int]] = (),
    roles: Iterable[Row] | None = None,
    events: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """An actor of the registry. `forms` are (spelling, mentions), most frequent first;
    `roles` (actor pages only) are its role rows; `events` counts "source" and "target"."""
    form_list = list(forms)
    counts = dict(events or {})
    actor = {
        key: iso(row.get(key))
        for key in ("id", "name", "kind", "country", "sector", "code", "role")
    }
    actor.update(
        first_seen=iso(row.get("first_seen")),
        last_seen=iso(row.get("last_seen")),
        forms=[form for form, _ in form_list],
        mentions=sum(count for _, count in form_list),
        events=counts.get("source", 0) + counts.get("target", 0),
    )
    if roles is not None:
        actor.update(
            form_counts=dict(form_list),
            roles=[role_json(role) for role in roles],
            events_as_source=counts.get("source", 0),
            events_as_target=counts.get("target", 0),
        )
    return actor


def role_json(row: Row) -> dict[str, Any]:
    keys = ("title", "country", "sector", "code", "valid_from", "valid_to", "source",
            "evidence", "article_id", "first_seen", "last_seen")  # fmt: skip
    return {key: iso(row.get(key)) for key in keys}


def _pick(row: Row, *keys: str) -> dict[str, Any]:
    return {key: iso(row.get(key)) for key in keys}
