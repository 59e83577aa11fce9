"""A dateline's date the small tagger runs over its dash into the name after it ("ROME,
March 3 - Italian Prime Minister ...": one date "March 3 - Italian") ends at the dash
(sentences written for these tests)."""

from __future__ import annotations

from docs import doc_from
from eventscribe.parse import dateline_entities


def _dated(words: list[str], tags: list[str], end: int) -> object:
    return doc_from(words, tags=tags, ents=[(0, 1, "GPE"), (2, end, "DATE")],
                    spaces=[False] + [True] * (len(words) - 1))  # fmt: skip


def test_a_date_ends_at_the_datelines_dash():
    doc = _dated(["OSLO", ",", "May", "4", "-", "Norwegian", "officials", "said"],
                 ["NNP", ",", "NNP", "CD", "HYPH", "JJ", "NNS", "VBD"], 6)  # fmt: skip
    ents = [(e.text, e.label_) for e in dateline_entities(doc).ents]
    assert ents == [("OSLO", "GPE"), ("May 4", "DATE")]  # "Norwegian" is the actor stage's


def test_a_given_name_after_the_dash_opens_a_persons_name():
    doc = _dated(["OSLO", ",", "May", "4", "-", "John", "Smith", "said"],
                 ["NNP", ",", "NNP", "CD", "HYPH", "NNP", "NNP", "VBD"], 7)  # fmt: skip
    ents = [(e.text, e.label_) for e in dateline_entities(doc).ents]
    assert ents == [("OSLO", "GPE"), ("May 4", "DATE"), ("John Smith", "PERSON")]


def test_a_date_with_no_dash_inside_stays():
    doc = _dated(["OSLO", ",", "May", "4", "officials", "said"], ["NNP", ",", "NNP", "CD", "NNS", "VBD"], 4)
    assert [(e.text, e.label_) for e in dateline_entities(doc).ents] == [("OSLO", "GPE"), ("May 4", "DATE")]
