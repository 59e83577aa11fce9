"""Helpers for reader tests: write an input, read it back (imported by the test modules)."""

from __future__ import annotations

import gzip
from pathlib import Path

from eventscribe.article import Article
from eventscribe.readers import ReadOptions, Reject, read_inputs


def read_all(paths, **options) -> list[Article | Reject]:
    return list(read_inputs([str(p) for p in paths], ReadOptions(**options)))


def read_one(path, **options) -> Article | Reject:
    items = read_all([path], **options)
    assert len(items) == 1, items
    return items[0]


def reasons(items) -> list[str]:
    return [item.message() for item in items if isinstance(item, Reject)]


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """A file in `folder` (str as UTF-8; gzip-compressed if the name ends in .gz)."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


ENGLISH = (
    "The foreign ministers of both countries met in Geneva on Saturday and agreed to resume "
    "talks on the border dispute, officials said. The talks had been suspended for months "
    "after clashes along the frontier killed several soldiers on each side."
)
FRENCH = (
    "Les ministres des affaires étrangères des deux pays se sont rencontrés samedi à Genève et "
    "ont convenu de reprendre les négociations sur le différend frontalier, selon les autorités."
)
GERMAN = (
    "Die Außenminister beider Länder trafen sich am Samstag in Genf und vereinbarten, die "
    "Gespräche über den Grenzstreit wieder aufzunehmen, wie die Behörden mitteilten."
)
RUSSIAN = (
    "Министры иностранных дел двух стран встретились в субботу в Женеве и договорились "
    "возобновить переговоры по пограничному спору, сообщили официальные лица."
)
