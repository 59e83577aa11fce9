"""`eventscribe serve` as a user starts it: a generated token, printed, guards ingest."""

from __future__ import annotations

import http.client
import os
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


LONG_TOKEN = "a-token-from-the-environment-0123"


def start_serve(tmp_path: Path, *args: str, env: dict[str, str] | None = None):
    """`eventscribe serve` on a free port; returns (process, url, log path)."""
    port = free_port()
    log = tmp_path / f"serve-{port}.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "eventscribe", "serve", "--db", str(tmp_path / "s.duckdb"),
             "--port", str(port), *args],
            stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
        )  # fmt: skip
    return process, f"http://127.0.0.1:{port}", log


def test_a_short_token_is_refused(tmp_path: Path):
    done = subprocess.run(
        [sys.executable, "-m", "eventscribe", "serve", "--db", str(tmp_path / "s.duckdb"),
         "--port", str(free_port()), "--token", "short-token"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "--token (or EVENTSCRIBE_TOKEN): 11 characters; give at least 16" in done.stderr
    assert "EVENTSCRIBE_TOKEN" in done.stderr


def test_token_from_the_environment_host_check_and_token_before_body(tmp_path: Path):
    process, url, log = start_serve(
        tmp_path, "--allow-host", "events.example", env={"EVENTSCRIBE_TOKEN": LONG_TOKEN}
    )
    try:
        _wait_until_up(url)
        assert LONG_TOKEN not in log.read_text()  # a chosen token is not echoed to the log
        auth = {"Authorization": f"Bearer {LONG_TOKEN}"}
        opened = httpx.post(f"{url}/api/ingest", json={}, headers=auth)
        assert opened.status_code == 400 and "nothing to ingest" in opened.json()["error"]
        rebound = httpx.get(f"{url}/api/stats", headers={"Host": "attacker.example"})
        assert rebound.status_code == 400 and "not served here" in rebound.json()["error"]
        allowed = httpx.get(f"{url}/api/stats", headers={"Host": "events.example:80"})
        assert allowed.status_code == 200
        # A gigabyte announced and never sent: the answer comes at once, from the headers.
        assert _post_headers_only(url, {}).startswith("401 ")
        huge = _post_headers_only(url, auth)
        assert huge.startswith("413 ") and "at most 33554432 bytes" in huge
    finally:
        process.terminate()
        process.wait(timeout=20)


def _post_headers_only(url: str, headers: dict[str, str]) -> str:
    """POST /api/ingest announcing a 1 GB body, send none of it: 'status body'."""
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.putrequest("POST", "/api/ingest")
        for name, value in {"Content-Length": "1000000000", **headers}.items():
            connection.putheader(name, value)
        connection.endheaders()
        answer = connection.getresponse()
        return f"{answer.status} {answer.read().decode()}"
    finally:
        connection.close()
