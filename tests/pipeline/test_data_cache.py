"""The data cache: built once, loaded after, rebuilt when a source changes, never stale."""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import pytest

from eventscribe.data_cache import cached


def _source(tmp_path, text: str):
    path = tmp_path / "source.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_builds_once_then_loads_the_pickle(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = _source(tmp_path, "a\tb\n")
    calls = []

    def build():
        calls.append(1)
        return {"rows": source.read_text().split("\t")}

    assert cached("table", [source], 1, build) == {"rows": ["a", "b\n"]}
    assert cached("table", [source], 1, build) == {"rows": ["a", "b\n"]}
    assert len(calls) == 1


def test_a_changed_source_or_format_rebuilds_and_keeps_only_a_few_old_pickles(tmp_path, monkeypatch):
    from eventscribe import data_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = _source(tmp_path, "one")
    assert cached("table", [source], 1, source.read_text) == "one"
    source.write_text("two, longer", encoding="utf-8")
    assert cached("table", [source], 1, source.read_text) == "two, longer"
    for fmt in range(2, 8):
        assert cached("table", [source], fmt, lambda f=fmt: f"format {f}") == f"format {fmt}"
    kept = list((tmp_path / "cache" / "eventscribe").glob("table-*.pickle"))
    assert len(kept) == 1 + data_cache.KEPT_VERSIONS


def test_the_package_digest_changes_with_any_module_of_the_package(tmp_path):
    from eventscribe.data_cache import package_digest

    (tmp_path / "sub").mkdir()
    helper = tmp_path / "sub" / "helper.py"
    helper.write_text("KEY = 1\n", encoding="utf-8")
    before = package_digest(str(tmp_path))
    package_digest.cache_clear()
    helper.write_text("KEY = 2\n", encoding="utf-8")
    assert package_digest(str(tmp_path)) != before


def test_an_unwritable_cache_only_costs_the_build(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    source = _source(tmp_path, "x")
    assert cached("table", [source], 1, lambda: [1, 2]) == [1, 2]
    assert cached("table", [source], 1, lambda: [3]) == [3]


# -- trust: a cache file is loaded only if it is this user's own, private, well-formed ------


class _Planted:
    """Unpickling this runs code: it creates `marker`."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def _cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "eventscribe"


def _pickle_path(folder: Path, source: Path) -> Path:
    """The file `cached("table", [source], 1, ...)` uses, made by a first call."""
    cached("table", [source], 1, lambda: "built")
    (path,) = folder.glob("table-*.pickle")
    return path


def test_the_folder_is_private(tmp_path, monkeypatch):
    folder = _cache(tmp_path, monkeypatch)
    cached("table", [_source(tmp_path, "x")], 1, lambda: 1)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    folder.chmod(0o775)  # as an older eventscribe left it under umask 002
    cached("table", [_source(tmp_path, "x")], 1, lambda: 1)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.parametrize("mode", [0o666, 0o620, 0o602])
def test_a_file_others_may_write_is_not_loaded(tmp_path, monkeypatch, mode):
    folder = _cache(tmp_path, monkeypatch)
    source = _source(tmp_path, "x")
    path = _pickle_path(folder, source)
    marker = tmp_path / "ran"
    path.write_bytes(pickle.dumps(_Planted(marker)))
    path.chmod(mode)
    assert cached("table", [source], 1, lambda: "rebuilt") == "rebuilt"
    assert not marker.exists()
    assert not path.stat().st_mode & 0o022  # replaced by a private file of the rebuilt value
    assert cached("table", [source], 1, lambda: "not loaded") == "rebuilt"


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user takes root")
def test_a_file_of_another_user_is_not_loaded(tmp_path, monkeypatch):
    folder = _cache(tmp_path, monkeypatch)
    source = _source(tmp_path, "x")
    path = _pickle_path(folder, source)
    marker = tmp_path / "ran"
    path.write_bytes(pickle.dumps(_Planted(marker)))
    os.chown(path, 65534, 65534)
    assert cached("table", [source], 1, lambda: "rebuilt") == "rebuilt"
    assert not marker.exists() and path.stat().st_uid == os.geteuid()


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user takes root")
def test_a_folder_of_another_user_is_not_used(tmp_path, monkeypatch):
    folder = _cache(tmp_path, monkeypatch)
    folder.mkdir(parents=True)
    os.chown(folder, 65534, 65534)
    calls = []
    source = _source(tmp_path, "x")
    for _ in range(2):
        assert cached("table", [source], 1, lambda: calls.append(1) or "built") == "built"
    assert len(calls) == 2 and not list(folder.iterdir())


def test_a_link_is_neither_followed_nor_written_through(tmp_path, monkeypatch):
    folder = _cache(tmp_path, monkeypatch)
    source = _source(tmp_path, "x")
    path = _pickle_path(folder, source)
    victim = tmp_path / "victim.pickle"
    marker = tmp_path / "ran"
    victim.write_bytes(pickle.dumps(("eventscribe-cache", "table", path.stem[6:],
                                     _Planted(marker))))  # fmt: skip
    path.unlink()
    path.symlink_to(victim)
    before = victim.read_bytes()
    assert cached("table", [source], 1, lambda: "rebuilt") == "rebuilt"
    assert not marker.exists() and victim.read_bytes() == before
    assert path.is_file() and not path.is_symlink()


@pytest.mark.parametrize("content", [
    b"\x80\x09garbage",  # unsupported pickle protocol: 9
    b"",  # empty
    pickle.dumps(["a", "list", "not", "the", "envelope"]),  # a wrong type
    pickle.dumps(("eventscribe-cache", "other", "0" * 16, "x")),  # another entry's
])  # fmt: skip
def test_a_corrupt_or_wrong_file_is_a_miss_and_is_replaced(tmp_path, monkeypatch, content):
    folder = _cache(tmp_path, monkeypatch)
    source = _source(tmp_path, "x")
    path = _pickle_path(folder, source)
    path.write_bytes(content)
    calls = []

    def build():
        calls.append(1)
        return {"fresh": True}

    assert cached("table", [source], 1, build) == {"fresh": True}
    assert cached("table", [source], 1, build) == {"fresh": True}
    assert len(calls) == 1  # rebuilt once, then loaded from the replaced file
    assert not [p for p in folder.iterdir() if p.suffix == ".tmp"]


def test_a_changed_builder_module_rebuilds(tmp_path, monkeypatch):
    import sys
    import types

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = _source(tmp_path, "rows")
    module_file = tmp_path / "builder_module.py"
    module_file.write_text("# version one\n", encoding="utf-8")
    module = types.ModuleType("builder_module")
    module.__file__ = str(module_file)
    monkeypatch.setitem(sys.modules, "builder_module", module)

    def build_one():
        return "built by one"

    def build_two():
        return "built by two"

    build_one.__module__ = build_two.__module__ = "builder_module"
    assert cached("table", [source], 1, build_one) == "built by one"
    assert cached("table", [source], 1, build_two) == "built by one"  # same module text
    module_file.write_text("# version two\n", encoding="utf-8")
    from eventscribe import data_cache

    data_cache._file_digest.cache_clear()
    assert cached("table", [source], 1, build_two) == "built by two"
