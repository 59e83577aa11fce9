"""`python kill_at.py POINT N eventscribe-arguments...`: run the eventscribe command line in
this process and SIGKILL it at one point of its N-th batch write (a `Store.write` of
articles), as a crash or an operator would:

- before: as the write begins (the batch analysed, nothing of it written);
- inside: every statement of the write run, its COMMIT not;
- after: right after the COMMIT, before the ingest says so.

The store and its DuckDB file are the real ones; only the moment of death is chosen.
"""

from __future__ import annotations

import os
import signal
import sys
from contextlib import contextmanager

from eventscribe.store.writer import Store

POINTS = ("before", "inside", "after")


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def kill_at(point: str, n: int) -> None:
    """Wrap `Store.write` (and its transaction) so the process dies at `point` of write `n`."""
    write, transaction = Store.write, Store._transaction
    writes = 0
    dying = False

    def counted_write(self, batch, *args, **kwargs):
        nonlocal writes, dying
        writes += bool(batch)
        if batch and writes == n:
            if point == "before":
                die()
            dying = point == "inside"
        written = write(self, batch, *args, **kwargs)
        if batch and writes == n and point == "after":
            die()
        return written

    @contextmanager
    def dying_transaction(self):
        with transaction(self):
            yield
            if dying:  # the body ran: every statement of the write, and no COMMIT yet
                die()

    Store.write, Store._transaction = counted_write, dying_transaction


if __name__ == "__main__":
    point, n = sys.argv[1], int(sys.argv[2])
    assert point in POINTS, point
    kill_at(point, n)
    sys.argv = ["eventscribe", *sys.argv[3:]]
    from eventscribe.cli import main

    main()
