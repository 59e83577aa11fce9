"""Paths the tests share, importable from any test module (a conftest.py is not: each test
folder may have its own, and `import conftest` gets whichever was imported first)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EXAMPLE = REPO / "examples" / "000_f7bc11b55398ec7d.txt"
