"""`eventscribe serve` as a user starts it: a generated token, printed, guards ingest."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import httpx

from .conftest import free_port


def test_serve_prints_a_new_token_that_opens_ingest(tmp_path: Path):
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "eventscribe", "serve", "--db", str(tmp_path / "new.duckdb"),
             "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        token = _wait_for_token(log, process)
        url = f"http://127.0.0.1:{port}"
        _wait_until_up(url)
        assert httpx.get(f"{url}/api/events").json()["total"] == 0  # a new, empty database
        assert httpx.post(f"{url}/api/ingest", json={}).status_code == 401
        opened = httpx.post(
            f"{url}/api/ingest", json={}, headers={"Authorization": f"Bearer {token}"}
        )
        assert opened.status_code == 400 and "nothing to ingest" in opened.json()["error"]
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert f"http://127.0.0.1:{port}/" in log.read_text()


def _wait_for_token(log: Path, process: subprocess.Popen) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = re.search(r"ingest token: (\S+)", log.read_text())
        if found:
            return found.group(1)
        assert process.poll() is None, log.read_text()
        time.sleep(0.1)
    raise AssertionError(f"no token printed: {log.read_text()}")


def _wait_until_up(url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/api/stats")
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("server did not answer")
