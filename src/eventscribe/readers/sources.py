"""Where inputs come from: files, folders (recursively), .gz files and stdin, as byte streams.

A source is opened as one buffered byte stream, gzip undone, with its first bytes kept
aside for format sniffing; nothing is read whole here, so a reader can stream (JSONL) or
stop early (an article too large).
"""

from __future__ import annotations

import contextlib
import errno
import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from eventscribe.readers.base import Reject
from eventscribe.readers.checks import (
    BROKEN_LINK,
    LINK_LOOP,
    NOT_A_FILE,
    NOT_FOUND,
    NOT_REGULAR,
    UNREADABLE,
)

EXTENSIONS = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".json": "jsonl", ".html": "html", ".htm": "html", ".xhtml": "html"}  # fmt: skip
GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 4096  # what format sniffing looks at
BUFFER_BYTES = 1 << 16
# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))  # fmt: skip
_URL_SCHEMES = ("http://", "https://", "ftp://", "file://", "s3://", "gs://")
_KINDS = {stat.S_IFIFO: "FIFO", stat.S_IFSOCK: "socket", stat.S_IFCHR: "character device",
          stat.S_IFBLK: "block device"}  # fmt: skip
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title")


@dataclass(frozen=True)
class Source:
    name: str  # as the user knows it: the path given or found in a folder given, or "-"
    path: Path | None  # None for stdin

    @property
    def stem(self) -> str:
        """The file name without .gz and format extension: an article id, or its prefix."""
        if self.path is None:
            return "stdin"
        name = self.path.name.removesuffix(".gz")
        return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name

    @property
    def suffix(self) -> str:
        return Path(self.name.removesuffix(".gz")).suffix.lower()

    def raw(self, stack: contextlib.ExitStack) -> BinaryIO:
        """The input's bytes as stored (stdin, or the file opened on `stack`)."""
        return _stdin() if self.path is None else stack.enter_context(self.path.open("rb"))

    @contextlib.contextmanager
    def open(self) -> Iterator[tuple[BinaryIO, bytes, GzipCut | None]]:
        """The decompressed byte stream, its first bytes (still to be read from it) and, for
        gzip, what ends the stream early at a truncated or corrupt part."""
        with contextlib.ExitStack() as stack:
            raw = self.raw(stack)
            stream, head = with_head(raw)
            cut = None
            if head.startswith(GZIP_MAGIC):
                cut = GzipCut(gzip.GzipFile(fileobj=stream, mode="rb"))
                stream, head = with_head(io.BufferedReader(cut, BUFFER_BYTES))
            encoding = bom_encoding(head)
            if encoding:
                stream, head = with_head(io.BufferedReader(ToUtf8(stream, encoding), BUFFER_BYTES))
            yield stream, head, cut


@dataclass(frozen=True)
class Posted(Source):
    """An input given as bytes, not a file (a web service's posted articles), read as a file
    would be: `name` names it in rejects, `path` gives its stem (article ids) and format."""

    data: bytes = b""

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower() if self.path else ""

    def raw(self, stack: contextlib.ExitStack) -> BinaryIO:
        return io.BytesIO(self.data)


def bom_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 by its byte-order mark (what Windows tools write), else None."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


class ToUtf8(io.RawIOBase):
    """A stream of another Unicode encoding as UTF-8, a chunk at a time (the BOM dropped)."""

    def __init__(self, stream: BinaryIO, encoding: str) -> None:
        super().__init__()
        self.encoding = encoding
        self._text = io.TextIOWrapper(stream, encoding=encoding, newline="")  # type: ignore[arg-type]
        self._ready = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._ready:
            text = self._text.read(BUFFER_BYTES // 4)
            if not text:
                return 0
            self._ready = memoryview(text.encode("utf-8", "surrogatepass"))
        count = min(len(buffer), len(self._ready))
        buffer[:count] = self._ready[:count]
        self._ready = self._ready[count:]
        return count


class GzipCut(io.RawIOBase):
    """A gzip stream that ends cleanly at a truncated or corrupt part, after the last complete
    line before it, and keeps the error: every complete record before a cut can be read.

    Bytes after the last newline are held back until the next one (or the clean end) comes;
    a line longer than HOLD_BYTES is passed on as it is (the readers reject such lines).
    """

    HOLD_BYTES = 1 << 20

    def __init__(self, stream: gzip.GzipFile) -> None:
        super().__init__()
        self._stream = stream
        self._ready = memoryview(b"")
        self._held = bytearray()
        self._ended = False
        self.error: BaseException | None = None
        self.lines = 0  # complete lines passed on

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._ready and not self._ended:
            self._fill()
        count = min(len(buffer), len(self._ready))
        buffer[:count] = self._ready[:count]
        self._ready = self._ready[count:]
        return count

    def _fill(self) -> None:
        try:
            chunk = self._stream.read1(BUFFER_BYTES)  # one read: a cut loses nothing before
        except (EOFError, OSError, zlib.error) as error:  # gzip.BadGzipFile is an OSError
            self.error, self._ended = error, True
            self._held = bytearray()  # the cut line: incomplete, never a record
            return
        if not chunk:
            self._ended = True
            self._release(bytes(self._held))
            return
        end = chunk.rfind(b"\n") + 1
        if end == 0 and len(self._held) + len(chunk) <= self.HOLD_BYTES:
            self._held += chunk
            return
        if end == 0:
            end = len(chunk)
        self._release(bytes(self._held) + chunk[:end])
        self._held = bytearray(chunk[end:])

    def _release(self, data: bytes) -> None:
        self.lines += data.count(b"\n")
        self._ready = memoryview(data)


def _stdin() -> BinaryIO:
    if sys.stdin is None:  # started without one (a service, some CI runners)
        raise OSError("no standard input")
    return sys.stdin.buffer


def with_head(raw: BinaryIO) -> tuple[BinaryIO, bytes]:
    """A buffered stream over `raw` that still gives its first bytes, and those bytes."""
    head = read_up_to(raw, HEAD_BYTES)
    return replay(head, raw), head


def replay(head: bytes, rest: BinaryIO) -> BinaryIO:
    """A buffered stream giving `head` (bytes already read from `rest`), then `rest`."""
    return io.BufferedReader(_Replay(head, rest), BUFFER_BYTES)


def read_up_to(stream: BinaryIO, size: int) -> bytes:
    """`size` bytes, or fewer at the end: pipes and gzip may return short reads."""
    parts: list[bytes] = []
    wanted = size
    while wanted > 0:
        part = stream.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


class _Replay(io.RawIOBase):
    """Gives back bytes already read from a stream, then the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def expand(paths: Sequence[str | Path]) -> Iterator[Source | Reject]:
    """Sources for the paths given: folders walked recursively, sorted, hidden entries skipped."""
    for item in paths:
        name = str(item)
        if name == "-":
            yield Source("-", None)
            continue
        path = Path(item)
        problem = missing(name)
        if problem:
            yield Reject.at(name, problem)
        elif path.is_dir():
            yield from _walk(path)
        else:  # a FIFO or device named by the user is read: `<(zcat ...)` is one
            yield Source(name, path)


def missing(name: str) -> str | None:
    """Why the input `name` (not "-") names nothing that can be opened, or None."""
    if name.lower().startswith(_URL_SCHEMES):
        return NOT_A_FILE
    try:
        os.stat(name)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return LINK_LOOP
        if error.errno == errno.ENOENT and os.path.islink(name):
            return BROKEN_LINK.format(target=os.readlink(name))
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return NOT_FOUND
        return UNREADABLE.format(detail=error.strerror or error)
    return None


def _walk(folder: Path) -> Iterator[Source | Reject]:
    """Files under `folder` in path order (`a/y` before `b`), then subfolders it could not list."""
    problems: list[OSError] = []
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += (Path(root, file) for file in files if not file.startswith("."))
    for path in sorted(found, key=lambda p: p.relative_to(folder).parts):
        problem = missing(str(path)) or _not_regular(path)
        yield Reject.at(str(path), problem) if problem else Source(str(path), path)
    yield from _unreadable(problems, folder)


def _not_regular(path: Path) -> str | None:
    """Folders hold files: a FIFO found there would block reading for ever, a device never end."""
    try:
        mode = path.stat().st_mode
    except OSError:  # gone since: opening it says why
        return None
    if stat.S_ISREG(mode):
        return None
    return NOT_REGULAR.format(kind=_KINDS.get(stat.S_IFMT(mode), "special file"))


def _unreadable(problems: list[OSError], folder: Path) -> Iterator[Reject]:
    """Subfolders os.walk could not list: each a reject, and the walk goes on."""
    for problem in problems:
        where = str(problem.filename or folder)
        yield Reject.at(where, UNREADABLE.format(detail=problem.strerror or problem))
    problems.clear()


def detect_format(source: Source, head: bytes) -> str:
    """By extension (.txt, .jsonl, .html..., each maybe .gz), else by the first bytes."""
    if source.suffix in EXTENSIONS:
        return EXTENSIONS[source.suffix]
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith((b"{", b"[")):
        return "jsonl"
    lowered = start[:1024].lower()
    if start.startswith(b"<") and any(marker in lowered for marker in _HTML_MARKERS):
        return "html"
    return "text"


def read_document(stream: BinaryIO, max_bytes: int) -> bytes | None:
    """The whole stream, or None as soon as it proves longer than `max_bytes`."""
    data = read_up_to(stream, max_bytes + 1)
    return None if len(data) > max_bytes else data
