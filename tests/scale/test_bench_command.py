"""`eventscribe bench` finds the benchmarks of the clone and refuses unknown ones."""

from __future__ import annotations

from typer.testing import CliRunner

from eventscribe.cli import app
from eventscribe.cli.bench import BENCHMARKS, benchmark_module


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


def test_ingest_benchmark_reports_the_median_round_and_every_ratio():
    module = benchmark_module("ingest_throughput")
    rounds = [module.Figures(10, 1000, seconds, 100.0, 400.0, cpu_seconds=seconds / 2)
              for seconds in (3.0, 1.0, 2.0)]  # fmt: skip
    assert module._median(rounds).seconds == 2.0
    assert module._median(rounds[:2]).seconds == 3.0  # an even count: the slower middle
    result = {
        "articles": 10, "workers": 2, "batch_size": 32, "rounds": 3,
        "bare_spacy": rounds[1].as_dict(), "end_to_end": rounds[2].as_dict(), "ratio": 0.5,
        "round_ratios": [0.5, 0.48, 0.52], "cpu_ratio": 0.6, "round_cpu_ratios": [0.6, 0.7, 0.5],
        "stage_shares": {"parse": 0.8, "actors": 0.2},
        "db_mb_per_1000_articles": 20.0,
    }  # fmt: skip
    text = module.describe(result)
    assert "median of 3 round(s)" in text and "50.0% of bare spaCy" in text
    assert "48.0%" in text and "parse 80%" in text
    assert "CPU ratio  : 60.0% (bare 0.5 s, end to end 1.0 s CPU; rounds: 60.0%, 70.0%, 50.0%)" in text
