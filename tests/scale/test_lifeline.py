"""Pool workers die with the ingest that started them, killed as the OOM killer would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil
import pytest

# An ingest's worker pool (normalize only, so that no model makes the test slow), kept open.
STARTS_A_POOL = """
import time
from eventscribe.ingest import _Runner
from eventscribe.settings import Settings

with _Runner(None, Settings(workers=2, stages=("normalize",))):
    print("started", flush=True)
    time.sleep(600)
"""


def _workers(main: psutil.Process, count: int) -> list[psutil.Process]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = [p for p in main.children(recursive=True) if "spawn_main" in " ".join(p.cmdline())]
        if len(found) >= count:
            return found
        time.sleep(0.2)
    pytest.fail(f"{count} workers did not start")


def _alive(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process tree of Linux")
def test_workers_and_the_resource_tracker_die_when_the_main_process_is_killed():
    spawned: list[psutil.Process] = []
    main = subprocess.Popen([sys.executable, "-c", STARTS_A_POOL], stdout=subprocess.PIPE,
                            text=True)  # fmt: skip
    try:
        assert main.stdout.readline().strip() == "started"
        tree = psutil.Process(main.pid)
        workers = _workers(tree, 2)
        others = [p for p in tree.children(recursive=True) if p not in workers]
        spawned += workers + others
        os.kill(main.pid, signal.SIGKILL)
        main.wait()
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in workers + others) and time.monotonic() < deadline:
            time.sleep(0.1)
        alive = [p.pid for p in workers + others if _alive(p)]
        assert not alive, f"outlived the killed ingest: {alive}"
    finally:
        if main.poll() is None:
            main.kill()
        for process in spawned:  # on failure: the orphans this test made, by their pids
            if _alive(process):
                process.kill()
