"""`actors`: list or search the registry, show one actor, merge or split (`Store`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from eventscribe.cli.app import app
from eventscribe.cli.options import DEFAULT_DB, DbOption, FormatOption, require_db
from eventscribe.cli.render import (
    ACTOR_COLUMNS,
    AUDIT_COLUMNS,
    print_actor,
    print_actors,
    print_audit,
    write,
)
from eventscribe.errors import EventscribeError

ACTOR_ACTIONS = {"merge": ("A", "B"), "split": ("A", "FORM"), "show": ("ID",), "audit": ()}
ACTORS_HELP = (
    "List or search actors; show one; correct the registry.\n\n"
    "`actors merge A B`: actor B is actor A (its events, mentions, spellings and roles move "
    "to A; B is deleted). `actors split A FORM`: the mentions of A written FORM are another "
    "actor; FORM may be the id of an actor the registry merged into A by itself (`actors show "
    "A` lists them with the reason), which undoes that merge. Corrections are kept in the "
    "database and applied to every later ingest. `actors audit`: suspect actors (a surname "
    "seen once, places or headline words as actors, several countries, spellings of other "
    "entities)."
)


@app.command(help=ACTORS_HELP)
def actors(
    words: Annotated[
        list[str] | None,
        typer.Argument(
            help="QUERY to search (name, id, code or spelling); or show ID; merge A B; "
            "split A FORM; audit.",
            metavar="QUERY | show ID | merge A B | split A FORM | audit",
            show_default=False,
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="How many actors.")] = 50,
    format: FormatOption = "table",
    into: Annotated[
        str | None, typer.Option(help="split: the new actor's id (default A~slug-of-form).")
    ] = None,
    name: Annotated[
        str | None, typer.Option(help="split: the new actor's name (default FORM).")
    ] = None,
) -> None:
    # The first word may be an action, so `eventscribe actors QUERY` keeps its old meaning.
    action, args = actor_action(words or [])
    if (into or name) and action != "split":
        raise EventscribeError("--into and --name go with `eventscribe actors split A FORM`")
    require_db(db)
    if action == "merge":
        _merge_actors(db, *args)
    elif action == "split":
        _split_actor(db, *args, into=into, name=name)
    elif action == "show":
        _show_actor(db, args[0], format)
    elif action == "audit":
        _audit_actors(db, limit, format)
    else:
        _list_actors(db, " ".join(args) or None, limit, format)


def actor_action(words: list[str]) -> tuple[str | None, list[str]]:
    """(action, its arguments) of `actors` words; no action: the words are a search."""
    if not words or words[0] not in ACTOR_ACTIONS:
        return None, words
    action, args, wanted = words[0], words[1:], ACTOR_ACTIONS[words[0]]
    if len(args) != len(wanted):
        raise EventscribeError(
            f"actors {action}: expected {' '.join(wanted)}, got {len(args)} argument(s) "
            "(quote a FORM of several words)"
        )
    return action, args


def _list_actors(db: Path, query: str | None, limit: int, format: str) -> None:
    from eventscribe.api import open as open_db

    with open_db(db) as database:
        found = database.actors(query=query, limit=limit)
    write(found, format, table=print_actors, columns=ACTOR_COLUMNS)


def _audit_actors(db: Path, limit: int, format: str) -> None:
    from eventscribe.api import open as open_db

    with open_db(db) as database:
        found = database.actor_audit(limit=limit)
    write(found, format, table=print_audit, columns=AUDIT_COLUMNS)


def _merge_actors(db: Path, into_id: str, actor_id: str) -> None:
    from eventscribe.store import Store

    with Store(db) as store:
        moved = store.merge_actors(into_id, actor_id)
    print(f"merged {actor_id} into {into_id}: {_moved(moved)}", file=sys.stderr)


def _split_actor(db: Path, actor_id: str, form: str, *, into: str | None, name: str | None) -> None:
    from eventscribe.store import Store

    with Store(db) as store:
        new_id, moved = store.split_actor(actor_id, form, into_id=into, name=name)
    print(f"split {form!r} of {actor_id} into {new_id}: {_moved(moved)}", file=sys.stderr)


def _moved(moved: dict[str, int]) -> str:
    return ", ".join(f"{count} {table}" for table, count in moved.items()) + " moved"


def _show_actor(db: Path, actor_id: str, format: str) -> None:
    from eventscribe.api import open as open_db
    from eventscribe.store.corrections import no_such_actor

    with open_db(db) as database:
        found = database.actor(actor_id)
    if found is None:
        raise no_such_actor(actor_id)
    if format == "json":
        print(json.dumps(found, default=str, ensure_ascii=False, indent=2))
    else:
        write([found], format, table=lambda rows: print_actor(rows[0]))
