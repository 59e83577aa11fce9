"""Triggers of violence and unrest (`coding.triggers`) on parses built by hand: part of
speech, lemma, frame and context decide, on exactly the parse given, including headline
parses the model gets wrong."""

from __future__ import annotations

import pytest

from docs import doc_from, token
from eventscribe.coding import triggers


def trigger(doc, word: str) -> tuple[str, str, str] | None:
    """(code, kind, text) of the trigger the word is, or None."""
    found = triggers.trigger_at(token(doc, word))
    return None if found is None else (found.code, found.kind, found.text)


def found(doc, *, headline: bool = False) -> list[str]:
    return [t.text for t in triggers.find_triggers(doc[:], headline=headline)]


def test_an_outcome_verb_is_a_trigger_whatever_its_frame():
    doc = doc_from(
        ["Gunmen", "killed", "seven", "worshippers", "."],
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "nummod", "dobj", "punct"],
        tags=["NNS", "VBD", "CD", "NNS", "."],
        lemmas=["gunman", "kill", "seven", "worshipper", "."],
    )
    assert trigger(doc, "killed") == ("190", "outcome", "killed")


def test_strike_with_an_object_is_force_and_without_one_a_labour_strike():
    force = doc_from(
        ["Israel", "struck", "Gaza", "."],
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "punct"],
        tags=["NNP", "VBD", "NNP", "."],
        lemmas=["Israel", "strike", "Gaza", "."],
    )
    assert trigger(force, "struck") == ("190", "violent", "struck")
    labour = doc_from(
        ["Dockers", "struck", "for", "higher", "pay", "."],
        heads=[1, 1, 1, 4, 2, 1],
        deps=["nsubj", "ROOT", "prep", "amod", "pobj", "punct"],
        tags=["NNS", "VBD", "IN", "JJR", "NN", "."],
        lemmas=["docker", "strike", "for", "high", "pay", "."],
    )
    assert trigger(labour, "struck") == ("143", "unrest", "struck")


def test_a_bare_participle_of_a_headline_is_passive_and_needs_no_object():
    # "Hospital bombed in Aleppo": the verb be is left out, the participle has no object
    headline = doc_from(
        ["Hospital", "bombed", "in", "Aleppo"],
        heads=[0, 0, 1, 2],
        deps=["ROOT", "acl", "prep", "pobj"],
        tags=["NN", "VBN", "IN", "NNP"],
        lemmas=["hospital", "bomb", "in", "Aleppo"],
    )
    assert trigger(headline, "bombed") == ("195", "violent", "bombed")
    past = doc_from(
        ["The", "jets", "bombed", "at", "dawn", "."],
        heads=[1, 2, 2, 2, 3, 2],
        deps=["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
        tags=["DT", "NNS", "VBD", "IN", "NN", "."],
        lemmas=["the", "jet", "bomb", "at", "dawn", "."],
    )
    assert trigger(past, "bombed") is None  # an object frame, and neither object nor VBN


def test_fire_is_force_only_at_someone():
    at = doc_from(
        ["Troops", "fired", "at", "protesters", "."],
        heads=[1, 1, 1, 2, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "punct"],
        tags=["NNS", "VBD", "IN", "NNS", "."],
        lemmas=["troop", "fire", "at", "protester", "."],
    )
    assert trigger(at, "fired") == ("193", "violent", "fired")
    job = doc_from(
        ["The", "bank", "fired", "its", "manager", "."],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "poss", "dobj", "punct"],
        tags=["DT", "NN", "VBD", "PRP$", "NN", "."],
        lemmas=["the", "bank", "fire", "its", "manager", "."],
    )
    assert trigger(job, "fired") is None


def test_a_verb_phrase_needs_its_other_word():
    doc = doc_from(
        ["Police", "opened", "fire", "on", "the", "crowd", "."],
        heads=[1, 1, 1, 1, 5, 3, 1],
        deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
        tags=["NNS", "VBD", "NN", "IN", "DT", "NN", "."],
        lemmas=["police", "open", "fire", "on", "the", "crowd", "."],
    )
    assert trigger(doc, "opened") == ("193", "violent", "opened")
    door = doc_from(
        ["Police", "opened", "the", "door", "."],
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "punct"],
        tags=["NNS", "VBD", "DT", "NN", "."],
        lemmas=["police", "open", "the", "door", "."],
    )
    assert trigger(door, "opened") is None


def test_a_multi_word_noun_starts_at_its_first_word():
    doc = doc_from(
        ["An", "air", "strike", "hit", "the", "camp", "."],
        heads=[2, 2, 3, 3, 5, 3, 3],
        deps=["det", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
        tags=["DT", "NN", "NN", "VBD", "DT", "NN", "."],
        lemmas=["an", "air", "strike", "hit", "the", "camp", "."],
    )
    air_strike = triggers.trigger_at(token(doc, "strike"))
    assert air_strike is not None and air_strike.text == "air strike"
    assert air_strike.first == 1 and air_strike.token.i == 2


def test_named_things_and_months_are_no_acts():
    fort = doc_from(
        ["They", "visited", "Fort", "Attack", "."],
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "compound", "dobj", "punct"],
        tags=["PRP", "VBD", "NNP", "NNP", "."],
        ents=[(2, 4, "FAC")],
    )
    assert trigger(fort, "Attack") is None
    month = doc_from(
        ["Protesters", "gathered", "on", "MARCH", "11", "."],
        heads=[1, 1, 1, 2, 3, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "nummod", "punct"],
        tags=["NNS", "VBD", "IN", "NNP", "CD", "."],
    )
    assert trigger(month, "MARCH") is None


def test_a_headline_in_capitals_misread_as_a_name_is_still_a_verb():
    # "Policeman Kills Two": the model tags "Kills" a proper noun inside a PERSON name
    doc = doc_from(
        ["Policeman", "Kills", "Two"],
        heads=[1, 1, 1],
        deps=["compound", "ROOT", "nummod"],
        tags=["NNP", "NNP", "CD"],
        ents=[(0, 2, "PERSON"), (2, 3, "CARDINAL")],
    )
    assert trigger(doc, "Kills") == ("190", "outcome", "Kills")


def test_an_ambiguous_word_needs_an_armed_party_a_weapon_or_a_count():
    army = doc_from(
        ["The", "army", "launched", "an", "operation", "."],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"],
        tags=["DT", "NN", "VBD", "DT", "NN", "."],
    )
    assert found(army) == ["operation"]
    company = doc_from(
        ["The", "company", "launched", "an", "operation", "."],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"],
        tags=["DT", "NN", "VBD", "DT", "NN", "."],
    )
    assert found(company) == []
    # one figurative word alone does not make a headline violent ("Congress funding battle")
    assert found(company, headline=True) == []


def test_an_unambiguous_trigger_anchors_the_ambiguous_ones_of_its_sentence():
    doc = doc_from(
        ["The", "operation", "killed", "two", "."],
        heads=[1, 2, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "dobj", "punct"],
        tags=["DT", "NN", "VBD", "CD", "."],
        lemmas=["the", "operation", "kill", "two", "."],
    )
    assert found(doc) == ["operation", "killed"]


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "lemmas", "rally"),
    [
        (  # people are its subject, counted: a protest
            ["Thousands", "of", "protesters", "rallied", "."],
            [3, 0, 1, 3, 3],
            ["nsubj", "prep", "pobj", "ROOT", "punct"],
            ["NNS", "IN", "NNS", "VBD", "."],
            ["thousand", "of", "protester", "rally", "."],
            True,
        ),
        (  # a market rallies
            ["Shares", "rallied", "on", "Monday", "."],
            [1, 1, 1, 2, 1],
            ["nsubj", "ROOT", "prep", "pobj", "punct"],
            ["NNS", "VBD", "IN", "NNP", "."],
            ["share", "rally", "on", "Monday", "."],
            False,
        ),
        (  # rallying behind someone is support
            ["Protesters", "rallied", "behind", "Imran", "."],
            [1, 1, 1, 2, 1],
            ["nsubj", "ROOT", "prep", "pobj", "punct"],
            ["NNS", "VBD", "IN", "NNP", "."],
            ["protester", "rally", "behind", "Imran", "."],
            False,
        ),
    ],
    ids=["protesters", "shares", "behind"],
)
def test_a_rally_is_a_protest_of_people(words, heads, deps, tags, lemmas, rally):
    doc = doc_from(words, heads, deps, tags=tags, lemmas=lemmas)
    assert (trigger(doc, "rallied") is not None) == rally


def test_lemma_fixes_for_capitals_and_irregular_forms():
    doc = doc_from(["CLASHES", "AND", "BLOCKADES"], tags=["NNS", "CC", "NNS"])
    assert triggers.lemma_of(token(doc, "CLASHES")) == "clash"  # a listed fix
    assert triggers.lemma_of(token(doc, "BLOCKADES")) == "blockade"  # capitals: plural s dropped
