"""Alerts: a dyad or a country whose material conflict rises well above its own baseline.

For each key (a directed country dyad `ISR>PSE`, or a country on either side) the events
of quad class 4 (material conflict) are counted per period, empty periods counting 0, over
the periods from the first to the last publication date in the database (events dated
outside the reporting window are history, not news). A period is an alert when

    score = (count - median) / max(1.4826 * MAD, 1)  >=  threshold   and   count >= min_events

where median and MAD (median absolute deviation from that median) are taken over the
`window` periods before it: a rolling median and MAD, robust to the very spikes they are
to find. 1.4826 * MAD estimates a standard deviation for normal noise; the floor of 1 event
keeps a quiet key (MAD 0) from alerting on a change of an event or two. Periods with fewer
than `window` periods before them are not scored.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from eventscribe.across.series import periods, reporting_window
from eventscribe.errors import EventscribeError
from eventscribe.store import Database

KEYS = ("dyad", "country")
MAD_SCALE = 1.4826
KEYED = {
    "dyad": "select id, event_date, source_country || '>' || target_country as key from {t} "
    "where quad_class = 4 and source_country is not null and target_country is not null",
    "country": "select id, event_date, source_country as key from {t} "
    "where quad_class = 4 and source_country is not null union all "
    "select id, event_date, target_country from {t} where quad_class = 4 "
    "and target_country is not null and target_country is distinct from source_country",
}


def alerts(
    db: Database,
    *,
    by: str = "week",
    key: str = "dyad",
    window: int = 8,
    threshold: float = 3.5,
    min_events: int = 3,
    level: str = "events",
) -> list[dict[str, Any]]:
    """[{key, period, count, baseline, mad, score, event_ids}, ...], highest score first.

    `level="clusters"` counts clusters (one per real event; `event_ids` are cluster ids).
    """
    _check(by, key, window, level)
    span = reporting_window(db)
    days = periods(by, *span) if span else []
    if len(days) <= window:
        return []
    counts, ids, keys = _counts(db, by, key, level, days)
    rows, columns = np.nonzero(_scores(counts, window, threshold, min_events))
    found = [
        _alert(keys[r], days[c], counts[r], c, window, ids)
        for r, c in zip(rows.tolist(), columns.tolist(), strict=True)
    ]
    return sorted(found, key=lambda a: (-a["score"], a["period"], a["key"]))


def _counts(
    db: Database, by: str, key: str, level: str, days: list[dt.date]
) -> tuple[np.ndarray, dict[tuple[str, dt.date], list[str]], list[str]]:
    """Counts (keys x periods), event ids per (key, period), and the keys in row order."""
    table = "events" if level == "events" else "clusters"
    found = db.sql(
        f"select key, cast(date_trunc('{by}', event_date) as date) as period, "
        f"list(id order by id) as ids from ({KEYED[key].format(t=table)}) "
        "where event_date >= ? group by 1, 2",
        [days[0]],
    )
    keys = sorted({row["key"] for row in found})
    row_of = {k: i for i, k in enumerate(keys)}
    column_of = {day: i for i, day in enumerate(days)}
    counts = np.zeros((len(keys), len(days)), dtype=np.int64)
    ids: dict[tuple[str, dt.date], list[str]] = {}
    for row in found:
        if row["period"] in column_of:
            counts[row_of[row["key"]], column_of[row["period"]]] = len(row["ids"])
            ids[(row["key"], row["period"])] = list(row["ids"])
    return counts, ids, keys


def baselines(counts: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """Rolling median and MAD of the `window` periods before each period (from `window` on)."""
    history = np.lib.stride_tricks.sliding_window_view(counts, window, axis=1)[:, :-1]
    median = np.median(history, axis=2)
    mad = np.median(np.abs(history - median[..., None]), axis=2)
    return median, mad


def _scores(counts: np.ndarray, window: int, threshold: float, min_events: int) -> np.ndarray:
    """True where a period (column of `counts`) is an alert; columns before `window` never."""
    median, mad = baselines(counts, window)
    score = (counts[:, window:] - median) / np.maximum(MAD_SCALE * mad, 1.0)
    hits = (score >= threshold) & (counts[:, window:] >= min_events)
    return np.pad(hits, ((0, 0), (window, 0)))


def _alert(
    key: str, day: dt.date, row: np.ndarray, period: int, window: int, ids: dict
) -> dict[str, Any]:
    history = row[period - window : period]
    baseline = float(np.median(history))
    mad = float(np.median(np.abs(history - baseline)))
    count = int(row[period])
    return {
        "key": key, "period": day.isoformat(), "count": count, "baseline": baseline,
        "mad": mad, "score": round((count - baseline) / max(MAD_SCALE * mad, 1.0), 3),
        "event_ids": ids.get((key, day), []),
    }  # fmt: skip


def _check(by: str, key: str, window: int, level: str) -> None:
    if by not in ("day", "week", "month"):
        raise EventscribeError(f"by {by!r}: choose day, week or month")
    if key not in KEYS:
        raise EventscribeError(f"key {key!r}: choose dyad or country")
    if window < 2:
        raise EventscribeError(f"window {window!r}: at least 2 periods")
    if level not in ("events", "clusters"):
        raise EventscribeError(f"level {level!r}: choose events or clusters")
