"""Memoised stand-ins for two stock spaCy components: the same annotations, found once per
distinct token instead of once per token.

The English pipeline's attribute ruler (tag -> POS and morphology, a few exceptions) and
rule lemmatizer are pure functions of a token's own attributes for almost every token, yet
the stock components run a 179-pattern Matcher and a Python loop over every token of every
document: about a fifth of the parse time (measured on 200 Reuters articles). These
components read the attributes as one array, look each distinct token up in a cache, and
write the results back as one array.
A token not seen before is answered by the stock rules (on a document of such tokens, each
alone); rules that look at the neighbouring token run on the document itself, in the stock
order. The annotations are identical (tests compare them on real articles).
The ruler's rules test a word's text only against a few listed words and patterns, so every
other word is one key for them ("Doha" and "talks" share the answers of their tag): about
a tenth of the distinct keys, which a new process would otherwise fill its cache with.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

MEMO_ATTRIBUTE_RULER = "memo_attribute_ruler"
MEMO_LEMMATIZER = "memo_lemmatizer"

# Token attributes a single-token rule may test and still be answered from
# (ORTH, TAG, DEP, POS, MORPH, LEMMA): the lexical ones follow from ORTH.
_KEYED = {"ORTH", "TEXT", "LOWER", "TAG", "DEP", "POS", "MORPH", "LEMMA", "SHAPE", "LENGTH",
          "PREFIX", "SUFFIX", "IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER",
          "IS_UPPER", "IS_TITLE", "IS_ASCII", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL"}  # fmt: skip
_COLUMNS = [ORTH, TAG, DEP, POS, MORPH, LEMMA]
_WRITTEN = [TAG, DEP, POS, MORPH, LEMMA]
# A cache past this many distinct keys starts again (memory stays bounded on any corpus).
MAX_CACHE = 400_000
# The word-text attributes `_WordClasses` understands, and the comparisons it can read.
_TEXTUAL = {"ORTH", "TEXT", "LOWER"}
_LISTED = {"IN", "NOT_IN"}
_IN_KEY = {"TAG", "DEP", "POS", "MORPH", "LEMMA", "OP"}  # the key holds them (OP tests nothing)
OTHER_WORD = "\u2060memo-other\u2060"  # stands for the words no rule names (no rule's text)


class MemoAttributeRuler:
    """The stock AttributeRuler's result, looked up by the token's attributes.

    Single-token rules are answered from the cache. Rules spanning two tokens ("gon na",
    "there is") run through a small Matcher of their own, only where a token that can open
    one stands, and are applied on top in the stock rule order: the stock result exactly.
    """

    def __init__(self, stock: Any) -> None:
        self.stock = stock
        single, multi = _split_rules(stock)
        self.memoisable = single is not None
        self.single_ids: set[int] = single or set()
        self.words = _WordClasses.of(stock)
        self.multi = Matcher(stock.vocab, validate=False)
        self.openers = Matcher(stock.vocab, validate=False)
        self.longest = 0
        for rule_id, patterns in multi:
            self.multi.add(str(rule_id), patterns)
            self.openers.add(str(rule_id), [p[:1] for p in patterns])
            self.longest = max(self.longest, *(len(p) for p in patterns))
        # Openers tell where a multi-token rule may start only when patterns have fixed length.
        self.fixed_length = all("OP" not in t for _, ps in multi for p in ps for t in p)
        # key -> (ids of the single-token rules that match, attributes after them, opens a
        # multi-token rule)
        self.cache: dict[tuple[int, ...], tuple[list[int], tuple[int, ...], bool]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self.memoisable or not len(doc):
            return self.stock(doc)
        columns = doc.to_array(_COLUMNS)
        if self.words is not None:
            columns[:, 0] = self.words.classes(columns[:, 0], doc.vocab)
        unique, inverse = unique_rows(columns)
        keys = [tuple(row) for row in unique.tolist()]
        if len(self.cache) > MAX_CACHE:
            self.cache.clear()
        missing = [key for key in keys if key not in self.cache]
        if missing:
            self._remember(missing)
        known = [self.cache[key] for key in keys]
        inverse = inverse.reshape(-1)
        opens = numpy.flatnonzero(numpy.array([k[2] for k in known], dtype=bool)[inverse])
        extra = self._multi_token_rules(doc, opens.tolist())
        after = numpy.array([k[1] for k in known], dtype=numpy.uint64)[inverse]
        doc.from_array(_WRITTEN, after)
        for index, rule_ids in extra.items():
            for rule_id in sorted(known[inverse[index]][0] + rule_ids):
                set_token_attrs(doc[index], self.stock.attrs[rule_id])
        return doc

    def _multi_token_rules(self, doc: Doc, opens: list[int]) -> dict[int, list[int]]:
        """Token index -> ids of the multi-token rules that set its attributes."""
        if self.fixed_length:
            windows = [(i, doc[i : i + self.longest]) for i in opens]
        else:
            windows = [(0, doc)] if len(self.multi) else []
        found: dict[int, list[int]] = {}
        for offset, window in windows:
            for match_id, start, end in self.multi(window, allow_missing=True):
                if self.fixed_length and start:
                    continue  # starts at a later opener, which has its own window
                rule_id = int(self.stock.vocab.strings[match_id])
                target = offset + self._target(rule_id, start, end)
                found.setdefault(target, []).append(rule_id)
        return found

    def _target(self, rule_id: int, start: int, end: int) -> int:
        """The token a rule's match sets: its index counts from the end when negative."""
        index = self.stock.indices[rule_id]
        return start + index if index >= 0 else end + index

    def _remember(self, keys: list[tuple[int, ...]]) -> None:
        """Run the stock rules on one token of each key, as a document of lone tokens, and
        keep the rules that matched, the attributes they left, and whether it opens a
        multi-token rule."""
        vocab = self.stock.vocab
        lone = Doc(vocab, words=[vocab.strings[key[0]] for key in keys])
        lone.from_array(_COLUMNS[1:], numpy.array([k[1:] for k in keys], dtype=numpy.uint64))
        opening = {start for _, start, _ in self.openers(lone, allow_missing=True)}
        matches = [m for m in self.stock.match(lone) if m[0] in self.single_ids]
        self.stock.set_annotations(lone, matches)
        singles: dict[int, list[int]] = {}
        for rule_id, _match_id, start, _end in matches:
            singles.setdefault(start, []).append(rule_id)
        after = lone.to_array(_WRITTEN).tolist()
        for index, key in enumerate(keys):
            self.cache[key] = (singles.get(index, []), tuple(after[index]), index in opening)


class MemoLemmatizer:
    """The stock rule lemmatizer's lemma, looked up by (ORTH, POS, MORPH)."""

    def __init__(self, stock: Any) -> None:
        self.stock = stock
        self.cache: dict[tuple[int, int, int], int] = {}
        self.sets = False

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return self.stock(doc)
        if not self.stock._validated:
            self.stock._validate_tables()
        if not self.sets:
            self.sets = _index_as_sets(self.stock)
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        if not self.stock.overwrite:
            columns[columns[:, 3] != 0] = 0  # lemmas already set stay: one key for them all
        unique, inverse = unique_rows(columns)
        if len(self.cache) > MAX_CACHE:
            self.cache.clear()
        first = numpy.zeros(len(unique), dtype=numpy.int64)
        first[inverse.reshape(-1)[::-1]] = numpy.arange(len(doc))[::-1]
        lemmas = []
        for row, (orth, pos, morph, _lemma) in enumerate(unique.tolist()):
            if not orth:
                lemmas.append(0)
                continue
            key = (orth, pos, morph)
            found = self.cache.get(key)
            if found is None:
                lemma = self.stock.lemmatize(doc[int(first[row])])[0]
                found = self.cache[key] = doc.vocab.strings.add(lemma)
            lemmas.append(found)
        new = numpy.array(lemmas, dtype=numpy.uint64)[inverse.reshape(-1)]
        kept = doc.to_array([LEMMA])
        doc.from_array([LEMMA], numpy.where(new == 0, kept, new))
        return doc


class _WordClasses:
    """Word ids as the ruler's rules see them: a word that some rule may name (a listed
    word, a pattern's match, whitespace) stays itself; every other word is OTHER_WORD, as
    every rule answers the same for all of them. None of it when a rule tests the text in
    another way (shape, length, prefix...): then every word stays itself."""

    def __init__(self, named: set[str], patterns: list[re.Pattern], other: int) -> None:
        self.named, self.patterns, self.other = named, patterns, other
        self.known: dict[int, int] = {}  # word id -> its class's id

    @classmethod
    def of(cls, stock: Any) -> _WordClasses | None:
        named: set[str] = set()
        patterns: list[re.Pattern] = []
        for rule in stock.patterns:
            for token in (t for p in rule["patterns"] for t in p):
                for attribute, value in token.items():
                    if attribute in _IN_KEY:
                        continue
                    if not _read_textual(attribute, value, named, patterns):
                        return None
        found = cls(named, patterns, stock.vocab.strings.add(OTHER_WORD))
        return None if found._named(OTHER_WORD) else found

    def classes(self, words: numpy.ndarray, vocab: Any) -> numpy.ndarray:
        unique, inverse = numpy.unique(words, return_inverse=True)
        classes = []
        for word in unique.tolist():
            found = self.known.get(word)
            if found is None:
                found = self.known[word] = word if self._named(vocab.strings[word]) else self.other
            classes.append(found)
        return numpy.array(classes, dtype=words.dtype)[inverse.reshape(-1)]

    def _named(self, text: str) -> bool:
        lower = text.lower()
        return (
            text in self.named
            or lower in self.named
            or text.isspace()
            or any(p.search(text) or p.search(lower) for p in self.patterns)
        )


# Odd 64-bit multipliers that mix a row's attribute ids into one number (wrapping).
_MIX = numpy.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                    0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53], dtype=numpy.uint64)


def unique_rows(columns: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """`numpy.unique(columns, axis=0, return_inverse=True)`, five times faster: the rows are
    told apart by one mixed number each, and checked against it (two rows of one number,
    which no real document has shown, fall back to the exact sort). The rows come in
    another order, which no caller depends on."""
    if columns.shape[1] > len(_MIX):
        return numpy.unique(columns, axis=0, return_inverse=True)
    with numpy.errstate(over="ignore"):
        mixed = (columns * _MIX[: columns.shape[1]]).sum(axis=1, dtype=numpy.uint64)
    _, first, inverse = numpy.unique(mixed, return_index=True, return_inverse=True)
    unique = columns[first]
    if not numpy.array_equal(columns, unique[inverse.reshape(-1)]):
        return numpy.unique(columns, axis=0, return_inverse=True)
    return unique, inverse


def _read_textual(attribute: str, value: Any, named: set[str], patterns: list) -> bool:
    """Collect what a rule's test of the word's text names; False for a test it cannot read."""
    if attribute == "IS_SPACE":
        return isinstance(value, bool)
    if attribute not in _TEXTUAL:
        return False
    if isinstance(value, str):
        named.add(value)
        return True
    if not isinstance(value, dict):
        return False
    for operator, argument in value.items():
        if operator in _LISTED and all(isinstance(v, str) for v in argument):
            named.update(argument)
        elif operator == "REGEX" and isinstance(argument, str):
            patterns.append(re.compile(argument))
        else:
            return False
    return True


def _index_as_sets(lemmatizer: Any) -> bool:
    """The rule lemmatizer tests `form in index` on lists of up to 57,000 words; the same
    words as sets give the same answers in constant time."""
    if "lemma_index" in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table("lemma_index")
        for pos, words in list(table.items()):
            table[pos] = frozenset(words)
    return True


def _split_rules(stock: Any) -> tuple[set[int] | None, list[tuple[int, list]]]:
    """Ids of the single-token rules, and the patterns of the others; None for the first
    when some single-token rule tests an attribute the cache key does not hold."""
    single: set[int] | None = set()
    multi: list[tuple[int, list]] = []
    for rule_id, rule in enumerate(stock.patterns):
        patterns = rule["patterns"]
        if all(len(p) == 1 and "OP" not in p[0] for p in patterns):
            if any(not set(p[0]) <= _KEYED for p in patterns):
                single = None
            elif single is not None:
                single.add(rule_id)
        else:
            multi.append((rule_id, patterns))
    return single, multi


@Language.factory(MEMO_ATTRIBUTE_RULER)
def make_memo_attribute_ruler(nlp: Language, name: str) -> MemoAttributeRuler:
    return MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory(MEMO_LEMMATIZER)
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.get_pipe("lemmatizer"))


def memoise(nlp: Language) -> Language:
    """Put the memoised components in place of the stock ones the pipeline has."""
    for stock, memo in (("attribute_ruler", MEMO_ATTRIBUTE_RULER), ("lemmatizer", MEMO_LEMMATIZER)):
        if stock in nlp.pipe_names:
            nlp.add_pipe(memo, after=stock)
            nlp.disable_pipe(stock)
    return nlp
