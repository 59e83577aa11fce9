"""`Service`: the served database, one read-write connection shared by readers and ingest.

DuckDB lets one process write a file, and a process that holds it read-write cannot open it
read-only beside that. So the server opens the file once, read-write, for its lifetime:
requests read through cursors of that connection (each sees the last committed state), and
`POST /api/ingest` runs the ingest machinery in this process under a lock. Its `Store`
connects to the same in-process database and writes one transaction per batch, so a reader
never sees half an article.
"""

from __future__ import annotations

import json
import re
import tempfile
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from eventscribe.errors import EventscribeError
from eventscribe.ingest import ingest
from eventscribe.readers import Reject
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
        with tempfile.TemporaryDirectory(prefix="eventscribe-post-") as folder:
            inputs = _write_inputs(Path(folder), articles, documents)
            with self.lock:
                report = ingest(
                    inputs, self.settings, on_reject=lambda r: rejects.append(_reject(r, folder))
                )
        with self.reader() as db:
            stored = db.sql("select id from articles where run_id = ? order by id", [report.run_id])
        return {
            **asdict(report),
            "articles": [row["id"] for row in stored],
            "rejects": rejects,
        }


def _write_inputs(
    folder: Path, articles: Sequence[Mapping[str, Any]], documents: Sequence[Mapping[str, Any]]
) -> list[Path]:
    """The posted items as files the readers know: one JSONL file, one .txt per document."""
    inputs = []
    if articles:
        lines = folder / "posted.jsonl"
        lines.write_text(
            "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in articles),
            encoding="utf-8",
        )
        inputs.append(lines)
    texts = folder / "documents"
    for number, document in enumerate(documents, 1):
        name = str(document.get("name") or "")
        if not SAFE_NAME.match(name) or name.endswith(".gz"):
            raise EventscribeError(
                f"documents[{number}].name {name[:60]!r}: expected a file name of letters, "
                "digits, '_', '-' and '.' (its stem becomes the article id)"
            )
        texts.mkdir(exist_ok=True)
        path = texts / (name if name.endswith(".txt") else f"{name}.txt")
        if path.exists():
            raise EventscribeError(f"documents[{number}].name {name!r}: given twice")
        path.write_text(str(document.get("content") or ""), encoding="utf-8")
    if texts.exists():
        inputs.append(texts)
    return inputs


def _reject(reject: Reject, folder: str) -> str:
    """A reject's message naming the posted item, not the temporary file."""
    message = reject.message().replace(f"{folder}/documents/", "documents/")
    return message.replace(f"{folder}/posted.jsonl", "articles")
