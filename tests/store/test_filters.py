"""Event filters on a real file: each filter, date fields, paging, and hostile inputs as data.

The `db` fixture holds a1 (published 2023-10-15: events dated 10-13, 10-14, 10-15) and
a2 (published 2023-11-02: events dated 10-31, 11-01, 11-02), each with 040, 190 and 195.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.article import Place
from eventscribe.errors import EventscribeError
from eventscribe.store import Database, Store

from .store_articles import ENVOY, MINISTER, make_article


def codes(events: list[dict]) -> list[tuple[str, str]]:
    return sorted((e["article_id"], e["cameo"]) for e in events)


def test_actor_matches_id_code_name_and_any_spelling(db):
    for value in (MINISTER, "irngov", "amirabdollahian", "AMIR-ABDOLLAHIAN"):
        assert codes(db.events(actor=value)) == [("a1", "040"), ("a2", "040")], value
    assert {e["target"]["id"] for e in db.events(actor="wennes")} == {ENVOY}
    assert codes(db.events(actor="Hamas")) == [("a1", "195"), ("a2", "195")]


def test_country_matches_source_or_target(db):
    assert codes(db.events(country="isr")) == [("a1", "190"), ("a1", "195"), ("a2", "190"),
                                               ("a2", "195")]  # fmt: skip
    assert codes(db.events(country="IGO")) == [("a1", "040"), ("a2", "040")]


@pytest.mark.parametrize("name", ["Iran", "iran", "IR", "IRN", "Iranian", "Iranians",
                                  "Islamic Republic of Iran"])  # fmt: skip
def test_a_country_is_named_as_people_name_it(db, name):
    assert codes(db.events(country=name)) == [("a1", "040"), ("a2", "040")]
    assert db.count_events(source=name) == 2 and db.count_events(target=name) == 0


def test_a_dyad_side_in_lower_case_is_an_actor_not_a_code(db):
    assert db.count_events(source="irn") == 0  # "irn" names no actor; IRN is Iran
    assert db.count_events(source="IRN") == 2


def test_an_unknown_country_says_what_is_expected(db):
    for filters in ({"country": "Narnia"}, {"place_country": "Lebanese Republic of Narnia"}):
        with pytest.raises(EventscribeError, match=r"no such country; give a name \(Iran\)"):
            db.events(**filters)


def test_code_is_exact_or_prefix_and_root_is_the_first_two_digits(db):
    assert {e["cameo"] for e in db.events(code="19")} == {"190", "195"}
    assert {e["cameo"] for e in db.events(code="190")} == {"190"}
    assert {e["cameo"] for e in db.events(root="4")} == {"040"}
    assert {e["cameo"] for e in db.events(root="19", code="195")} == {"195"}


def test_dates_on_the_event_date_or_the_publication_date(db):
    assert codes(db.events(start="2023-10-14", end="2023-10-14")) == [("a1", "040")]
    assert codes(db.events(start="2023-11")) == [("a2", "040"), ("a2", "190")]
    assert len(db.events(start="2023-10", end="2023-10")) == 4  # 10-13, 10-14, 10-15, 10-31
    assert len(db.events(start="2023-11", date_field="published")) == 3
    assert db.events(start="2023", end=dt.date(2023, 10, 13)) == db.events(end="2023-10-13")


def test_an_event_over_a_range_matches_where_the_range_overlaps(db_path):
    article = make_article()
    event = article.events[2]
    event.event_date, event.date_end, event.date_precision = (
        dt.date(2023, 10, 1), dt.date(2023, 10, 10), "range",
    )  # fmt: skip
    with Store(db_path) as store:
        store.write_batch([article], None)
    with Database(db_path) as db:
        assert [e["cameo"] for e in db.events(start="2023-10-05", end="2023-10-06")] == ["195"]
        assert db.events(start="2023-10-05", end="2023-10-06")[0]["date_end"] == "2023-10-10"


def test_text_is_a_case_blind_substring_of_the_evidence(db):
    found = db.events(text="STRUCK targets")
    assert codes(found) == [("a1", "190"), ("a2", "190")]
    assert all("struck targets" in e["evidence"]["sentence"] for e in found)


def test_place_country_and_bounding_box(db):
    assert codes(db.events(place_country="lbn")) == [("a1", "040"), ("a2", "040")]
    assert codes(db.events(place_country="Lebanon")) == [("a1", "040"), ("a2", "040")]
    assert codes(db.events(bbox=(35.0, 33.5, 36.0, 34.2))) == [("a1", "040"), ("a2", "040")]
    assert codes(db.events(bbox="34.0,31.0,34.6,31.6")) == [("a1", "190"), ("a2", "190")]
    assert db.events(bbox=(0, 0, 1, 1)) == []


def test_a_box_across_the_antimeridian(db_path):
    article = make_article()
    article.events[0].place = Place("Suva", "FJI", None, -18.14, 178.44, None, "city")
    with Store(db_path) as store:
        store.write_batch([article], None)
    with Database(db_path) as db:
        assert [e["place"]["name"] for e in db.events(bbox=(170, -20, -170, 0))] == ["Suva"]


def test_article_run_modality_and_quad_class(db):
    assert len(db.events(article_id="a2")) == 3
    assert {e["article_id"] for e in db.events(run_id=2)} == {"a2"}
    assert codes(db.events(modality="reported")) == [("a1", "190"), ("a2", "190")]
    assert {e["cameo"] for e in db.events(quad_class="4")} == {"190", "195"}


def test_filters_combine_and_count_agrees(db):
    for filters in ({}, {"country": "ISR", "root": "19"}, {"actor": "hamas", "start": "2023-11"},
                    {"text": "nothing like this"}):  # fmt: skip
        assert db.count_events(**filters) == len(db.events(limit=1000, **filters))
    assert db.count_events(country="ISR", root="19", start="2023-11") == 1  # 190 of a2


def test_orders_and_pages_are_stable(db):
    everything = db.events(limit=1000)
    pages = [e for offset in range(0, 6, 4) for e in db.events(limit=4, offset=offset)]
    assert pages == everything
    assert db.events(order="-event_date", limit=1000) == everything[::-1]
    assert [e["goldstein"] for e in db.events(order="goldstein")][-1] == 1.0
    assert list(db.iter_events()) == everything


@pytest.mark.parametrize(
    "filters",
    [
        {"actor": "'; drop table events; --"},
        {"text": "%"},
        {"text": "_"},
        {"code": "%"},
        {"article_id": "a1' or 1=1 --"},
        {"root": "19' or cameo like '%"},
    ],
)
def test_hostile_inputs_are_plain_data(db, filters):
    assert db.events(**filters) == []
    assert db.count_events() == 6


@pytest.mark.parametrize("filters", [{"country": "x' or '1'='1"}, {"place_country": "LBN' --"}])
def test_hostile_countries_are_refused(db, filters):
    with pytest.raises(EventscribeError, match="no such country"):
        db.events(**filters)
    assert db.count_events() == 6


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"contry": "ISR"}, "unknown event filter 'contry'"),
        ({"start": "15/10/2023"}, "expected YYYY-MM-DD"),
        ({"date_field": "ingested_at"}, "choose event_date or published"),
        ({"bbox": (1, 2, 3)}, "four numbers"),
        ({"bbox": (0, 10, 1, 5)}, "latitudes"),
        ({"order": "id; drop table events"}, "order"),
        ({"limit": -1}, "limit"),
        ({"quad_class": "four"}, "quad_class"),
    ],
)
def test_bad_filters_are_one_line_errors(db, filters, message):
    with pytest.raises(EventscribeError, match=message):
        db.events(**filters)


def test_sql_is_parameterised(db):
    assert db.sql("select count(*) as n from events where cameo = ?", ["040"]) == [{"n": 2}]
    assert db.sql("select count(*) as n from events where cameo = ?", ["' or 1=1 --"]) == [{"n": 0}]
