"""Worker processes die with the process that started them.

When the OOM killer (or `kill -9`) ends an ingest's main process, its pool workers would
live on, each holding a spaCy model (~500 MB), for minutes. A worker therefore asks Linux
to send it SIGKILL when its parent dies (`prctl(PR_SET_PDEATHSIG)`), and, where that is not
available or the parent died before it was set, a watchdog thread ends it within a second
of the parent's death (its parent process id changes when it is re-parented).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
WATCH_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """Call first thing in a worker; `parent` is the starting process's pid (os.getpid()
    there), so that a parent gone before this call is noticed too."""
    _ask_for_death_signal()
    if os.getppid() != parent:  # died already: nothing will signal us
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="parent-watchdog", daemon=True).start()


def _ask_for_death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)  # no cleanup: the parent that would collect our results is gone
