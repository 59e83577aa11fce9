"""Readers: inputs (files, folders, .gz, stdin) to Articles, or Rejects with a reason.

A bad input never stops a batch: every problem becomes a `Reject` naming the file (and
line) and the reason, and reading goes on with the next input. Formats are readers
registered in `eventscribe.registry.readers` ("text", "jsonl", "html"); a new format is a
module with one registered function taking `(Source, BinaryIO, ReadOptions)`.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from eventscribe import registry
from eventscribe.article import Article
from eventscribe.errors import InputError
from eventscribe.readers.base import Items, ReadOptions, Reject
from eventscribe.readers.checks import (
    BAD_GZIP,
    BINARY,
    EMPTY,
    GAVE_UP,
    INVALID_TEXT,
    READER_FAILED,
    UNREADABLE,
    check_article,
)
from eventscribe.readers.sources import (
    HEAD_BYTES,
    GzipCut,
    Posted,
    Source,
    detect_format,
    expand,
    missing,
)

Input = str | Path | Source | Article  # what an ingest reads: paths, posted bytes, Articles
# A reader: one input's (decompressed) byte stream to articles and rejects. Registered by
# format name in `eventscribe.registry.readers`.
Reader = Callable[[Source, BinaryIO, ReadOptions], Items]
# Formats whose records are whole lines: a cut gzip keeps the complete lines before the cut.
LINE_FORMATS = frozenset({"jsonl"})

__all__ = [
    "Input", "Posted", "ReadOptions", "Reader", "Reject", "Source", "check_inputs", "read_inputs",
    "read_source",
]  # fmt: skip


def check_inputs(paths: Sequence[Input]) -> None:
    """Fail before any work (and before a model loads) when an input the user named cannot
    be opened: a typo, a URL, a link loop. Files found in folders are rejects instead."""
    for item in paths:
        if isinstance(item, Source | Article):
            continue
        name = str(item)
        problem = missing(name) if name != "-" else None
        if problem:
            raise InputError(name, problem)


def read_inputs(paths: Sequence[Input], options: ReadOptions) -> Iterator[Article | Reject]:
    """Articles and rejects from files, folders, `.gz` files, `-` (stdin), in-memory inputs
    (`Posted`) and Articles made by the caller (checked as read ones are), in order."""
    if options.format is not None:
        registry.readers.get(options.format)  # an unknown format fails the run, not each input
    for item in paths:
        if isinstance(item, Article):
            reason = check_article(item, options)
            yield Reject.from_origin(item.origin or item.id, reason) if reason else item
            continue
        for source in [item] if isinstance(item, Source) else expand([item]):
            if isinstance(source, Reject):
                yield source
            else:
                yield from read_source(source, options)


def read_source(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    """One input's articles and rejects; a read error ends this input with a reject, and so
    do `options.max_consecutive_rejects` rejects in a row."""
    items = _read_source(source, options)
    if options.max_consecutive_rejects:
        items = _give_up_after(items, source, options.max_consecutive_rejects)
    yield from items


def _read_source(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    fmt = options.format
    try:
        with source.open() as (stream, head, cut):
            problem = _unusable(head)
            if problem and not (cut and cut.error):
                yield Reject.at(source.name, problem)
                return
            fmt = fmt or detect_format(source, head)
            items = registry.readers.get(fmt)(source, stream, options) if not problem else iter(())
            yield from _before_cut(items, cut, fmt) if cut else items
            if cut and cut.error:
                yield _cut_reject(source, cut)
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        yield Reject.at(source.name, BAD_GZIP.format(detail=_one_line(error)))
    except UnicodeError as error:  # UTF-16 or UTF-32 that is not (see sources.ToUtf8)
        encoding = str(getattr(error, "encoding", "")).upper() or "Unicode"
        detail = getattr(error, "reason", None) or _one_line(error)
        yield Reject.at(source.name, INVALID_TEXT.format(encoding=encoding, detail=detail))
    except OSError as error:
        yield Reject.at(source.name, UNREADABLE.format(detail=error.strerror or _one_line(error)))
    except Exception as error:  # a reader's bug must not stop the batch; tests forbid it
        detail = f"{type(error).__name__}: {_one_line(error)}"
        yield Reject.at(source.name, READER_FAILED.format(format=fmt, detail=detail))


def _before_cut(
    items: Iterator[Article | Reject], cut: GzipCut, fmt: str
) -> Iterator[Article | Reject]:
    """A gzip input's items, when it may be cut short. In LINE_FORMATS each record is a
    complete line, kept; in the others a cut document would be a cut article: none is kept.
    An 'empty input' that is the cut's doing is left to the cut's reject."""
    if fmt in LINE_FORMATS:
        for item in items:
            if not (cut.error and isinstance(item, Reject) and item.reason == EMPTY):
                yield item
        return
    found = list(items)  # a single document: one article at most
    if not cut.error:
        yield from found


def _cut_reject(source: Source, cut: GzipCut) -> Reject:
    """The reject of a cut gzip, at the line cut short, naming the last complete one."""
    assert cut.error is not None
    last = f"line {cut.lines} is the last complete one" if cut.lines else "no complete line"
    detail = f"{_one_line(cut.error)}; {last}"
    return Reject.at(source.name, BAD_GZIP.format(detail=detail), cut.lines + 1)


def _give_up_after(
    items: Iterator[Article | Reject], source: Source, limit: int
) -> Iterator[Article | Reject]:
    """The items, until `limit` rejects in a row: then one reject saying the input was left."""
    in_a_row = 0
    for item in items:
        yield item
        in_a_row = in_a_row + 1 if isinstance(item, Reject) else 0
        if in_a_row >= limit:
            items.close()  # type: ignore[attr-defined]
            yield Reject.at(source.name, GAVE_UP.format(count=in_a_row, reason=item.reason))
            return


def _unusable(head: bytes) -> str | None:
    if not head.strip() and len(head) < HEAD_BYTES:
        return EMPTY
    if b"\x00" in head:
        return BINARY
    return None


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:200] or type(error).__name__
