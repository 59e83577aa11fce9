"""The CAMEO event ontology with its Goldstein scores, quad classes and PLOVER crosswalk.

Codes are strings as the CAMEO codebook writes them: the roots 01-09 keep their leading zero
("04", "043", "0431"), the roots 10-20 have none ("19", "190"). "43" is therefore no code, and
neither is 43 as an integer. A well-formed code the codebook lacks resolves to its nearest listed
ancestor (PETRARCH's 1213 -> 121). Tables: `data/cameo/cameo_codes.tsv` and
`data/plover/cameo_plover.tsv` (see the README.md beside each for origin and licence).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventscribe.errors import EventscribeError

QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
# The PLOVER event types (Draft 0.8, 2021), in the specification's order.
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


class CameoCodeError(EventscribeError, ValueError):
    """A string that is not a CAMEO event code and has no CAMEO ancestor."""


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    root: str  # the two-digit cue category, "19" for "193"
    parent: str | None  # None for a root
    quad_class: int  # key of QUAD_CLASSES
    goldstein: float  # -10 (most conflictual) .. +10 (most cooperative)
    plover_type: str | None  # one of PLOVER_TYPES; None for CAMEO 01 statements
    plover_mode: str | None
    plover_context: tuple[str, ...] = ()

    @property
    def quad_name(self) -> str:
        return QUAD_CLASSES[self.quad_class]


def cameo(code: str) -> CameoCode:
    """The CAMEO code, or for an unknown code its nearest listed ancestor ("0435" -> "043").

    Raises CameoCodeError for anything that is not 2-4 digits under a valid root ("43", "21").
    """
    text = str(code).strip()
    codes = _codes()
    if not (text.isdigit() and 2 <= len(text) <= 4):
        raise CameoCodeError(f"CAMEO code {code!r}: expected 2-4 digits, e.g. '043' or '190'")
    for size in range(len(text), 1, -1):
        found = codes.get(text[:size])
        if found is not None:
            return found
    raise CameoCodeError(
        f"CAMEO code {code!r}: no such root (roots are 01-20; 01-09 keep the leading zero)"
    )


def is_valid(code: str) -> bool:
    """True only for codes listed in the CAMEO 1.1b3 codebook."""
    return str(code).strip() in _codes()


def cameo_codes() -> list[CameoCode]:
    """Every CAMEO code in codebook order (roots before their children)."""
    return list(_codes().values())


@lru_cache(maxsize=1)
def _codes() -> dict[str, CameoCode]:
    plover = {row["cameo"]: row for row in _rows("plover", "cameo_plover.tsv")}
    rows = _rows("cameo", "cameo_codes.tsv")
    return {row["code"]: _make(row, plover.get(row["code"], {})) for row in rows}


def _make(row: dict[str, str], plover: dict[str, str]) -> CameoCode:
    context = plover.get("plover_context", "")
    return CameoCode(
        code=row["code"],
        name=row["name"],
        root=row["root"],
        parent=row["parent"] or None,
        quad_class=int(row["quad_class"]),
        goldstein=float(row["goldstein"]),
        plover_type=plover.get("plover_type") or None,
        plover_mode=plover.get("plover_mode") or None,
        plover_context=tuple(context.split("|")) if context else (),
    )


def _rows(folder: str, name: str) -> Iterator[dict[str, str]]:
    path = resources.files("eventscribe") / "data" / folder / name
    text = path.read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
