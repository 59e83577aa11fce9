"""`eventscribe actors audit`: suspect registry entries, found on a real DuckDB file."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventscribe.article import Actor, Role
from eventscribe.cli import app
from eventscribe.store import Database

from .test_identity import person_article, write


def _audit(path) -> dict[str, set[str]]:
    with Database(path) as db:
        found = db.actor_audit()
    problems: dict[str, set[str]] = {}
    for row in found:
        problems.setdefault(row["id"], set()).add(row["problem"])
    return problems


def test_audit_names_each_kind_of_suspect(db_path):
    stray = person_article("a1", "Kinshasa", None)  # a capital read as a person
    capitals = person_article("a2", "GULF PRAISED", None, 2)
    capitals.actors["person:gulf-praised"].kind = "organization"
    movers = person_article("a3", "Anna Weber", "DEU", 3)
    anna = person_article("a4", "Anna Weber", "DEU", 4)
    firm = person_article("a5", "Anna Schmidt", "CHE", 5)
    firm.actors["person:anna-schmidt"].kind = "organization"
    roles = [Role("minister", "DEU", "GOV"), Role("minister", "AUT", "GOV")]
    movers.actors["person:anna-weber"].roles = roles
    usa = person_article("a6", "Latin America", "USA", 6)
    usa.actors = {"country:USA": Actor("country:USA", "United States", "country", "USA",
                                       forms=["U.S. officials", "Latin America"])}  # fmt: skip
    usa.mentions[0].actor_id = "country:USA"
    write(db_path, stray, capitals, movers, anna, firm, usa, person_article("a7", "Dole", "USA"))
    found = _audit(db_path)
    assert found["person:kinshasa"] >= {"place as actor", "surname seen once"}
    assert found["person:gulf-praised"] == {"headline words"}
    assert found["person:anna-weber"] == {"several countries"}
    assert found["person:anna-schmidt"] == {"named like a person"}
    assert found["country:USA"] == {"spelling of another entity"}
    assert found["person:dole"] == {"surname seen once"}


def test_audit_command_prints_json(db_path):
    write(db_path, person_article("a1", "Dole", "USA"))
    result = CliRunner().invoke(app, ["actors", "audit", "--db", str(db_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)
    assert (row["id"], row["problem"]) == ("person:dole", "surname seen once")
