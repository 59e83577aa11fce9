"""Across fixtures: the synthetic database (known counts), built once per module."""

from __future__ import annotations

import pytest

from eventscribe.store import Database

from .synthetic import build


@pytest.fixture(scope="module")
def synthetic_path(tmp_path_factory: pytest.TempPathFactory):
    return build(tmp_path_factory.mktemp("across") / "synthetic.duckdb")


@pytest.fixture(scope="module")
def synthetic(synthetic_path):
    with Database(synthetic_path) as database:
        yield database
