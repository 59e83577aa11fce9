"""End to end: `eventscribe serve` in a subprocess, articles posted while it serves, and
Debian's Chromium (through Playwright) driving every view. A screenshot of each view lands
in tests/web/artifacts/; any console error fails the test that caused it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time

import pytest
from playwright.sync_api import expect

from .conftest import REPO, artifact, keep_screenshot, repo_records

pytestmark = pytest.mark.slow

XSS_ID = "xss-0001"
XSS_TEXT = (
    "Israeli jets struck Hamas targets in Gaza on Friday, the army said. "
    "<script>window.pwned = true; document.title = 'pwned';</script> "
    'Iran condemned Israel on Saturday <img src=x onerror="window.pwned = true"> '
    "<b>in strong terms</b>, its foreign ministry said."
)


@pytest.fixture(scope="module")
def loaded(server):
    """The corpus slice posted while readers poll; then an article full of markup.

    Returns what the readers saw: for each poll, article id -> its event count.
    """
    seen: list[dict[str, int]] = []
    result: dict = {}

    def post() -> None:  # a failure here is raised again in the test's own thread
        try:
            result["report"] = server.ingest(articles=repo_records())
        except BaseException as error:  # noqa: BLE001 - handed to the main thread
            result["error"] = error

    writer = threading.Thread(target=post)
    writer.start()
    while writer.is_alive():
        listed = server.client.get("/api/articles", params={"limit": 1000})
        assert listed.status_code == 200, listed.text
        seen.append({a["id"]: a["events"] for a in listed.json()["articles"]})
        time.sleep(0.3)
    writer.join()
    if "error" in result:
        raise result["error"]
    report = server.ingest(
        articles=[{"id": XSS_ID, "date": "2023-10-21", "title": "<i>Strikes</i> "
                   "<script>window.pwned = true</script> & more", "text": XSS_TEXT}]
    )  # fmt: skip
    assert report["articles"] == [XSS_ID], report
    return {"seen": seen, "report": result["report"]}


def test_ingest_while_serving_never_shows_half_an_article(server, loaded):
    report = loaded["report"]
    assert report["ingested"] + report["duplicates"] + report["rejected"] == len(repo_records())
    assert report["ingested"] >= 14 and report["events"] > 20
    final = {
        a["id"]: a["events"]
        for a in server.client.get("/api/articles", params={"limit": 1000}).json()["articles"]
    }
    sizes = {len(snapshot) for snapshot in loaded["seen"]}
    assert len(loaded["seen"]) >= 2  # readers were answered while the ingest ran
    assert any(1 < size < len(final) - 1 for size in sizes), sizes  # and saw batches land
    for snapshot in loaded["seen"]:
        for article_id, events in snapshot.items():
            assert final[article_id] == events, article_id  # whole articles, never part


def test_another_process_is_told_the_file_is_in_use(server):
    done = subprocess.run(
        [sys.executable, "-m", "eventscribe", "events", "--db", str(server.db)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2 and "in use by another process" in done.stderr


def test_overview(server, loaded, page):
    page.goto(f"{server.url}/#overview")
    page.wait_for_selector("#overview-chart svg rect.bar")
    assert page.locator("#overview-chart rect.bar").count() >= 3
    # The counts load beside the chart, not before it: wait for them.
    expect(page.locator("#counts")).to_have_text(re.compile(r"^[1-9]\d* events · [1-9]"))
    shot(page, "overview.png")


def test_timeline_filters_and_click_opens_the_article(server, loaded, page):
    page.goto(f"{server.url}/#timeline")
    page.wait_for_selector("#timeline-chart circle.dot")
    everything = page.locator("#timeline-chart circle.dot").count()
    shot(page, "timeline.png")
    page.fill("input[name=actor]", "Hezbollah")
    page.fill("input[name=start]", "2023-10-01")
    page.fill("input[name=end]", "2023-10-31")
    page.click("#filters button[type=submit]")
    expect(page.locator("#timeline-chart circle.dot")).not_to_have_count(everything)
    assert "actor=Hezbollah" in page.url
    shot(page, "timeline-filtered.png")
    page.locator("#timeline-chart circle.dot").first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("#text .evidence").count() >= 1


def test_network(server, loaded, page):
    page.goto(f"{server.url}/#network")
    page.wait_for_selector("#network-chart g.node")
    assert page.locator("#network-chart path.edge").count() >= 3
    page.locator("#network-chart path.edge").first.dispatch_event("click")
    page.wait_for_selector("#network-panel li a")
    shot(page, "network.png")
    keep_screenshot(artifact("network.png"), REPO / "docs" / "screenshot.png")


def test_map(server, loaded, page):
    page.goto(f"{server.url}/#map")
    page.wait_for_selector("#map-chart circle.place")
    assert page.locator("#map-chart path.land").count() > 150
    page.locator("#map-chart circle.place").first.dispatch_event("click")
    page.wait_for_selector("#map-panel li a")
    shot(page, "map.png")


def test_event_table_click_opens_evidence_with_actors_marked(server, loaded, page):
    page.goto(f"{server.url}/#events?article_id=000_f7bc11b55398ec7d")
    page.wait_for_selector("#events-table tbody tr")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= 10
    shot(page, "events.png")
    event_id = rows.first.get_attribute("data-event")
    event = server.client.get(f"/api/events/{event_id}").json()
    rows.first.locator("td").first.click()
    page.wait_for_url(f"**/articles/000_f7bc11b55398ec7d?event={event_id}#evidence")
    marked = "".join(page.locator("#text .evidence").all_text_contents())
    assert marked == event["evidence"]["sentence"]
    if event["source"]:
        assert page.locator("#text .actor.source").count() >= 1
    assert page.locator("#text .trigger").count() >= 1
    shot(page, "article.png")


def test_markup_in_an_article_is_shown_as_text(server, loaded, page):
    page.goto(f"{server.url}/articles/{XSS_ID}")
    text = page.locator("#text").inner_text()
    assert "<script>window.pwned = true;" in text and "<b>in strong terms</b>" in text
    assert page.locator("#text script, #text img, #text b, h1 i").count() == 0
    assert "<script>" in page.locator("h1").inner_text()
    assert page.evaluate("window.pwned") is None and page.title() != "pwned"
    shot(page, "article-markup.png")
    page.goto(f"{server.url}/#events?article_id={XSS_ID}")
    page.wait_for_selector("#events-table tbody tr")
    table = page.locator("#events-table").inner_text()
    assert "<" in table or "Israel" in table
    assert page.locator("#events-table script, #events-table img").count() == 0
    page.goto(f"{server.url}/#timeline?article_id={XSS_ID}")
    page.wait_for_selector("#timeline-chart circle.dot")
    assert page.evaluate("window.pwned") is None


def test_bad_filter_shows_the_servers_message(server, loaded, page):
    page.goto(f"{server.url}/#events?start=someday")
    page.wait_for_selector("#status.error")
    assert "start date 'someday'" in page.locator("#status").inner_text()
    page.problems.clear()  # the 400 answer is logged by the browser; it is the point here


def shot(page, name: str) -> None:
    path = artifact(name)
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
