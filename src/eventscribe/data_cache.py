"""Reference data built once per machine: a pickle in the user's cache, keyed by the files
it is built from, so every later process (each worker of each ingest) loads it ready-made.

The key holds each source file's name, size and modification time, the caller's format
number, a digest of the builder's module and one of the whole package's code (a builder
reads helpers of other modules: a changed name key or lemma rule changes what it builds),
so an edited dictionary or changed code never meets a stale pickle. A few other versions
of each value are kept, so checkouts of two versions sharing one cache do not keep
rebuilding each other's. A cache
that cannot be written (a read-only home) only costs the build.

Loading a pickle runs code, so a cache file is trusted only as far as the user's own files
are: the folder is made private (0700) and a file is loaded only when it is a regular file
(not a link) owned by this user and writable by no one else, in a folder of the same kind.
Pickle stays (rather than a data-only format) because the cached values are whole Python
objects (dictionaries, gazetteer indexes) that would each need a serializer of their own;
the checks above make a planted file as hard as editing the user's own code. Anything wrong
with a file (foreign, corrupt, another version's, a wrong shape) is a cache miss: the value
is built again and the file replaced, through a private temporary file and an atomic rename.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

ENVELOPE = "eventscribe-cache"  # a file's pickle is (ENVELOPE, name, stamp, value)
_UNSAFE_MODE = stat.S_IWGRP | stat.S_IWOTH


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "eventscribe"


KEPT_VERSIONS = 3  # other versions of a value kept beside the current one


def _builder_key(build: Callable[[], Any]) -> str:
    """The text of the module that builds the value and of the package's code: a builder
    edited without a new format number, a helper it calls changed (or another checkout's
    code sharing this cache) never meets a stale pickle."""
    module = sys.modules.get(getattr(build, "__module__", ""), None)
    source = getattr(module, "__file__", None)
    if not source:
        return ""
    return _file_digest(source) + package_digest(str(Path(__file__).parent))


@functools.lru_cache(maxsize=4)
def package_digest(root: str) -> str:
    """A digest of every Python file under `root` (read once per process)."""
    digest = hashlib.sha1()
    for path in sorted(Path(root).rglob("*.py")):
        with contextlib.suppress(OSError):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@functools.lru_cache(maxsize=64)
def _file_digest(path: str) -> str:
    try:
        return hashlib.sha1(Path(path).read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


def cached(name: str, sources: Iterable[Path], fmt: int, build: Callable[[], T]) -> T:
    """`build()`, or the pickle a previous process left of it for the same sources."""
    files = [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in sources]
    stamp = hashlib.sha1(repr([fmt, _builder_key(build), *files]).encode()).hexdigest()[:16]
    folder = private_folder(cache_folder())
    if folder is None:  # no folder this user alone controls: no cache
        return build()
    path = folder / f"{name}-{stamp}.pickle"
    found = _load(path, name, stamp)
    if found is not None:
        return found[0]
    value = build()
    _save(path, (ENVELOPE, name, stamp, value))
    _evict(folder, name, path)
    return value


def _evict(folder: Path, name: str, current: Path) -> None:
    """Remove all but the newest few other versions of the value."""
    others = []
    for path in folder.glob(f"{name}-*.pickle"):
        with contextlib.suppress(OSError):
            if path != current:
                others.append((path.stat().st_mtime_ns, path))
    for _, stale in sorted(others, reverse=True)[KEPT_VERSIONS:]:
        stale.unlink(missing_ok=True)


def private_folder(folder: Path) -> Path | None:
    """`folder`, created 0700 (or made so, if it is this user's), or None when it cannot be
    made private: another user's folder, a link, not a folder, an unwritable parent."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid():
            return None
        if stat.S_IMODE(info.st_mode) != 0o700:
            folder.chmod(0o700)  # a folder made by an older eventscribe under umask 002
    except OSError:
        return None
    return folder


def _load(path: Path, name: str, stamp: str) -> tuple[Any] | None:
    """(value,) from a trusted file holding this name and stamp; None for a miss."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None
    with open(fd, "rb") as handle:
        if not trusted(os.fstat(handle.fileno())):
            return None
        try:
            found = _without_collector(pickle.load, handle)
        except Exception:  # corrupt, truncated, another Python's protocol, a missing class
            return None
    if isinstance(found, tuple) and len(found) == 4 and found[:3] == (ENVELOPE, name, stamp):
        return (found[3],)
    return None


def trusted(info: os.stat_result) -> bool:
    """A regular file of this user's that no one else may write."""
    return (
        stat.S_ISREG(info.st_mode)
        and info.st_uid == os.geteuid()
        and not info.st_mode & _UNSAFE_MODE
    )


def _save(path: Path, value: object) -> None:
    """Write through a new private file (mkstemp: 0600, never an existing file or link),
    renamed over `path` at once: another process never reads half a file."""
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    except OSError:
        return
    try:
        with open(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _without_collector(load: Callable[..., T], *args: object) -> T:
    """Millions of new, never-cyclic objects: the collector would rescan them over and over."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return load(*args)
    finally:
        if collecting:
            gc.enable()
