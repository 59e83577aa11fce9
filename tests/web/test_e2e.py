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
    # A real click on the middle of an edge (not one dispatched): panning does not eat it.
    middle = page.locator("#network-chart path.edge").first.evaluate(
        """path => { const p = path.getPointAtLength(path.getTotalLength() / 2);
          const s = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM());
          return [s.x, s.y]; }"""
    )
    page.mouse.click(*middle)
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


# -- the page's state in the URL, time axes, zoom --------------------------------------------


def ready(page) -> None:
    page.wait_for_selector("body[data-state=ready]")


def test_filters_stay_when_switching_views_and_survive_a_reload(server, loaded, page):
    page.goto(f"{server.url}/#overview")
    ready(page)
    page.fill("input[name=country]", "ISR")
    page.click("#filters button[type=submit]")
    ready(page)
    matched = server.client.get("/api/summary", params={"country": "ISR"}).json()
    everything = server.client.get("/api/summary").json()
    assert 0 < matched["events"] < everything["events"]
    expect(page.locator("#counts")).to_have_text(
        f"{matched['events']} events · {matched['articles']} articles · "
        f"{matched['actors']} actors (filtered)"
    )
    for view in ("timeline", "network", "map", "events"):
        page.click(f"#tabs a[data-view={view}]")
        page.wait_for_url(f"**/#{view}?country=ISR")
        ready(page)
        assert page.input_value("input[name=country]") == "ISR"
    expect(page.locator("#events-table tbody tr")).to_have_count(min(matched["events"], 50))
    page.reload()
    ready(page)
    assert page.input_value("input[name=country]") == "ISR"
    expect(page.locator("#counts")).to_contain_text(f"{matched['events']} events")
    page.click("#filters button[type=reset]")
    page.wait_for_url("**/#events")
    expect(page.locator("#counts")).to_have_text(re.compile(rf"^{everything['events']} events"))


def test_overview_draws_on_a_time_axis_over_the_dense_period_and_zooms(server, loaded, page):
    page.goto(f"{server.url}/#overview?by=month")
    ready(page)
    found = server.client.get("/api/summary").json()
    window = page.locator("#overview-window .window-range").inner_text()
    assert window == f"{found['dense_first']} – {found['dense_last']}"
    bars = bar_positions(page)
    assert len(bars) >= 8
    # A real time axis: x grows in proportion to the date, so empty months are gaps (the
    # first and last bars may be cut by the window's edges).
    (t0, x0), (t1, x1) = bars[1], bars[-2]
    per_day = (x1 - x0) / (t1 - t0)
    for t, x in bars[1:-1]:
        assert abs(x0 + (t - t0) * per_day - x) < 2.5, (t, x)
    assert page.locator("#overview-chart .time-axis text").count() >= 3
    assert page.locator("#overview-strip rect.strip-window").count() == 1
    drawn = page.locator("#overview-chart rect.bar").count()
    drag(page, "#overview-chart svg", 0.55, 0.9)
    page.wait_for_url(re.compile(r"from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d"))
    # the zoomed chart replaces the old one once its data arrives
    page.wait_for_function(
        "n => document.querySelectorAll('#overview-chart rect.bar').length < n", arg=drawn
    )
    ready(page)
    zoomed = page.locator("#overview-window .window-range").inner_text()
    assert zoomed != window and zoomed.split(" – ")[0] > window.split(" – ")[0]
    assert 0 < len(bar_positions(page)) < len(bars)
    shot(page, "overview-zoomed.png")
    page.click("#overview-window .window-all")
    ready(page)
    assert page.locator("#overview-window .window-range").inner_text() == (
        f"{found['first']} – {found['last']}"
    )


def test_timeline_shares_the_window_and_draws_only_inside_it(server, loaded, page):
    page.goto(f"{server.url}/#timeline?from=2021-01-01&to=2022-12-31")
    ready(page)
    dates = page.locator("#timeline-chart circle.dot").evaluate_all(
        "dots => dots.map(d => d.dataset.date)"
    )
    assert dates and all("2021-01-01" <= d <= "2022-12-31" for d in dates)
    inside = server.client.get("/api/events", params={"start": "2021-01-01", "end": "2022-12-31"})
    assert len(dates) == inside.json()["total"]
    xs = page.locator("#timeline-chart circle.dot").evaluate_all(
        "dots => dots.map(d => [Date.parse(d.dataset.date), +d.getAttribute('cx')])"
    )
    early, late = min(xs), max(xs)
    assert late[1] > early[1]
    page.click("#tabs a[data-view=overview]")
    ready(page)
    assert page.locator("#overview-window .window-range").inner_text() == "2021-01-01 – 2022-12-31"


def test_network_top_actors_labels_apart_zoom_and_drag(server, loaded, page):
    page.goto(f"{server.url}/#network")
    ready(page)
    many = page.locator("#network-chart g.node").count()
    page.select_option("#network-top", "10")
    page.wait_for_url("**/#network?top=10")
    ready(page)
    assert page.locator("#network-chart g.node").count() == 10 < many
    top = server.client.get("/api/network", params={"actors": 10}).json()
    drawn = page.locator("#network-chart g.node").evaluate_all("g => g.map(n => n.dataset.actor)")
    assert sorted(drawn) == sorted(n["id"] for n in top["nodes"])
    page.select_option("#network-top", "150")
    ready(page)
    assert not overlapping(page, "#network-chart g.node text:not(.hidden), #network-chart circle")
    node = page.locator("#network-chart g.node").first
    moved_from = node.get_attribute("transform")
    box = node.locator("circle").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 60, box["y"] + 40, steps=5)
    page.mouse.up()
    assert node.get_attribute("transform") != moved_from
    before = page.get_attribute("#network-chart svg", "viewBox")
    page.click("#network-zoom .zoom-in")
    after = page.get_attribute("#network-chart svg", "viewBox")
    assert float(after.split()[2]) < float(before.split()[2])
    # the dragged actor lies where the user put it, maybe on another; the rest stay apart
    dragged = node.get_attribute("data-actor")
    pairs = overlapping(page, "#network-chart g.node text:not(.hidden), #network-chart circle")
    assert not [pair for pair in pairs if dragged not in pair]
    shot(page, "network-zoomed.png")


def test_map_zooms_and_lists_a_places_events_newest_first(server, loaded, page):
    page.goto(f"{server.url}/#map")
    ready(page)
    before = page.get_attribute("#map-chart svg", "viewBox")
    page.click("#map-zoom .zoom-in")
    page.click("#map-zoom .zoom-in")
    after = page.get_attribute("#map-chart svg", "viewBox")
    assert float(after.split()[2]) < float(before.split()[2]) / 2
    chart = page.locator("#map-chart svg").bounding_box()
    page.mouse.move(chart["x"] + chart["width"] / 2, chart["y"] + chart["height"] / 2)
    page.mouse.wheel(0, -400)
    expect(page.locator("#map-chart svg")).not_to_have_attribute("viewBox", after)
    page.click("#map-zoom .zoom-reset")
    assert page.get_attribute("#map-chart svg", "viewBox") == before
    places = server.client.get("/api/places").json()["places"]
    busiest = places[0]["name"]
    page.locator(f"#map-chart circle.place[data-place='{busiest}']").dispatch_event("click")
    page.wait_for_selector("#map-panel li a")
    dates = [t.split()[0] for t in page.locator("#map-panel li a").all_inner_texts()]
    assert len(dates) >= 2 and dates == sorted(dates, reverse=True)
    shot(page, "map-place.png")


def test_event_table_lists_newest_first_and_keeps_its_order_in_the_url(server, loaded, page):
    page.goto(f"{server.url}/#events")
    ready(page)
    dates = page.locator("#events-table tbody tr td:first-child").all_inner_texts()
    dated = [d for d in dates if "(pub)" not in d]
    assert dated == sorted(dated, reverse=True)
    page.select_option("#events-order", "event_date")
    page.wait_for_url("**/#events?order=event_date")
    ready(page)
    oldest = page.locator("#events-table tbody tr td:first-child").first.inner_text()
    assert oldest == server.client.get("/api/summary").json()["first"]
    page.reload()
    ready(page)
    assert page.input_value("#events-order") == "event_date"
    assert page.locator("#events-table tbody tr td:first-child").first.inner_text() == oldest


def bar_positions(page) -> list[tuple[float, float]]:
    """(day number, left x) of each period's bottom bar in the overview."""
    found = page.locator("#overview-chart rect.bar").evaluate_all(
        "bars => bars.map(b => [Date.parse(b.dataset.period) / 86400000, +b.getAttribute('x')])"
    )
    return sorted({t: x for t, x in found}.items())


def drag(page, selector: str, start: float, end: float) -> None:
    """Drag across `selector` from `start` to `end` of its width, at half its height."""
    box = page.locator(selector).bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * start, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * end, y, steps=8)
    page.mouse.up()


def overlapping(page, selector: str) -> list:
    """Pairs of the elements' screen boxes that overlap (a label with its own node aside)."""
    return page.evaluate(
        """selector => {
          const items = [...document.querySelectorAll(selector)].map(e => [e.closest('g.node'),
            e.getBoundingClientRect()]);
          const found = [];
          for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
            const [ga, a] = items[i], [gb, b] = items[j];
            if (ga === gb) continue;
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
              found.push([ga.dataset.actor, gb.dataset.actor]);
          }
          return found;
        }""",
        selector,
    )


def test_timeline_draws_the_newest_events_when_there_are_too_many(busy_server, page):
    url = busy_server.url
    found = busy_server.client.get("/api/summary").json()
    page.goto(f"{url}/#timeline?from={found['first']}&to={found['last']}")
    ready(page)
    dates = page.locator("#timeline-chart circle.dot").evaluate_all(
        "dots => dots.map(d => d.dataset.date)"
    )
    assert len(dates) == 1000 < found["events"]
    newest = busy_server.client.get("/api/events", params={"order": "-event_date", "limit": 1000})
    cut = newest.json()["events"][-1]["event_date"]
    assert min(dates) == cut and max(dates) == found["last"]
    assert page.locator("#status").inner_text().startswith(f"the newest 1000 of {found['events']}")


def test_deadly_events_filter_and_show_their_toll(server, loaded, page):
    page.goto(f"{server.url}/#events")
    ready(page)
    page.fill("input[name=min_fatalities]", "50")
    page.click("#filters button[type=submit]")
    page.wait_for_url(re.compile(r"min_fatalities=50"))
    deadly = server.client.get("/api/events", params={"min_fatalities": 50}).json()["total"]
    expect(page.locator("#events-table tbody tr")).to_have_count(deadly)
    killed = page.locator("#events-table tbody td.killed").all_inner_texts()
    tolls = [int(re.search(r"\d+", text).group()) for text in killed]  # "at least 100 (...)"
    assert tolls and all(toll >= 50 for toll in tolls)
    page.select_option("select[name=event_type]", "Protests")
    page.click("#filters button[type=submit]")
    page.wait_for_url(re.compile(r"event_type=Protests"))
    expected = server.client.get(
        "/api/events", params={"min_fatalities": 50, "event_type": "Protests"}
    ).json()["total"]
    expect(page.locator("#events-table tbody tr")).to_have_count(expected)
