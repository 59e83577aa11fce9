"""The store: one DuckDB file. `Store` is the single writer; `Database` reads.

A batch of articles is written in one transaction with bulk inserts (Arrow tables), and
an article whose content hash is already stored is skipped inside that transaction, so
re-running an ingest adds nothing and a killed one loses at most its batch in flight.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa

from eventscribe.article import Article
from eventscribe.errors import EventscribeError
from eventscribe.store import rows
from eventscribe.store.query import Database, connect

__all__ = ["Database", "Store"]

SCHEMA_VERSION = 1


class Store:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.con = connect(self.path, read_only=False)
        self._create_schema()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _create_schema(self) -> None:
        found = self.con.execute(
            "select count(*) from information_schema.tables where table_name = 'schema_version'"
        ).fetchone()[0]
        if found:
            version = self.con.execute("select max(version) from schema_version").fetchone()[0]
            if version and version > SCHEMA_VERSION:
                raise EventscribeError(
                    f"{self.path}: database schema {version} is newer than this eventscribe "
                    f"({SCHEMA_VERSION}); upgrade eventscribe"
                )
            if version == SCHEMA_VERSION:
                return
        schema = resources.files("eventscribe.store").joinpath("schema.sql").read_text()
        self.con.execute("begin transaction")
        self.con.execute(schema)
        self.con.execute("insert into schema_version values (?)", [SCHEMA_VERSION])
        self.con.execute("commit")

    # -- runs and rejects ----------------------------------------------------------------

    def begin_run(self, *, version: str, config: dict, inputs: list[str]) -> int:
        run_id = self.con.execute("select coalesce(max(id), 0) + 1 from runs").fetchone()[0]
        self.con.execute(
            "insert into runs values (?, ?, ?, ?, ?, NULL, NULL, 'running')",
            [run_id, version, json.dumps(config, default=str), json.dumps(inputs), _now()],
        )
        return run_id

    def finish_run(self, run_id: int, counts: dict[str, int], status: str = "done") -> None:
        self.con.execute(
            "update runs set finished = ?, counts = ?, status = ? where id = ?",
            [_now(), json.dumps(counts), status, run_id],
        )

    def add_rejects(self, rejects: list[tuple[str, str, str]], run_id: int | None) -> None:
        """(input, location, reason) rows; one already recorded is not recorded again."""
        now = _now()
        self.con.executemany(
            "insert into rejects values (?, ?, ?, ?, ?) on conflict do nothing",
            [(run_id, input_, location, reason, now) for input_, location, reason in rejects],
        )

    # -- articles -------------------------------------------------------------------------

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        wanted = list(set(hashes))
        if not wanted:
            return set()
        found = self.con.execute(
            "select content_hash from articles where content_hash in (select unnest(?))",
            [wanted],
        ).fetchall()
        return {row[0] for row in found}

    def write_batch(self, articles: list[Article], run_id: int | None) -> int:
        """Store the articles that are not stored yet, all in one transaction."""
        if not articles:
            return 0
        self.con.execute("begin transaction")
        try:
            fresh = self._fresh(articles)
            self._insert_all(fresh, run_id)
            self._upsert_actors(fresh)
            self.con.execute("commit")
        except BaseException:
            self.con.execute("rollback")
            raise
        return len(fresh)

    def _fresh(self, articles: list[Article]) -> list[Article]:
        known = self.known_hashes(a.content_hash for a in articles)
        fresh, seen = [], set(known)
        for article in articles:
            if article.content_hash not in seen:
                seen.add(article.content_hash)
                fresh.append(article)
        return fresh

    def _insert_all(self, articles: list[Article], run_id: int | None) -> None:
        now = _now()
        events = []
        for article in articles:
            for event in article.events:
                row = rows.event_row(article, event)
                row["run_id"] = run_id
                events.append(row)
        tables = {
            "articles": [rows.article_row(a, run_id, now) for a in articles],
            "paragraphs": [r for a in articles for r in rows.paragraph_rows(a)],
            "sentences": [r for a in articles for r in rows.sentence_rows(a)],
            "mentions": [r for a in articles for r in rows.mention_rows(a)],
            "events": _unique_ids(events),
            "numbers": [rows.number_row(a, n) for a in articles for n in a.numbers],
        }
        for table, records in tables.items():
            self._bulk_insert(table, records)

    def _bulk_insert(self, table: str, records: list[dict[str, Any]]) -> None:
        if not records:
            return
        columns = [c[0] for c in self.con.execute(f"describe {table}").fetchall()]
        data = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in records])
        self.con.register("_batch", data)
        try:
            quoted = ", ".join(f'"{c}"' for c in columns)
            self.con.execute(f"insert into {table} ({quoted}) select {quoted} from _batch")
        finally:
            self.con.unregister("_batch")

    def _upsert_actors(self, articles: list[Article]) -> None:
        """The registry: one row per actor; forms counted; roles kept, conflicts included.

        Each table gets one bulk statement per batch: per-row statements made the writer
        the bottleneck of a two-worker ingest.
        """
        actors: dict[str, dict[str, Any]] = {}
        forms: dict[tuple[str, str], int] = {}
        roles: dict[tuple, dict[str, Any]] = {}
        for article in articles:
            for actor in article.actors.values():
                _merge_actor(actors, actor, article.published)
                for role in actor.roles:
                    roles.setdefault(_role_key(actor.id, role), _role_row(actor.id, role))
            for mention in article.mentions:
                if mention.actor_id:
                    key = (mention.actor_id, mention.text)
                    forms[key] = forms.get(key, 0) + 1
        self._bulk_upsert("actors", list(actors.values()), ACTOR_UPSERT)
        form_rows = [{"actor_id": a, "form": f, "count": n} for (a, f), n in forms.items()]
        self._bulk_upsert("actor_forms", form_rows, FORM_UPSERT)
        self._bulk_new_roles(list(roles.values()))

    def _bulk_upsert(self, table: str, records: list[dict[str, Any]], on_conflict: str) -> None:
        if not records:
            return
        columns = [c[0] for c in self.con.execute(f"describe {table}").fetchall()]
        self.con.register(
            "_batch", pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in records])
        )
        try:
            self.con.execute(f"insert into {table} select * from _batch {on_conflict}")
        finally:
            self.con.unregister("_batch")

    def _bulk_new_roles(self, records: list[dict[str, Any]]) -> None:
        """Roles not stored yet (same actor, title, country, sector, source and article)."""
        if not records:
            return
        self.con.register("_batch", pa.Table.from_pylist(records))
        try:
            self.con.execute(
                "insert into actor_roles select * from _batch b where not exists ("
                "select 1 from actor_roles r where r.actor_id = b.actor_id "
                "and r.title is not distinct from b.title and r.country is not distinct from b.country "
                "and r.sector is not distinct from b.sector and r.source = b.source "
                "and r.article_id is not distinct from b.article_id)"
            )
        finally:
            self.con.unregister("_batch")


ACTOR_UPSERT = (
    "on conflict (id) do update set "
    "country = coalesce(actors.country, excluded.country), "
    "sector = coalesce(actors.sector, excluded.sector), "
    "code = coalesce(actors.code, excluded.code), "
    "role = coalesce(actors.role, excluded.role), "
    "name = case when length(excluded.name) > length(actors.name) "
    "then excluded.name else actors.name end, "
    "first_seen = least(actors.first_seen, excluded.first_seen), "
    "last_seen = greatest(actors.last_seen, excluded.last_seen)"
)
FORM_UPSERT = (
    "on conflict (actor_id, form) do update set count = actor_forms.count + excluded.count"
)


def _merge_actor(merged: dict[str, dict[str, Any]], actor: Any, seen: dt.date | None) -> None:
    row = merged.get(actor.id)
    if row is None:
        merged[actor.id] = {"id": actor.id, "name": actor.name, "kind": actor.kind,
                            "country": actor.country, "sector": actor.sector, "code": actor.code,
                            "role": actor.role, "first_seen": seen, "last_seen": seen}  # fmt: skip
        return
    for key in ("country", "sector", "code", "role"):
        row[key] = row[key] or getattr(actor, key)
    if len(actor.name) > len(row["name"]):
        row["name"] = actor.name
    if seen:
        row["first_seen"] = min(d for d in (row["first_seen"], seen) if d)
        row["last_seen"] = max(d for d in (row["last_seen"], seen) if d)


def _role_key(actor_id: str, role: Any) -> tuple:
    return (actor_id, role.title, role.country, role.sector, role.source, role.article_id)


def _role_row(actor_id: str, role: Any) -> dict[str, Any]:
    return {"actor_id": actor_id, "title": role.title, "country": role.country,
            "sector": role.sector, "code": role.code, "valid_from": role.valid_from,
            "valid_to": role.valid_to, "source": role.source, "evidence": role.evidence,
            "article_id": role.article_id}  # fmt: skip


def _unique_ids(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for row in events:
        seen.setdefault(row["id"], row)
    return list(seen.values())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
