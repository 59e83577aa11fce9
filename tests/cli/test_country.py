"""A country filter takes a name, an ISO code or a demonym, in every command that has one."""

from __future__ import annotations

import csv
import io
import json

import pytest

from .helpers import run, shell

IRAN = ("Iran", "iran", "IR", "IRN", "Iranian", "Islamic Republic of Iran")


def ids(text: str) -> list[str]:
    return [row["id"] for row in json.loads(text)]


def test_events_by_country_name_code_or_demonym(world):
    by_code = ids(run("events", "--db", world, "--country", "IRN", "-f", "json").stdout)
    assert len(by_code) == 2
    for name in IRAN:
        assert ids(run("events", "--db", world, "--country", name, "-f", "json").stdout) == by_code
    lebanon = run("events", "--db", world, "--place-country", "Lebanon", "-f", "json").stdout
    assert ids(lebanon) == by_code  # the minister met the envoy in Beirut


@pytest.mark.parametrize(("names", "codes"), [(("Iranian", "IGO"), ("IRN", "IGO")),
                                              (("Iran", "IGO"), ("IR", "IGO"))])  # fmt: skip
def test_a_dyad_by_name_counts_as_by_code(world, names, codes):
    def counts(a, b):
        rows = json.loads(run("dyad", a, b, "--db", world, "--by", "month", "--since", "2023-10",
                              "-f", "json").stdout)  # fmt: skip
        return [(r["period"], r["events"]) for r in rows]

    assert counts(*names) == counts(*codes)
    assert sum(n for _, n in counts(*names)) == 2  # Iran -> the UN twice, never back


def test_dyad_by_names_demonyms_and_codes(weeks):
    by_name = run("dyad", "Israel", "Palestinians", "--db", weeks, "-f", "csv").stdout
    by_code = run("dyad", "ISR", "PSE", "--db", weeks, "-f", "csv").stdout
    rows = [list(csv.DictReader(io.StringIO(text))) for text in (by_name, by_code)]
    assert [r["events"] for r in rows[0]] == [r["events"] for r in rows[1]]
    assert sum(int(r["events"]) for r in rows[0]) == 24 + 12
    iran_iraq = run("dyad", "Iran", "Iraq", "--db", weeks, "-f", "json").stdout
    assert iran_iraq == run("dyad", "IRN", "IRQ", "--db", weeks, "-f", "json").stdout.replace(
        '"IRN"', '"Iran"').replace('"IRQ"', '"Iraq"')  # fmt: skip


def test_timeline_clusters_and_export_take_names(weeks, tmp_path):
    for command in (["timeline", "-f", "csv"], ["clusters", "-f", "csv"]):
        by_name = run(*command, "--db", weeks, "--country", "American").stdout
        assert by_name == run(*command, "--db", weeks, "--country", "USA").stdout
        assert len(by_name.splitlines()) > 2
    run("export", tmp_path / "us.csv", "--db", weeks, "--country", "United States")
    assert len((tmp_path / "us.csv").read_text().splitlines()) == 1 + 24


def test_an_unknown_country_is_a_clear_error(world):
    done = shell("events", "--db", world, "--country", "Narnia", ok=False)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (
        "error: country 'Narnia': no such country; give a name (Iran), an ISO code (IR or IRN), "
        "a demonym (Iranian) or a group code (IGO)\n"
    )


def test_alerts_keep_the_country_asked_for(weeks):
    def keys(*args):
        rows = json.loads(run("alerts", "--db", weeks, "-f", "json", *args).stdout)
        return [row["key"] for row in rows]

    assert keys() == ["ISR>PSE"]
    assert keys("--country", "Palestinian") == keys("--country", "PSE") == ["ISR>PSE"]
    assert keys("--country", "Russia") == []
    assert "ISR 2024-02-26" in run("alerts", "--db", weeks, "--key", "country",
                                   "--country", "Israel").stdout  # fmt: skip
