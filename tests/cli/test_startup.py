"""Query commands start light: no spaCy, Dask, FastAPI, pandas or SciPy imported for them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("spacy", "dask", "distributed", "fastapi", "uvicorn", "pandas", "scipy", "datasketch",
         "trafilatura", "pyarrow")  # fmt: skip
PROBE = """
import json, sys
sys.argv = ["eventscribe", *json.loads(sys.argv[1])]
from eventscribe.cli import app
try:
    app()
except SystemExit as done:
    assert not done.code, done.code
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})), file=sys.stderr)
"""


def imported(*args: str) -> set[str]:
    """The top-level packages imported by running `eventscribe ARGS` in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(list(args))],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    "command",
    [["events"], ["events", "-f", "csv"], ["clusters"], ["actors"], ["rejects"],
     ["timeline"], ["dyad", "ISR", "PSE"]],  # fmt: skip
    ids=lambda args: " ".join(args),
)
def test_a_query_command_imports_nothing_heavy(world, command):
    loaded = imported(*command, "--db", str(world))
    assert "duckdb" in loaded and "eventscribe" in loaded  # the probe saw the command run
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
