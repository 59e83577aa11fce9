"""`Store`, the one writer of a database file.

Every write goes through `Store.write`: a local ingest's analysed articles, a Dask
partition's rows (`eventscribe load`), the web service's posted articles. A batch is written
in one transaction, each table with one bulk statement (INSERT ... SELECT from an Arrow
table of the batch's rows; never a statement per row), with the same rules for every caller
(see `Store.write`). An article whose content hash is already stored is skipped inside that
transaction, so re-running an ingest adds nothing and a killed one loses at most the batch
in flight. Near duplicates are folded (`store.folding`), and the event mentions clustered
(`store.clusters`) in the same transaction. The actor registry is
merged in the same transaction: spellings counted, first and last seen widened, roles
appended (a conflicting role is a row of its own, never an overwrite). The user's
corrections of the registry (`actor_corrections`) are applied to each batch before its rows
are built, so what a user merged or split stays so.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from eventscribe.article import Article
from eventscribe.dedup import NearDuplicates
from eventscribe.errors import EventscribeError
from eventscribe.store import clusters, corrections, guesses, identity, naming, organizations, rows
from eventscribe.store.folding import Folding
from eventscribe.store.merges import (  # noqa: F401  (merge_*: re-exported)
    ACTOR_MERGE,
    FORM_MERGE,
    ROLE_MERGE,
    merge_actor,
    merge_role,
)
from eventscribe.store.schema import check_version, connect, ensure_schema, table_columns, utc_now
from eventscribe.store.stories import refresh_stories

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

BATCH_VIEW = "_eventscribe_batch"  # the name a bulk insert's Arrow table is read under
ARTICLE_TABLES = rows.ARTICLE_TABLES
Rows = list[dict[str, Any]]


class Store:
    """The single writer of the DuckDB file at `path` (created with its schema if new)."""

    def __init__(
        self, path: Path | str, *, read_only: bool = False, threads: int | None = None
    ) -> None:
        """`threads`: DuckDB's threads for this connection (None: its default, one a core)."""
        self.path = Path(path)
        self.read_only = read_only
        self.con = connect(self.path, read_only=read_only)
        try:
            if threads is not None:
                self.con.execute(f"set threads = {int(threads)}")
            if read_only:
                check_version(self.con, self.path)
            else:
                ensure_schema(self.con, self.path)
                self._mark_interrupted_runs()
        except BaseException:
            self.con.close()
            raise
        self._columns = table_columns(self.con)
        self._fold: Folding | None = None  # built at the first write that folds

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

    # -- articles: the one write path --------------------------------------------------------

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

    def met(self, digest: str) -> bool:
        """Whether an original of this content is stored or was folded in before (`fold`)."""
        return self._folding().knows(digest)

    def fold(self, article: Article) -> bool:
        """Near-duplicate folding ahead of analysis: True when `article` nearly repeats an
        original stored or met before; it is then set aside and stored as a copy by the
        `write` that finds its original stored. False: it is indexed as an original."""
        self._require_writable()
        return self._folding().fold(
            article.content_hash, article.text,
            lambda: (rows.article_row(article), rows.paragraph_rows(article)),
        )  # fmt: skip

    def write(
        self, batch: list[Article] | rows.Tables, run_id: int | None = None, *, fold: bool = True
    ) -> Written:
        """Store a batch in one transaction, with every rule of the store:

        1. content stored already, or repeated in the batch, is skipped; an id taken by
           other content becomes `<id>~<first 8 digits of its content hash>`;
        2. near duplicates are folded: an article nearly repeating an original is stored as
           a copy, none of its analysis kept (an ingest folds articles before analysing
           them, with `fold`; `fold=False` stores every article as an original);
        3. the user's registry corrections are applied;
        4. the rows are inserted and the actor registry merged;
        5. copies whose originals are now stored are stored, new signatures recorded;
        6. the new event mentions are clustered, and the clusters of copied articles recounted.

        `batch` is analysed Articles (an ingest) or table rows as `rows.article_tables` gives
        them (a Dask partition). Nothing of a batch that fails is stored.
        """
        self._require_writable()
        if not batch and (self._fold is None or not (self._fold.copies or self._fold.signatures)):
            return Written(0, 0, 0, 0)  # nothing given, nothing waiting
        ids = [a.id for a in batch] if isinstance(batch, list) else [r["id"] for r in batch["articles"]]
        try:
            with self._transaction():
                return self._write(batch, run_id, fold)
        except Exception as error:
            error.add_note(
                f"{self.path}: batch of {len(ids)} articles from {ids[0] if ids else None!r} "
                "rolled back; nothing of it is stored"
            )
            raise

    def write_batch(self, articles: list[Article], run_id: int | None) -> int:
        """`write` of analysed articles, none folded as a copy; returns how many were stored."""
        return self.write(articles, run_id, fold=False).stored

    def cluster_pending(self) -> set[str]:
        """Cluster the event mentions with no cluster yet (`write` does it as it goes);
        returns the clusters touched."""
        self._require_writable()
        with self._transaction():
            return clusters.cluster_pending(self.con)

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
        `actor_id~slug-of-form`, named `name` or `form`), now and in later batches. When
        `form` is the id of an actor the registry merged into `actor_id` by itself, the merge
        is undone (`identity.unmerge`).
        Returns its id and how many rows of each table moved."""
        self._require_writable()
        with self._transaction():
            if identity.automatic_merge(self.con, actor_id, form) is not None:
                return form, identity.unmerge(self.con, actor_id, form)  # FORM is an id
            return corrections.split_actor(self.con, actor_id, form, into_id, name)

    # -- the steps of a write -----------------------------------------------------------------

    def _write(
        self, batch: list[Article] | rows.Tables, run_id: int | None, fold: bool
    ) -> Written:
        analysed = isinstance(batch, list)
        recorded = corrections.load_corrections(self.con)
        if analysed:  # corrections rewrite the articles before their rows are built
            fixed = corrections.apply_corrections(batch, recorded)
            tables = rows.article_tables(rows.first_with_free_ids(fixed, set(), set()))
        else:
            tables = batch
        fresh, ids = self._fresh_rows(tables["articles"])
        new = len(fresh)
        if fold:
            fresh = self._fold_rows(fresh, tables, ids)
        now = utc_now()
        self._bulk("articles", [{**r, "run_id": run_id, "ingested_at": now} for r in fresh])
        for table in ARTICLE_TABLES[1:]:
            self._bulk(table, _kept(tables[table], ids, "article_id"))
        people = {row["id"] for row in tables["actors"] if row["kind"] == "person"}
        bodies = {row["id"] for row in tables["actors"] if row["kind"] == "organization"}
        self._merge_sightings(fresh, tables, ids)
        if not analysed:  # rows built by workers that knew no corrections
            corrections.replay(self.con, corrections.load_corrections(self.con))
        else:  # an automatic merge can be undone: it keeps the articles it moved
            identity.note_articles(self.con, identity.moved_by_merges(batch, recorded, ids))
        merged = identity.link_people(self.con, people) + organizations.link_organizations(
            self.con, bodies
        )
        naming.name_people(self.con, people | {m.into_id for m in merged})
        named = {row["id"] for row in tables["actors"]} | {m.into_id for m in merged}
        guesses.correct_guessed_countries(self.con, named)
        copied = self._store_copies(run_id, now)
        self._save_signatures()
        clusters.cluster_pending(self.con)
        clusters.refresh_for_articles(self.con, copied)
        refresh_stories(self.con, [row["id"] for row in fresh])
        events = len(_kept(tables["events"], ids, "article_id"))
        return Written(len(fresh), len(tables["articles"]) - new, new - len(fresh), events)

    def _fresh_rows(self, articles: Rows) -> tuple[Rows, dict[str, str]]:
        """Article rows of new content (first of each), and their given id -> stored id."""
        hashes = [r["content_hash"] for r in articles]
        seen, taken = self._stored(hashes, [r["id"] for r in articles])
        fresh, ids = [], {}
        for row in articles:
            digest = row["content_hash"]
            if digest in seen:
                continue
            seen.add(digest)
            stored_id = row["id"] if row["id"] not in taken else f"{row['id']}~{digest[:8]}"
            taken.add(stored_id)
            ids[row["id"]] = stored_id
            fresh.append({**row, "id": stored_id})
        return fresh, ids

    def _fold_rows(self, fresh: Rows, tables: rows.Tables, ids: dict[str, str]) -> Rows:
        """The originals among `fresh`; the near copies are set aside (their paragraphs with
        them) and dropped from `ids`, so none of their analysis is stored."""
        folding = self._folding()
        given = {stored: original for original, stored in ids.items()}
        originals = []
        for row in fresh:
            original_id = given[row["id"]]
            paragraphs = [{**p, "article_id": row["id"]} for p in tables["paragraphs"]
                          if p["article_id"] == original_id]  # fmt: skip
            if folding.knows(row["content_hash"]) or not folding.fold(
                row["content_hash"], row["text"], lambda r=row, p=paragraphs: (r, p)
            ):
                originals.append(row)
            else:
                del ids[original_id]
        return originals

    def _store_copies(self, run_id: int | None, now: Any) -> list[str]:
        """Store the copies whose originals are stored; returns those originals' ids."""
        if self._fold is None:
            return []
        ready = self._fold.take_ready(self.ids_by_hash)
        if not ready:
            return []
        fresh, ids = self._fresh_rows([copy.article for copy, _ in ready])
        of = {copy.article["id"]: (copy, original) for copy, original in ready}
        self._bulk("articles", [
            {**row, "run_id": run_id, "ingested_at": now, "duplicate_of": of[given][1]}
            for given, row in zip(ids, fresh, strict=True)
        ])  # fmt: skip
        self._bulk("paragraphs", [{**p, "article_id": stored} for given, stored in ids.items()
                                  for p in of[given][0].paragraphs])  # fmt: skip
        return [of[given][1] for given in ids]

    def _save_signatures(self) -> None:
        if self._fold is None:
            return
        records = [{"content_hash": digest, "recipe": self._fold.recipe, "signature": blob}
                   for digest, blob in self._fold.take_signatures().items()]  # fmt: skip
        self._merge("article_signatures", records, ("content_hash",), None)

    def _folding(self) -> Folding:
        if self._fold is None:
            self._fold = Folding.load(self.signatures(NearDuplicates.recipe))
        return self._fold

    def _stored(self, hashes: list[str], ids: list[str]) -> tuple[set[str], set[str]]:
        """Of these content hashes and article ids, those stored already (one query)."""
        found = self.con.execute(
            "select content_hash, id from articles "
            "where content_hash in (select unnest(?)) or id in (select unnest(?))",
            [hashes, ids],
        ).fetchall()
        stored = set(hashes) & {digest for digest, _ in found}
        return stored, {article_id for _, article_id in found}

    def _merge_sightings(self, fresh: Rows, tables: rows.Tables, ids: dict[str, str]) -> None:
        """The registry rows of the stored articles, merged in publication order."""
        order = sorted(range(len(fresh)), key=lambda i: _published_order(fresh[i]))
        position = {i: n for n, i in enumerate(order)}
        stored = {row["id"]: i for i, row in enumerate(fresh)}
        rank = {given: position[stored[kept]] for given, kept in ids.items()}
        actors: dict[str, dict[str, Any]] = {}
        roles: dict[str, dict[str, Any]] = {}
        forms: dict[tuple[str, str], int] = {}
        for row in _in_order(tables["actors"], rank):
            actors[row["id"]] = merge_actor(actors[row["id"]], row) if row["id"] in actors else row
        for row in _in_order(tables["actor_roles"], rank):
            roles[row["id"]] = merge_role(roles[row["id"]], row) if row["id"] in roles else row
        for row in _in_order(tables["actor_forms"], rank):
            key = (row["actor_id"], row["form"])
            forms[key] = forms.get(key, 0) + row["count"]
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


@dataclass(frozen=True)
class Written:
    """What one `Store.write` did: articles stored (copies not counted), content skipped as
    stored or repeated, near copies set aside, event rows stored."""

    stored: int
    skipped: int
    copies: int
    events: int


def _kept(records: Rows, ids: dict[str, str], column: str) -> Rows:
    """Rows of the stored articles, under the ids they are stored with."""
    return [{**r, column: ids[r[column]]} for r in records if r[column] in ids]


def _in_order(sightings: Rows, rank: dict[str, int]) -> Rows:
    """Sightings of stored articles, by their article's publication rank (stable)."""
    kept = [r for r in sightings if r[rows.ARTICLE_KEY] in rank]
    return sorted(kept, key=lambda r: rank[r[rows.ARTICLE_KEY]])


def _published_order(row: Mapping[str, Any]) -> tuple[bool, dt.date]:
    published = rows.as_date(row["published"])
    return (published is None, published or dt.date.min)


def _json(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)
