"""CLI fixtures: real DuckDB files, built once per session, that the commands only read."""

from __future__ import annotations

from pathlib import Path

import pytest

from across.synthetic import build
from eventscribe.store import Store
from store.conftest import write_two_runs


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store tests' two runs (Iran, the UN, Israel, Gaza, Hamas; places, sectors,
    modalities), clustered: six mentions of events in October and November 2023."""
    path = write_two_runs(tmp_path_factory.mktemp("cli") / "world.duckdb")
    with Store(path) as store:
        store.cluster_pending()
    return path


@pytest.fixture(scope="session")
def weeks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The across tests' synthetic file: twelve weeks of ISR/PSE and USA/RUS events."""
    return build(tmp_path_factory.mktemp("cli") / "weeks.duckdb")


@pytest.fixture()
def empty(tmp_path: Path) -> Path:
    """A database with the schema and no rows."""
    path = tmp_path / "empty.duckdb"
    with Store(path):
        pass
    return path
