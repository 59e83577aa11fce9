"""Special paths: FIFOs and sockets in folders, link loops and broken links, URLs."""

from __future__ import annotations

import os
import socket
import threading

import pytest
from reading import ENGLISH, read_all, read_one, reasons, write

from eventscribe.article import Article

TEXT = f"date 2023-10-15 Ministers meet\n{ENGLISH}"


def test_a_fifo_in_a_folder_is_rejected_not_opened(tmp_path):
    write(tmp_path, "a.txt", TEXT)
    os.mkfifo(tmp_path / "b.txt")  # opening it would block until a writer comes: never
    write(tmp_path, "c.txt", TEXT)
    done: list = []
    reader = threading.Thread(target=lambda: done.append(read_all([tmp_path])), daemon=True)
    reader.start()
    reader.join(10)
    assert done, "reading the folder blocked on the FIFO"
    items = done[0]
    assert [type(i).__name__ for i in items] == ["Article", "Reject", "Article"]
    assert items[1].message() == (
        f"{tmp_path / 'b.txt'}: not a regular file (a FIFO); only regular files are read "
        "from folders"
    )


def test_a_socket_in_a_folder_is_rejected(tmp_path):
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "s.jsonl"))
        assert "not a regular file (a socket)" in read_one(tmp_path).reason


def test_a_fifo_named_as_the_input_is_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "w") as handle:
            handle.write(TEXT)

    threading.Thread(target=feed, daemon=True).start()
    assert isinstance(read_one(fifo), Article)


def test_a_link_loop_given_as_the_input_says_so(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert read_one(loop).reason == "symbolic link loop (the link leads back to itself)"


def test_a_broken_link_in_a_folder_names_its_target(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert reasons(read_all([tmp_path])) == [
        f"{tmp_path / 'gone.txt'}: broken symbolic link (to {tmp_path / 'nowhere.txt'})"
    ]


@pytest.mark.parametrize("url", ["https://example.com/news.html", "HTTP://x/a.jsonl"])
def test_a_url_is_not_a_missing_file(url):
    assert read_one(url).reason == "a URL, not a file (eventscribe reads files: download it first)"
