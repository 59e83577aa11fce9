"""Readers: inputs (files, folders, .gz, stdin) to Articles, or Rejects with a reason.

A bad input never stops a batch: every problem becomes a `Reject` naming the file (and
line) and the reason, and reading goes on with the next input. Formats are readers
registered in `eventscribe.registry.readers` ("text", "jsonl", "html"); a new format is a
module with one registered function taking `(Source, BinaryIO, ReadOptions)`.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from eventscribe import registry
from eventscribe.article import Article
from eventscribe.readers.base import Reader, ReadOptions, Reject
from eventscribe.readers.checks import (
    BAD_GZIP,
    BINARY,
    EMPTY,
    READER_FAILED,
    UNREADABLE,
)
from eventscribe.readers.sources import HEAD_BYTES, Source, detect_format, expand

__all__ = ["ReadOptions", "Reader", "Reject", "Source", "read_inputs", "read_source"]


def read_inputs(paths: Sequence[str | Path], options: ReadOptions) -> Iterator[Article | Reject]:
    """Articles and rejects from files, folders, `.gz` files and `-` (stdin), in order."""
    if options.format is not None:
        registry.readers.get(options.format)  # an unknown format fails the run, not each input
    for source in expand(paths):
        if isinstance(source, Reject):
            yield source
        else:
            yield from read_source(source, options)


def read_source(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    """One input's articles and rejects; a read error ends this input with a reject."""
    fmt = options.format
    try:
        with source.open() as (stream, head):
            problem = _unusable(head)
            if problem:
                yield Reject.at(source.name, problem)
                return
            fmt = fmt or detect_format(source, head)
            yield from registry.readers.get(fmt)(source, stream, options)
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        yield Reject.at(source.name, BAD_GZIP.format(detail=_one_line(error)))
    except OSError as error:
        yield Reject.at(source.name, UNREADABLE.format(detail=error.strerror or _one_line(error)))
    except Exception as error:  # a reader's bug must not stop the batch; tests forbid it
        detail = f"{type(error).__name__}: {_one_line(error)}"
        yield Reject.at(source.name, READER_FAILED.format(format=fmt, detail=detail))


def _unusable(head: bytes) -> str | None:
    if not head.strip() and len(head) < HEAD_BYTES:
        return EMPTY
    if b"\x00" in head:
        return BINARY
    return None


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:200] or type(error).__name__
