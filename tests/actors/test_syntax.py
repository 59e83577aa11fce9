"""The parse helpers shared by the actors and coding stages, on hand-built parses."""

from __future__ import annotations

from docs import doc_from
from eventscribe.syntax import (
    conjuncts,
    entities,
    entity_text,
    is_locative,
    is_wire_credit,
    sentence_of,
    span_text,
)


def test_conjuncts_follow_a_coordinated_list():
    # "Ankara , Baku and Tbilisi signed ."
    doc = doc_from(
        ["Ankara", ",", "Baku", "and", "Tbilisi", "signed", "."],
        heads=[5, 0, 0, 2, 2, 5, 5],
        deps=["nsubj", "punct", "conj", "cc", "conj", "ROOT", "punct"],
        pos=["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
    )
    assert [t.text for t in conjuncts(doc[0])] == ["Ankara", "Baku", "Tbilisi"]
    assert [t.text for t in conjuncts(doc[5])] == ["signed"]  # a verb's conjuncts are none


def test_a_place_after_in_is_locative_but_a_subject_is_not():
    # "Talks in Oslo ended ; Oslo said so ."
    doc = doc_from(
        ["Talks", "in", "Oslo", "ended", ";", "Oslo", "said", "so", "."],
        heads=[3, 0, 1, 3, 3, 6, 3, 6, 3],
        deps=["nsubj", "prep", "pobj", "ROOT", "punct", "nsubj", "conj", "advmod", "punct"],
        pos=["NOUN", "ADP", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"],
    )
    assert is_locative(doc[2])
    assert not is_locative(doc[5])


def test_entity_text_is_the_whole_name_a_token_is_part_of():
    doc = doc_from(
        ["Warren", "Jeffs", "spoke"],
        heads=[1, 2, 2],
        deps=["compound", "nsubj", "ROOT"],
        ents=[(0, 2, "PERSON")],
    )
    assert entity_text(doc[1]) == "Warren Jeffs"
    assert entity_text(doc[2]) == "spoke"
    assert span_text([doc[0], doc[1]]) == "Warren Jeffs"


def test_a_wire_credit_is_the_agency_in_brackets_before_a_dash():
    text = "OTTAWA (Reuters) - Canada said ..."
    start = text.index("Reuters")
    assert is_wire_credit(text, start, start + len("Reuters"))
    assert not is_wire_credit("Reuters said", 0, 7)


def test_a_first_name_hung_on_the_second_as_a_modifier_with_its_own_and_is_coordinated():
    # "Minister Anna Berg and Secretary Tom Hale met ." parsed as one name phrase
    doc = doc_from(
        ["Minister", "Anna", "Berg", "and", "Secretary", "Tom", "Hale", "met", "."],
        heads=[6, 2, 6, 2, 6, 6, 7, 7, 7],
        deps=["compound", "compound", "nmod", "cc", "compound", "compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        ents=[(1, 3, "PERSON"), (5, 7, "PERSON")],
    )
    assert [t.text for t in conjuncts(doc[6])] == ["Berg", "Hale"]


def test_a_modifier_that_is_no_name_with_its_own_and_is_not_coordinated():
    # "Smith and Wesson chief Tom Hale spoke ." : a company's name, not a person
    doc = doc_from(
        ["Smith", "and", "Wesson", "chief", "Tom", "Hale", "spoke", "."],
        heads=[3, 0, 0, 5, 5, 6, 6, 6],
        deps=["nmod", "cc", "conj", "compound", "compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "CCONJ", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
        ents=[(0, 3, "ORG"), (4, 6, "PERSON")],
    )
    assert [t.text for t in conjuncts(doc[5])] == ["Hale"]


def test_the_documents_entities_are_built_once_and_kept_on_it():
    # "Warren Jeffs left Utah ." (Doc.ents builds new spans on each call)
    doc = doc_from(
        ["Warren", "Jeffs", "left", "Utah", "."],
        heads=[1, 2, 2, 2, 2],
        deps=["compound", "nsubj", "ROOT", "dobj", "punct"],
        ents=[(0, 2, "PERSON"), (3, 4, "GPE")],
    )
    found = entities(doc)
    assert [(e.text, e.label_) for e in found] == [("Warren Jeffs", "PERSON"), ("Utah", "GPE")]
    assert entities(doc) is found


def test_a_tokens_sentence_is_the_one_token_sent_gives():
    # "Talks ended . Oslo said so ." : two sentences, each token in its own
    doc = doc_from(
        ["Talks", "ended", ".", "Oslo", "said", "so", "."],
        heads=[1, 1, 1, 4, 4, 4, 4],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "advmod", "punct"],
    )
    assert [(sentence_of(t).start, sentence_of(t).end) for t in doc] == [
        (t.sent.start, t.sent.end) for t in doc
    ]
    assert [t.text for t in sentence_of(doc[4])] == ["Oslo", "said", "so", "."]
