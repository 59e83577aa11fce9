"""A user's corrections to the actor registry: merges and splits that stick.

The resolver will sometimes keep one person apart as two (`person:haniyeh` beside
`person:ismail-haniyeh`) or fold two into one (a title that named another minister). A
correction fixes the stored data at once and is recorded in `actor_corrections`; every batch
written later is rewritten by the recorded corrections, in order, before its rows are built,
so neither a re-ingest nor a new article brings the mistake back.

A correction moves the rows of `actor_id` to `into_id`: all of them (a merge, after which
`actor_id` is gone) or only those written `form` (a split). The functions on a connection run
inside the caller's transaction (`Store.merge_actors` and `Store.split_actor` open one).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

import duckdb

from eventscribe.actors.names import slug
from eventscribe.article import Actor, ActorMention, ActorRef, Article, Event, Role
from eventscribe.errors import EventscribeError
from eventscribe.store import rows
from eventscribe.store.clusters import refresh
from eventscribe.store.merges import merge_role
from eventscribe.store.schema import utc_now

Row = dict[str, Any]
KINDS = ("merge", "split", "apart")  # "apart": an automatic merge undone, never made again
SIDES = ("source", "target")
ATTRIBUTES = ("kind", "country", "sector", "code")

LOAD = """
    select c.id, c.kind, c.actor_id, c.into_id, c.form, coalesce(a.name, c.name) as name,
           c.reason,
           a.kind as into_kind, a.country as into_country, a.sector as into_sector,
           a.code as into_code
    from actor_corrections c left join actors a on a.id = c.into_id
    order by c.id
"""
# `form` is null for a merge: every row of the actor matches, whatever its text.
_WRITTEN = "(?::varchar is null or {column} = ?)"


@dataclasses.dataclass(frozen=True, slots=True)
class Correction:
    """One recorded correction, with what is stored now of the actor it moves rows into."""

    kind: str  # one of KINDS
    actor_id: str  # whose rows move
    into_id: str  # where they go
    form: str | None = None  # a split moves only the rows written so
    name: str | None = None  # the name of `into_id`
    into: dict[str, str | None] = dataclasses.field(default_factory=dict)  # its ATTRIBUTES
    reason: str | None = None  # why the registry made it by itself; None: a user's
    id: int | None = None  # its row in actor_corrections, once recorded

    def moves(self, actor_id: str | None, text: str | None) -> bool:
        """Whether a row naming `actor_id` with the words `text` is one this correction moves."""
        if self.kind == "apart":
            return False
        return actor_id == self.actor_id and (self.form is None or text == self.form)


# -- recorded corrections -------------------------------------------------------------------


def load_corrections(con: duckdb.DuckDBPyConnection) -> list[Correction]:
    """The recorded corrections in the order they were made, with their targets' current
    names and attributes (a registry name may have grown since)."""
    cursor = con.execute(LOAD)
    names = [d[0] for d in cursor.description]
    return [_correction(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]


def _correction(row: Row) -> Correction:
    into = {key: row[f"into_{key}"] for key in ATTRIBUTES}
    return Correction(row["kind"], row["actor_id"], row["into_id"], row["form"], row["name"],
                      into, row["reason"], row["id"])  # fmt: skip


def record(
    con: duckdb.DuckDBPyConnection,
    correction: Correction,
    articles: list[str] | None = None,
    was: str | None = None,
) -> None:
    """Record a correction; an automatic merge with the articles it moved and the merged
    actor's row (JSON), so that it can be undone."""
    con.execute(
        "insert into actor_corrections "
        "(kind, actor_id, into_id, form, name, created, reason, articles, was) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [correction.kind, correction.actor_id, correction.into_id, correction.form,
         correction.name, utc_now(), correction.reason, articles, was],
    ).fetchall()  # fmt: skip  (read to the end: a batch write goes on on this connection)


# -- articles of a later batch --------------------------------------------------------------


def apply_corrections(articles: list[Article], corrections: list[Correction]) -> list[Article]:
    """The articles as they would be had the corrections been made by the resolver.

    Pure: the articles given are left as they are. Corrections apply in order, so a merge into
    an actor merged away later ends at the last one.
    """
    if not corrections:
        return articles
    return [correct_article(article, corrections) for article in articles]


def correct_article(article: Article, corrections: Iterable[Correction]) -> Article:
    mentions, events, actors = list(article.mentions), list(article.events), dict(article.actors)
    for correction in corrections:
        if correction.actor_id == correction.into_id or correction.kind == "apart":
            continue
        mentions = [_moved_mention(m, correction) for m in mentions]
        events = [_moved_event(e, correction) for e in events]
        actors = _moved_actors(actors, correction, mentions)
    return dataclasses.replace(article, mentions=mentions, events=events, actors=actors)


def _moved_mention(mention: ActorMention, correction: Correction) -> ActorMention:
    if not correction.moves(mention.actor_id, mention.text):
        return mention
    return dataclasses.replace(mention, actor_id=correction.into_id)


def _moved_event(event: Event, correction: Correction) -> Event:
    source, target = _moved_ref(event.source, correction), _moved_ref(event.target, correction)
    if source is event.source and target is event.target:
        return event
    return dataclasses.replace(event, source=source, target=target)


def _moved_ref(ref: ActorRef | None, correction: Correction) -> ActorRef | None:
    if ref is None or not correction.moves(ref.id, ref.text):
        return ref
    return dataclasses.replace(ref, id=correction.into_id, name=correction.name or ref.name)


def _moved_actors(
    actors: dict[str, Actor], correction: Correction, mentions: list[ActorMention]
) -> dict[str, Actor]:
    """The article's actors after `correction`: the moved one under its new id, joined with
    the actor of that id when the article has it too."""
    old = actors.get(correction.actor_id)
    if old is None:
        return actors
    actors = dict(actors)
    if correction.form is None:
        del actors[old.id]
        moved = dataclasses.replace(old, id=correction.into_id, forms=list(old.forms),
                                    roles=list(old.roles), **_into(correction, old))  # fmt: skip
    else:
        written = any(m.actor_id == correction.into_id and m.text == correction.form
                      for m in mentions)  # fmt: skip
        if correction.form not in old.forms and not written:
            return actors
        actors[old.id] = dataclasses.replace(
            old, forms=[f for f in old.forms if f != correction.form]
        )
        named = {**_into(correction, old), "name": correction.name or correction.form}
        moved = Actor(id=correction.into_id, forms=[correction.form], **named)
    present = actors.get(correction.into_id)
    actors[correction.into_id] = _joined(present, moved) if present else moved
    return actors


def _into(correction: Correction, old: Actor) -> dict[str, Any]:
    """The target's stored name and attributes, the moved actor's where it has none."""
    values = {key: correction.into.get(key) or getattr(old, key) for key in ATTRIBUTES}
    return {**values, "name": correction.name or old.name}


def _joined(kept: Actor, moved: Actor) -> Actor:
    """Two actors of one article that a correction made one: `kept` wins, gaps filled."""
    filled = {key: getattr(kept, key) or getattr(moved, key)
              for key in ("country", "sector", "code", "role")}  # fmt: skip
    forms = list(dict.fromkeys([*kept.forms, *moved.forms]))
    return dataclasses.replace(kept, forms=forms, roles=[*kept.roles, *moved.roles], **filled)


# -- the stored data ------------------------------------------------------------------------


def merge_actors(con: duckdb.DuckDBPyConnection, into_id: str, actor_id: str) -> dict[str, int]:
    """Actor `actor_id` is `into_id`: move all its rows there, delete it, record the merge.

    Returns how many rows of each table moved.
    """
    if into_id == actor_id:
        raise EventscribeError(f"{actor_id}: cannot merge an actor into itself")
    into = _actor(con, into_id)
    _actor(con, actor_id)  # refuses an unknown id
    correction = Correction("merge", actor_id, into_id, name=into["name"])
    moved = move_rows(con, correction)
    record(con, correction)
    return moved


def split_actor(
    con: duckdb.DuckDBPyConnection,
    actor_id: str,
    form: str,
    into_id: str | None = None,
    name: str | None = None,
) -> tuple[str, dict[str, int]]:
    """The mentions of `actor_id` written `form` are another actor: move them (and the events
    whose words are `form`) to `into_id`, created as a copy of `actor_id` when new.

    Returns the new actor's id and how many rows of each table moved.
    """
    _actor(con, actor_id)  # refuses an unknown id
    if not _has_form(con, actor_id, form):
        raise EventscribeError(
            f"{actor_id}: {form!r} is not one of its spellings "
            f"(they are listed by `eventscribe actors show {actor_id}`)"
        )
    into_id = into_id or default_split_id(actor_id, form)
    if into_id == actor_id:
        raise EventscribeError(f"{actor_id}: --into must name another actor")
    present = con.execute("select name from actors where id = ?", [into_id]).fetchone()
    chosen = present[0] if present else (name or form)
    correction = Correction("split", actor_id, into_id, form, chosen)
    moved = move_rows(con, correction)
    record(con, correction)
    return into_id, moved


def default_split_id(actor_id: str, form: str) -> str:
    """`person:x` split at "Foreign Minister" -> `person:x~foreign-minister`."""
    return f"{actor_id}~{slug(form) or 'split'}"


def replay(con: duckdb.DuckDBPyConnection, corrections: Iterable[Correction]) -> None:
    """Apply recorded corrections again to everything stored, in order: for rows stored
    without going through `apply_corrections` (`eventscribe load`). Rows corrected before
    end as they were, so replaying is safe."""
    for correction in corrections:
        if correction.actor_id != correction.into_id and correction.kind != "apart":
            move_rows(con, correction)


def move_rows(con: duckdb.DuckDBPyConnection, correction: Correction) -> dict[str, int]:
    """Move the stored rows `correction` names; nothing is checked (see `replay`)."""
    touched = _clusters_touched(con, correction)
    _ensure_target(con, correction)
    moved = {
        "forms": _move_forms(con, correction),
        "roles": _move_roles(con, correction) if correction.form is None else 0,
        "mentions": _move_mentions(con, correction),
        "events": _move_events(con, correction),
    }
    refresh(con, touched)
    if correction.form is None:
        con.execute("delete from actors where id = ?", [correction.actor_id])
    return moved


def _actor(con: duckdb.DuckDBPyConnection, actor_id: str) -> Row:
    found = _rows(con, "select * from actors where id = ?", [actor_id])
    if not found:
        raise no_such_actor(actor_id)
    return found[0]


def no_such_actor(actor_id: str) -> EventscribeError:
    return EventscribeError(f"{actor_id}: no such actor (find ids with `eventscribe actors QUERY`)")


def _has_form(con: duckdb.DuckDBPyConnection, actor_id: str, form: str) -> bool:
    found = con.execute(
        "select count(*) from actor_forms where actor_id = ? and form = ?", [actor_id, form]
    ).fetchone()[0]
    return bool(found)


def _ensure_target(con: duckdb.DuckDBPyConnection, correction: Correction) -> None:
    """The target's registry row: a copy of the moved actor when new; when it exists and
    takes a whole actor, its gaps filled and its sightings widened."""
    into, source = correction.into_id, correction.actor_id
    if con.execute("select count(*) from actors where id = ?", [into]).fetchone()[0]:
        if correction.form is None:
            con.execute(
                "update actors set country = coalesce(actors.country, s.country), "
                "sector = coalesce(actors.sector, s.sector), code = coalesce(actors.code, s.code), "
                "role = coalesce(actors.role, s.role), "
                "first_seen = least(actors.first_seen, s.first_seen), "
                "last_seen = greatest(actors.last_seen, s.last_seen) "
                "from actors s where actors.id = ? and s.id = ?",
                [into, source],
            )
        return
    # A split's new actor is not given the old one's role: that is what was wrong with it.
    role = "role" if correction.form is None else "null"
    con.execute(
        "insert into actors (id, name, kind, country, sector, code, role, first_seen, last_seen) "
        f"select ?, coalesce(?, name), kind, country, sector, code, {role}, first_seen, last_seen "
        "from actors where id = ?",
        [into, correction.name, source],
    )


def _move_forms(con: duckdb.DuckDBPyConnection, correction: Correction) -> int:
    """Spellings move; one the target has already adds its count to the target's."""
    where = f"actor_id = ? and {_WRITTEN.format(column='form')}"
    params = [correction.actor_id, correction.form, correction.form]
    found = con.execute(f"select form, count from actor_forms where {where}", params).fetchall()
    if not found:
        return 0
    con.execute(f"delete from actor_forms where {where}", params)
    con.executemany(
        "insert into actor_forms values (?, ?, ?) on conflict (actor_id, form) "
        'do update set "count" = actor_forms."count" + excluded."count"',
        [[correction.into_id, form, count] for form, count in found],
    )
    return len(found)


def _move_roles(con: duckdb.DuckDBPyConnection, correction: Correction) -> int:
    """Roles move with new ids (a role's id is a hash of its actor); one the target holds
    already is widened, as a second sighting of it would be."""
    moving = _rows(con, "select * from actor_roles where actor_id = ?", [correction.actor_id])
    if not moving:
        return 0
    held = _rows(con, "select * from actor_roles where actor_id = ?", [correction.into_id])
    merged = {role["id"]: role for role in held}
    for row in moving:
        new = {**row, "actor_id": correction.into_id,
               "id": rows.role_key(correction.into_id, _role(row))}  # fmt: skip
        merged[new["id"]] = merge_role(merged[new["id"]], new) if new["id"] in merged else new
    con.execute(
        "delete from actor_roles where actor_id = ? or actor_id = ?",
        [correction.actor_id, correction.into_id],
    )
    names = list(moving[0])
    columns = ", ".join(f'"{name}"' for name in names)
    con.executemany(
        f"insert into actor_roles ({columns}) values ({', '.join('?' * len(names))})",
        [[role[name] for name in names] for role in merged.values()],
    )
    return len(moving)


def _role(row: Row) -> Role:
    return Role(row["title"], row["country"], row["sector"], row["code"], row["valid_from"],
                row["valid_to"], row["source"], row["evidence"], row["article_id"])  # fmt: skip


def _move_mentions(con: duckdb.DuckDBPyConnection, correction: Correction) -> int:
    return con.execute(
        f"update mentions set actor_id = ? where actor_id = ? and {_WRITTEN.format(column='text')}",
        [correction.into_id, correction.actor_id, correction.form, correction.form],
    ).fetchone()[0]


def _move_events(con: duckdb.DuckDBPyConnection, correction: Correction) -> int:
    """Each side of an event naming the actor (in the split's words) takes the target's
    id and name; the side's country and sector stay those of the article's day."""
    moved = 0
    for side in SIDES:
        moved += con.execute(
            f"update events set {side}_actor_id = ?, {side}_name = coalesce(?, {side}_name) "
            f"where {side}_actor_id = ? and {_WRITTEN.format(column=f'{side}_text')}",
            [correction.into_id, correction.name, correction.actor_id, correction.form,
             correction.form],
        ).fetchone()[0]  # fmt: skip
    return moved


def _clusters_touched(con: duckdb.DuckDBPyConnection, correction: Correction) -> set[str]:
    """Clusters with a mention that moves: their actors are chosen from their mentions."""
    sides = " or ".join(
        f"({side}_actor_id = ? and {_WRITTEN.format(column=f'{side}_text')})" for side in SIDES
    )
    params = [correction.actor_id, correction.form, correction.form] * len(SIDES)
    found = con.execute(
        f"select distinct cluster_id from events where cluster_id is not null and ({sides})",
        params,
    ).fetchall()
    return {row[0] for row in found}


def _rows(con: duckdb.DuckDBPyConnection, query: str, params: list[Any]) -> list[Row]:
    cursor = con.execute(query, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
