"""Serve the app with uvicorn: one process, so one writer of the database file."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from pathlib import Path

from eventscribe.errors import EventscribeError
from eventscribe.settings import Settings

MIN_TOKEN = 16  # characters: a short token is guessed by trying


def new_token() -> str:
    return secrets.token_urlsafe(24)


def check_token(token: str) -> str:
    """`token`, or an error when it is too short to guard a write."""
    if len(token) < MIN_TOKEN:
        raise EventscribeError(
            f"--token (or EVENTSCRIBE_TOKEN): {len(token)} characters; give at least {MIN_TOKEN} "
            "(or none, and a new one is made), preferably in the EVENTSCRIBE_TOKEN environment "
            "variable, where `ps` does not show it"
        )
    return token


def serve(
    db_path: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    settings: Settings | None = None,
    log_level: str = "info",
    allow_hosts: Sequence[str] = (),
) -> None:
    """Open `db_path` read-write and serve it until interrupted (Ctrl-C).

    Only requests naming a served host (the loopback names, `host`, `allow_hosts`) are
    answered, so a page on another site that rebinds its name to this address reads nothing.
    """
    import uvicorn

    from eventscribe.web.app import create_app
    from eventscribe.web.guards import served_hosts

    hosts = served_hosts(host, allow_hosts)
    app = create_app(db_path, token and check_token(token), settings=settings, hosts=hosts)
    # One worker: the process that holds the file's connection is the only one serving it.
    uvicorn.run(app, host=host, port=port, workers=1, log_level=log_level)
