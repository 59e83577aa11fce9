"""The first-name table is what its build script writes: its header, thresholds and rows."""

from __future__ import annotations

import importlib.util
from pathlib import Path

DATA = Path(__file__).parents[2] / "src" / "eventscribe" / "data" / "actors"


def _build_module():
    spec = importlib.util.spec_from_file_location("build", DATA / "build_first_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_has_the_build_scripts_header_and_sorted_rows():
    build = _build_module()
    text = (DATA / "first_names.tsv").read_text(encoding="utf-8")
    assert text.startswith(build.HEADER.format(births=build.MIN_BIRTHS, share=build.SHARE))
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert rows == sorted(rows) and all(len(r) == 2 and r[1] in ("m", "f") for r in rows)
    assert not {name for name, _ in rows} & build.OTHER_USAGE


def test_the_build_keeps_names_of_one_sex_given_often_enough(tmp_path):
    import gzip

    counts = tmp_path / "counts.csv.gz"
    with gzip.open(counts, "wt") as handle:
        handle.write("first_name,sex,count,year_of_birth\n")
        handle.write("harlan,m,3000,1950\nharlan,f,10,1950\njordan,m,5000,1990\n")
        handle.write("jordan,f,4000,1990\nrare,f,50,1990\nandrea,f,9000,1980\n")
    assert _build_module().first_names(str(counts)) == {"harlan": "m"}
