"""The data cache: built once, loaded after, rebuilt when a source changes, never stale."""

from __future__ import annotations

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


def test_a_changed_source_or_format_rebuilds_and_drops_the_old_pickle(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = _source(tmp_path, "one")
    assert cached("table", [source], 1, source.read_text) == "one"
    source.write_text("two, longer", encoding="utf-8")
    assert cached("table", [source], 1, source.read_text) == "two, longer"
    assert cached("table", [source], 2, lambda: "format 2") == "format 2"
    assert len(list((tmp_path / "cache" / "eventscribe").glob("table-*.pickle"))) == 1


def test_an_unwritable_cache_only_costs_the_build(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    source = _source(tmp_path, "x")
    assert cached("table", [source], 1, lambda: [1, 2]) == [1, 2]
    assert cached("table", [source], 1, lambda: [3]) == [3]
