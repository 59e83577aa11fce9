"""Command-line commands of this part (registered on the main `app` when cli.py imports this)."""

from __future__ import annotations

from eventscribe.cli import app  # noqa: F401
