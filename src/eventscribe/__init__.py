"""eventscribe: political event data from news articles, grounded in their sources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventscribe.version import __version__

if TYPE_CHECKING:
    from eventscribe.api import Database, Result, ingest, open, process

__all__ = ["Database", "Result", "__version__", "ingest", "open", "process"]


def __getattr__(name: str) -> Any:
    # The public API lives in eventscribe.api; importing it lazily keeps `import eventscribe`
    # cheap (no spaCy, no DuckDB) for tools that only need the version or the data model.
    if name in {"Database", "Result", "ingest", "open", "process"}:
        from eventscribe import api

        return getattr(api, name)
    raise AttributeError(f"module 'eventscribe' has no attribute {name!r}")
