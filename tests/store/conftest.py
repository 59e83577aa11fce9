"""Store fixtures: databases on real DuckDB files in a temporary folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventscribe.store import Database, Store

from .store_articles import make_article


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


def write_two_runs(db_path: Path) -> Path:
    """a1 (published 2023-10-15) in run 1; a2 (2023-11-02, other content) in run 2."""
    with Store(db_path) as store:
        for article in (make_article("a1"), make_article("a2", published=dt.date(2023, 11, 2),
                                                         tag="update")):  # fmt: skip
            run = store.begin_run(version="test", config={"batch_size": 1}, inputs=[article.id])
            assert store.write_batch([article], run) == 1
            store.finish_run(run, {"ingested": 1, "events": 3})
    return db_path


@pytest.fixture()
def two_runs(db_path: Path) -> Path:
    """A file of its own, for tests that open it in other ways or write to it."""
    return write_two_runs(db_path)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):
    """The two-run file opened read-only, shared by a module's tests (they only read)."""
    path = write_two_runs(tmp_path_factory.mktemp("store") / "events.duckdb")
    with Database(path) as database:
        yield database
