"""`eventscribe bench` finds the benchmarks of the clone and refuses unknown ones."""

from __future__ import annotations

from typer.testing import CliRunner

from eventscribe.cli import app
from eventscribe.scale.commands import BENCHMARKS, benchmark_module


def test_every_benchmark_module_loads_with_run_and_describe():
    for name in BENCHMARKS.values():
        module = benchmark_module(name)
        assert callable(module.run) and callable(module.describe)


def test_unknown_benchmark_is_refused_naming_the_known_ones():
    result = CliRunner().invoke(app, ["bench", "nope"])
    assert result.exit_code != 0
    assert "ingest, dask, query, store" in str(result.exception)


def test_scheduler_without_the_dask_engine_is_refused(tmp_path):
    result = CliRunner().invoke(app, ["ingest", "x.txt", "--scheduler", "tcp://h:8786"])
    assert "only the dask engine" in str(result.exception)
