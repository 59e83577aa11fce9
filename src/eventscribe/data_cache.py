"""Reference data built once per machine: a pickle in the user's cache, keyed by the files
it is built from, so every later process (each worker of each ingest) loads it ready-made.

The key holds each source file's name, size and modification time and the caller's format
number, so an edited dictionary or a changed builder never meets a stale pickle. A cache
that cannot be written (a read-only home) only costs the build.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "eventscribe"


def cached(name: str, sources: Iterable[Path], fmt: int, build: Callable[[], T]) -> T:
    """`build()`, or the pickle a previous process left of it for the same sources."""
    stamp = hashlib.sha1(
        repr([fmt] + [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in sources]).encode()
    ).hexdigest()[:16]
    path = cache_folder() / f"{name}-{stamp}.pickle"
    try:
        with path.open("rb") as handle:
            return _without_collector(pickle.load, handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)  # atomic: another process never reads half a file
        for stale in path.parent.glob(f"{name}-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return value


def _without_collector(load: Callable[..., T], *args: object) -> T:
    """Millions of new, never-cyclic objects: the collector would rescan them over and over."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return load(*args)
    finally:
        if collecting:
            gc.enable()
