"""A person's registry name is the full name the articles write most (store/naming.py), on
real DuckDB files."""

from __future__ import annotations

from pathlib import Path

from eventscribe.article import Article
from eventscribe.store import Database

from .test_identity import person_article, write


def keyed(article: Article, actor_id: str) -> Article:
    """The article's one person stored under `actor_id` (a key that drops middle initials)."""
    (actor,) = article.actors.values()
    actor.id = actor_id
    article.actors = {actor_id: actor}
    for mention in article.mentions:
        mention.actor_id = actor_id
    return article


def names(path: Path) -> dict[str, str]:
    with Database(path) as db:
        return {row["id"]: row["name"] for row in db.sql("select id, name from actors")}


def test_a_namesakes_longer_name_in_one_article_does_not_rename_the_many(db_path):
    write(db_path, *(keyed(person_article(f"a{d}", "Mary Quill", "USA", d), "person:mary-quill")
                     for d in (1, 2, 3)),
          keyed(person_article("a4", "Mary T. Quill", "USA", 4), "person:mary-quill"))  # fmt: skip
    assert names(db_path) == {"person:mary-quill": "Mary Quill"}


def test_the_longer_name_written_as_often_stays(db_path):
    write(db_path, keyed(person_article("a1", "Mary Quill", "USA", 1), "person:mary-quill"),
          keyed(person_article("a2", "Mary T. Quill", "USA", 2), "person:mary-quill"))  # fmt: skip
    assert names(db_path) == {"person:mary-quill": "Mary T. Quill"}


def test_a_name_no_article_writes_stays(db_path):
    article = keyed(person_article("a1", "Quill", "USA"), "person:quill")
    article.actors["person:quill"].name = "Mary Quill"  # as a dictionary names a surname
    write(db_path, article, keyed(person_article("a2", "Quill", "USA", 2), "person:quill"))
    assert names(db_path) == {"person:quill": "Mary Quill"}


def test_a_short_form_of_the_first_name_joins_the_full_one(db_path):
    from .test_identity import actor_ids

    write(db_path, person_article("a1", "Richard Vane", "USA"),
          person_article("a2", "Richard Vane", "USA", 2),
          person_article("a3", "Rick Vane", "USA", 3),
          person_article("a4", "Rita Vane", "USA", 4))  # fmt: skip
    assert actor_ids(db_path) == {"person:richard-vane", "person:rita-vane"}
