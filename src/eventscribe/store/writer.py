"""`Store`, the one writer of a database file.

A batch of articles is written in one transaction, each table with one bulk statement
(INSERT ... SELECT from an Arrow table of the batch's rows; never a statement per row). An article whose
content hash is already stored is skipped inside that transaction, so re-running an ingest
adds nothing and a killed one loses at most the batch in flight. The actor registry is
merged in the same transaction: spellings counted, first and last seen widened, roles
appended (a conflicting role is a row of its own, never an overwrite). The user's
corrections of the registry (`actor_corrections`) are applied to each batch before its rows
are built, so what a user merged or split stays so.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa

from eventscribe.article import Article
from eventscribe.errors import EventscribeError
from eventscribe.store import corrections, rows
from eventscribe.store.schema import check_version, connect, ensure_schema, table_columns, utc_now

ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "BOOLEAN": pa.bool_(),
    "BLOB": pa.binary(),
}

# How a batch's registry rows merge into stored ones (MERGE INTO: `t` stored, `b` the batch).
# Same rules as `merge_actor`: the longest name; a newer sighting brings its role, sector,
# code and country; first and last seen widened.
_NEWER = "coalesce(b.last_seen >= t.last_seen, t.last_seen is null)"
ACTOR_MERGE = (
    "name = case when (length(b.name), t.name) > (length(t.name), b.name) "
    "then b.name else t.name end, "
    + ", ".join(
        f"{c} = case when {_NEWER} then coalesce(b.{c}, t.{c}) else coalesce(t.{c}, b.{c}) end"
        for c in ("country", "sector", "code", "role")
    )
    + ", first_seen = least(t.first_seen, b.first_seen), "
    "last_seen = greatest(t.last_seen, b.last_seen)"
)
FORM_MERGE = "count = t.count + b.count"
# Same rules as `merge_role`: the evidence kept is the earliest sighting's (then the smallest
# article id), whatever the order articles arrive in.
_FIRST = "(coalesce({t}.first_seen, date '9999-12-31'), coalesce({t}.article_id, ''))"
_EARLIER = f"row{_FIRST.format(t='b')} < row{_FIRST.format(t='t')}"
ROLE_MERGE = (
    f"evidence = case when {_EARLIER} then b.evidence else t.evidence end, "
    f"article_id = case when {_EARLIER} then b.article_id else t.article_id end, "
    "valid_from = least(t.valid_from, b.valid_from), "
    "valid_to = greatest(t.valid_to, b.valid_to), "
    "first_seen = least(t.first_seen, b.first_seen), "
    "last_seen = greatest(t.last_seen, b.last_seen)"
)
BATCH_VIEW = "_eventscribe_batch"  # the name a bulk insert's Arrow table is read under
ARTICLE_TABLES = ("articles", "paragraphs", "sentences", "mentions", "events", "numbers")


class Store:
    """The single writer of the DuckDB file at `path` (created with its schema if new)."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.con = connect(self.path, read_only=read_only)
        try:
            if read_only:
                check_version(self.con, self.path)
            else:
                ensure_schema(self.con, self.path)
                self._mark_interrupted_runs()
        except BaseException:
            self.con.close()
            raise
        self._columns = table_columns(self.con)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- runs and rejects -------------------------------------------------------------------

    def begin_run(self, *, version: str, config: dict, inputs: list[str]) -> int:
        """Record an ingest run as 'running'; its id tags what it stores."""
        self._require_writable()
        return self.con.execute(
            "insert into runs (version, config, inputs, started, status) "
            "values (?, ?, ?, ?, 'running') returning id",
            [version, _json(config), _json(list(inputs)), utc_now()],
        ).fetchone()[0]

    def finish_run(self, run_id: int, counts: dict[str, int], status: str = "done") -> None:
        self._require_writable()
        self.con.execute(
            "update runs set finished = ?, counts = ?, status = ? where id = ?",
            [utc_now(), _json(counts), status, run_id],
        )

    def _mark_interrupted_runs(self) -> None:
        # DuckDB lets one process write a file: a run still 'running' now died with its writer.
        self.con.execute("update runs set status = 'interrupted' where status = 'running'")

    def add_rejects(self, rejects: list[tuple[str, str, str]], run_id: int | None) -> None:
        """Record (input, location, reason) rows; one recorded before is not recorded again."""
        self._require_writable()
        now = utc_now()
        unique = dict.fromkeys((str(i), str(loc), str(why)) for i, loc, why in rejects)
        records = [
            {"run_id": run_id, "input": i, "location": loc, "reason": why, "at": now}
            for i, loc, why in unique
        ]
        with self._transaction():
            self._merge("rejects", records, ("location", "reason"), None)

    # -- articles ----------------------------------------------------------------------------

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among `hashes` that are already stored."""
        wanted = list(set(hashes))
        if not wanted:
            return set()
        found = self.con.execute(
            "select content_hash from articles where content_hash in (select unnest(?))",
            [wanted],
        ).fetchall()
        return {row[0] for row in found}

    def ids_by_hash(self, hashes: Iterable[str]) -> dict[str, str]:
        """Content hash -> id of the stored articles among `hashes`."""
        found = self.con.execute(
            "select content_hash, id from articles where content_hash in (select unnest(?))",
            [sorted(set(hashes))],
        ).fetchall()
        return dict(found)

    def write_batch(self, articles: list[Article], run_id: int | None) -> int:
        """Store, in one transaction, the articles whose content is not stored yet.

        Returns how many were written. An article whose id is taken by other content is
        stored as `<id>~<first 8 digits of its content hash>`.
        """
        self._require_writable()
        if not articles:
            return 0
        try:
            with self._transaction():
                fresh = self._unstored(articles)
                fresh = corrections.apply_corrections(fresh, corrections.load_corrections(self.con))
                self._insert_articles(fresh, run_id)
                self._merge_registry(fresh)
        except Exception as error:
            error.add_note(
                f"{self.path}: batch of {len(articles)} articles from {articles[0].id!r} "
                "rolled back; nothing of it is stored"
            )
            raise
        return len(fresh)

    def write_copies(self, copies: list[tuple[Article, str]], run_id: int | None) -> int:
        """Store near-duplicate articles as copies: (article, its original's content hash).

        A copy gets its article and paragraph rows, with `duplicate_of` the id its original
        is stored under, and nothing else: it is not coded, so its events are not counted
        twice. Returns how many were written (content stored already is skipped).
        """
        self._require_writable()
        if not copies:
            return 0
        originals = self.ids_by_hash(digest for _, digest in copies)
        with self._transaction():
            fresh = self._unstored([article for article, _ in copies])
            now = utc_now()
            of = {article.content_hash: digest for article, digest in copies}
            self._bulk("articles", [
                {**rows.article_row(a), "run_id": run_id, "ingested_at": now,
                 "duplicate_of": originals.get(of[a.content_hash])}
                for a in fresh
            ])  # fmt: skip
            self._bulk("paragraphs", [row for a in fresh for row in rows.paragraph_rows(a)])
        return len(fresh)

    def add_signatures(self, signatures: Mapping[str, bytes], recipe: str) -> None:
        """Record articles' MinHash signatures by content hash (one recorded is kept)."""
        self._require_writable()
        records = [
            {"content_hash": digest, "recipe": recipe, "signature": blob}
            for digest, blob in signatures.items()
        ]
        with self._transaction():
            self._merge("article_signatures", records, ("content_hash",), None)

    def signatures(self, recipe: str) -> list[tuple[str, bytes]]:
        """(content hash, signature) of every stored original article (copies left out)."""
        return self.con.execute(
            "select s.content_hash, s.signature from article_signatures s "
            "join articles a on a.content_hash = s.content_hash "
            "where a.duplicate_of is null and s.recipe = ? order by a.ingested_at, a.id",
            [recipe],
        ).fetchall()

    # -- corrections of the actor registry -------------------------------------------------

    def merge_actors(self, into_id: str, actor_id: str) -> dict[str, int]:
        """Actor `actor_id` is `into_id`: its rows move there, it is deleted, and later
        batches are stored so too. Returns how many rows of each table moved."""
        self._require_writable()
        with self._transaction():
            return corrections.merge_actors(self.con, into_id, actor_id)

    def split_actor(
        self, actor_id: str, form: str, *, into_id: str | None = None, name: str | None = None
    ) -> tuple[str, dict[str, int]]:
        """The mentions of `actor_id` written `form` are another actor (`into_id`, by default
        `actor_id~slug-of-form`, named `name` or `form`), now and in later batches.
        Returns its id and how many rows of each table moved."""
        self._require_writable()
        with self._transaction():
            return corrections.split_actor(self.con, actor_id, form, into_id, name)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction for work of other modules on `con` (clustering)."""
        self._require_writable()
        with self._transaction():
            yield

    def _unstored(self, articles: list[Article]) -> list[Article]:
        """Articles of new content, first of each within the batch, with free ids."""
        hashes = [article.content_hash for article in articles]
        seen, taken = self._stored(hashes, [article.id for article in articles])
        return rows.first_with_free_ids(articles, seen, taken)

    def _stored(self, hashes: list[str], ids: list[str]) -> tuple[set[str], set[str]]:
        """Of these content hashes and article ids, those stored already (one query)."""
        found = self.con.execute(
            "select content_hash, id from articles "
            "where content_hash in (select unnest(?)) or id in (select unnest(?))",
            [hashes, ids],
        ).fetchall()
        stored = set(hashes) & {digest for digest, _ in found}
        return stored, {article_id for _, article_id in found}

    def _insert_articles(self, articles: list[Article], run_id: int | None) -> None:
        now = utc_now()
        tables: dict[str, list[dict[str, Any]]] = {table: [] for table in ARTICLE_TABLES}
        for article in articles:
            tables["articles"].append(
                {**rows.article_row(article), "run_id": run_id, "ingested_at": now}
            )
            tables["paragraphs"] += rows.paragraph_rows(article)
            tables["sentences"] += rows.sentence_rows(article)
            tables["mentions"] += rows.mention_rows(article)
            tables["events"] += rows.event_rows(article)
            tables["numbers"] += rows.number_rows(article)
        for table, records in tables.items():
            self._bulk(table, records)

    def _merge_registry(self, articles: list[Article]) -> None:
        actors: dict[str, dict[str, Any]] = {}
        roles: dict[str, dict[str, Any]] = {}
        forms: Counter[tuple[str, str]] = Counter()
        for article in sorted(articles, key=_published_order):
            seen = rows.as_date(article.published)
            for actor in rows.article_actors(article):
                row = rows.actor_row(actor, seen)
                actors[actor.id] = merge_actor(actors[actor.id], row) if actor.id in actors else row
                for role in actor.roles:
                    new = rows.role_row(actor.id, role, seen)
                    roles[new["id"]] = (
                        merge_role(roles[new["id"]], new) if new["id"] in roles else new
                    )
            forms.update(rows.form_counts(article))
        form_rows = [{"actor_id": a, "form": f, "count": n} for (a, f), n in forms.items()]
        self._merge("actors", list(actors.values()), ("id",), ACTOR_MERGE)
        self._merge("actor_forms", form_rows, ("actor_id", "form"), FORM_MERGE)
        self._merge("actor_roles", list(roles.values()), ("id",), ROLE_MERGE)

    # -- bulk statements and transactions --------------------------------------------------------

    def _bulk(self, table: str, records: list[dict[str, Any]]) -> None:
        """One INSERT ... SELECT of `records` (column -> value dicts) into `table`."""
        with self._batch(table, records) as names:
            if names:
                self.con.execute(
                    f'insert into "{table}" ({names}) select {names} from {BATCH_VIEW}'
                )

    def _merge(
        self, table: str, records: list[dict[str, Any]], keys: tuple[str, ...], update: str | None
    ) -> None:
        """One MERGE of `records` into `table` on `keys`: new rows inserted, stored ones
        updated with `update` (SET clauses over `t`, stored, and `b`, the batch) or kept."""
        with self._batch(table, records) as names:
            if not names:
                return
            on = " and ".join(f't."{key}" = b."{key}"' for key in keys)
            values = ", ".join(f"b.{name}" for name in names.split(", "))
            matched = f"when matched then update set {update} " if update else ""
            self.con.execute(
                f'merge into "{table}" t using {BATCH_VIEW} b on {on} {matched}'
                f"when not matched then insert ({names}) values ({values})"
            )

    @contextmanager
    def _batch(self, table: str, records: list[dict[str, Any]]) -> Iterator[str]:
        """`records` as an Arrow table DuckDB reads under BATCH_VIEW; yields the quoted
        column names ("" when there are no records)."""
        if not records:
            yield ""
            return
        columns = [c for c, _ in self._columns[table] if c in records[0]]
        self.con.register(
            BATCH_VIEW, pa.Table.from_pylist(records, schema=self._arrow_schema(table, columns))
        )
        try:
            yield ", ".join(f'"{c}"' for c in columns)
        finally:
            self.con.unregister(BATCH_VIEW)

    def _arrow_schema(self, table: str, columns: list[str]) -> pa.Schema:
        kinds = dict(self._columns[table])
        return pa.schema([(c, ARROW_TYPES[kinds[c]]) for c in columns])

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.con.execute("begin transaction")
        try:
            yield
        except BaseException:
            self.con.execute("rollback")
            raise
        self.con.execute("commit")

    def _require_writable(self) -> None:
        if self.read_only:
            raise EventscribeError(f"{self.path}: opened read-only; open a Store to write")


def merge_actor(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """Two sightings of one actor, as ACTOR_MERGE merges them in the database."""
    merged = dict(old)
    if (len(new["name"]), old["name"]) > (len(old["name"]), new["name"]):
        merged["name"] = new["name"]  # the longest name; of two as long, the first in order
    newer = _is_newer(new["last_seen"], old["last_seen"])
    for key in ("country", "sector", "code", "role"):
        first, second = (new, old) if newer else (old, new)
        merged[key] = first[key] if first[key] is not None else second[key]
    merged["first_seen"] = _least(old["first_seen"], new["first_seen"])
    merged["last_seen"] = _greatest(old["last_seen"], new["last_seen"])
    return merged


def merge_role(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """Two sightings of one role, as ROLE_MERGE merges them in the database."""
    merged = dict(old)
    if _first_sighting(new) < _first_sighting(old):
        merged["evidence"], merged["article_id"] = new["evidence"], new["article_id"]
    for key in ("valid_from", "first_seen"):
        merged[key] = _least(old[key], new[key])
    for key in ("valid_to", "last_seen"):
        merged[key] = _greatest(old[key], new[key])
    return merged


def _first_sighting(role: Mapping[str, Any]) -> tuple[dt.date, str]:
    return (role["first_seen"] or dt.date(9999, 12, 31), role["article_id"] or "")


def _is_newer(new: dt.date | None, old: dt.date | None) -> bool:
    if new is None or old is None:
        return old is None
    return new >= old


def _least(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return min((d for d in (a, b) if d is not None), default=None)


def _greatest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return max((d for d in (a, b) if d is not None), default=None)


def _published_order(article: Article) -> tuple[bool, dt.date]:
    published = rows.as_date(article.published)
    return (published is None, published or dt.date.min)


def _json(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)
