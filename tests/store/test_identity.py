"""The registry's own merges of one person's spellings across articles, with reasons, undone
by `actors split A B`, on real DuckDB files."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from eventscribe.article import Actor, ActorMention, Article, Sentence
from eventscribe.cli import app
from eventscribe.store import Database, Store


def person_article(
    article_id: str, name: str, country: str | None, day: int = 1, role: str | None = None
) -> Article:
    """An article naming one person twice: "<name> said. <name> left."."""
    words = name.split()
    text = f"{name} said talks went well. {words[-1]} left on day {day} ({article_id})."
    actor_id = "person:" + "-".join(w.lower().strip(".") for w in words)
    article = Article(id=article_id, text=text, published=dt.date(2022, 3, day), title=name)
    article.sentences = [Sentence(0, 0, text.index(".") + 1, 0)]
    article.actors = {actor_id: Actor(actor_id, name, "person", country, role=role, forms=[name])}
    article.mentions = [ActorMention(0, len(name), name, 0, actor_id)]
    return article


def write(path: Path, *articles: Article) -> None:
    with Store(path) as store:
        for article in articles:
            store.write([article], None, fold=False)


def actor_ids(path: Path) -> set[str]:
    with Database(path) as db:
        return {row["id"] for row in db.sql("select id from actors")}


def test_a_transliteration_joins_the_stored_person_with_its_reason(db_path):
    write(db_path, person_article("a1", "Volodymyr Zelensky", "UKR"),
          person_article("a2", "Volodymyr Zelenskiy", "UKR", 2),
          person_article("a3", "Volodymyr Zelenskyy", None, 3))  # fmt: skip
    assert actor_ids(db_path) == {"person:volodymyr-zelensky"}
    with Database(db_path) as db:
        shown = db.actor("person:volodymyr-zelensky")
        assert shown["mentions"] == 3
        merged = {m["id"]: m["reason"] for m in shown["merged"]}
    assert set(merged) == {"person:volodymyr-zelenskiy", "person:volodymyr-zelenskyy"}
    assert all(reason.startswith("spelling variant") for reason in merged.values())


def test_different_first_names_generations_or_countries_stay_apart(db_path):
    write(db_path, person_article("a1", "Ronald Reagan", "USA"),
          person_article("a2", "Donald Regan", "USA", 2),
          person_article("a3", "Donald Trump", "USA", 3),
          person_article("a4", "Donald Trump Jr.", "USA", 4),
          person_article("a5", "Ivan Petrov", "RUS", 5),
          person_article("a6", "Ivan Petrow", "BGR", 6),
          person_article("a7", "George W. Bush", "USA", 7),
          person_article("a8", "George H.W. Bush", "USA", 8))  # fmt: skip
    assert len(actor_ids(db_path)) == 8


def test_a_surname_alone_joins_the_one_person_of_its_country_who_bears_it(db_path):
    write(db_path, person_article("a1", "Lawson", "GBR"),
          person_article("a2", "Nigel Lawson", "GBR", 2),
          person_article("a3", "Lawson", "GBR", 3))  # fmt: skip
    assert actor_ids(db_path) == {"person:nigel-lawson"}
    with Database(db_path) as db:
        (merge,) = db.actor("person:nigel-lawson")["merged"]
    assert merge["reason"].startswith("surname alone")


def test_a_surname_two_people_bear_or_a_near_spelling_joins_nobody(db_path):
    write(db_path, person_article("a1", "Howard Baker", "USA"),
          person_article("a2", "James Baker", "USA", 2),
          person_article("a3", "Baker", "USA", 3),
          person_article("a4", "Regan", "USA", 4),
          person_article("a5", "Ronald Reagan", "USA", 5))  # fmt: skip
    assert {"person:baker", "person:regan"} <= actor_ids(db_path)


def test_split_undoes_an_automatic_merge_and_keeps_the_pair_apart(db_path, tmp_path):
    write(db_path, person_article("a1", "Volodymyr Zelensky", "UKR"),
          person_article("a2", "Volodymyr Zelenskiy", "UKR", 2))  # fmt: skip
    result = CliRunner().invoke(app, ["actors", "split", "person:volodymyr-zelensky",
                                      "person:volodymyr-zelenskiy", "--db", str(db_path)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert actor_ids(db_path) == {"person:volodymyr-zelensky", "person:volodymyr-zelenskiy"}
    with Database(db_path) as db:
        back = db.sql("select actor_id, article_id from mentions order by article_id")
        forms = db.sql("select actor_id, form, count from actor_forms order by actor_id")
    assert [(r["actor_id"], r["article_id"]) for r in back] == [
        ("person:volodymyr-zelensky", "a1"), ("person:volodymyr-zelenskiy", "a2")]  # fmt: skip
    assert {(r["actor_id"], r["form"], r["count"]) for r in forms} == {
        ("person:volodymyr-zelensky", "Volodymyr Zelensky", 1),
        ("person:volodymyr-zelenskiy", "Volodymyr Zelenskiy", 1)}  # fmt: skip
    write(db_path, person_article("a3", "Volodymyr Zelenskiy", "UKR", 3))  # not merged again
    assert "person:volodymyr-zelenskiy" in actor_ids(db_path)


def test_a_later_batch_is_stored_merged_and_its_articles_noted(db_path):
    write(db_path, person_article("a1", "Volodymyr Zelensky", "UKR"),
          person_article("a2", "Volodymyr Zelenskiy", "UKR", 2),
          person_article("a3", "Volodymyr Zelenskiy", "UKR", 3))  # fmt: skip
    assert actor_ids(db_path) == {"person:volodymyr-zelensky"}
    with Store(db_path) as store:
        moved = store.split_actor("person:volodymyr-zelensky", "person:volodymyr-zelenskiy")[1]
    assert moved["mentions"] == 2


def test_two_people_one_article_names_apart_are_not_merged(db_path):
    both = person_article("a1", "Nigel Lawson", "GBR")
    other = person_article("x", "Lawson", "GBR")
    both.actors.update(other.actors)
    both.mentions.append(dataclasses.replace(other.mentions[0], start=30, end=36))
    write(db_path, both)
    assert actor_ids(db_path) == {"person:nigel-lawson", "person:lawson"}


def test_of_two_bearers_the_one_holding_the_entrys_role_takes_it(db_path):
    write(db_path, person_article("a1", "Ronald Reagan", "USA", 1, "president"),
          person_article("a2", "Nancy Reagan", "USA", 2),
          person_article("a3", "Reagan", "USA", 3, "president"),
          person_article("a4", "Reagan", "USA", 4))  # fmt: skip
    ids = actor_ids(db_path)
    assert "person:ronald-reagan" in ids and "person:nancy-reagan" in ids
    with Database(db_path) as db:
        merged = [m["id"] for m in db.actor("person:ronald-reagan")["merged"]]
    assert merged == ["person:reagan"]


def test_a_country_learned_later_makes_the_merge(db_path):
    write(db_path, person_article("a1", "Lawson", "GBR"),
          person_article("a2", "Nigel Lawson", None, 2),
          person_article("a3", "Nigel Lawson", "GBR", 3))  # fmt: skip
    assert actor_ids(db_path) == {"person:nigel-lawson"}


def test_the_less_named_spelling_joins_the_more_named(db_path):
    write(db_path, person_article("a1", "George Schultz", "USA"),
          person_article("a2", "George Shultz", "USA", 2),
          person_article("a3", "George Shultz", "USA", 3))  # fmt: skip
    assert actor_ids(db_path) == {"person:george-shultz"}


def test_a_country_guessed_from_the_article_stays_off_the_registry(db_path):
    from eventscribe.article import Role

    bank = person_article("a1", "Bundesbank", "USA")
    actor = bank.actors["person:bundesbank"]
    actor.kind, actor.code = "organization", "USA"
    actor.roles = [Role(None, "USA", None, "USA", source="article country")]
    write(db_path, bank)
    with Database(db_path) as db:
        (row,) = db.sql("select country, code from actors")
        roles = db.sql("select country from actor_roles")
    assert (row["country"], row["code"]) == (None, None)
    assert [r["country"] for r in roles] == ["USA"]


def test_a_merge_inside_a_folding_write_leaves_the_connection_free(db_path):
    # The write goes on after the merge (signatures of new originals are registered).
    both = person_article("a3", "Nigel Lawson", "GBR", 3)
    other = person_article("x", "Lawson", "GBR")
    both.actors.update(other.actors)
    both.mentions.append(dataclasses.replace(other.mentions[0], start=30, end=36))
    with Store(db_path) as store:
        store.write([person_article("a1", "Volodymyr Zelensky", "UKR")], None)
        store.write([person_article("a2", "Volodymyr Zelenskiy", "UKR", 2)], None)
        store.write([both], None)  # a merge refused: two people named apart
        store.write([person_article("a4", "Lawson", "GBR", 4)], None)
    assert actor_ids(db_path) == {"person:volodymyr-zelensky", "person:nigel-lawson",
                                  "person:lawson"}  # fmt: skip


def test_a_transliterated_first_name_is_the_same_first_name(db_path):
    write(db_path, person_article("a1", "Sergey Kislyak", "RUS"),
          person_article("a2", "Sergei Kislyak", "RUS", 2),
          person_article("a3", "Sergei Kislyak", "RUS", 3))  # fmt: skip
    assert actor_ids(db_path) == {"person:sergey-kislyak"}  # the first seen, as many mentions


def test_a_country_guessed_from_the_article_still_tells_who_a_surname_is(db_path):
    from eventscribe.article import Role

    guess = [Role(None, "GBR", None, "GBR", source="article country")]
    alone, full = person_article("a1", "Lawson", "GBR"), person_article("a2", "Nigel Lawson", "GBR", 2)
    alone.actors["person:lawson"].roles = list(guess)
    full.actors["person:nigel-lawson"].roles = list(guess)
    write(db_path, alone, full)
    assert actor_ids(db_path) == {"person:nigel-lawson"}


def test_merges_among_people_follow_the_registry_rules_without_a_database():
    """A spelling variant and a surname alone join the person they are; two people one
    article names stay apart, even through a third they would both join."""
    from eventscribe.store.identity import Person, merges_among

    people = [
        Person("person:sergey-marchenko", "Sergey Marchenko", "UKR", 5),
        Person("person:sergei-marchenko", "Sergei Marchenko", "UKR", 2),
        Person("person:marchenko", "Marchenko", "UKR", 1),
        Person("person:tomas-brel", "Tomas Brel", "CZE", 4),
        Person("person:brel", "Brel", "CZE", 1),
        Person("person:tomas-brell", "Tomas Brell", "CZE", 1),
    ]
    together = {frozenset(("person:brel", "person:tomas-brell"))}
    found = merges_among(people, together)
    assert found["person:sergei-marchenko"] == "person:sergey-marchenko"
    assert found["person:marchenko"] == "person:sergey-marchenko"
    ends = [found.get(i, i) for i in ("person:brel", "person:tomas-brell")]
    assert ends[0] != ends[1]


def test_a_slip_in_a_long_first_name_or_another_transliteration_joins_the_person(db_path):
    write(db_path, person_article("a1", "Volodymyr Hrytsenko", "UKR"),
          person_article("a2", "Volodmyr Hrytsenko", None, 2),  # a slip, no country known
          person_article("a3", "Aleksander Kavaliou", "BLR", 3),
          person_article("a4", "Alyaksandr Kavalyou", "BLR", 4))  # Belarusian spelling
    merged = {}
    with Database(db_path) as db:
        for row in db.sql("select actor_id, into_id, reason from actor_corrections"):
            merged[row["actor_id"]] = (row["into_id"], row["reason"])
    assert merged["person:volodmyr-hrytsenko"][0] == "person:volodymyr-hrytsenko"
    assert "slip" in merged["person:volodmyr-hrytsenko"][1]
    assert len(actor_ids(db_path)) == 2


def test_near_first_names_stay_apart_where_a_surname_is_shared_or_the_sexes_differ(db_path):
    write(db_path, person_article("a1", "Jorge Ramirez", "VEN"),
          person_article("a2", "Jose Ramirez", "VEN", 2),  # two people of one surname
          person_article("a3", "Alexandra Novak", "CZE", 3),
          person_article("a4", "Alexander Novak", "CZE", 4),
          person_article("a5", "Patrick Dunmore", "IRL", 5),
          person_article("a6", "Patricia Dunmore", None, 6),
          person_article("a7", "Martin Kovac", "SVK", 7),
          person_article("a8", "Martina Kovacova", "SVK", 8))  # fmt: skip
    assert len(actor_ids(db_path)) == 8
