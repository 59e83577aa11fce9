"""The `eventscribe` Typer app and the consoles every command writes to."""

from __future__ import annotations

import typer
from rich.console import Console

from eventscribe.cli.help import PlainHelpGroup

app = typer.Typer(
    name="eventscribe",
    cls=PlainHelpGroup,
    help="Political event data from news articles: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=False)
err = Console(stderr=True)
