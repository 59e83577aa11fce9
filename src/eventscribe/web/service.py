"""`Service`: the served database, one read-write connection shared by readers and ingest.

DuckDB lets one process write a file, and a process that holds it read-write cannot open it
read-only beside that. So the server opens the file once, read-write, for its lifetime:
requests read through cursors of that connection (each sees the last committed state), and
`POST /api/ingest` runs `eventscribe.ingest` in this process under a lock, on the posted
records and documents as in-memory inputs (no temporary files). Its `Store` connects to the
same in-process database and writes one transaction per batch, so a reader never sees half
an article.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from eventscribe.errors import EventscribeError
from eventscribe.ingest import ingest
from eventscribe.readers import Posted
from eventscribe.settings import Settings
from eventscribe.store import Database, Store

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$")
MAX_ARTICLES = 500  # per POST; larger loads belong to `eventscribe ingest`


class Service:
    """The database file a server serves, opened read-write once (created if new)."""

    def __init__(self, path: Path | str, settings: Settings | None = None) -> None:
        self.path = Path(path)
        self.settings = (settings or Settings()).replace(db_path=self.path, workers=1)
        self.store = Store(self.path)  # creates the schema in a new file, checks an old one
        self.lock = threading.Lock()  # one ingest at a time
        self._cursors = threading.Lock()  # cursors are made one at a time from the connection

    def close(self) -> None:
        self.store.close()

    @contextmanager
    def reader(self) -> Iterator[Database]:
        """A `Database` over a fresh cursor: safe to use from one request's thread."""
        with self._cursors:
            cursor = self.store.con.cursor()
        try:
            yield Database.over(cursor, self.path)
        finally:
            cursor.close()

    def ingest(
        self, articles: Sequence[Mapping[str, Any]], documents: Sequence[Mapping[str, Any]]
    ) -> dict[str, Any]:
        """Run the pipeline on posted JSON records and plain-text documents; store them."""
        if not articles and not documents:
            raise EventscribeError('nothing to ingest: give "articles" or "documents"')
        if len(articles) + len(documents) > MAX_ARTICLES:
            raise EventscribeError(
                f"at most {MAX_ARTICLES} articles per request (use `eventscribe ingest` for more)"
            )
        rejects: list[str] = []
        inputs = posted_inputs(articles, documents)
        with self.lock:
            report = ingest(inputs, self.settings,
                            on_reject=lambda r: rejects.append(r.message()))  # fmt: skip
        with self.reader() as db:
            stored = db.sql("select id from articles where run_id = ? order by id", [report.run_id])
        return {
            **asdict(report),
            "articles": [row["id"] for row in stored],
            "rejects": rejects,
        }


def posted_inputs(
    articles: Sequence[Mapping[str, Any]], documents: Sequence[Mapping[str, Any]]
) -> list[Posted]:
    """The posted items as inputs the readers read as files: the records as one JSON Lines
    input named `articles` (ids default to `posted-N`), each document as `documents/NAME`."""
    inputs = []
    if articles:
        lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in articles)
        inputs.append(Posted("articles", Path("posted.jsonl"), lines.encode("utf-8")))
    names: set[str] = set()
    for number, document in enumerate(documents, 1):
        name = str(document.get("name") or "")
        if not SAFE_NAME.match(name) or name.endswith(".gz"):
            raise EventscribeError(
                f"documents[{number}].name {name[:60]!r}: expected a file name of letters, "
                "digits, '_', '-' and '.' (its stem becomes the article id)"
            )
        name = name if name.endswith(".txt") else f"{name}.txt"
        if name in names:
            raise EventscribeError(f"documents[{number}].name {document.get('name')!r}: given twice")
        names.add(name)
        content = str(document.get("content") or "").encode("utf-8")
        inputs.append(Posted(f"documents/{name}", Path(name), content))
    return inputs
