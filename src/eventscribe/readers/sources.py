"""Where inputs come from: files, .gz files, folders (recursively) and stdin."""

from __future__ import annotations

import gzip
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventscribe.readers.base import Reject

EXTENSIONS = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".json": "jsonl", ".html": "html", ".htm": "html"}  # fmt: skip
MAX_BYTES = 64 * 1024 * 1024  # a larger single file is read in full only as JSONL


@dataclass(frozen=True)
class Source:
    name: str  # as the user will recognise it: the path, or "-"
    path: Path | None  # None for stdin

    def read_bytes(self) -> bytes:
        if self.path is None:
            data = sys.stdin.buffer.read()
        else:
            data = self.path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            try:
                return gzip.decompress(data)
            except (OSError, EOFError, zlib.error) as error:
                raise OSError(f"truncated or corrupt gzip: {error}") from None
        return data

    @property
    def stem(self) -> str:
        if self.path is None:
            return "stdin"
        name = self.path.name.removesuffix(".gz")
        return name.rsplit(".", 1)[0] if "." in name else name


def expand(paths: Sequence[str | Path]) -> Iterator[Source | Reject]:
    for item in paths:
        name = str(item)
        if name == "-":
            yield Source("-", None)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(p.startswith(".") for p in relative):
                    yield Source(str(child), child)
        elif path.is_file():
            yield Source(name, path)
        else:
            yield Reject.at(name, "no such file or folder")


def detect_format(name: str, data: bytes) -> str:
    suffix = Path(name.removesuffix(".gz")).suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    head = data[:2048].lstrip()
    if head.startswith(b"{"):
        return "jsonl"
    if head[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"
