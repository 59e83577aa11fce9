"""What every request passes before the routes: the Host check, the ingest gate, and the
security headers on every answer (errors and crashes included).

The Host check stops DNS rebinding: a hostile page whose name resolves to 127.0.0.1 sends
its own name as Host, so only the names the server is bound to are served. The ingest gate
checks the token and the declared body size before a byte of the body is read.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

# The page loads only its own files; injected markup could run nothing even if it got in.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
MAX_BODY = 32 * 1024 * 1024  # bytes of one POST /api/ingest (500 articles of 64 KB)
INGEST = "/api/ingest"
log = logging.getLogger("eventscribe.web")


class Refused(Exception):
    """A request turned away: its status and the message the client reads."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def served_hosts(host: str | None, extra: Iterable[str] = ()) -> frozenset[str]:
    """The names a server bound to `host` answers to: the loopback names, `host` and `extra`
    (an address of all interfaces, 0.0.0.0 or ::, is no name a client sends)."""
    names = {*LOCAL_HOSTS, *(name.strip("[]").lower() for name in extra)}
    if host and host not in ("0.0.0.0", "::"):
        names.add(host.strip("[]").lower())
    return frozenset(names)


def host_name(header: str) -> str:
    """The name of a Host header, without its port: `[::1]:8000` -> `::1`."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def check_token(headers: Mapping[str, str], token: str | None) -> None:
    """Refuse an ingest without the server's token (403 when the server has none)."""
    if not token:
        raise Refused(403, "ingest is disabled on this server (start it with --token)")
    given = headers.get("x-eventscribe-token")
    authorization = headers.get("authorization") or ""
    if authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not given:
        raise Refused(401, "ingest needs the server's token: send 'Authorization: Bearer TOKEN'")
    if not secrets.compare_digest(given.encode(), token.encode()):
        raise Refused(403, "wrong token")


def check_body_size(headers: Mapping[str, str], limit: int) -> None:
    """Refuse a body larger than `limit`, or of unknown length, before reading it."""
    declared = headers.get("content-length")
    if declared is None:
        raise Refused(411, "send the body with a Content-Length header (no chunked uploads)")
    if not declared.isdigit() or int(declared) > limit:
        raise Refused(
            413, f"body of {declared} bytes: at most {limit} bytes per request "
            "(post fewer articles per request, or use `eventscribe ingest` for large loads)",
        )  # fmt: skip


def install(app: FastAPI, hosts: frozenset[str] | None, token: str | None, max_body: int) -> None:
    """One middleware: Host check, ingest gate, crash answer, security headers."""

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Any:
        try:
            _admit(request, hosts, token, max_body)
            response = await call_next(request)
        except Refused as refused:
            response = JSONResponse({"error": refused.message}, status_code=refused.status)
        except Exception:  # a crash still answers in the API's shape, with the headers
            log.exception("%s %s failed", request.method, request.url.path)
            response = JSONResponse({"error": "internal error (see the server log)"}, 500)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def _admit(request: Request, hosts: frozenset[str] | None, token: str | None, limit: int) -> None:
    if hosts is not None:
        name = host_name(request.headers.get("host", ""))
        if name not in hosts:
            raise Refused(
                400, f"host {name!r} is not served here (served: {', '.join(sorted(hosts))}; "
                "add names with `eventscribe serve --allow-host`)",
            )  # fmt: skip
    if request.method == "POST" and request.url.path == INGEST:
        check_token(request.headers, token)
        check_body_size(request.headers, limit)
