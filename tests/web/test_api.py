"""The REST API over a hand-built database: every endpoint, bad parameters, the token.

FastAPI's TestClient runs the app in-process (no spaCy: nothing here runs the pipeline).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventscribe.web.app import create_app
from eventscribe.web.guards import served_hosts
from store.store_articles import ENVOY, HAMAS, MINISTER

TOKEN = "s3cret-token"
LOCAL = "http://localhost"  # a name the app serves (see test_host_check)


@pytest.fixture(scope="module")
def client(small_db: Path):
    with TestClient(create_app(small_db, TOKEN), base_url=LOCAL) as test_client:
        yield test_client


def ok(client: TestClient, url: str, **params: object) -> dict:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def error(client: TestClient, url: str, status: int = 400, **params: object) -> str:
    response = client.get(url, params=params)
    assert response.status_code == status, response.text
    return response.json()["error"]


# -- events --------------------------------------------------------------------------------


def test_events_page_and_total(client):
    first = ok(client, "/api/events", limit=4)
    assert first["total"] == 6 and len(first["events"]) == 4
    rest = ok(client, "/api/events", limit=4, offset=4)
    ids = [e["id"] for e in first["events"] + rest["events"]]
    assert len(set(ids)) == 6
    assert set(first["events"][0]) >= {"id", "source", "target", "cameo", "evidence", "place"}


@pytest.mark.parametrize(
    ("params", "count"),
    [
        ({"actor": "Hamas"}, 2),
        ({"actor": ENVOY}, 2),
        ({"country": "irn"}, 2),
        ({"code": "19"}, 4),
        ({"root": "4"}, 2),
        ({"start": "2023-11-01"}, 2),
        ({"end": "2023-10"}, 4),
        ({"start": "2023-10-15", "date_field": "published", "end": "2023-10-15"}, 3),
        ({"text": "rockets"}, 2),
        ({"place_country": "LBN"}, 2),
        ({"bbox": "34,31,35,32"}, 2),
        ({"quad_class": 1}, 2),
        ({"modality": "reported"}, 2),
        ({"article_id": "a2"}, 3),
    ],
)
def test_event_filters_as_in_the_cli(client, params, count):
    assert ok(client, "/api/events", **params)["total"] == count


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"limit": -1}, "limit"),
        ({"limit": 5000}, "limit"),
        ({"offset": "x"}, "offset"),
        ({"start": "yesterday"}, "start date 'yesterday'"),
        ({"end": "2023-13-01"}, "end date"),
        ({"bbox": "1,2,3"}, "bbox"),
        ({"date_field": "ingested"}, "date field 'ingested'"),
        ({"quad_class": 7}, "quad_class"),
        ({"order": "random"}, "order 'random'"),
    ],
)
def test_bad_event_parameters_say_what_is_wrong(client, params, words):
    assert words in error(client, "/api/events", **params)


def test_one_event_with_its_mentions_and_evidence(client):
    event = ok(client, "/api/events", actor=HAMAS, article_id="a1")["events"][0]
    found = ok(client, f"/api/events/{event['id']}")
    assert found["evidence"] == event["evidence"]
    assert {s["kind"] for s in found["spans"]} == {"evidence", "trigger", "source", "target"}
    assert [m["text"] for m in found["mentions"]] == ["Hamas", "Tel Aviv"]
    assert found["article"]["id"] == "a1"
    assert "no event with id 'nope'" in error(client, "/api/events/nope", 404)


def test_overview_network_places(client):
    periods = ok(client, "/api/overview", by="month")["periods"]
    assert [p["period"] for p in periods] == ["2023-10-01", "2023-11-01"]
    assert periods[0]["by_quad"] == {"1": 1, "4": 3}
    assert "by 'hour'" in error(client, "/api/overview", by="hour")
    network = ok(client, "/api/network")
    assert {(e["source"], e["target"], e["events"]) for e in network["edges"]} >= {
        (MINISTER, ENVOY, 2)
    }
    assert {n["id"] for n in network["nodes"]} >= {MINISTER, ENVOY, HAMAS}
    places = ok(client, "/api/places", country="ISR")["places"]
    assert {p["name"] for p in places} == {"Gaza", "Tel Aviv"}
    assert "limit" in error(client, "/api/network", limit=-3)


# -- actors, articles -------------------------------------------------------------------------


def test_actors_and_one_actor(client):
    actors = ok(client, "/api/actors", q="Wennesland")["actors"]
    assert [a["id"] for a in actors] == [ENVOY]
    actor = ok(client, f"/api/actors/{MINISTER}")
    assert actor["events_as_source"] == 2 and len(actor["latest_events"]) == 2
    assert actor["roles"][0]["title"] == "foreign minister"
    assert "no actor with id" in error(client, "/api/actors/person:nobody", 404)
    assert "offset" in error(client, "/api/actors", offset=-1)


def test_articles_list_and_one_article_with_spans(client):
    listed = ok(client, "/api/articles")["articles"]
    assert [a["id"] for a in listed] == ["a2", "a1"]
    assert ok(client, "/api/articles", start="2023-11")["articles"][0]["id"] == "a2"
    article = ok(client, "/api/articles/a1")
    evidence = [s for s in article["spans"] if s["kind"] == "evidence"][0]
    assert article["text"][evidence["start"] : evidence["end"]].startswith("Iranian Foreign")
    assert "no article" in error(client, "/api/articles/zz", 404)
    assert "start date" in error(client, "/api/articles", start="soon")


def test_stats(client):
    stats = ok(client, "/api/stats")
    assert stats["tables"]["articles"] == 2 and stats["tables"]["events"] == 6


# -- series and alerts (eventscribe.across) ----------------------------------------------------


def test_series_and_alerts_answer_or_say_they_are_missing(client):
    for url in ("/api/series", "/api/alerts"):
        response = client.get(url)
        assert response.status_code in (200, 501), response.text
        if response.status_code == 501:
            assert "not available" in response.json()["error"]
    assert "window" in error(client, "/api/alerts", window=0)
    assert "quad_class" in error(client, "/api/series", quad_class=9)


def test_series_by_day(client):
    pytest.importorskip("eventscribe.across.series", reason="another part, written separately")
    found = ok(client, "/api/series", by="day", actor=HAMAS)["series"]
    assert sum(p["events"] for p in found) == 2
    assert {"period", "events", "goldstein"} <= set(found[0])


def test_alerts_shape(client):
    pytest.importorskip("eventscribe.across.alerts", reason="another part, written separately")
    found = ok(client, "/api/alerts", min_events=1, threshold=0)["alerts"]
    for alert in found:
        assert {"key", "period", "count", "baseline", "score", "event_ids"} <= set(alert)


# -- ingest: the one write, behind the token -----------------------------------------------------


def test_ingest_needs_the_token(client):
    body = {"articles": [{"id": "x", "date": "2023-10-01", "text": "Words."}]}
    missing = client.post("/api/ingest", json=body)
    assert missing.status_code == 401 and "token" in missing.json()["error"]
    wrong = client.post("/api/ingest", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.json()["error"] == "wrong token"


def test_ingest_rejects_bad_bodies_with_a_message(client):
    auth = {"X-Eventscribe-Token": TOKEN}
    empty = client.post("/api/ingest", json={}, headers=auth)
    assert empty.status_code == 400 and "nothing to ingest" in empty.json()["error"]
    bad_name = client.post(
        "/api/ingest", json={"documents": [{"name": "../evil", "content": "x"}]}, headers=auth
    )
    assert bad_name.status_code == 400 and "documents[1].name" in bad_name.json()["error"]
    not_json = client.post("/api/ingest", content=b"{", headers=auth)
    assert not_json.status_code == 400
    wrong_type = client.post("/api/ingest", json={"articles": "text"}, headers=auth)
    assert wrong_type.status_code == 400 and "articles" in wrong_type.json()["error"]


def test_ingest_is_disabled_without_a_token(small_db: Path):
    with TestClient(create_app(small_db, None), base_url=LOCAL) as no_token:
        response = no_token.post("/api/ingest", json={}, headers={"Authorization": "Bearer x"})
        assert response.status_code == 403 and "disabled" in response.json()["error"]


def test_everything_else_is_read_only(client):
    for url in ("/api/events", "/api/actors", "/api/articles/a1"):
        assert client.post(url, json={}).status_code == 405
        assert client.delete(url).status_code == 405


# -- documents and pages --------------------------------------------------------------------


def test_openapi_lists_the_endpoints(client):
    paths = ok(client, "/openapi.json")["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{actor_id}",
                 "/api/articles", "/api/articles/{article_id}", "/api/series", "/api/alerts",
                 "/api/ingest", "/articles/{article_id}"):  # fmt: skip
        assert path in paths, path
    assert set(paths["/api/ingest"]) == {"post"}


def test_page_and_static_files(client):
    page = client.get("/")
    assert page.status_code == 200 and '<script src="/static/app.js"' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    world = ok(client, "/static/world/world.geojson")
    assert len(world["features"]) > 150
    assert client.get("/static/app.js").status_code == 200


def test_article_view_marks_the_chosen_event(client):
    event = ok(client, "/api/events", actor=HAMAS, article_id="a1")["events"][0]
    page = client.get("/articles/a1", params={"event": event["id"]})
    assert page.status_code == 200
    assert '<span class="mention evidence actor source" id="evidence">Hamas</span>' in page.text
    assert '<span class="evidence trigger">fired</span>' in page.text
    plain = client.get("/articles/a1").text
    assert 'class="evidence-any"' in plain and "aria-current" not in plain
    assert client.get("/articles/missing").status_code == 404


# -- bounds: series, offsets, bodies, hosts ------------------------------------------------------


@pytest.fixture(scope="module")
def spread(spread_db: Path):
    with TestClient(create_app(spread_db, TOKEN), base_url=LOCAL) as test_client:
        yield test_client


def test_series_defaults_to_the_dense_period_and_a_sensible_period(spread):
    pytest.importorskip("eventscribe.across.series", reason="another part, written separately")
    found = ok(spread, "/api/series")
    assert found["by"] == "week" and "2019-01-01" <= found["start"] <= found["end"] <= "2023-12-31"
    assert 100 < len(found["series"]) <= 400  # not 31,000 days from 1937
    assert sum(p["events"] for p in found["series"]) >= 50
    assert found["series"][0]["period"] <= found["start"]  # a week starts on its Monday
    by_month = ok(spread, "/api/series", by="month")
    assert by_month["by"] == "month" and len(by_month["series"]) < 70
    since = ok(spread, "/api/series", start="2023-01-01")  # the other end: the last event
    assert since["by"] == "day" and since["end"] >= "2023-11-01"


@pytest.mark.parametrize(
    "params",
    [{"by": "day", "start": "0001-01-01", "end": "9999-12-30"},
     {"by": "day", "start": "1937-01-01"},
     {"start": "0001-01-01", "end": "9999-12-30"},
     {"by": "week", "start": "1800-01-01", "end": "2023-01-01"}],
)  # fmt: skip
def test_series_refuses_too_many_periods_naming_the_limit(spread, params):
    pytest.importorskip("eventscribe.across.series", reason="another part, written separately")
    assert "at most 3700 periods per request" in error(spread, "/api/series", **params)


def test_series_at_the_end_of_the_calendar_is_refused_not_a_crash(spread):
    pytest.importorskip("eventscribe.across.series", reason="another part, written separately")
    for by in ("day", "week", "month"):
        found = error(spread, "/api/series", by=by, start="9999-12-31", end="9999-12-31")
        assert found == "end 9999-12-31: a series ends by 9999-11-30"
    assert ok(spread, "/api/series", by="day", start="9999-11-30", end="9999-11-30")["series"]


def test_overview_and_alerts_are_bounded_too(spread):
    assert "at most 3700 periods" in error(spread, "/api/overview", by="day")
    assert len(ok(spread, "/api/overview", by="month")["periods"]) == 21
    if client_has("eventscribe.across.alerts"):
        found = ok(spread, "/api/alerts", by="month", min_events=1, threshold=0, limit=2)
        assert "at most 3700 periods" in error(spread, "/api/alerts", by="week")
        assert len(found["alerts"]) <= 2 and found["total"] >= len(found["alerts"])
        assert "limit" in error(spread, "/api/alerts", limit=5000)


def client_has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def test_summary_counts_what_the_filters_match(spread):
    everything = ok(spread, "/api/summary")
    assert everything["events"] == 63 and everything["articles"] == 21
    assert everything["first"] == "1937-01-02" and everything["last"] >= "2023-11-09"
    assert "2019-01-01" <= everything["dense_first"] <= everything["dense_last"] <= "2023-12-31"
    some = ok(spread, "/api/summary", start="2023-01-01", actor="Hamas")
    assert (some["events"], some["articles"]) == (4, 4) and some["actors"] == 2
    assert "start date" in error(spread, "/api/summary", start="soon")


def test_network_keeps_the_top_actors(spread):
    top = ok(spread, "/api/network", actors=2)
    assert len(top["nodes"]) == 2 and top["actors"] >= 4
    ids = {n["id"] for n in top["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in top["edges"])
    assert top["nodes"][0]["events"] >= 21
    more = ok(spread, "/api/network", actors=40)
    assert len(more["nodes"]) == more["actors"] > 2
    assert "actors" in error(spread, "/api/network", actors=0)


@pytest.mark.parametrize("offset", [2**63, 2**64 + 5, 10**30])
def test_a_huge_offset_is_a_bad_parameter_with_the_security_headers(client, offset):
    response = client.get("/api/events", params={"offset": offset})
    assert response.status_code == 400 and "offset" in response.json()["error"]
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_ingest_checks_the_token_before_reading_the_body(client):
    broken = b"{" * 1000  # not JSON: parsed first, it would be a 400
    missing = client.post(
        "/api/ingest", content=broken, headers={"Content-Type": "application/json"}
    )
    assert missing.status_code == 401 and "token" in missing.json()["error"]
    wrong = client.post("/api/ingest", content=broken, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.json()["error"] == "wrong token"
    assert "default-src" in wrong.headers["content-security-policy"]


def test_ingest_refuses_a_body_over_the_limit(small_db: Path):
    app = create_app(small_db, TOKEN, max_body=1000)
    with TestClient(app, base_url=LOCAL) as capped:
        body = {"articles": [{"id": "x", "date": "2023-10-01", "text": "Words. " * 200}]}
        auth = {"Authorization": f"Bearer {TOKEN}"}
        response = capped.post("/api/ingest", json=body, headers=auth)
        assert response.status_code == 413
        assert "at most 1000 bytes per request" in response.json()["error"]
        small = capped.post("/api/ingest", json={}, headers=auth)
        assert small.status_code == 400 and "nothing to ingest" in small.json()["error"]


@pytest.mark.parametrize(
    ("base", "status"),
    [("http://localhost:8000", 200), ("http://127.0.0.1:8000", 200), ("http://[::1]:8000", 200),
     ("http://evil.example", 400), ("http://evil.example:8000", 400),
     ("http://127.0.0.1.evil.example", 400), ("http://data.example", 200)],
)  # fmt: skip
def test_host_check_against_dns_rebinding(small_db: Path, base: str, status: int):
    hosts = served_hosts("data.example")
    with TestClient(create_app(small_db, TOKEN, hosts=hosts), base_url=base) as visitor:
        response = visitor.get("/api/stats")
        assert response.status_code == status, response.text
        assert "default-src" in response.headers["content-security-policy"]
        if status == 400:
            assert "is not served here" in response.json()["error"]
            assert visitor.post("/api/ingest", json={}, headers={"X-Eventscribe-Token": TOKEN}
                                ).status_code == 400  # fmt: skip


def test_the_default_app_serves_loopback_names_only(small_db: Path):
    with TestClient(create_app(small_db, TOKEN)) as default:  # Host: testserver
        assert default.get("/").status_code == 400


def test_a_crash_answers_in_the_api_shape_with_the_security_headers(small_db: Path):
    app = create_app(small_db, TOKEN)

    @app.get("/api/crash")
    def crash() -> None:
        raise RuntimeError("boom")

    with TestClient(app, base_url=LOCAL, raise_server_exceptions=False) as crashing:
        response = crashing.get("/api/crash")
        assert response.status_code == 500
        assert response.json() == {"error": "internal error (see the server log)"}
        assert "default-src 'self'" in response.headers["content-security-policy"]
