"""The store: one DuckDB file. `Store` is its single writer, `Database` its read side.

schema.sql   the tables (documented in docs/schema.md), versioned by schema_version
schema.py    opening a file, creating and checking the schema
rows.py      flat table rows from a processed Article
shape.py     the stable JSON shapes of events, articles and actors
writer.py    Store: batches in one transaction, bulk inserts, the actor registry
query.py     event filters as parameterised SQL
database.py  Database: read-only queries
export.py    exporters (csv, jsonl, json, parquet, gdelt), registered by format
panel.py     country-month and dyad-month panels
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eventscribe.store.database import Database
    from eventscribe.store.schema import SCHEMA_VERSION
    from eventscribe.store.writer import Store

__all__ = ["SCHEMA_VERSION", "Database", "Store"]
_HOMES = {"Database": "database", "SCHEMA_VERSION": "schema", "Store": "writer"}


def __getattr__(name: str) -> Any:
    # Imported on first use: a query command needs the read side, not the writer (pyarrow).
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f"eventscribe.store.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'eventscribe.store' has no attribute {name!r}")
