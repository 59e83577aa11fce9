"""The event filters are declared once (`store.query.DECLARED`): every face offers every one."""

from __future__ import annotations

import inspect

import pytest
import typer

from eventscribe.cli import app
from eventscribe.store.query import DECLARED, FILTERS, PUBLIC_FILTERS
from eventscribe.web.app import create_app

FACES = ("events", "export", "timeline", "clusters")


def options_of(command: str) -> set[str]:
    found = typer.main.get_command(app).commands[command]
    return {option for param in found.params for option in param.opts}


@pytest.mark.parametrize("command", FACES)
def test_every_query_command_offers_every_declared_filter(command: str):
    missing = [f.option for f in PUBLIC_FILTERS if f.option not in options_of(command)]
    assert not missing, f"{command} lacks {missing}"


def test_the_api_offers_every_declared_filter(tmp_path):
    schema = create_app(tmp_path / "f.duckdb", None, hosts=None).openapi()
    for path in ("/api/events", "/api/summary", "/api/overview", "/api/places", "/api/network",
                 "/api/series"):
        offered = {p["name"] for p in schema["paths"][path]["get"]["parameters"]}
        missing = [f.name for f in PUBLIC_FILTERS if f.name not in offered]
        assert not missing, f"{path} lacks {missing}"


def test_the_python_api_takes_every_declared_filter():
    """Every declared filter has its SQL, or is a setting of the others (date_field)."""
    assert {f.name for f in DECLARED if f.sql} == set(FILTERS)
    assert [f.name for f in DECLARED if not f.sql] == ["date_field"]
    for declared in DECLARED:
        assert declared.help and declared.type in (str, int)
        if declared.sql:
            assert len(inspect.signature(declared.sql).parameters) == 2  # (value, date_field)
