"""The CAMEO verb dictionary in PETRARCH format, and coding one verb with its patterns.

File format (see the header of data/petrarch2/CAMEO.2.0.txt): `&SYNSET` blocks of `+WORD`
lines; verb blocks opened by `--- NAME [code] ---`, holding verbs (`MEET {MEETS MET}`,
optionally with their own `[code]`; `+MEET_WITH` for multi-word verbs) and patterns
(`- words * words [code] # verb`), where `*` is the verb, `$` the source, `+` the target,
`&NAME` a synonym set, and `{...}`/`(...)` group words. A pattern applies to every verb of
its block; the longest pattern that matches the words around the verb wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from eventscribe.errors import EventscribeError

WINDOW = 8  # words after the verb that a pattern may reach
_CODE = re.compile(r"\[([^\]]*)\]")
_SKIP_POS = frozenset({"DET", "PUNCT", "ADJ", "ADV", "NUM", "AUX", "PART", "PRON", "SYM"})


@dataclass
class Pattern:
    before: list[frozenset[str]]  # word alternatives, nearest to the verb last
    after: list[frozenset[str]]  # word alternatives in order after the verb
    code: str  # "---" voids the event
    text: str

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


@dataclass
class VerbBlock:
    name: str
    code: str
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class VerbEntry:
    block: VerbBlock
    code: str | None  # the verb's own code, overriding the block's


@dataclass
class VerbCode:
    code: str
    pattern: str


class VerbDictionary:
    def __init__(self) -> None:
        self.synsets: dict[str, set[str]] = {}
        self.single: dict[str, VerbEntry] = {}  # form -> entry
        self.multi: dict[str, list[tuple[list[str], VerbEntry]]] = {}  # first word -> rest

    @classmethod
    def read(cls, path: Path) -> VerbDictionary:
        verbs = cls()
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as error:
            raise EventscribeError(f"{path}: cannot read verb dictionary ({error})") from None
        _Reader(verbs, path).read(lines)
        return verbs

    def lookup(self, word: str) -> VerbEntry | None:
        return self.single.get(word.upper())

    def __len__(self) -> int:
        return len(self.single)


class _Reader:
    def __init__(self, verbs: VerbDictionary, path: Path) -> None:
        self.verbs, self.path = verbs, path
        self.block: VerbBlock | None = None
        self.synset: str | None = None

    def read(self, lines: list[str]) -> None:
        for number, raw in enumerate(lines, start=1):
            line = raw.split("#", 1)[0].strip()
            if not line or line.startswith("<"):
                continue
            try:
                self._line(line)
            except ValueError as error:
                raise EventscribeError(f"{self.path}:{number}: {error}") from None

    def _line(self, line: str) -> None:
        if line.startswith("&"):
            self.synset = line.split()[0].upper()
            self.verbs.synsets.setdefault(self.synset, set())
        elif line.startswith("---"):
            name = line.strip("- ").split("[")[0].strip()
            codes = _CODE.findall(line)
            self.block, self.synset = VerbBlock(name, codes[0].strip() if codes else "---"), None
        elif line.startswith("+") and self.block is None and self.synset:
            self.verbs.synsets[self.synset].add(_word(line[1:]))
        elif line.startswith("-") and self.block is not None:
            self.block.patterns.append(self._pattern(line[1:]))
        elif self.block is not None:
            self._verb(line)

    def _verb(self, line: str) -> None:
        codes = _CODE.findall(line)
        own = codes[0].split(":")[0].strip() if codes else None
        entry = VerbEntry(self.block, own)
        head = _CODE.sub("", line)
        forms = re.findall(r"\{([^}]*)\}", head)
        base = re.sub(r"\{[^}]*\}", "", head).split()
        words = [w for w in base[:1]] + [w for group in forms for w in group.split()]
        for word in words:
            self._add(word.lstrip("+"), entry)
        if base and not forms and not base[0].startswith("+"):
            for form in _inflect(_word(base[0])):
                self.verbs.single.setdefault(form, entry)

    def _add(self, word: str, entry: VerbEntry) -> None:
        parts = [p for p in _word(word).split("_") if p]
        if not parts:
            return
        if len(parts) == 1:
            self.verbs.single.setdefault(parts[0], entry)
        else:
            self.verbs.multi.setdefault(parts[0], []).append((parts[1:], entry))

    def _pattern(self, text: str) -> Pattern:
        codes = _CODE.findall(text)
        if not codes:
            raise ValueError(f"pattern without a [code]: {text.strip()!r}")
        code = codes[0].split(":")[0].strip()
        body = _CODE.sub("", text)
        if "*" not in body:
            raise ValueError(f"pattern without the verb marker *: {text.strip()!r}")
        left, right = body.split("*", 1)
        return Pattern(self._words(left), self._words(right), code, text.strip())

    def _words(self, text: str) -> list[frozenset[str]]:
        words: list[frozenset[str]] = []
        for token in re.sub(r"[{}()]", " ", text).split():
            if token in ("$", "+", "%", "^") or token.startswith(("$", "%", "^")):
                words.append(frozenset({"<ACTOR>"}))
            elif token.startswith("&"):
                words.append(frozenset(self.verbs.synsets.get(token.upper(), {token.upper()})))
            else:
                words.append(frozenset(w for w in _word(token).split("_") if w) or {token})
        return words


def _word(text: str) -> str:
    return text.strip().rstrip("_").upper()


def _inflect(verb: str) -> set[str]:
    """Regular forms of a verb the dictionary lists without its forms."""
    stem = verb[:-1] if verb.endswith("E") else verb
    doubled = verb + verb[-1] if re.search(r"[^AEIOU][AEIOU][BDGLMNPRT]$", verb) else verb
    third = verb + ("ES" if verb.endswith(("S", "SH", "CH", "X", "Z", "O")) else "S")
    if verb.endswith("Y") and len(verb) > 2 and verb[-2] not in "AEIOU":
        return {verb, verb[:-1] + "IES", verb[:-1] + "IED", verb + "ING"}
    return {verb, third, stem + "ED", doubled + "ED", stem + "ING", doubled + "ING"}


class VerbCoder:
    """Codes a verb token of a parsed sentence with the dictionary."""

    def __init__(self, verbs: VerbDictionary) -> None:
        self.verbs = verbs

    @classmethod
    def load(cls, folder: Path | None) -> VerbCoder:
        return cls(load_verbs(str(folder) if folder else None))

    def __repr__(self) -> str:
        return f"VerbCoder({len(self.verbs)} verb forms)"

    def code(self, verb: Any, actor_chars: set[int]) -> VerbCode | None:
        entry, used = self._entry(verb)
        if entry is None:
            return None
        after = _words_after(verb, used, actor_chars)
        before = _words_before(verb, actor_chars)
        best: Pattern | None = None
        for pattern in entry.block.patterns:
            if _matches(pattern, before, after) and (best is None or pattern.size > best.size):
                best = pattern
        code = best.code if best else (entry.code or entry.block.code)
        if not code or code.startswith("-"):
            return None
        return VerbCode(code, best.text if best else f"default {entry.block.name}")

    def _entry(self, verb: Any) -> tuple[VerbEntry | None, int]:
        """The verb's entry and how many following words it used ("meet with")."""
        doc = verb.doc
        for first in (verb.lemma_.upper(), verb.text.upper()):
            for rest, entry in self.verbs.multi.get(first, []):
                following = [t.lemma_.upper() for t in doc[verb.i + 1 : verb.i + 1 + len(rest)]]
                texts = [t.text.upper() for t in doc[verb.i + 1 : verb.i + 1 + len(rest)]]
                if following == rest or texts == rest:
                    return entry, len(rest)
        entry = self.verbs.lookup(verb.lemma_) or self.verbs.lookup(verb.text)
        return entry, 0


def _word_forms(token: Any, actor_chars: set[int]) -> frozenset[str]:
    forms = {token.text.upper(), token.lemma_.upper()}
    if token.idx in actor_chars:
        forms.add("<ACTOR>")
    return frozenset(forms)


def _words_after(verb: Any, used: int, actor_chars: set[int]) -> list[frozenset[str]]:
    doc = verb.doc
    end = min(len(doc), verb.i + 1 + used + WINDOW)
    return [
        _word_forms(t, actor_chars)
        for t in doc[verb.i + 1 + used : end]
        if t.sent == verb.sent
        and (t.pos_ not in _SKIP_POS or t.idx in actor_chars or t.lower_ == "to")
    ]


def _words_before(verb: Any, actor_chars: set[int]) -> list[frozenset[str]]:
    doc = verb.doc
    start = max(verb.sent.start, verb.i - WINDOW)
    return [_word_forms(t, actor_chars) for t in doc[start : verb.i] if t.pos_ not in _SKIP_POS]


def _matches(pattern: Pattern, before: list[frozenset[str]], after: list[frozenset[str]]) -> bool:
    return _in_order(pattern.after, after) and _in_order(list(reversed(pattern.before)),
                                                         list(reversed(before)))  # fmt: skip


def _in_order(wanted: list[frozenset[str]], words: list[frozenset[str]]) -> bool:
    """Each wanted word found after the previous one, skipping at most two words between."""
    position = 0
    for alternatives in wanted:
        for step in range(position, min(position + 3, len(words))):
            if alternatives & words[step]:
                position = step + 1
                break
        else:
            return False
    return True


@lru_cache(maxsize=4)
def load_verbs(folder: str | None) -> VerbDictionary:
    """The verb dictionary of a PETRARCH-format folder, or the packaged CAMEO 2.0 one."""
    if folder is None:
        with resources.as_file(resources.files("eventscribe") / "data" / "petrarch2") as base:
            return VerbDictionary.read(base / "CAMEO.2.0.txt")
    base = Path(folder)
    candidates = sorted(base.glob("*verbs*.txt")) + sorted(base.glob("CAMEO*.txt"))
    if not candidates:
        raise EventscribeError(f"{base}: no verb dictionary (*verbs*.txt or CAMEO*.txt) in folder")
    return VerbDictionary.read(candidates[0])
