"""The events and clusters listings on an 80-column terminal or a pipe: a block per record."""

from __future__ import annotations

from .helpers import shell

GAZA = "Israeli forces struck targets in Gaza, killing at least 20 people, health officials said."


def unwrapped(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines())


def test_events_at_80_columns_are_blocks_that_fit(world):
    text = shell("events", "--db", world, columns=80).stdout
    lines = text.splitlines()
    assert lines[0] == "6 events" and max(map(len, lines)) <= 80
    assert "2023-11-02 (pub)  190 Use conventional military force" in lines  # whole, one line
    assert "  Israel (ISR) -> Palestine (PSE) · in Gaza · reported by health officials" in lines
    assert GAZA in unwrapped(text)  # the evidence, wrapped but whole
    assert "│" not in text


def test_a_pipe_without_columns_gets_blocks_too(world):
    text = shell("events", "--db", world, "--limit", "1", columns=0).stdout  # COLUMNS=0: unset
    assert text.splitlines()[:3] == ["1 events", "", "2023-11-02 (pub)  190 Use conventional "
                                     "military force"]  # fmt: skip


def test_a_wide_terminal_keeps_the_table(world):
    text = shell("events", "--db", world, columns=160).stdout
    assert "┃ date             ┃ source" in text and max(map(len, text.splitlines())) <= 160
    assert "│ 2023-11-02 (pub) │" in text  # the date is never folded


def test_clusters_at_80_columns(weeks):
    text = shell("clusters", "--db", weeks, "--limit", "2", columns=80).stdout
    lines = text.splitlines()
    assert max(map(len, lines)) <= 80 and "│" not in text
    assert "  Israel -> Palestine · 9 mentions, 9 articles, 1 source" in lines


def test_a_wide_clusters_table_keeps_the_date_whole(weeks):
    text = shell("clusters", "--db", weeks, "--limit", "2", columns=160).stdout
    assert "│ 2024-02-26 │" in text and max(map(len, text.splitlines())) <= 160
