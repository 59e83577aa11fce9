"""The shared Reuters corpus as benchmark input, repeated to any size.

A repeat must be new content (ingest skips an article whose content hash is stored), so
copy k of an article gets " [k]" after its title: one token more, the same work.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# A git worktree has no ../shared beside it: the variable names the corpus there.
CORPUS = Path(os.environ.get("EVENTSCRIBE_BENCH_CORPUS")
              or REPO.parent / "shared" / "corpus" / "reuters-2017.jsonl.gz")


def originals(path: Path = CORPUS) -> list[dict]:
    """The corpus records, read once."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: benchmark corpus missing (../shared beside the repo)")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def repeated(records: list[dict], count: int) -> Iterator[dict]:
    """`count` records: the corpus, then marked copies of it, as often as needed."""
    for n, record in enumerate(islice(cycle(records), count)):
        copy = n // len(records)
        if copy:
            record = {**record, "id": f"{record['id']}-{copy}",
                      "title": f"{record.get('title', '')} [{copy}]"}  # fmt: skip
        yield record


def write_input(folder: Path, count: int, path: Path = CORPUS) -> tuple[Path, int]:
    """A JSONL file of `count` articles in `folder`; returns it and its word count."""
    out = folder / f"reuters-{count}.jsonl"
    words = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in repeated(originals(path), count):
            words += len(record.get("title", "").split()) + len(record.get("text", "").split())
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out, words
