"""The CAMEO and PLOVER tables: well-formed, current with their build scripts, documented."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

import eventscribe
from eventscribe.coding.ontology import PLOVER_TYPES

DATA = Path(eventscribe.__file__).parent / "data"
CAMEO_COLUMNS = 7
PLOVER_COLUMNS = 6


def load_script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rows(path: Path) -> list[list[str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
    return list(csv.reader((x for x in lines if not x.startswith("#")), delimiter="\t"))


@pytest.mark.parametrize(
    ("script", "table"),
    [("cameo/build_cameo.py", "cameo/cameo_codes.tsv"),
     ("plover/build_plover.py", "plover/cameo_plover.tsv")],
)  # fmt: skip
def test_committed_table_is_what_its_build_script_makes(script: str, table: str) -> None:
    built = load_script(DATA / script).render()
    assert (DATA / table).read_text(encoding="utf-8") == built, f"run python {script}"


def test_cameo_table_is_well_formed() -> None:
    header, *body = rows(DATA / "cameo" / "cameo_codes.tsv")
    assert header == [
        "code",
        "name",
        "root",
        "parent",
        "quad_class",
        "goldstein",
        "goldstein_basis",
    ]
    assert all(len(row) == CAMEO_COLUMNS for row in body)
    codes = [row[0] for row in body]
    assert len(codes) == len(set(codes))
    for code, name, root, parent, quad, goldstein, basis in body:
        assert code.isdigit() and 2 <= len(code) <= 4 and name
        assert 1 <= int(root) <= 20 and (parent == "" or parent in codes)
        assert quad in {"1", "2", "3", "4"} and -10.0 <= float(goldstein) <= 10.0
        assert basis == "gdelt" or (basis.startswith("parent:") and basis[7:] in codes)


def test_every_code_of_the_goldstein_source_is_in_the_table() -> None:
    source = rows(DATA / "cameo" / "sources" / "CAMEO.goldsteinscale.txt")[1:]
    table = {row[0]: row[5] for row in rows(DATA / "cameo" / "cameo_codes.tsv")[1:]}
    assert len(source) == 311
    assert all(f"{float(score):.1f}" == table[code] for code, score in source)


def test_plover_table_covers_every_cameo_code_once() -> None:
    header, *body = rows(DATA / "plover" / "cameo_plover.tsv")
    assert header == ["cameo", "plover_type", "plover_mode", "plover_context", "basis", "note"]
    assert all(len(row) == PLOVER_COLUMNS for row in body)
    cameo_codes = [row[0] for row in rows(DATA / "cameo" / "cameo_codes.tsv")[1:]]
    assert [row[0] for row in body] == cameo_codes
    for _code, kind, _mode, _context, basis, note in body:
        assert kind in PLOVER_TYPES or (kind == "" and basis == "dropped")
        assert basis in {"source", "dropped", "judgement"}
        assert basis == "source" or note, "a decision says why"


def test_judgement_rows_are_the_documented_ones() -> None:
    body = rows(DATA / "plover" / "cameo_plover.tsv")[1:]
    judged = {row[0] for row in body if row[4] == "judgement"}
    appeals = {row[0] for row in body if row[0].startswith("02")}
    assert judged == appeals | {"155", "176", "1834", "1951", "1952", "085", "175"}


@pytest.mark.parametrize("folder", ["cameo", "plover"])
def test_readme_names_every_file_with_origin_and_licence(folder: str) -> None:
    readme = (DATA / folder / "README.md").read_text(encoding="utf-8")
    files = [p for p in (DATA / folder).rglob("*") if p.is_file() and p.name != "README.md"]
    files = [p for p in files if "__pycache__" not in p.parts]
    assert files
    for path in files:
        assert f"`{path.relative_to(DATA / folder).as_posix()}`" in readme, path.name
    assert "licence" in readme.lower() and "commit" in readme
