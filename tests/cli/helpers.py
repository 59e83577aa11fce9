"""Running the real command: typer's CliRunner over the app, or a subprocess of the script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from eventscribe.cli import app

SCRIPT = Path(sys.executable).with_name("eventscribe")


def run(*args: str | Path, ok: bool = True):
    """The command's result (stdout in `.stdout`, stderr in `.stderr`); exit 0 unless not `ok`."""
    result = CliRunner().invoke(app, [str(arg) for arg in args])
    if ok:
        assert result.exit_code == 0, (result.output, result.exception)
    return result


def shell(*args: str | Path, columns: int = 80, ok: bool = True) -> subprocess.CompletedProcess:
    """The installed `eventscribe` script in a subprocess, its stdout a pipe, COLUMNS set
    (`columns=0`: not set, as in a plain pipe)."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("COLUMNS", "LINES", "FORCE_COLOR", "TTY_COMPATIBLE")}  # fmt: skip
    if columns:
        env["COLUMNS"] = str(columns)
    done = subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)  # fmt: skip
    if ok:
        assert done.returncode == 0, done.stderr
    return done
