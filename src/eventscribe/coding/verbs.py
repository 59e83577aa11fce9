"""The CAMEO verb dictionary in PETRARCH format, and coding one verb with its patterns.

File format (see the header of data/petrarch2/CAMEO.2.0.txt and PETRARCH's dictionary
documentation): `&SYNSET` blocks of `+PHRASE` lines; verb blocks opened by
`--- NAME [code] ---`, holding verbs (`BREAK {BROKE BROKEN}`, optionally with their own
`[code]`; `+BREAK_DOWN`, `WIRE_+TAP` for multi-word verbs, `+` marking the verb) and
patterns (`- words * words [code] # comment`). In a pattern `*` is the verb, `$` the source,
`+` the target, `%` an actor that is both, and `&NAME` a synonym set. Words joined by `_`
must be consecutive; a space lets other words come between. A pattern applies to every
verb of its block; the longest pattern that matches the words around the verb wins (the
first in the file on a tie). A code `A:B` is a paired event: A from source to target and B
back; a code that is not a number (`---`, `###`, `+++`) codes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from eventscribe.data_cache import cached
from eventscribe.errors import EventscribeError
from eventscribe.petrarch_files import strip_comments  # the file format, shared
from eventscribe.syntax import phrasal_keys, sentence_of

WINDOW = 12  # words before and after the verb that a pattern may reach
ACTOR_SLOTS = frozenset({"$", "+", "%"})
_CODE = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")

Element = tuple[tuple[str, ...], ...]  # alternatives, longest first; each consecutive words
Segment = tuple[Element, ...]  # elements that must be consecutive


@dataclass(frozen=True)
class Code:
    """A dictionary code: the event, and for paired codes the event in return."""

    code: str | None  # None: no event
    returned: str | None = None

    @classmethod
    def parse(cls, text: str) -> Code:
        first, _, second = text.strip().partition(":")
        return cls(_event_code(first), _event_code(second) if second else None)


def _event_code(text: str) -> str | None:
    text = text.strip()
    return text if text.isdigit() and 2 <= len(text) <= 4 else None


@dataclass
class Pattern:
    before: list[Segment]  # in text order; the last one nearest the verb
    after: list[Segment]
    before_adjacent: bool  # "IN_*": the last segment ends right before the verb
    after_adjacent: bool  # "*_OUT": the first segment starts right after the verb
    code: Code
    text: str

    def __post_init__(self) -> None:
        self.size = sum(len(s) for s in self.before) + sum(len(s) for s in self.after)
        # Words the pattern cannot match without: a cheap test before the real matching.
        self.required = frozenset(
            element[0][0]
            for segment in (*self.before, *self.after)
            for element in segment
            if len(element) == 1 and len(element[0]) == 1 and element[0][0] not in ACTOR_SLOTS
        )


@dataclass
class VerbBlock:
    name: str
    code: Code
    patterns: list[Pattern] = field(default_factory=list)

    @cached_property
    def longest_first(self) -> list[Pattern]:
        """The patterns, longest first and in file order within a length: the first that
        matches is the one that wins. Asked once the file is read (a block's patterns are
        all in place by then)."""
        return sorted(self.patterns, key=lambda pattern: -pattern.size)

    def candidates(self, present: AbstractSet[str]) -> Iterator[Pattern]:
        """`longest_first`'s patterns whose required words are all `present`, in its order:
        looked up by one required word each, not tried one by one (a block holds up to 190)."""
        free, by_word = self._by_required_word
        numbers = free + [n for word in present if word in by_word for n in by_word[word]]
        patterns = self.longest_first
        for number in sorted(numbers):
            if patterns[number].required <= present:
                yield patterns[number]

    @cached_property
    def _by_required_word(self) -> tuple[list[int], dict[str, list[int]]]:
        """Positions in `longest_first` of the patterns that require no word, and of the
        others under one word each requires."""
        free: list[int] = []
        by_word: dict[str, list[int]] = {}
        for number, pattern in enumerate(self.longest_first):
            if pattern.required:
                by_word.setdefault(min(pattern.required), []).append(number)
            else:
                free.append(number)
        return free, by_word


@dataclass
class VerbEntry:
    block: VerbBlock
    code: Code | None  # the verb's own code, overriding the block's
    before: tuple[str, ...] = ()  # words of a multi-word verb before the verb word
    after: tuple[str, ...] = ()  # and after it


@dataclass
class VerbCode:
    code: str
    pattern: str
    returned: str | None = None  # paired event, from the target back to the source
    sources: list[Any] = field(default_factory=list)  # tokens bound by $ or %
    targets: list[Any] = field(default_factory=list)  # tokens bound by + or %
    default: str | None = None  # the verb's own code, whatever pattern matched


class VerbDictionary:
    def __init__(self) -> None:
        self.synsets: dict[str, set[tuple[str, ...]]] = {}
        self.entries: dict[str, list[VerbEntry]] = {}  # verb word form -> entries

    @classmethod
    def read(cls, path: Path) -> VerbDictionary:
        verbs = cls()
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise EventscribeError(f"{path}: cannot read verb dictionary ({error})") from None
        _Reader(verbs, path).read(text.splitlines())
        return verbs

    def lookup(self, word: str) -> list[VerbEntry]:
        return self.entries.get(word.upper(), [])

    def __len__(self) -> int:
        return len(self.entries)


class _Reader:
    def __init__(self, verbs: VerbDictionary, path: Path) -> None:
        self.verbs, self.path = verbs, path
        self.block: VerbBlock | None = None
        self.synset: str | None = None
        self.synsets_only = False

    def read(self, lines: list[str]) -> None:
        numbered = strip_comments(lines)
        # Synsets may be defined after the patterns that use them: read them first.
        self.synsets_only = True
        for _, line in numbered:
            self._line(line.strip())
        self.synsets_only, self.block, self.synset = False, None, None
        for number, line in numbered:
            try:
                self._line(line.strip())
            except ValueError as error:
                raise EventscribeError(f"{self.path}:{number}: {error}") from None

    def _line(self, line: str) -> None:
        if line.startswith("&"):
            self.synset, self.block = line.split()[0].upper().rstrip("_"), None
            self.verbs.synsets.setdefault(self.synset, set())
        elif line.startswith("---"):
            name = line.strip("- ").split("[")[0].strip()
            codes = _CODE.findall(line)
            self.block = VerbBlock(name, Code.parse(codes[0]) if codes else Code(None))
            self.synset = None
        elif line.startswith("+") and self.block is None and self.synset:
            self._synonym(line[1:])
        elif self.synsets_only:
            return
        elif line.startswith("-") and self.block is not None:
            pattern = self._pattern(line[1:])
            if pattern is not None:
                self.block.patterns.append(pattern)
        elif self.block is not None:
            self._verb(line)

    def _synonym(self, text: str) -> None:
        members = self.verbs.synsets[self.synset]
        if text.strip().startswith("&"):  # an embedded synset
            members.update(self.verbs.synsets.get(text.strip().upper().rstrip("_"), set()))
            return
        words = tuple(_phrase_words(text))
        if words:
            members.add(words)

    def _verb(self, line: str) -> None:
        codes = _CODE.findall(line)
        own = Code.parse(codes[0]) if codes else None
        head = _CODE.sub("", line)
        listed = [w for group in _BRACES.findall(head) for w in group.split()]
        base = _BRACES.sub("", head).split()
        if not base:
            return
        main = base[0]
        forms = [main, *listed]
        for form in forms:
            self._add(form, own)
        if "_" not in main:  # regular forms of a one-word verb
            for form in _inflect(_word(main.lstrip("+")), irregular=bool(listed)):
                self._add(form, own)

    def _add(self, form: str, own: Code | None) -> None:
        parts = [p for p in re.split(r"[_\s]+", form.strip().upper()) if p]
        marked = [i for i, p in enumerate(parts) if p.startswith("+")]
        at = marked[0] if marked else 0
        parts = [p.lstrip("+").rstrip("_") for p in parts]
        if not parts or not parts[at]:
            return
        entry = VerbEntry(self.block, own, tuple(parts[:at]), tuple(parts[at + 1 :]))
        bucket = self.verbs.entries.setdefault(parts[at], [])
        if all((e.block, e.before, e.after) != (entry.block, entry.before, entry.after)
               for e in bucket):  # fmt: skip
            bucket.append(entry)

    def _pattern(self, text: str) -> Pattern | None:
        codes = _CODE.findall(text)
        if not codes:
            raise ValueError(f"pattern without a [code]: {text.strip()!r}")
        body = _CODE.sub(" ", text).split("#", 1)[0]
        if "*" not in body:
            raise ValueError(f"pattern without the verb marker *: {text.strip()!r}")
        left, right = body.split("*", 1)
        right = right.lstrip("*")  # "**" in some dictionaries
        try:
            before, after = self._segments(left), self._segments(right)
        except KeyError:
            return None  # an undefined synset: PETRARCH ignores the pattern
        return Pattern(
            before=before,
            after=after,
            before_adjacent=left.endswith("_"),
            after_adjacent=right.startswith("_"),
            code=Code.parse(codes[0]),
            text=" ".join(text.split()),
        )

    def _segments(self, text: str) -> list[Segment]:
        segments: list[Segment] = []
        for chunk in re.sub(r"[{}()]", " ", text).split():
            elements = tuple(self._element(w) for w in chunk.split("_") if w)
            if elements:
                segments.append(elements)
        return segments

    def _element(self, word: str) -> Element:
        word = word.upper()
        if word in ACTOR_SLOTS or word[:1] in ("$", "%"):
            return ((word[:1],),)
        if word.startswith("&"):
            members = self.verbs.synsets.get(word.rstrip("_"))
            if members is None:
                raise KeyError(word)
            return tuple(sorted(members, key=lambda m: (-len(m), m)))
        return ((word,),)


def _word(text: str) -> str:
    return text.strip().rstrip("_").upper()


def _phrase_words(text: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", text.strip().upper()) if w]


def _inflect(verb: str, *, irregular: bool) -> set[str]:
    """Regular forms of a verb; past forms only when the dictionary lists none."""
    if not verb.isalpha():
        return {verb}
    stem = verb[:-1] if verb.endswith("E") else verb
    doubled = verb + verb[-1] if re.search(r"[^AEIOU][AEIOU][BDGLMNPRT]$", verb) else verb
    third = verb + ("ES" if verb.endswith(("S", "SH", "CH", "X", "Z", "O")) else "S")
    if verb.endswith("Y") and len(verb) > 2 and verb[-2] not in "AEIOU":
        forms = {verb, verb[:-1] + "IES", verb + "ING"}
        return forms if irregular else forms | {verb[:-1] + "IED"}
    forms = {verb, third, stem + "ING", doubled + "ING"}
    return forms if irregular else forms | {stem + "ED", doubled + "ED"}


@dataclass
class _Word:
    forms: frozenset[str]
    token: Any
    actor: bool


class VerbCoder:
    """Codes a verb token of a parsed sentence with the dictionary."""

    def __init__(self, verbs: VerbDictionary) -> None:
        self.verbs = verbs
        self._ranked: dict[str, list[VerbEntry]] = {}  # a word's entries, longest first

    @classmethod
    def load(cls, folder: Path | None) -> VerbCoder:
        return cls(load_verbs(str(folder) if folder else None))

    def __repr__(self) -> str:
        return f"VerbCoder({len(self.verbs)} verb forms)"

    def code(
        self, verb: Any, actor_chars: AbstractSet[int], *, says: bool = False
    ) -> VerbCode | None:
        """The verb's code; `says`: a verb of saying, whose reported clause is its own
        event, so patterns do not reach into it ("said the plan would fail")."""
        found = self._entry(verb)
        if found is None:
            return None
        entry, first, last = found
        clause = clause_token_ids(verb, complements=not says)
        sentence = sentence_of(verb)
        start, end = max(sentence.start, first - WINDOW), min(sentence.end, last + 1 + WINDOW)
        before = _clause_words(verb.doc, range(start, first), clause, actor_chars)
        after = _clause_words(verb.doc, range(last + 1, end), clause, actor_chars)
        best: tuple[Pattern, dict[str, list[Any]]] | None = None
        present = {form for word in (*before, *after) for form in word.forms}
        for pattern in entry.block.candidates(present):
            bound = _match(pattern, before, after)
            if bound is not None:
                best = (pattern, bound)
                break
        own = entry.code or entry.block.code
        code = best[0].code if best else own
        if code.code is None:
            return None
        text = best[0].text if best else f"default {entry.block.name}"
        bound = best[1] if best else {}
        # "% *": a compound actor acting on itself ("X and Y agree"); "* WITH %": the
        # subject acts on each of them.
        return VerbCode(
            code.code,
            text,
            code.returned,
            sources=bound.get("$", []) + bound.get("%<", []),
            targets=bound.get("+", []) + bound.get("%<", []) + bound.get("%>", []),
            default=own.code,
        )

    def _entry(self, verb: Any) -> tuple[VerbEntry, int, int] | None:
        """The verb's entry and the token span it covers ("broke down", "wire tapped")."""
        doc = verb.doc
        for word in dict.fromkeys((verb.text.upper(), verb.lemma_.upper())):
            for entry in self._ranked_entries(word):
                first, last = verb.i - len(entry.before), verb.i + len(entry.after)
                if first < 0 or last >= len(doc):
                    continue
                # A one-word entry (most of them) needs no slice of the doc to compare.
                if (not entry.before or _same(doc[first : verb.i], entry.before)) and (
                    not entry.after or _same(doc[verb.i + 1 : last + 1], entry.after)
                ):
                    return entry, first, last
        return None

    def _ranked_entries(self, word: str) -> list[VerbEntry]:
        """The word's entries, the most words first (sorted once per word, not per verb)."""
        ranked = self._ranked.get(word)
        if ranked is None:
            entries = self.verbs.lookup(word)
            ranked = sorted(entries, key=lambda e: -(len(e.before) + len(e.after)))
            self._ranked[word] = ranked
        return ranked


def _same(tokens: Any, words: tuple[str, ...]) -> bool:
    return all(w in (t.text.upper(), t.lemma_.upper()) for t, w in zip(tokens, words, strict=True))


# Clauses of their own: a pattern does not reach into them.
OTHER_CLAUSE_DEPS = frozenset({"advcl", "relcl", "parataxis", "conj", "acl"})


def clause_token_ids(verb: Any, *, complements: bool = True) -> set[int]:
    """Token indices a pattern may use: the verb's clause (with the clauses it governs as
    complements: "allowed that Mordor isn't ...", "indicated it should have acted"),
    without other clauses hanging in it ("..., after crowds trashed its embassy")."""
    top = verb
    while top.dep_ in ("xcomp", "ccomp", "aux", "auxpass") and top.head.i != top.i:
        top = top.head
    found: set[int] = set()
    stack = [top]
    while stack:
        token = stack.pop()
        found.add(token.i)
        for child in token.children:
            dep = child.dep_
            other = dep in OTHER_CLAUSE_DEPS or (not complements and dep == "ccomp")
            # (the subtree's edges asked last: the costliest test, and the rarest need)
            if other and child.pos_ in ("VERB", "AUX") and not _holds(child, verb):
                continue
            stack.append(child)
    return found


def _holds(child: Any, verb: Any) -> bool:
    """Whether the verb lies in the child's subtree span."""
    return child.i <= verb.i <= child.right_edge.i and child.left_edge.i <= verb.i


def _clause_words(
    doc: Any, positions: range, clause: set[int], actor_chars: AbstractSet[int]
) -> list[_Word]:
    # Each word's forms read once per document: the windows of a sentence's verbs overlap.
    cache: dict[int, tuple[frozenset[str], int] | None] = doc.user_data.setdefault(
        "pattern_words", {}
    )
    words = []
    for i in positions:
        if i not in clause:
            continue
        if i not in cache:
            cache[i] = _pattern_word(doc[i])
        found = cache[i]
        if found is not None:
            words.append(_Word(found[0], doc[i], found[1] in actor_chars))
    return words


def _pattern_word(token: Any) -> tuple[frozenset[str], int] | None:
    """The forms a pattern may match the token by, and its offset; None for a word no
    pattern reads (punctuation, a time expression's, a count's)."""
    if token.is_punct or _temporal(token) or _quantifying(token):
        return None
    return frozenset({token.text.upper(), token.lemma_.upper()}), token.idx


def _quantifying(token: Any) -> bool:
    """ "at least", "at most": a count's words, no pattern's ("met ... at least twice" is no
    "meet at")."""
    doc = token.doc
    if token.lower_ == "at":
        return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("least", "most")
    return token.lower_ in ("least", "most") and token.i > 0 and doc[token.i - 1].lower_ == "at"


TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _temporal(token: Any) -> bool:
    """A word of a time expression ("on Monday", "in January"): no pattern's word ("called
    the ambassador on Monday" is no "called on")."""
    if token.ent_type_ in TIME_ENTITIES:
        return True
    return token.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in TIME_ENTITIES for c in token.children
    )


def _match(
    pattern: Pattern, before: list[_Word], after: list[_Word]
) -> dict[str, list[Any]] | None:
    """Where the pattern's words are found around the verb, and the actor slots they bind."""
    bound: dict[str, list[Any]] = {}
    if not _find(pattern.after, after, pattern.after_adjacent, bound):
        return None
    reversed_segments = [tuple(reversed(s)) for s in reversed(pattern.before)]
    if not _find(reversed_segments, list(reversed(before)), pattern.before_adjacent, bound,
                 backwards=True):  # fmt: skip
        return None
    return bound


def _find(
    segments: list[Segment],
    words: list[_Word],
    adjacent: bool,
    bound: dict[str, list[Any]],
    *,
    backwards: bool = False,
) -> bool:
    """Segments in order along `words`, each consecutive, with any gap between them."""
    position = 0
    for number, segment in enumerate(segments):
        last_start = position if (number == 0 and adjacent) else len(words) - 1
        opening = _opening_words(segment, backwards)
        for start in range(position, last_start + 1):
            if opening is not None and not _opens(opening, words, start):
                continue  # (the quick test of what `_segment_at` would find first)
            end = _segment_at(segment, words, start, bound, backwards)
            if end is not None:
                position = end
                break
        else:
            return False
    return True


def _opening_words(segment: Segment, backwards: bool) -> dict[str, Any] | None:
    """The words a segment can start with, keyed; None when it opens with an actor slot
    (or is empty), which any word may start."""
    if not segment or _slot(segment[0]) in ACTOR_SLOTS:
        return None
    return _by_first_word(segment[0], backwards)


def _opens(opening: dict[str, Any], words: list[_Word], start: int) -> bool:
    return start < len(words) and any(form in opening for form in words[start].forms)


def _slot(element: Element) -> str | None:
    return element[0][0] if len(element) == 1 and len(element[0]) == 1 else None


def _segment_at(
    segment: Segment, words: list[_Word], start: int, bound: dict[str, list[Any]], backwards: bool
) -> int | None:
    position = start
    slots: dict[str, list[Any]] = {}
    for element in segment:
        end = _element_at(element, words, position, slots, backwards)
        if end is None:
            return None
        position = end
    for slot, tokens in slots.items():
        side = ("<" if backwards else ">") if slot == "%" else ""
        bound.setdefault(slot + side, []).extend(tokens)
    return position


def _element_at(
    element: Element,
    words: list[_Word],
    start: int,
    slots: dict[str, list[Any]],
    backwards: bool,
) -> int | None:
    if start >= len(words):
        return None
    slot = _slot(element)
    if slot in ACTOR_SLOTS:
        end = start
        while end < len(words) and words[end].actor:  # the whole actor name
            end += 1
        if end > start:
            slots.setdefault(slot, []).extend(w.token for w in words[start:end])
            return end
        return None
    by_first = _by_first_word(element, backwards)
    for form in words[start].forms:
        for run in by_first.get(form, ()):  # longest first
            if start + len(run) <= len(words) and all(
                w in words[start + k].forms for k, w in enumerate(run)
            ):
                return start + len(run)
    return None


_FIRST_WORDS: dict[tuple[int, bool], dict[str, list[tuple[str, ...]]]] = {}


def _by_first_word(element: Element, backwards: bool) -> dict[str, list[tuple[str, ...]]]:
    """An element's alternatives by the word they start with (read in matching direction),
    built once per element: synsets hold dozens of phrases."""
    key = (id(element), backwards)
    index = _FIRST_WORDS.get(key)
    if index is None:
        index = {}
        for alternative in element:
            run = tuple(reversed(alternative)) if backwards else alternative
            index.setdefault(run[0], []).append(run)
        _FIRST_WORDS[key] = index
    return index


@lru_cache(maxsize=4)
def load_verbs(folder: str | None) -> VerbDictionary:
    """The verb dictionary of a PETRARCH-format folder, or the packaged CAMEO 2.0 one."""
    if folder is None:
        with resources.as_file(resources.files("eventscribe") / "data" / "petrarch2") as base:
            return _cached(base / "CAMEO.2.0.txt")
    base = Path(folder)
    candidates = sorted(base.glob("*verbs*.txt")) + sorted(base.glob("CAMEO*.txt"))
    if not candidates:
        raise EventscribeError(f"{base}: no verb dictionary (*verbs*.txt or CAMEO*.txt) in folder")
    return VerbDictionary.read(candidates[0])


# Bump when what the cached pickle holds changes shape or meaning.
CACHE_FORMAT = 1


def _cached(path: Path) -> VerbDictionary:
    """The packaged dictionary through the data cache: reading its 15,000 lines and
    patterns took each process about half a second."""
    return cached("verbs", [path], CACHE_FORMAT, lambda: VerbDictionary.read(path))


@lru_cache(maxsize=1)
def news_verbs() -> dict[str, str]:
    """data/coding/news_verbs.tsv: verb (with its particle) -> CAMEO code."""
    path = resources.files("eventscribe") / "data" / "coding" / "news_verbs.tsv"
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1].strip() for row in rows if len(row) == 2 and not row[0].startswith("#")}


def news_verb_code(verb: Any) -> VerbCode | None:
    """The code of a verb of political acts the dictionary leaves uncoded: "rejected the
    plan", "ruled out talks", "ratified the treaty", "brokered a truce"."""
    for key in phrasal_keys(verb):
        code = news_verbs().get(key)
        if code is not None:
            return VerbCode(code, f"news verb {key}")
    return None


def with_news_verbs(verb: Any, found: VerbCode | None) -> VerbCode | None:
    """The dictionary's code, or the news verb's where the dictionary has no pattern for the
    verb, or one that ignores the verb's particle ("called out Hungary for" is no call for)."""
    news = news_verb_code(verb)
    if news is None:
        return found
    if found is None or found.pattern.startswith("default"):
        return news
    key = news.pattern.removeprefix("news verb ")
    particle = key.split(" ")[1] if " " in key else None
    return news if particle and particle.upper() not in found.pattern else found


def supported_force(found: VerbCode) -> bool:
    """ "backed the retaliatory strike", "praised the strike": a verb of support (05) whose
    pattern names an act of conflict (10 and over) codes the support, not the conflict."""
    return bool(found.default) and found.default[:2] == "05" and found.code[:2] >= "10"
