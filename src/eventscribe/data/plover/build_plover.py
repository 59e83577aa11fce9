"""Build cameo_plover.tsv: one PLOVER event type, mode and context for every CAMEO code.

Sources, in order of precedence (see README.md):
1. judgement.tsv: codes the table lacks and the few rows of the table that we correct
   (basis "judgement");
2. sources/CAMEO2PLOVER-2021.txt, the OEDA conversion table (basis "source"); a root code takes
   the type of its "NN: TYPE" heading;
3. CAMEO 01 (statements): PLOVER drops comments (basis "dropped", no type);
4. CAMEO 02 (appeals): REQUEST with the mode and context of the parallel 10 (demand) code,
   0253 as 1053 (basis "judgement").
Run `python build_plover.py` in this folder; tests/ontology checks the committed table is current.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLE = HERE / "sources" / "CAMEO2PLOVER-2021.txt"
JUDGEMENT = HERE / "judgement.tsv"
CAMEO_CODES = HERE.parent / "cameo" / "cameo_codes.tsv"
OUTPUT = HERE / "cameo_plover.tsv"

HEADER = """\
# CAMEO event code -> PLOVER event type, mode and context (PLOVER Draft 0.8, 2021).
# Built by build_plover.py from sources/CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0)
# and judgement.tsv; see README.md. This table is CC BY-SA 4.0 like its source.
# basis: "source" (the OEDA table), "dropped" (PLOVER does not code CAMEO 01 statements),
# "judgement" (decided for eventscribe; the note says why). Contexts are "|"-separated.
"""
COLUMNS = ("cameo", "plover_type", "plover_mode", "plover_context", "basis", "note")
HEADING = re.compile(r"^(\d{2}):\s*([A-Z]+)\s*$")
ROW = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),([^#]*)(?:#.*)?$")


def _context(text: str) -> str:
    return "|".join(part.strip() for part in text.split(";") if part.strip())


def read_table() -> dict[str, tuple[str, str, str]]:
    """Code -> (type, mode, context); a root's first heading gives its type."""
    mapping: dict[str, tuple[str, str, str]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        heading = HEADING.match(line)
        if heading:
            mapping.setdefault(heading.group(1), (heading.group(2), "", ""))
            continue
        row = ROW.match(line)
        if row:
            code, kind, mode, context = row.groups()
            mapping.setdefault(code, (kind, mode.strip(), _context(context)))
    return mapping


def read_judgement() -> dict[str, tuple[str, str, str, str]]:
    lines = [line for line in JUDGEMENT.read_text(encoding="utf-8").splitlines()]
    rows = csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t")
    return {
        row["cameo"]: (row["plover_type"], row["plover_mode"], row["plover_context"], row["note"])
        for row in rows
    }


def read_cameo_codes() -> list[str]:
    lines = CAMEO_CODES.read_text(encoding="utf-8").splitlines()
    rows = csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t")
    return [row["code"] for row in rows]


def map_code(code: str, table: dict, judgement: dict) -> tuple[str, ...]:
    if code in judgement:
        kind, mode, context, note = judgement[code]
        return (kind, mode, context, "judgement", note)
    if code in table:
        return (*table[code], "source", "")
    if code.startswith("01"):
        return ("", "", "", "dropped", "PLOVER drops the CAMEO 01 statement category")
    if code.startswith("02"):
        demand = "10" + code[2:]
        kind, mode, context = table[demand]
        return ("REQUEST", mode, context, "judgement", f"appeal: REQUEST, as the demand {demand}")
    raise ValueError(f"{code}: no PLOVER mapping (add it to judgement.tsv)")


def build_rows() -> list[tuple[str, ...]]:
    table, judgement = read_table(), read_judgement()
    return [(code, *map_code(code, table, judgement)) for code in read_cameo_codes()]


def render() -> str:
    lines = [HEADER.rstrip("\n"), "\t".join(COLUMNS)]
    lines += ["\t".join(row) for row in build_rows()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUTPUT}")
