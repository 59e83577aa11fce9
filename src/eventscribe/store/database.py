"""`Database`, the read side: what `eventscribe.open(path)` returns.

A read-only connection; any number of readers may share a file while no writer holds it
(DuckDB lets one process write a file, and a writer excludes readers from other processes).
Every method returns plain dicts in the shapes of `eventscribe.store.shape`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventscribe.store import shape
from eventscribe.store.query import clusters_sql, date_bound, events_sql, non_negative, whole
from eventscribe.store.schema import check_version, connect
from eventscribe.store.stories import STORIES, STORY_PARTICIPANTS

FETCH = 2_000  # rows per fetch when streaming

ACTOR_EVENT_COUNTS = """
    select actor_id, count(*) filter (where side = 'source') as source,
           count(*) filter (where side = 'target') as target
    from (select source_actor_id as actor_id, 'source' as side from events
          where source_actor_id is not null
          union all
          select target_actor_id, 'target' from events where target_actor_id is not null)
    group by actor_id
"""
ACTOR_FORMS = """
    select actor_id, list(form order by count desc, form) as forms,
           list(count order by count desc, form) as counts
    from actor_forms group by actor_id
"""
ACTOR_MATCH = (
    "lower(a.id) = lower(?) or lower(a.code) = lower(?) or contains(lower(a.name), lower(?)) "
    "or a.id in (select actor_id from actor_forms where contains(lower(form), lower(?)))"
)


class Database:
    """Queries over one eventscribe database file, opened read-only."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.con = connect(self.path, read_only=True)
        try:
            check_version(self.con, self.path)
        except BaseException:
            self.con.close()
            raise

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def sql(self, query: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a parameterised query as dicts (`?` placeholders, values in `params`)."""
        cursor = self.con.execute(query, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def stream(self, query: str, params: list[Any] | None = None) -> Iterator[dict[str, Any]]:
        """Like `sql`, fetched a few thousand rows at a time, for exports of any size."""
        cursor = self.con.cursor()  # its own result, so other queries may run meanwhile
        try:
            cursor.execute(query, params or [])
            names = [d[0] for d in cursor.description]
            while chunk := cursor.fetchmany(FETCH):
                for row in chunk:
                    yield dict(zip(names, row, strict=True))
        finally:
            cursor.close()

    # -- events ------------------------------------------------------------------------------

    def events(
        self, *, limit: int = 100, offset: int = 0, order: str = "event_date", **filters: Any
    ) -> list[dict[str, Any]]:
        """Events matching the filters (see `eventscribe.store.query.event_where`)."""
        query, params = events_sql(filters, order=order, limit=limit, offset=offset)
        return [shape.event_json(row) for row in self.sql(query, params)]

    def iter_events(self, *, order: str = "event_date", **filters: Any) -> Iterator[dict[str, Any]]:
        """Every matching event, streamed (bad filters fail here, not at the first event)."""
        query, params = events_sql(filters, order=order)
        return map(shape.event_json, self.stream(query, params))

    def event_rows(self, *, order: str = "event_date", **filters: Any) -> Iterator[dict[str, Any]]:
        """Every matching events-table row (flat columns), streamed."""
        query, params = events_sql(filters, order=order)
        return self.stream(query, params)

    def count_events(self, **filters: Any) -> int:
        query, params = events_sql(filters, order=None, columns="count(*) as n")
        return self.sql(query, params)[0]["n"]

    def event(self, event_id: str) -> dict[str, Any] | None:
        found = self.sql("select * from events where id = ?", [event_id])
        return shape.event_json(found[0]) if found else None

    # -- clusters: one real event, many mentions ---------------------------------------------

    def clusters(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        min_mentions: int = 1,
        order: str = "-n_mentions",
        **filters: Any,
    ) -> list[dict[str, Any]]:
        """Clusters with a mention matching the event filters (see `event_where`)."""
        query, params = clusters_sql(filters, min_mentions=min_mentions, order=order)
        query += " limit ? offset ?"
        params += [non_negative("limit", limit), non_negative("offset", offset)]
        return [shape.cluster_json(row) for row in self.sql(query, params)]

    def cluster(self, cluster_id: str) -> dict[str, Any] | None:
        """One cluster with its mentions (events rows, in reporting order)."""
        found = self.sql("select * from clusters where id = ?", [cluster_id])
        if not found:
            return None
        mentions = self.sql(
            "select * from events where cluster_id = ? "
            "order by published nulls last, article_id, evidence_start, id",
            [cluster_id],
        )
        return {**shape.cluster_json(found[0]), "mentions": list(map(shape.event_json, mentions))}

    # -- stories: the reports of one news story, and what their leads name ------------------

    def stories(self, *, limit: int = 50, offset: int = 0, min_articles: int = 2) -> list[dict[str, Any]]:
        """Stories of at least `min_articles` reports, most reported first, each with the
        unnamed participants its reports' leads share, one per noun (`eventscribe.stories`)."""
        found = self.sql(STORIES, [non_negative("min_articles", min_articles),
                                   non_negative("limit", limit), non_negative("offset", offset)])  # fmt: skip
        shared: dict[str, list[dict[str, Any]]] = {row["story_id"]: [] for row in found}
        for row in self.sql(STORY_PARTICIPANTS, [list(shared)]):
            shared[row.pop("story_id")].append(row)
        return [{**row, "participants": shared[row["story_id"]]} for row in found]

    # -- articles ----------------------------------------------------------------------------

    def articles(
        self, *, limit: int = 100, offset: int = 0, start: Any = None, end: Any = None
    ) -> list[dict[str, Any]]:
        """Article summaries, newest first, optionally within publication dates."""
        clauses, params = [], []
        if start:
            clauses.append("a.published >= ?")
            params.append(date_bound(start, "start"))
        if end:
            clauses.append("a.published <= ?")
            params.append(date_bound(end, "end"))
        where = ("where " + " and ".join(clauses)) if clauses else ""
        found = self.sql(
            "select a.*, coalesce(n.events, 0) as events from articles a left join "
            "(select article_id, count(*) as events from events group by article_id) n "
            f"on n.article_id = a.id {where} "
            "order by a.published desc nulls last, a.id limit ? offset ?",
            [*params, non_negative("limit", limit), non_negative("offset", offset)],
        )
        return [shape.article_summary_json(row, row["events"]) for row in found]

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article: text, structure, mentions, events with their spans, numbers."""
        found = self.sql("select * from articles where id = ?", [article_id])
        if not found:
            return None
        by_article = [article_id]
        return shape.article_json(
            found[0],
            paragraphs=self.sql(
                "select * from paragraphs where article_id = ? order by idx", by_article
            ),
            sentences=self.sql(
                "select * from sentences where article_id = ? order by idx", by_article
            ),
            mentions=self.sql(
                'select * from mentions where article_id = ? order by "start", "end"', by_article
            ),
            events=self.sql(
                "select * from events where article_id = ? "
                "order by evidence_start, trigger_start, id",
                by_article,
            ),
            numbers=self.sql(
                'select * from numbers where article_id = ? order by "start"', by_article
            ),
        )

    # -- actors ------------------------------------------------------------------------------

    def actors(
        self, query: str | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Registry actors matching `query` (id, code, name or spelling), most events first."""
        where, params = "", []
        if query:
            where, params = f"where {ACTOR_MATCH}", [query] * 4
        found = self.sql(
            f"with counts as ({ACTOR_EVENT_COUNTS}), forms as ({ACTOR_FORMS}) "
            "select a.*, coalesce(c.source, 0) as as_source, coalesce(c.target, 0) as as_target, "
            "f.forms, f.counts from actors a left join counts c on c.actor_id = a.id "
            f"left join forms f on f.actor_id = a.id {where} "
            "order by as_source + as_target desc, a.id limit ? offset ?",
            [*params, non_negative("limit", limit), non_negative("offset", offset)],
        )
        return [
            shape.actor_json(
                row,
                forms=zip(row["forms"] or [], row["counts"] or [], strict=True),
                events={"source": row["as_source"], "target": row["as_target"]},
            )
            for row in found
        ]

    def actor(self, actor_id: str) -> dict[str, Any] | None:
        """One actor: spellings with counts, roles over time with evidence, event counts."""
        found = self.sql("select * from actors where id = ?", [actor_id])
        if not found:
            return None
        forms = self.sql(
            "select form, count from actor_forms where actor_id = ? order by count desc, form",
            [actor_id],
        )
        roles = self.sql(
            "select * from actor_roles where actor_id = ? "
            "order by coalesce(valid_from, first_seen) nulls last, title, id",
            [actor_id],
        )
        counts = self.sql(
            "select count(*) filter (where source_actor_id = ?) as source, "
            "count(*) filter (where target_actor_id = ?) as target from events",
            [actor_id, actor_id],
        )[0]
        actor = shape.actor_json(
            found[0], forms=[(f["form"], f["count"]) for f in forms], roles=roles, events=counts
        )
        actor["merged"] = self._merged_into(actor_id)
        return actor

    def actor_audit(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Suspect actors of the registry with the problem found (`store.audit`)."""
        from eventscribe.store.audit import audit

        return audit(self.con, limit)

    def _merged_into(self, actor_id: str) -> list[dict[str, Any]]:
        """The actors merged into this one, by the registry (with its reason) or a user."""
        found = self.sql(
            "select actor_id, reason, created from actor_corrections "
            "where kind = 'merge' and into_id = ? order by id",
            [actor_id],
        )
        return [{"id": r["actor_id"], "reason": r["reason"] or "merged by a user",
                 "created": shape.iso(r["created"])} for r in found]  # fmt: skip

    # -- rejects, runs, stats ----------------------------------------------------------------

    def rejects(
        self, *, limit: int = 100, offset: int = 0, run_id: int | None = None
    ) -> list[dict[str, Any]]:
        where, params = "", []
        if run_id is not None:
            where, params = "where run_id = ?", [whole("run_id", run_id)]
        found = self.sql(
            f"select * from rejects {where} order by id limit ? offset ?",
            [*params, non_negative("limit", limit), non_negative("offset", offset)],
        )
        return [{**row, "at": shape.iso(row["at"])} for row in found]

    def runs(self) -> list[dict[str, Any]]:
        found = self.sql("select * from runs order by id")
        for run in found:
            for key in ("config", "inputs", "counts"):
                run[key] = json.loads(run[key]) if run[key] else None
            for key in ("started", "finished"):
                run[key] = shape.iso(run[key])
        return found

    def stats(self) -> dict[str, int]:
        """Rows per table."""
        tables = [
            row[0]
            for row in self.con.execute(
                "select table_name from information_schema.tables "
                "where table_schema = 'main' and table_name != 'schema_version' order by 1"
            ).fetchall()
        ]
        return {t: self.con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}

    # -- sharing a writer's connection --------------------------------------------------------

    @classmethod
    def over(cls, con: Any, path: Path | str) -> Database:
        """Queries over `con`, a cursor of a connection this process already holds.

        The web server owns the file's one read-write connection (a read-only one cannot be
        opened beside it in the same process); each request reads through a cursor of it.
        Closing this Database closes only the cursor.
        """
        database = cls.__new__(cls)
        database.path = Path(path)
        database.con = con
        return database
