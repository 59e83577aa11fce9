"""Web fixtures: a hand-built database for API tests, a real server and Chromium for e2e.

The e2e server is `eventscribe serve` in a subprocess on a free port; the example article
and the repo's own test articles (tests/web/data/, 2019-2024, many countries) are ingested
through its `POST /api/ingest`, so every view is drawn from data the server stored while
serving, on any clone. Only the optional corpus views need ../shared, and skip without it.
"""

from __future__ import annotations

import datetime as dt
import gzip
import itertools
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from eventscribe.evaluation import read_gold
from eventscribe.store import Store
from store.store_articles import make_article  # tests/ is on sys.path (rootdir packages)

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
EXAMPLE = REPO / "examples" / "000_f7bc11b55398ec7d.txt"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]  # fmt: skip
ARTIFACTS = Path(__file__).parent / "artifacts"
ARTICLES = Path(__file__).parent / "data" / "articles.jsonl"
CORPUS = SHARED / "corpus" / "reuters-1987.jsonl.gz"
TOKEN = "test-token-0123456789"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def require(path: Path, why: str) -> None:
    """Skip when a machine lacks `path`; CI always has it, so there it is a failure."""
    if path.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{path} is missing ({why})")
    pytest.skip(f"{path} not present ({why})")


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two hand-built articles (no spaCy): a1 published 2023-10-15, a2 on 2023-11-02."""
    path = tmp_path_factory.mktemp("web") / "events.duckdb"
    with Store(path) as store:
        run = store.begin_run(version="test", config={}, inputs=["a1", "a2"])
        store.write_batch(
            [make_article("a1"), make_article("a2", published=dt.date(2023, 11, 2), tag="later")],
            run,
        )
        store.finish_run(run, {"ingested": 2})
    return path


@pytest.fixture(scope="module")
def spread_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Hand-built articles over five years (2019-2023, one every quarter) and a stray one
    published in 1937: a long, sparse span, as history in the news makes."""
    path = tmp_path_factory.mktemp("web") / "spread.duckdb"
    days = [dt.date(1937, 1, 4)] + [
        dt.date(y, m, 10) for y in range(2019, 2024) for m in (2, 5, 8, 11)
    ]
    with Store(path) as store:
        run = store.begin_run(version="test", config={}, inputs=["spread"])
        articles = [make_article(f"s{i}", published=day, tag=str(i)) for i, day in enumerate(days)]
        store.write_batch(articles, run)
        store.finish_run(run, {"ingested": len(articles)})
    return path


@pytest.fixture(scope="module")
def busy_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server over 420 hand-built articles (about 1,260 events), one every four days from
    2020 on: more events than the timeline draws."""
    workdir = tmp_path_factory.mktemp("busy")
    path = workdir / "busy.duckdb"
    with Store(path) as store:
        run = store.begin_run(version="test", config={}, inputs=["busy"])
        days = [dt.date(2020, 1, 2) + dt.timedelta(days=4 * i) for i in range(420)]
        store.write_batch(
            [make_article(f"b{i}", published=d, tag=str(i)) for i, d in enumerate(days)], run
        )
        store.finish_run(run, {"ingested": len(days)})
    running = Server(path, workdir)
    try:
        yield running
    finally:
        running.stop()


class Server:
    """`eventscribe serve` in a subprocess, with an httpx client at its address."""

    def __init__(self, db: Path, workdir: Path) -> None:
        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = workdir / "settings.toml"
        config.write_text("batch_size = 2\n", encoding="utf-8")
        self.log = (workdir / "server.log").open("w+b")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "eventscribe", "serve", "--db", str(db), "--port",
             str(self.port), "--config", str(config)],
            stdout=self.log, stderr=subprocess.STDOUT,
            env={**os.environ, "EVENTSCRIBE_TOKEN": TOKEN},  # not on the command line
        )  # fmt: skip
        self.client = httpx.Client(base_url=self.url, timeout=600)
        self._wait()

    def _wait(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.output()}")
            try:
                if self.client.get("/api/stats").status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.2)
        raise RuntimeError(f"server did not start: {self.output()}")

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")

    def ingest(self, **body: object) -> dict:
        response = self.client.post(
            "/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"}
        )
        assert response.status_code == 200, response.text
        return response.json()

    def stop(self) -> None:
        self.client.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A served, initially empty database; the example article posted as a document."""
    workdir = tmp_path_factory.mktemp("served")
    running = Server(workdir / "events.duckdb", workdir)
    try:
        report = running.ingest(
            documents=[{"name": EXAMPLE.name, "content": EXAMPLE.read_text(encoding="utf-8")}]
        )
        assert report["articles"] == [EXAMPLE.stem], report
        yield running
    finally:
        running.stop()


def repo_records() -> list[dict]:
    """The repo's web test articles (tests/web/data/articles.jsonl)."""
    return read_gold(ARTICLES)


def corpus_records(lines: int) -> list[dict]:
    """The first `lines` records of the shared Reuters 1987 corpus (skips without it)."""
    require(CORPUS, "the shared corpus lives beside the repo")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in itertools.islice(handle, lines)]


@pytest.fixture(scope="session")
def browser():
    require(CHROMIUM, "Debian's chromium package; .ci/run installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser, request: pytest.FixtureRequest):
    """A fresh page; the test fails on any console error or uncaught page error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    opened.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    opened.problems = problems
    yield opened
    context.close()
    assert not problems, f"console errors in {request.node.name}: {problems}"


def artifact(name: str) -> Path:
    """Where a screenshot goes (tests/web/artifacts/, ignored by git)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name


def keep_screenshot(source: Path, target: Path) -> None:
    """Refresh a screenshot kept in the repo only on purpose (UPDATE_SCREENSHOTS=1) or when
    it is missing, so test runs leave the work tree clean."""
    if os.environ.get("UPDATE_SCREENSHOTS") == "1" or not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
