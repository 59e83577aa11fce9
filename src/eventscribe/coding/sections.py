"""Reading the coding data files that are lists, under [section] headers or none, # for comments."""

from __future__ import annotations

from importlib import resources


def read_sections(name: str) -> dict[str, list[str]]:
    """data/coding/NAME as {section: [line, ...]}, comments and blank lines left out."""
    path = resources.files("eventscribe") / "data" / "coding" / name
    sections: dict[str, list[str]] = {}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.startswith("["):
            current = line.strip("[]")
        elif line.strip():
            sections.setdefault(current, []).append(line.strip())
    return sections


def read_words(name: str, section: str = "") -> frozenset[str]:
    """The lower-cased words of one section of data/coding/NAME (a plain list has one, "")."""
    return frozenset(word.lower() for word in read_sections(name).get(section, []))
