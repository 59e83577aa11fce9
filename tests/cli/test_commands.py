"""Query commands as analysts expect them: newest first, CSV headers always, plain help."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
import typer.main

from eventscribe.cli import EVENT_COLUMNS, app

from .helpers import run


def dates(text: str) -> list[str]:
    return [event["event_date"] for event in json.loads(text)]


def test_events_are_newest_first_by_default(world):
    newest = dates(run("events", "--db", world, "-f", "json").stdout)
    assert newest == sorted(newest, reverse=True) and newest[0] == "2023-11-02"
    oldest = dates(run("events", "--db", world, "-f", "json", "--order", "oldest").stdout)
    assert oldest == newest[::-1]
    by_goldstein = json.loads(run("events", "--db", world, "-f", "json",
                                  "--order", "-goldstein").stdout)  # fmt: skip
    assert by_goldstein[0]["goldstein"] == 1.0
    first_page = dates(run("events", "--db", world, "-f", "json", "--limit", "2").stdout)
    assert first_page == newest[:2]


def test_a_bad_order_names_the_choices(world):
    result = run("events", "--db", world, "--order", "sideways", ok=False)
    assert result.exit_code != 0 and "choose one of newest, oldest" in str(result.exception)


@pytest.mark.parametrize(
    ("command", "header"),
    [
        (["events", "--actor", "nobody"], ",".join(EVENT_COLUMNS)),
        (["actors", "nobody"], "id,name,kind,country,sector,code,role,first_seen,last_seen,"
                               "forms,mentions,events"),
        (["clusters", "--actor", "nobody"], None),
        (["timeline", "--actor", "nobody", "--since", "2023-10-01", "--until", "2023-09-01"],
         "period,events,goldstein"),
        (["alerts"], "key,period,count,baseline,mad,score,event_ids"),
    ],  # fmt: skip
    ids=lambda value: value[0] if isinstance(value, list) else "",
)
def test_a_csv_with_no_rows_still_has_its_header(world, command, header):
    text = run(*command, "--db", world, "-f", "csv").stdout
    assert len(text.splitlines()) == 1, text
    if header:
        assert text == header + "\n"
    else:
        assert text.startswith("id,cameo,") and "evidence_sentence" in text


def test_events_csv_has_fixed_columns_when_some_events_lack_a_place(world):
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", world, "-f", "csv").stdout)))
    assert len(rows) == 6 and all(list(row) == list(EVENT_COLUMNS) for row in rows)


def test_rejects_says_when_there_are_none(world):
    assert run("rejects", "--db", world).stdout == f"no rejected inputs in {world}\n"


def commands() -> list[str]:
    return sorted(typer.main.get_command(app).commands)


@pytest.mark.parametrize("name", ["", *commands()])
def test_help_shows_no_placeholders(name):
    text = run(*([name] if name else []), "--help").stdout
    assert not re.search(r"\{\w+\}|<\w+(\[\w+\])?>", text), text
    assert "Usage: eventscribe" in text


def test_help_names_arguments_in_capitals():
    assert "Usage: eventscribe export [OPTIONS] OUTPUT" in run("export", "--help").stdout
    assert "Usage: eventscribe ingest [OPTIONS] INPUTS..." in run("ingest", "--help").stdout
    limit = next(line for line in run("events", "--help").stdout.splitlines() if "--limit" in line)
    assert "INTEGER" in limit
