"""The actor registry: one row per actor across articles, spellings counted, roles kept."""

from __future__ import annotations

import datetime as dt

from eventscribe.article import ActorRef, Role
from eventscribe.store import Database, Store

from .store_articles import ENVOY, HAMAS, ISRAEL, MINISTER, PALESTINE, make_article

OCT, NOV = dt.date(2023, 10, 15), dt.date(2023, 11, 2)


def _write(path, *batches) -> None:
    with Store(path) as store:
        for batch in batches:
            store.write_batch(batch, None)


def _tables(path) -> dict[str, list[tuple]]:
    with Database(path) as db:
        return {
            table: [tuple(row.values()) for row in db.sql(f"select * from {table} order by all")]
            for table in ("actors", "actor_forms", "actor_roles")
        }


def test_an_actor_seen_in_two_articles_is_one_row_with_counted_spellings(two_runs):
    with Database(two_runs) as db:
        minister = db.actor(MINISTER)
        assert db.stats()["actors"] == 5
    assert minister["first_seen"] == "2023-10-15" and minister["last_seen"] == "2023-11-02"
    # Per article: the full name and the surname mentioned, the title once, one form unmentioned.
    assert minister["form_counts"] == {"Amir-Abdollahian": 2, "Hossein Amir-Abdollahian": 2,
                                       "Iran's foreign minister": 2, "Abdollahian": 2}  # fmt: skip
    assert minister["mentions"] == 8
    assert minister["events"] == 2 and minister["events_as_source"] == 2
    assert minister["events_as_target"] == 0


def test_the_same_role_read_twice_is_one_row_with_widened_dates(two_runs):
    with Database(two_runs) as db:
        (role,) = db.actor(MINISTER)["roles"]
    assert role["title"] == "foreign minister" and role["source"] == "text"
    assert (role["valid_from"], role["valid_to"]) == ("2023-10-15", "2023-11-02")
    assert (role["first_seen"], role["last_seen"]) == ("2023-10-15", "2023-11-02")
    assert role["article_id"] == "a1" and role["evidence"].startswith("Iranian Foreign Minister")


def test_conflicting_roles_are_kept_and_the_newest_is_the_actor_role(db_path):
    newer = make_article("n", published=NOV, tag="n", minister_role="vice president")
    older = make_article("o", published=OCT)
    _write(db_path, [newer], [older])  # the older article arrives last
    with Database(db_path) as db:
        minister = db.actor(MINISTER)
    assert [r["title"] for r in minister["roles"]] == ["foreign minister", "vice president"]
    assert minister["role"] == "vice president"


def test_one_batch_or_many_give_the_same_registry(tmp_path):
    articles = [
        make_article("n", published=NOV, tag="n", minister_role="vice president"),
        make_article("o", published=OCT),
        make_article("p", published=None, tag="p"),
    ]
    _write(tmp_path / "one.duckdb", articles)
    _write(tmp_path / "many.duckdb", *([a] for a in articles))
    _write(tmp_path / "reversed.duckdb", *([a] for a in reversed(articles)))
    one = _tables(tmp_path / "one.duckdb")
    assert one == _tables(tmp_path / "many.duckdb") == _tables(tmp_path / "reversed.duckdb")


def test_dictionary_roles_with_other_periods_stay_apart(db_path):
    first, second = make_article("a"), make_article("b", tag="b")
    for article, (start, end) in ((first, (2014, 2017)), (second, (2021, 2024))):
        article.actors[MINISTER].roles = [
            Role("ambassador", "IRN", "GOV", "IRNGOV", dt.date(start, 1, 1), dt.date(end, 1, 1),
                 source="wikidata")
        ]  # fmt: skip
    _write(db_path, [first, second], [make_article("c", tag="c")])
    with Database(db_path) as db:
        roles = db.actor(MINISTER)["roles"]
    periods = [(r["title"], r["valid_from"]) for r in roles]
    assert periods == [("ambassador", "2014-01-01"), ("ambassador", "2021-01-01"),
                       ("foreign minister", "2023-10-15")]  # fmt: skip


def test_an_event_participant_the_actors_stage_missed_joins_the_registry(db_path):
    article = make_article()
    start = article.text.index("Tel Aviv")
    article.events[2].target = ActorRef("city:tel-aviv", "Tel Aviv", "ISR", None, "Tel Aviv",
                                        start, start + 8)  # fmt: skip
    _write(db_path, [article])
    with Database(db_path) as db:
        actor = db.actor("city:tel-aviv")
    assert actor["kind"] == "city" and actor["country"] == "ISR" and actor["events"] == 1


def test_actor_search_and_ordering(two_runs):
    with Database(two_runs) as db:
        listed = db.actors()
        # Israel is in 4 events, the others in 2 each: most events first, then by id.
        assert [a["id"] for a in listed] == [ISRAEL, PALESTINE, HAMAS, MINISTER, ENVOY]
        assert listed[0]["events"] == 4 and "roles" not in listed[0]
        assert [a["id"] for a in db.actors("amir-abdollahian")] == [MINISTER]  # a spelling
        assert [a["id"] for a in db.actors("IRNGOV")] == [MINISTER]
        assert [a["id"] for a in db.actors("hama")] == [HAMAS]
        assert db.actors("'; drop table actors; --") == []
        assert [a["id"] for a in db.actors(limit=2, offset=1)] == [PALESTINE, HAMAS]
        minister = next(a for a in listed if a["id"] == MINISTER)
        assert minister["forms"] == [
            "Abdollahian",
            "Amir-Abdollahian",
            "Hossein Amir-Abdollahian",
            "Iran's foreign minister",
        ]  # all twice: then by spelling
        assert db.actor("person:nobody") is None
