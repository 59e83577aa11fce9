"""Sentence starts set before the parser: every line starts one, and a name opening a line
stays whole (the parser, told a sentence starts at a first name, may start another at the
surname)."""

from __future__ import annotations


def _doc(words: list[str], tags: list[str]) -> object:
    import spacy
    from spacy.tokens import Doc

    spaces = [word != "\n" for word in words]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, tags=tags)


def test_a_name_opening_a_line_stays_in_one_sentence():
    from eventscribe.parse import _paragraph_breaks

    doc = _paragraph_breaks(_doc(["at", "noon", "\n", "Marta", "Velden", "spoke"],
                                 ["IN", "NN", "_SP", "NNP", "NNP", "VBD"]))  # fmt: skip
    assert doc[3].is_sent_start and doc[4].is_sent_start is False


def test_a_line_opening_with_a_common_word_is_left_to_the_parser():
    from eventscribe.parse import _paragraph_breaks

    doc = _paragraph_breaks(_doc(["at", "noon", "\n", "Officials", "said", "so"],
                                 ["IN", "NN", "_SP", "NNS", "VBD", "RB"]))  # fmt: skip
    assert doc[3].is_sent_start and doc[4].is_sent_start is None
