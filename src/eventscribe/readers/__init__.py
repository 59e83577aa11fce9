"""Readers: inputs (files, folders, .gz, stdin) to Articles, or Rejects with a reason.

A bad input never stops a batch: every problem becomes a `Reject` naming the file (and
line) and the reason, and reading goes on with the next input.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from eventscribe import registry
from eventscribe.article import Article
from eventscribe.readers.base import ReadOptions, Reject
from eventscribe.readers.sources import Source, detect_format, expand

__all__ = ["ReadOptions", "Reject", "read_inputs"]


def read_inputs(paths: Sequence[str | Path], options: ReadOptions) -> Iterator[Article | Reject]:
    for source in expand(paths):
        if isinstance(source, Reject):
            yield source
            continue
        yield from read_source(source, options)


def read_source(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    try:
        data = source.read_bytes()
    except (OSError, EOFError) as error:
        yield Reject.at(source.name, f"cannot read ({error})")
        return
    fmt = options.format or detect_format(source.name, data)
    reader = registry.readers.get(fmt)
    yield from reader(source, data, options)
