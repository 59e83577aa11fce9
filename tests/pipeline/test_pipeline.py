"""The pipeline contract: stage order, declared requirements, registrations."""

from __future__ import annotations

import subprocess
import sys

import pytest

from eventscribe import registry
from eventscribe.errors import PipelineError
from eventscribe.pipeline import Pipeline
from eventscribe.settings import DEFAULT_STAGES, Settings


def test_registered_builtins_are_pinned():
    # A dropped registration fails here, not silently at run time.
    assert set(DEFAULT_STAGES) <= set(registry.stages.names())
    assert {"text", "jsonl", "html"} <= set(registry.readers.names())
    assert {"csv", "jsonl", "json", "parquet", "gdelt"} <= set(registry.exporters.names())


def test_pipeline_without_parse_fails_naming_the_stage():
    settings = Settings(stages=("normalize", "actors", "events"))
    with pytest.raises(PipelineError, match="stage 'actors' requires doc, sentences"):
        Pipeline.from_settings(settings)


def test_unknown_stage_lists_the_known_ones():
    with pytest.raises(Exception, match="unknown stage 'tokenise'.*normalize"):
        Pipeline.from_settings(Settings(stages=("normalize", "tokenise")))


def test_split_after_text_puts_normalize_first():
    head, tail = Pipeline.from_settings(Settings()).split_after("text")
    assert head.names == ["normalize"]
    assert tail.names == list(DEFAULT_STAGES[1:])


def test_settings_from_file(tmp_path):
    path = tmp_path / "eventscribe.toml"
    path.write_text('[eventscribe]\nworkers = 2\ndb_path = "x.duckdb"\nstages = ["normalize"]\n')
    settings = Settings.from_file(path)
    assert settings.workers == 2 and str(settings.db_path) == "x.duckdb"
    assert settings.stages == ("normalize",)


def test_unknown_setting_is_an_error(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("wokers = 2\n")
    with pytest.raises(Exception, match="unknown setting.*wokers"):
        Settings.from_file(path)


def test_users_dictionaries_code_actors_in_a_stage_of_their_own(tmp_path):
    assert Settings().stage_names() == DEFAULT_STAGES
    named = Settings(dictionaries=tmp_path).stage_names()
    assert "dictionary-actors" in named and "actors" not in named
    assert len(named) == len(DEFAULT_STAGES)


def test_the_dictionary_actors_stage_needs_a_folder():
    with pytest.raises(ValueError, match="needs a dictionaries folder"):
        registry.stages.get("dictionary-actors")(Settings())


SETTLE_TWICE = """
import gc
from eventscribe.pipeline import settle
settle()
first = gc.get_freeze_count()
later = [[n] for n in range(1000)]  # made after the pipeline: left to the collector
settle()
print(first > 0, gc.get_freeze_count() == first, gc.get_threshold()[0] == 20_000)
"""


def test_settling_freezes_what_is_loaded_once_per_process():
    # (in a process of its own: frozen objects of this one would never be collected)
    done = subprocess.run([sys.executable, "-c", SETTLE_TWICE], capture_output=True, text=True,
                          check=True)  # fmt: skip
    assert done.stdout.split() == ["True", "True", "True"]  # and young garbage waits longer
