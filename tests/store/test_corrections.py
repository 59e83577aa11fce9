"""Registry corrections: merges and splits fix the stored data and every later batch."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventscribe.article import Actor, ActorRef, Article
from eventscribe.cli import app
from eventscribe.errors import EventscribeError
from eventscribe.scale.partition import partition_rows
from eventscribe.store import Database, Store
from eventscribe.store.corrections import Correction, apply_corrections
from eventscribe.store.rows import role_key

from .store_articles import ISRAEL, MINISTER, PALESTINE, make_article

SURNAME = "person:amir-abdollahian"  # the minister, as a resolver that missed him sees him
TEL_AVIV = f"{ISRAEL}~tel-aviv"  # the default id of Israel split at "Tel Aviv"


def surname_apart(article: Article) -> Article:
    """The article with "Amir-Abdollahian" resolved to an actor of its own, who met the envoy."""
    minister = article.actors[MINISTER]
    minister.forms.remove("Amir-Abdollahian")
    article.actors[SURNAME] = Actor(
        SURNAME, "Amir-Abdollahian", "person", "IRN", None, None, "foreign minister",
        forms=["Amir-Abdollahian"], roles=[dataclasses.replace(minister.roles[0])],
    )  # fmt: skip
    for mention in article.mentions:
        if mention.text == "Amir-Abdollahian":
            mention.actor_id = SURNAME
    meeting = article.events[0]
    start = meeting.source.start + len("Hossein ")
    meeting.source = ActorRef(SURNAME, "Amir-Abdollahian", "IRN", None, "Amir-Abdollahian",
                              start, meeting.source.end)  # fmt: skip
    return article


def write(path: Path, *articles: Article) -> None:
    with Store(path) as store:
        store.write(list(articles), None, fold=False)


def rows(path: Path, query: str, params: list | None = None) -> list[tuple]:
    with Database(path) as db:
        return [tuple(row.values()) for row in db.sql(query, params)]


def where(path: Path, actor_id: str) -> dict[str, list[tuple]]:
    """What names `actor_id`: mention texts, event sides, spellings, roles, cluster sides."""
    return {
        "actors": rows(path, "select id from actors where id = ?", [actor_id]),
        "mentions": rows(path, "select text from mentions where actor_id = ? order by all",
                         [actor_id]),
        "events": rows(path, "select source_name, source_text from events "
                       "where source_actor_id = ? union all select target_name, target_text "
                       "from events where target_actor_id = ? order by all", [actor_id] * 2),
        "forms": rows(path, "select form, count from actor_forms where actor_id = ? order by all",
                      [actor_id]),
        "roles": rows(path, "select id, title from actor_roles where actor_id = ?", [actor_id]),
        "clusters": rows(path, "select id from clusters where source_actor_id = ? "
                         "or target_actor_id = ?", [actor_id] * 2),
    }  # fmt: skip


@pytest.fixture()
def apart(db_path: Path) -> Path:
    """One article with the minister's surname stored as an actor of its own."""
    write(db_path, surname_apart(make_article("a1")))
    return db_path


# -- merge ----------------------------------------------------------------------------------


def test_merge_moves_events_mentions_forms_roles_and_clusters_and_deletes_the_actor(apart):
    assert where(apart, SURNAME)["clusters"]  # the meeting's cluster names the surname
    with Store(apart) as store:
        moved = store.merge_actors(MINISTER, SURNAME)
    assert moved == {"forms": 1, "roles": 1, "mentions": 1, "events": 1}
    assert all(not found for found in where(apart, SURNAME).values())
    minister = where(apart, MINISTER)
    assert ("Amir-Abdollahian",) in minister["mentions"]
    assert minister["events"] == [("Hossein Amirabdollahian", "Amir-Abdollahian")]
    assert ("Amir-Abdollahian", 1) in minister["forms"]
    # The same role read for both is one row again, under the minister's id.
    assert minister["roles"] == [(role_key(MINISTER, make_article().actors[MINISTER].roles[0]),
                                  "foreign minister")]  # fmt: skip
    assert minister["clusters"]
    assert rows(apart, "select kind, actor_id, into_id, form, name from actor_corrections") == [
        ("merge", SURNAME, MINISTER, None, "Hossein Amirabdollahian")
    ]


def test_merge_keeps_the_targets_attributes_and_fills_its_gaps(apart):
    with Store(apart) as store:
        store.con.execute("update actors set sector = null where id = ?", [MINISTER])
        store.con.execute("update actors set sector = 'MIL', country = 'IRQ' where id = ?",
                          [SURNAME])  # fmt: skip
        store.merge_actors(MINISTER, SURNAME)
    assert rows(apart, "select name, kind, country, sector from actors where id = ?",
                [MINISTER]) == [("Hossein Amirabdollahian", "person", "IRN", "MIL")]  # fmt: skip


@pytest.mark.parametrize(
    ("into", "actor", "message"),
    [
        ("person:nobody", SURNAME, "person:nobody: no such actor"),
        (MINISTER, "person:nobody", "person:nobody: no such actor"),
        (MINISTER, MINISTER, "into itself"),
    ],
)
def test_merge_refuses_unknown_actors_and_an_actor_into_itself(apart, into, actor, message):
    with Store(apart) as store, pytest.raises(EventscribeError, match=message):
        store.merge_actors(into, actor)
    assert rows(apart, "select count(*) from actor_corrections") == [(0,)]


def test_after_a_merge_a_new_article_naming_the_merged_actor_is_stored_under_the_target(apart):
    with Store(apart) as store:
        store.merge_actors(MINISTER, SURNAME)
    write(apart, surname_apart(make_article("a2", tag="later")))
    assert all(not found for found in where(apart, SURNAME).values())
    minister = where(apart, MINISTER)
    assert ("Amir-Abdollahian", 2) in minister["forms"]
    assert minister["events"].count(("Hossein Amirabdollahian", "Amir-Abdollahian")) == 2
    assert len(minister["roles"]) == 1


# -- split ----------------------------------------------------------------------------------


def test_split_moves_exactly_the_mentions_and_events_written_so(db_path):
    write(db_path, make_article("a1"))
    with Store(db_path) as store:
        new_id, moved = store.split_actor(ISRAEL, "Tel Aviv")
    assert new_id == TEL_AVIV
    assert moved == {"forms": 1, "roles": 0, "mentions": 1, "events": 1}
    city = where(db_path, TEL_AVIV)
    assert city["mentions"] == [("Tel Aviv",)] and city["forms"] == [("Tel Aviv", 1)]
    assert city["events"] == [("Tel Aviv", "Tel Aviv")] and city["clusters"]
    israel = where(db_path, ISRAEL)
    assert israel["mentions"] == [("Israeli forces",)]
    assert israel["events"] == [("Israel", "Israeli forces")]
    assert israel["forms"] == [("Israeli forces", 1)]
    assert rows(db_path, "select name, kind, country, role from actors where id = ?",
                [TEL_AVIV]) == [("Tel Aviv", "country", "ISR", None)]  # fmt: skip


def test_split_takes_an_id_and_a_name(db_path):
    write(db_path, make_article("a1"))
    with Store(db_path) as store:
        new_id, _ = store.split_actor(ISRAEL, "Tel Aviv", into_id="city:tel-aviv", name="TLV")
    assert new_id == "city:tel-aviv"
    assert rows(db_path, "select name from actors where id = ?", [new_id]) == [("TLV",)]
    assert rows(db_path, "select form, name from actor_corrections") == [("Tel Aviv", "TLV")]


def test_split_into_an_actor_that_exists_joins_it(db_path):
    write(db_path, make_article("a1"))
    with Store(db_path) as store:
        store.split_actor(ISRAEL, "Tel Aviv", into_id=PALESTINE, name="ignored")
    palestine = where(db_path, PALESTINE)
    assert palestine["forms"] == [("Gaza", 1), ("Tel Aviv", 1)]
    assert ("Palestine", "Tel Aviv") in palestine["events"]
    assert rows(db_path, "select name from actors where id = ?", [PALESTINE]) == [("Palestine",)]


@pytest.mark.parametrize(
    ("actor", "form", "into", "message"),
    [
        ("country:XXX", "Tel Aviv", None, "country:XXX: no such actor"),
        (ISRAEL, "Haifa", None, "'Haifa' is not one of its spellings"),
        (ISRAEL, "Tel Aviv", ISRAEL, "must name another actor"),
    ],
)
def test_split_refuses_unknown_actors_and_forms(db_path, actor, form, into, message):
    write(db_path, make_article("a1"))
    with Store(db_path) as store, pytest.raises(EventscribeError, match=message):
        store.split_actor(actor, form, into_id=into)


def test_after_a_split_a_new_article_with_the_form_goes_to_the_new_actor(db_path):
    write(db_path, make_article("a1"))
    with Store(db_path) as store:
        store.split_actor(ISRAEL, "Tel Aviv")
    write(db_path, make_article("a2", tag="later"))
    city, israel = where(db_path, TEL_AVIV), where(db_path, ISRAEL)
    assert city["forms"] == [("Tel Aviv", 2)] and len(city["events"]) == 2
    assert israel["forms"] == [("Israeli forces", 2)] and len(israel["events"]) == 2
    assert ("Tel Aviv",) not in israel["mentions"]


def test_a_loaded_dask_partition_is_corrected_too(db_path):
    write(db_path, surname_apart(make_article("a1")))
    with Store(db_path) as store:
        store.merge_actors(MINISTER, SURNAME)
        store.split_actor(ISRAEL, "Tel Aviv")
    tables = partition_rows([surname_apart(make_article("a2", tag="dask"))])
    with Store(db_path) as store:
        store.write(tables)
    assert all(not found for found in where(db_path, SURNAME).values())
    assert ("Amir-Abdollahian", 2) in where(db_path, MINISTER)["forms"]
    assert where(db_path, TEL_AVIV)["forms"] == [("Tel Aviv", 2)]
    assert where(db_path, ISRAEL)["forms"] == [("Israeli forces", 2)]


# -- the pure rewrite of a batch --------------------------------------------------------------


def test_corrections_rewrite_articles_in_order_and_leave_the_given_ones_alone():
    original = surname_apart(make_article("a1"))
    corrections = [
        Correction("merge", SURNAME, MINISTER, name="Hossein Amirabdollahian"),
        Correction("split", ISRAEL, "city:tel-aviv", "Tel Aviv", "Tel Aviv"),
        Correction("merge", "city:tel-aviv", "place:tel-aviv", name="Tel Aviv-Yafo",
                   into={"kind": "city"}),
    ]  # fmt: skip
    (article,) = apply_corrections([original], corrections)
    assert SURNAME in original.actors and original.events[0].source.id == SURNAME
    assert set(article.actors) == {MINISTER, ISRAEL, "place:tel-aviv"} | {
        a for a in original.actors if a not in (SURNAME, MINISTER, ISRAEL)
    }
    minister = article.actors[MINISTER]
    assert "Amir-Abdollahian" in minister.forms and len(minister.roles) == 2
    assert article.events[0].source.id == MINISTER
    assert article.events[0].source.name == "Hossein Amirabdollahian"
    city = article.actors["place:tel-aviv"]
    assert (city.name, city.kind, city.country, city.forms) == (
        "Tel Aviv-Yafo", "city", "ISR", ["Tel Aviv"],
    )  # fmt: skip
    assert article.actors[ISRAEL].forms == ["Israeli forces"]
    assert [m.actor_id for m in article.mentions if m.text == "Tel Aviv"] == ["place:tel-aviv"]
    assert article.events[2].target.id == "place:tel-aviv"
    assert article.events[1].source.id == ISRAEL  # "Israeli forces" is not the split form


def test_no_corrections_give_the_same_articles():
    articles = [make_article("a1")]
    assert apply_corrections(articles, []) is articles


# -- the command line ---------------------------------------------------------------------------


def invoke(*args: str):
    return CliRunner().invoke(app, ["actors", *args])


def test_cli_merge_split_show_and_the_old_listing(apart):
    db = ["--db", str(apart)]
    listed = invoke(*db, "-f", "json")
    assert listed.exit_code == 0 and SURNAME in {a["id"] for a in json.loads(listed.output)}
    merged = invoke("merge", MINISTER, SURNAME, *db)
    assert merged.exit_code == 0, merged.output
    assert f"merged {SURNAME} into {MINISTER}" in merged.output
    split = invoke("split", ISRAEL, "Tel Aviv", "--into", "city:tel-aviv", *db)
    assert split.exit_code == 0 and "city:tel-aviv" in split.output
    shown = json.loads(invoke("show", MINISTER, *db, "--format", "json").output)
    assert shown["form_counts"]["Amir-Abdollahian"] == 1 and shown["events_as_source"] == 1
    page = invoke("show", MINISTER, *db)
    assert page.exit_code == 0 and "spellings" in page.output and "Amir-Abdollahian" in page.output
    searched = invoke("Tel", "Aviv", *db, "-f", "json")  # words of a search need no quotes
    assert {a["id"] for a in json.loads(searched.output)} == {"city:tel-aviv"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["merge", MINISTER], "actors merge: expected A B"),
        (["merge", MINISTER, "person:nobody"], "person:nobody: no such actor"),
        (["show", "person:nobody"], "person:nobody: no such actor"),
        (["split", ISRAEL, "Haifa"], "not one of its spellings"),
        (["Hamas", "--into", "x"], "--into and --name go with"),
    ],
)
def test_cli_errors_name_what_is_wrong(apart, args, message):
    result = invoke(*args, "--db", str(apart))
    assert result.exit_code != 0
    assert isinstance(result.exception, EventscribeError) and message in str(result.exception)


def test_a_merge_widens_the_targets_sightings(apart):
    with Store(apart) as store:
        store.con.execute("update actors set last_seen = ? where id = ?",
                          [dt.date(2024, 1, 1), SURNAME])  # fmt: skip
        store.merge_actors(MINISTER, SURNAME)
    assert rows(apart, "select first_seen, last_seen from actors where id = ?", [MINISTER]) == [
        (dt.date(2023, 10, 15), dt.date(2024, 1, 1))
    ]
