"""Clustering rules on hand-built mention rows, and incremental clustering in a database."""

from __future__ import annotations

import datetime as dt

from eventscribe.across.cluster import (
    Side,
    assign,
    compatible_codes,
    same_place,
    window,
)
from eventscribe.store import Database, Store

from .synthetic import insert

DAY = dt.date(2023, 10, 14)
DOHA = {"name": "Doha", "country": "QAT", "lat": 25.29, "lon": 51.53, "precision": "city"}
QATAR = {"name": "Qatar", "country": "QAT", "lat": 25.5, "lon": 51.25, "precision": "country"}
BEIRUT = {"name": "Beirut", "country": "LBN", "lat": 33.89, "lon": 35.49, "precision": "city"}


def mention(event_id: str, **changes) -> dict:
    """A Consult mention: Iran's foreign minister meets Haniyeh in Doha on 2023-10-14."""
    row = {
        "id": event_id, "cameo": "040", "modality": "asserted", "event_date": DAY,
        "date_end": None, "date_precision": "day",
        "source_actor_id": "person:hossein-amirabdollahian", "source_code": "IRNGOV",
        "target_actor_id": "person:ismail-haniyeh", "target_code": "PSEREBHMS",
        **{f"place_{k}": v for k, v in DOHA.items()},
    }  # fmt: skip
    place = changes.pop("place", "keep")
    if place != "keep":
        row.update({f"place_{k}": (place or {}).get(k) for k in DOHA})
    return {**row, **changes}


def test_windows_follow_the_precision():
    one = dt.timedelta(days=1)
    assert window(mention("a")) == (DAY - one, DAY + one)
    assert window(mention("a", date_precision="publication")) == (DAY - one, DAY)
    assert window(mention("a", date_precision="week")) == (DAY - 3 * one, DAY + 3 * one)
    ranged = mention("a", date_precision="range", date_end=DAY + 6 * one)
    assert window(ranged) == (DAY - one, DAY + 7 * one)


def test_codes_are_compatible_within_a_root_by_prefix_or_generic_code():
    assert compatible_codes("040", "043") and compatible_codes("138", "1384")
    assert compatible_codes("190", "195")
    assert not compatible_codes("042", "043") and not compatible_codes("040", "190")


def test_a_person_and_the_organization_of_their_code_are_one_side_two_people_are_not():
    haniyeh, hamas = Side("person:ismail-haniyeh", "PSEREBHMS"), Side("org:hamas", "PSEREBHMS")
    assert haniyeh.same_as(hamas)
    assert not haniyeh.same_as(Side("person:khaled-meshaal", "PSEREBHMS"))
    assert not Side("country:IRN", "IRN").same_as(Side("sector:IRN:GOV", "IRN"))
    assert Side(None, None).same_as(Side(None, None))


def test_places_agree_by_country_and_distance():
    assert same_place(DOHA, QATAR) and same_place(DOHA, None)
    assert not same_place(DOHA, BEIRUT)
    far = {**DOHA, "name": "Dukhan", "lat": 25.43, "lon": 50.78}  # about 77 km
    assert same_place(DOHA, far)
    assert not same_place(DOHA, {**far, "lat": 24.0, "lon": 50.0})


def test_two_reports_of_the_doha_meeting_are_one_cluster():
    summary = mention("summary", target_actor_id="org:hamas", place=QATAR,
                      date_precision="publication", event_date=DAY + dt.timedelta(days=1))  # fmt: skip
    chosen, touched = assign([mention("body"), summary], [])
    assert chosen == {"body": "body", "summary": "body"} and touched == {"body"}


def test_what_differs_founds_clusters_of_its_own():
    others = [
        mention("beirut", place=BEIRUT),
        mention("threat", modality="threatened"),
        mention("later", event_date=DAY + dt.timedelta(days=3)),
        mention("other-code", cameo="042"),
        mention("other-target", target_actor_id="org:hezbollah", target_code="LBNREB"),
    ]
    chosen, touched = assign([mention("first"), mention("specific", cameo="043"), *others], [])
    assert chosen["specific"] == "first"  # 043 joins the generic 040
    assert len(touched) == 1 + len(others)


def test_a_cluster_window_is_the_intersection_so_daily_events_do_not_chain():
    days = [mention(f"d{n}", event_date=DAY + dt.timedelta(days=n)) for n in range(5)]
    chosen, _ = assign(days, [])
    # d0 [13,15] + d1 [14,16] -> [14,15]; d2 [15,17] -> [15,15]; d3 [16,18] starts anew
    assert chosen == {"d0": "d0", "d1": "d0", "d2": "d0", "d3": "d3", "d4": "d3"}


def test_new_mentions_join_stored_clusters_and_counts_follow(tmp_path):
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        insert(store, "e1", DAY, "ISR", "PSE", "190")
        assert store.cluster_pending() == {"e1"}
        insert(store, "e2", DAY + dt.timedelta(days=1), "ISR", "PSE", "195")
        insert(store, "e3", DAY + dt.timedelta(days=10), "ISR", "PSE", "190")
        assert store.cluster_pending() == {"e1", "e3"}
        assert store.cluster_pending() == set()  # nothing pending any more
    with Database(path) as db:
        first = db.cluster("e1")
        assert [m["id"] for m in first["mentions"]] == ["e1", "e2"]
        assert (first["cameo"], first["mentions"][1]["cameo"]) == ("195", "195")
        assert (first["articles"], first["sources"]) == (2, 1)
        assert (first["first_seen"], first["last_seen"]) == ("2023-10-14", "2023-10-15")
        assert (first["date_from"], first["date_to"]) == ("2023-10-14", "2023-10-15")
        assert [c["id"] for c in db.clusters(min_mentions=2)] == ["e1"]
        assert [c["id"] for c in db.clusters(start="2023-10-20")] == ["e3"]
