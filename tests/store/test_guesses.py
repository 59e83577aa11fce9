"""A country only guessed for an event's participant gives way to the country the registry
knows from text (store/guesses.py), on real DuckDB files and articles run through the
pipeline."""

from __future__ import annotations

import pytest

from eventscribe.api import process
from eventscribe.store import Database, Store

pytestmark = pytest.mark.slow

TOKYO = ("TOKYO, March 3 - Senator Lloyd Pike met Prime Minister Yasuhiro Nakasone on Tuesday. "
         "Japan's finance minister and Japanese officials said the talks on trade went well.")
WASHINGTON = "WASHINGTON, March 2 - The trade bill would pass, U.S. Senator Lloyd Pike said on Monday."


def source_countries(path) -> set[str]:
    with Database(path) as db:
        rows = db.sql("select source_country from events where source_name = 'Lloyd Pike'")
    return {row["source_country"] for row in rows}


def test_a_guessed_country_gives_way_to_the_registrys(db_path):
    guessed = process(TOKYO, "1987-03-03").article
    assert guessed.actors["person:lloyd-pike"].country == "JPN"  # the article's majority
    with Store(db_path) as store:
        store.write([guessed], None, fold=False)
    assert source_countries(db_path) == {"JPN"}  # nothing else known yet
    with Store(db_path) as store:
        store.write([process(WASHINGTON, "1987-03-02").article], None, fold=False)
    assert source_countries(db_path) == {"USA"}


def test_a_country_the_text_gives_stays(db_path):
    with Store(db_path) as store:
        store.write([process(WASHINGTON, "1987-03-02").article], None, fold=False)
        store.write([process(TOKYO.replace("Senator", "Japanese Senator"), "1987-03-03").article],
                    None, fold=False)  # fmt: skip
    with Database(db_path) as db:
        rows = db.sql("select source_country from events where cameo like '04%'")
    assert {row["source_country"] for row in rows} == {"JPN"}
