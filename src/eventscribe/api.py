"""The Python API: process one article, ingest many into a database, open a database.

import eventscribe
result = eventscribe.process(text, date="2023-10-15", title="...")
result.events          # list of dicts in the stable event shape (see README)
eventscribe.ingest(["articles.jsonl.gz"], db="events.duckdb")      # or engine="dask"
db = eventscribe.open("events.duckdb"); db.events(actor="Hamas", root="19")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventscribe.article import Article, content_hash
from eventscribe.settings import Settings
from eventscribe.store.database import Database
from eventscribe.store.shape import event_json

if TYPE_CHECKING:
    from eventscribe.pipeline import Pipeline
    from eventscribe.readers import Input
    from eventscribe.runs import IngestReport, ShowBatch, ShowReject
    from eventscribe.store.writer import Store  # noqa: F401  (re-exported for users)

# The pipeline, ingest and the writer are imported where used: `eventscribe.open` serves
# the query commands, which start in a fraction of a second without them.


@dataclass
class Result:
    """One processed article and what was found in it, as plain data."""

    article: Article

    @property
    def events(self) -> list[dict[str, Any]]:
        from eventscribe.store.rows import event_rows

        # event_rows drops repeated ids, as the store does: process() and the database agree.
        return [event_json(row) for row in event_rows(self.article)]

    @property
    def actors(self) -> list[dict[str, Any]]:
        counts: dict[str, int] = {}
        for mention in self.article.mentions:
            if mention.actor_id:
                counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
        return [
            {
                "id": actor.id,
                "name": actor.name,
                "kind": actor.kind,
                "country": actor.country,
                "sector": actor.sector,
                "code": actor.code,
                "role": actor.role,
                "forms": list(actor.forms),
                "mentions": counts.get(actor.id, 0),
            }
            for actor in self.article.actors.values()
        ]

    @property
    def numbers(self) -> list[dict[str, Any]]:
        from eventscribe.store.rows import number_row

        return [number_row(self.article, number) for number in self.article.numbers]


@lru_cache(maxsize=4)
def _pipeline(settings: Settings) -> Pipeline:
    from eventscribe.pipeline import Pipeline

    return Pipeline.from_settings(settings)


def process(
    text: str,
    date: str | dt.date | None = None,
    title: str = "",
    *,
    id: str | None = None,
    source: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> Result:
    """Run the whole pipeline on one article's text (nothing is stored)."""
    published = dt.date.fromisoformat(date) if isinstance(date, str) else date
    article = Article(
        id=id or content_hash(title + "\n" + text)[:16],
        body=text,
        title=title,
        published=published,
        source=source,
        url=url,
        origin="process()",
    )
    return Result(_pipeline(settings or Settings())(article))


def ingest(
    inputs: Sequence[Input],
    db: str | Path | None = None,
    *,
    settings: Settings | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    store: bool = True,
    show_progress: bool = False,
    on_reject: ShowReject | None = None,
    on_batch: ShowBatch | None = None,
) -> IngestReport:
    """Read `inputs` (paths, in-memory inputs or Articles) and store their events in the
    DuckDB file `db` (default `settings.db_path`), on this machine or, `engine="dask"`, on a
    Dask cluster (see `eventscribe.ingest.ingest`)."""
    from eventscribe.ingest import ingest_into

    return ingest_into(inputs, db, settings=settings, engine=engine, scheduler=scheduler,
                       store=store, show_progress=show_progress, on_reject=on_reject,
                       on_batch=on_batch)  # fmt: skip


def __getattr__(name: str) -> Any:
    if name == "Store":  # re-exported for users, imported when asked for
        from eventscribe.store.writer import Store

        return Store
    raise AttributeError(f"module 'eventscribe.api' has no attribute {name!r}")


def open(db: str | Path = "eventscribe.duckdb") -> Database:  # noqa: A001 (the documented name)
    """A read-only handle on a database for queries."""
    return Database(Path(db))
