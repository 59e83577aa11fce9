"""Readers of PETRARCH2's Phoenix dictionaries, to cross-check our tables (tests only)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

_CODE = re.compile(r"\[([^\]]*)\]")
_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_AGENT = re.compile(r"^(.*?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]*)\]")


def phoenix_key(name: str) -> str:
    """Our spelling as a Phoenix entry name: "UN Security Council" -> "UN_SECURITY_COUNCIL"."""
    return re.sub(r"\s+", "_", name.strip().upper())


def actor_codes(path: Path) -> dict[str, set[str]]:
    """Entry name and synonyms (without the trailing "_") -> the codes of the entry.

    An entry is a name line, its "+synonym" lines and its indented code lines; dates after a
    code ("IGOUNO >20070101") are dropped.
    """
    entries: list[tuple[list[str], list[str]]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = raw.split("#", 1)[0]
        if not body.strip():
            continue
        if body[0] not in " \t+" or not entries:
            entries.append(([], []))
        names, codes = entries[-1]
        if body[0] not in " \t":
            names.append(body.lstrip("+").split("[", 1)[0].strip().rstrip("_"))
        codes.extend(code.split()[0] for code in _CODE.findall(body) if code.split())
    table: dict[str, set[str]] = defaultdict(set)
    for names, codes in entries:
        for name in names:
            table[name].update(codes)
    return table


def agent_codes(path: Path) -> dict[str, set[str]]:
    """Agent phrase, lower case with spaces -> the first sectors (GOV, MIL ...) Phoenix gives it.

    "!MINIST!"-style substitution sets are expanded; "{...}" lists irregular plurals.
    """
    substitutions: dict[str, list[str]] = {}
    table: dict[str, set[str]] = defaultdict(set)
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        found = _SUBSTITUTION.match(line)
        if found:
            substitutions[found.group(1)] = [w.strip() for w in found.group(2).split(",")]
            continue
        found = _AGENT.match(line)
        if not found or not found.group(1).strip():
            continue
        phrase, plurals, code = found.groups()
        forms = [phrase] + [p for p in (plurals or "").split(",") if p.strip()]
        for marker, words in substitutions.items():
            forms = [
                f.replace(marker, w) for f in forms for w in (words if marker in f else [marker])
            ]
        for form in forms:
            table[" ".join(form.replace("_", " ").lower().split())].add(code[:3])
    return table
