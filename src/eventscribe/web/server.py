"""Serve the app with uvicorn: one process, so one writer of the database file."""

from __future__ import annotations

import secrets
from pathlib import Path

from eventscribe.settings import Settings


def new_token() -> str:
    return secrets.token_urlsafe(24)


def serve(
    db_path: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    settings: Settings | None = None,
    log_level: str = "info",
) -> None:
    """Open `db_path` read-write and serve it until interrupted (Ctrl-C)."""
    import uvicorn

    from eventscribe.web.app import create_app

    app = create_app(db_path, token, settings=settings)
    # One worker: the process that holds the file's connection is the only one serving it.
    uvicorn.run(app, host=host, port=port, workers=1, log_level=log_level)
