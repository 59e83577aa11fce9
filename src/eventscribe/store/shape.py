"""The stable JSON shape of an event, built from one flat events row.

The CLI, the exports, the Python API and the web API all use `event_json`, so an event
looks the same wherever it is read. Documented in the README.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _actor(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row.get(f"{prefix}_actor_id") is None:
        return None
    return {
        "id": row[f"{prefix}_actor_id"],
        "name": row[f"{prefix}_name"],
        "country": row[f"{prefix}_country"],
        "sector": row[f"{prefix}_sector"],
        "code": row[f"{prefix}_code"],
        "text": row[f"{prefix}_text"],
    }


def _place(row: dict[str, Any]) -> dict[str, Any] | None:
    if row.get("place_name") is None:
        return None
    keys = ("name", "country", "admin1", "lat", "lon", "precision", "gazetteer_id")
    return {key: row[f"place_{key}"] for key in keys}


def event_json(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "article_id": row["article_id"],
        "event_date": _iso(row["event_date"]),
        "date_end": _iso(row["date_end"]),
        "date_precision": row["date_precision"],
        "date_expression": row["date_expression"],
        "published": _iso(row["published"]),
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
    }


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested JSON to flat columns for CSV: source.name -> source_name."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}_"))
        elif value is None and key in ("source", "target", "place"):
            continue
        else:
            flat[name] = value
    return flat
