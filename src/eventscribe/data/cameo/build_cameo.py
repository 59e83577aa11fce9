"""Build cameo_codes.tsv from the two stored sources in sources/.

Run `python build_cameo.py` in this folder after changing a source; tests/ontology checks that
the committed table equals what this script builds.
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES = HERE / "sources" / "cameo.csv"
GOLDSTEIN = HERE / "sources" / "CAMEO.goldsteinscale.txt"
OUTPUT = HERE / "cameo_codes.tsv"

HEADER = """\
# CAMEO event codes (CAMEO codebook 1.1b3): name, root, parent, quad class and Goldstein score.
# Built by build_cameo.py from sources/cameo.csv (code names, transcribed from the CAMEO 1.1b3
# manual) and sources/CAMEO.goldsteinscale.txt (GDELT's Goldstein lookup); see README.md.
# quad_class by root as GDELT does: 01-05 verbal cooperation (1), 06-09 material cooperation (2),
# 10-14 verbal conflict (3), 15-20 material conflict (4).
# goldstein_basis: "gdelt" (from the lookup) or "parent:<code>" (a 1.1b3 code the lookup lacks
# takes the score of its nearest listed ancestor).
"""
COLUMNS = ("code", "name", "root", "parent", "quad_class", "goldstein", "goldstein_basis")


def quad_class(root: str) -> int:
    number = int(root)
    if number <= 5:
        return 1
    if number <= 9:
        return 2
    return 3 if number <= 14 else 4


def clean_name(name: str) -> str:
    """Undo the transcription's quirks: "- not specified below", curly quotes, capitals."""
    name = name.strip().replace("- not specified below", ", not specified below")
    name = name.replace("\u201d", "'").replace("\u201c", "'")
    return name.capitalize() if name.isupper() else name


def read_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for line in NAMES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            code, name = line.split(",", 1)  # names contain commas; the code never does
            names[code.strip()] = clean_name(name)
    return names


def read_goldstein() -> dict[str, float]:
    with GOLDSTEIN.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["CAMEOEVENTCODE"]: float(row["GOLDSTEINSCALE"]) for row in rows}


def parent_of(code: str) -> str:
    return code[:2] if len(code) == 3 else code[:3] if len(code) == 4 else ""


def goldstein_of(code: str, scores: dict[str, float]) -> tuple[float, str]:
    ancestor = code
    while ancestor not in scores:
        ancestor = parent_of(ancestor)
    return scores[ancestor], "gdelt" if ancestor == code else f"parent:{ancestor}"


def build_rows() -> list[tuple[str, ...]]:
    scores = read_goldstein()
    rows = []
    for code, name in read_names().items():
        score, basis = goldstein_of(code, scores)
        root = code[:2]
        rows.append(
            (code, name, root, parent_of(code), str(quad_class(root)), f"{score:.1f}", basis)
        )
    return rows


def render() -> str:
    lines = [HEADER.rstrip("\n"), "\t".join(COLUMNS)]
    lines += ["\t".join(row) for row in build_rows()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUTPUT}")
