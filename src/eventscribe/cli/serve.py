"""`serve`: the REST API and the web page (`eventscribe.web.server.serve`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventscribe.cli.app import app, err
from eventscribe.cli.options import DEFAULT_DB, DbOption, settings_from


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to bind (0.0.0.0 for all).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            help="Token for POST /api/ingest, 16 characters or more (default: a new one, "
            "printed). Prefer the environment variable: `ps` shows a command line.",
            envvar="EVENTSCRIBE_TOKEN",
        ),
    ] = None,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            help="Another host name clients use (repeatable); localhost, 127.0.0.1, [::1] "
            "and --host are always served, any other Host header is refused.",
        ),
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Settings file (TOML) for ingest.")] = None,
) -> None:
    """Serve the REST API and the web page over the database (created if missing)."""
    from eventscribe.web.server import check_token, new_token
    from eventscribe.web.server import serve as run_server

    given = token is not None
    token = check_token(token) if given else new_token()
    err.print(f"eventscribe: serving {db} on http://{host}:{port}/", highlight=False)
    if not given:  # a given token is not echoed: it was chosen, and logs are read by others
        err.print(f"ingest token: {token}", highlight=False, soft_wrap=True)
    run_server(db, host=host, port=port, token=token, settings=settings_from(config),
               allow_hosts=allow_host or ())  # fmt: skip
