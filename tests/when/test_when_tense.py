"""Tense of a predicate, from the parse and from the words around an expression."""

from __future__ import annotations

import pytest

from eventscribe.when.tense import tense_near, tense_of


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The minister will visit Paris.", "visit", "future"),
        ("The minister won't visit Paris.", "visit", "future"),
        ("The minister is to visit Paris.", "visit", "future"),
        ("The minister is going to visit Paris.", "visit", "future"),
        ("The minister is scheduled to visit Paris.", "visit", "future"),
        ("Arnor is about to restore ties with Gondor.", "restore", "future"),
        ("Hamas, Iran leaders to boost cooperation", "boost", "future"),
        ("The minister visited Paris.", "visited", "past"),
        ("The minister went to see the president.", "see", "past"),
        ("Israel has vowed to annihilate Hamas.", "vowed", "present"),
        ("The warning follows the clashes.", "clashes", "present"),
        ("The minister visits Paris.", "visits", "present"),
        ("Police to probe killing of four farmers", "killing", "past"),
        ("The council will condemn the bombing of the bridge.", "bombing", "past"),
        ("The rebels will launch an offensive.", "offensive", "future"),
    ],
)
def test_tense_of_predicate(nlp, sentence, word, expected):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert tense_of(token) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("He will travel to Brussels on Monday.", "Monday", "future"),
        ("He travelled to Brussels on Monday.", "Monday", "past"),
        ("He travels on Monday", "Monday", None),
        ("On Monday, the minister will travel.", "Monday", "future"),
        ("Arnor is about to restore ties, an official said on Saturday.", "Saturday", "past"),
    ],
)
def test_tense_near(text, expression, expected):
    start = text.index(expression)
    assert tense_near(text, start, start + len(expression)) == expected
