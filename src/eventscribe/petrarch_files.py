"""The PETRARCH dictionary file format's comments, for every reader of such files (the
actor, agent and discard dictionaries of `actors.dictionaries`, the verb dictionary of
`coding.verbs`): `#` to the end of a line, and `<!-- -->` blocks that may span lines."""

from __future__ import annotations


def strip_comments(lines: list[str]) -> list[tuple[int, str]]:
    """Numbered lines without `#` comments and `<!-- -->` comments (which may span lines)."""
    kept: list[tuple[int, str]] = []
    in_comment = False
    for number, raw in enumerate(lines, start=1):
        line = raw
        if not in_comment and "<" not in line and "#" not in line:
            if line.strip():
                kept.append((number, line.rstrip()))
            continue
        if in_comment:
            if "-->" not in line:
                continue
            line, in_comment = line.split("-->", 1)[1], False
        while "<!" in line:
            head, _, rest = line.partition("<!")
            if "-->" in rest:
                line = head + rest.split("-->", 1)[1]
            else:
                line, in_comment = head, True
        line = _without_hash_comment(line).rstrip()
        if line.strip():
            kept.append((number, line))
    return kept


def _without_hash_comment(line: str) -> str:
    """The line up to a `#` comment; a `#` inside a [code] (`[###]`) is not one."""
    if "#" not in line:
        return line
    if "[" not in line:
        return line.split("#", 1)[0]
    depth = 0
    for position, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "#" and depth == 0:
            return line[:position]
    return line
