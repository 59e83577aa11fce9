"""The factored discard pattern finds exactly what one alternation of all phrases finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from eventscribe.actors.coded import trie_pattern

WORD = st.text(alphabet="abcAB1$.-'", min_size=1, max_size=4)
PHRASES = st.lists(st.tuples(st.lists(WORD, min_size=1, max_size=3), st.booleans()),
                   min_size=1, max_size=12)  # fmt: skip
TEXT = st.text(alphabet="abcAB1$.-' \t\n_x", max_size=40)


def _alternation(phrases: list[tuple[list[str], bool]]) -> re.Pattern:
    """The plain construction: every phrase an alternative, longest first."""
    parts = [r"\s+".join(re.escape(w) for w in words) + (r"(?![\w])" if whole else "")
             for words, whole in phrases]  # fmt: skip
    return re.compile(r"(?<![\w])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")",
                      re.IGNORECASE)  # fmt: skip


def _factored(phrases: list[tuple[list[str], bool]]) -> re.Pattern:
    return re.compile(r"(?<![\w])" + trie_pattern(phrases), re.IGNORECASE)


@settings(max_examples=400, deadline=None)
@given(PHRASES, TEXT)
def test_factored_and_plain_patterns_agree(phrases, text):
    assert bool(_factored(phrases).search(text)) == bool(_alternation(phrases).search(text))


def test_stems_whole_words_and_gaps():
    pattern = _factored([(["world", "cup"], True), (["tennis"], False), (["$5"], True)])
    assert pattern.search("the World   Cup final")
    assert not pattern.search("the world cupboard")  # a whole word must end there
    assert pattern.search("tennis-playing")  # a stem may go on
    assert not pattern.search("bigtennis")  # but must start a word
    assert pattern.search("paid $5 each") and not pattern.search("paid $50")


def test_a_discard_word_that_begins_a_place_name_discards_nothing():
    from eventscribe.actors.coded import discarded
    from eventscribe.actors.dictionaries import load_dictionaries

    dictionaries = load_dictionaries(None)
    assert discarded("Police said the man was arrested near Bowling Green on Friday.",
                     dictionaries, years=False) == (False, False)  # fmt: skip
    assert discarded("He won the bowling championship in Ohio.", dictionaries, years=False)[0]
