"""Near duplicates: shingles, MinHash signatures, the LSH index and its stored form."""

from __future__ import annotations

from conftest import EXAMPLE
from eventscribe.across.dedup import THRESHOLD, NearDuplicates, shingles, to_bytes

TEXT = EXAMPLE.read_text(encoding="utf-8")


def edited(text: str) -> str:
    """Small edits: a word changed, a word dropped, a credit line added."""
    return text.replace("historic", "momentous", 1).replace(" already", "", 1) + "\nEditing by X."


def test_shingles_are_word_trigrams_case_and_punctuation_blind():
    assert shingles("One, two THREE four.") == {b"one two three", b"two three four"}
    assert shingles("Too short.") == {b"too short"}


def test_a_lightly_edited_article_is_a_copy_of_its_original():
    index = NearDuplicates()
    index.add("original", index.signature(TEXT))
    assert index.original_of(index.signature(edited(TEXT))) == "original"
    assert index.signature(edited(TEXT)).jaccard(index.signature(TEXT)) >= THRESHOLD


def test_another_article_is_not():
    index = NearDuplicates()
    index.add("original", index.signature(TEXT))
    other = "Republicans flip their fiscal script as the U.S. budget fight looms in Congress."
    assert index.original_of(index.signature(other)) is None
    # Half the article is not a copy either.
    assert index.original_of(index.signature(TEXT[: len(TEXT) // 2])) is None


def test_signatures_survive_the_database_round_trip():
    index = NearDuplicates()
    blob = to_bytes(index.signature(TEXT))
    assert len(blob) == 4 * index.num_perm
    loaded = NearDuplicates().load([("stored", blob)])
    assert "stored" in loaded and len(loaded) == 1
    assert loaded.original_of(loaded.signature(edited(TEXT))) == "stored"
