"""The read side: `Database`, what `eventscribe.open(path)` returns. Every query is
parameterised; user values never become SQL text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import duckdb

from eventscribe.errors import EventscribeError
from eventscribe.store.shape import event_json

DATE_FIELDS = ("event_date", "published")
ORDERS = {
    "event_date": "event_date, id",
    "published": "published, id",
    "goldstein": "goldstein, id",
}


def connect(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as error:
        raise EventscribeError(f"{path}: cannot open database ({error})") from None


class Database:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise EventscribeError(
                f"{self.path}: no such database (run `eventscribe ingest` first)"
            )
        self.con = connect(self.path, read_only=True)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def sql(self, query: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cursor = self.con.execute(query, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    # -- events ---------------------------------------------------------------------------

    def events(self, *, limit: int = 100, offset: int = 0, order: str = "event_date",
               **filters: Any) -> list[dict[str, Any]]:  # fmt: skip
        where, params = event_filters(**filters)
        if order not in ORDERS:
            raise EventscribeError(f"order {order!r}: choose one of {', '.join(ORDERS)}")
        rows = self.sql(
            f"select * from events {where} order by {ORDERS[order]} limit ? offset ?",
            [*params, int(limit), int(offset)],
        )
        return [event_json(row) for row in rows]

    def count_events(self, **filters: Any) -> int:
        where, params = event_filters(**filters)
        return self.con.execute(f"select count(*) from events {where}", params).fetchone()[0]

    def event(self, event_id: str) -> dict[str, Any] | None:
        rows = self.sql("select * from events where id = ?", [event_id])
        return event_json(rows[0]) if rows else None

    # -- articles, actors, rejects, runs -----------------------------------------------------

    def articles(self, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        return self.sql(
            "select id, published, title, source, url, origin, "
            "(select count(*) from events e where e.article_id = a.id) as events "
            "from articles a order by published, id limit ? offset ?",
            [int(limit), int(offset)],
        )

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self.sql("select * from articles where id = ?", [article_id])
        if not rows:
            return None
        article = rows[0]
        article["meta"] = json.loads(article["meta"] or "{}")
        article["paragraphs"] = self.sql(
            'select idx, "start", "end", kind from paragraphs where article_id = ? order by idx',
            [article_id],
        )
        article["mentions"] = self.sql(
            'select sentence, "start", "end", text, actor_id, kind from mentions '
            'where article_id = ? order by "start"',
            [article_id],
        )
        article["events"] = self.events(article_id=article_id, limit=10_000)
        return article

    def actors(self, *, query: str | None = None, limit: int = 50,
               offset: int = 0) -> list[dict[str, Any]]:  # fmt: skip
        where, params = "", []
        if query:
            like = f"%{query.lower()}%"
            where = ("where lower(a.name) like ? or lower(a.id) like ? or lower(a.code) like ? "
                     "or a.id in (select actor_id from actor_forms where lower(form) like ?)")  # fmt: skip
            params = [like, like, like, like]
        found = self.sql(
            "select a.*, (select count(*) from events e where e.source_actor_id = a.id "
            "or e.target_actor_id = a.id) as events from actors a "
            f"{where} order by events desc, a.id limit ? offset ?",
            [*params, int(limit), int(offset)],
        )
        for actor in found:
            actor["forms"] = [
                r["form"]
                for r in self.sql(
                    "select form from actor_forms where actor_id = ? order by count desc, form",
                    [actor["id"]],
                )
            ]
        return found

    def actor(self, actor_id: str) -> dict[str, Any] | None:
        found = self.sql("select * from actors where id = ?", [actor_id])
        if not found:
            return None
        actor = found[0]
        actor["forms"] = self.sql(
            "select form, count from actor_forms where actor_id = ? order by count desc", [actor_id]
        )
        actor["roles"] = self.sql(
            "select * exclude (actor_id) from actor_roles where actor_id = ? order by valid_from",
            [actor_id],
        )
        actor["events"] = self.count_events(actor=actor_id)
        return actor

    def rejects(self, *, limit: int = 100) -> list[dict[str, Any]]:
        return self.sql("select * from rejects order by at, location limit ?", [int(limit)])

    def runs(self) -> list[dict[str, Any]]:
        return self.sql("select * from runs order by id")

    def stats(self) -> dict[str, int]:
        tables = ("articles", "events", "actors", "mentions", "numbers", "rejects", "runs")
        return {t: self.con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}


def event_filters(
    *,
    actor: str | None = None,
    country: str | None = None,
    code: str | None = None,
    root: str | None = None,
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    text: str | None = None,
    date_field: str = "event_date",
    place_country: str | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    article_id: str | None = None,
    run_id: int | None = None,
) -> tuple[str, list[Any]]:
    """A WHERE clause with placeholders, and its parameters."""
    if date_field not in DATE_FIELDS:
        raise EventscribeError(f"date field {date_field!r}: choose event_date or published")
    clauses: list[str] = []
    params: list[Any] = []
    if actor:
        like = f"%{actor.lower()}%"
        clauses.append(
            "(source_actor_id = ? or target_actor_id = ? or lower(source_code) = ? "
            "or lower(target_code) = ? or lower(source_name) like ? or lower(target_name) like ?)"
        )
        params += [actor, actor, actor.lower(), actor.lower(), like, like]
    if country:
        clauses.append("(source_country = ? or target_country = ?)")
        params += [country.upper(), country.upper()]
    if code:
        clauses.append("cameo like ?")
        params.append(f"{code}%")
    if root:
        clauses.append("cameo_root = ?")
        params.append(root.zfill(2))
    for bound, op in ((start, ">="), (end, "<=")):
        if bound:
            clauses.append(f"{date_field} {op} ?")
            params.append(_date(bound))
    if text:
        clauses.append("lower(evidence_sentence) like ?")
        params.append(f"%{text.lower()}%")
    if place_country:
        clauses.append("place_country = ?")
        params.append(place_country.upper())
    if bbox:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in bbox)
        clauses.append("place_lon between ? and ? and place_lat between ? and ?")
        params += [min_lon, max_lon, min_lat, max_lat]
    if article_id:
        clauses.append("article_id = ?")
        params.append(article_id)
    if run_id is not None:
        clauses.append("run_id = ?")
        params.append(run_id)
    return ("where " + " and ".join(clauses)) if clauses else "", params


def _date(value: str | dt.date) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise EventscribeError(f"date {value!r}: expected YYYY-MM-DD") from None
