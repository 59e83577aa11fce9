"""A synthetic database whose true counts are known: rows written straight into the tables.

Twelve weeks from Monday 2024-01-01 (weeks W0..W11). Each event is a mention in an article
of its own, published the day the event happened. Mentions of one dyad and code on one day
are one cluster (so is W8's, whose Monday and Wednesday windows meet on Tuesday): each dyad
has one cluster a week.

* ISR -> PSE, CAMEO 190 (quad 4, Goldstein -10): per week ISR_PSE, all on the week's Monday
  except W8, whose 9 events fall on Monday (5) and Wednesday (4): the escalation.
* PSE -> ISR, CAMEO 180 (quad 4, Goldstein -9): 1 event a week, on Tuesdays.
* USA -> RUS, CAMEO 040 (quad 1, Goldstein 1): 2 events a week, on Thursdays.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventscribe.store import Store

START = dt.date(2024, 1, 1)  # a Monday
WEEKS = 12
ISR_PSE = [1, 2, 1, 1, 2, 1, 1, 2, 9, 1, 1, 2]
ACTORS = {
    "ISR": ("country:ISR", "Israel"),
    "PSE": ("country:PSE", "Palestine"),
    "USA": ("country:USA", "United States"),
    "RUS": ("country:RUS", "Russia"),
}
CODES = {"190": (4, -10.0), "195": (4, -10.0), "180": (4, -9.0), "040": (1, 1.0)}


def planned() -> list[tuple[dt.date, str, str, str]]:
    """(date, source ISO-3, target ISO-3, CAMEO) of every event."""
    found = []
    for week in range(WEEKS):
        monday = START + dt.timedelta(weeks=week)
        for n in range(ISR_PSE[week]):
            day = monday + dt.timedelta(days=2 if week == 8 and n >= 5 else 0)
            found.append((day, "ISR", "PSE", "190"))
        found.append((monday + dt.timedelta(days=1), "PSE", "ISR", "180"))
        found += [(monday + dt.timedelta(days=3), "USA", "RUS", "040")] * 2
    return found


def build(path: Path) -> Path:
    """The database at `path`, events clustered."""
    with Store(path) as store:
        for n, (day, source, target, code) in enumerate(planned()):
            insert(store, f"e{n:03d}", day, source, target, code)
        store.cluster_pending()
    return path


def insert(store: Store, event_id: str, day: dt.date, source: str, target: str, code: str) -> None:
    article = f"a-{event_id}"
    text = f"{ACTORS[source][1]} and {ACTORS[target][1]}: event {event_id}."
    store.con.execute(
        "insert into articles (id, content_hash, published, source, text, status, ingested_at) "
        "values (?, ?, ?, 'Synthetic', ?, 'ok', now())",
        [article, article, day, text],
    )
    quad, goldstein = CODES[code]
    store.con.execute(
        "insert into events (id, article_id, sentence, event_date, date_precision, published, "
        "source_actor_id, source_name, source_country, source_code, "
        "target_actor_id, target_name, target_country, target_code, cameo, cameo_root, "
        "quad_class, goldstein, modality, evidence_sentence, evidence_start, evidence_end, "
        "confidence) values (?, ?, 0, ?, 'day', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "'asserted', ?, 0, ?, 1.0)",
        [event_id, article, day, day, *ACTORS[source], source, source, *ACTORS[target], target,
         target, code, code[:2], quad, goldstein, text, len(text)],
    )  # fmt: skip
