"""Near duplicates: shingles, MinHash signatures, the LSH index and its stored form."""

from __future__ import annotations

from eventscribe.across.dedup import THRESHOLD, NearDuplicates, shingles, to_bytes
from repo_paths import EXAMPLE

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


def test_the_compact_index_finds_what_datasketch_lsh_finds():
    """Same bands, same scores: the originals found match a MinHashLSH over the same data."""
    import random

    from datasketch import MinHash, MinHashLSH

    words = TEXT.split()
    rng = random.Random(7)
    texts = [" ".join(rng.sample(words, 60)) for _ in range(150)]
    texts += [t.replace(t.split()[3], "changed", 1) + " Editing by X." for t in texts[:40]]
    index, reference = NearDuplicates(), MinHashLSH(threshold=0.6, num_perm=128)
    signatures = {}
    for n, text in enumerate(texts):
        found = index.original_of(index.signature(text))
        minhash = MinHash(hashvalues=index.signature(text).hashvalues, scheme="affine32")
        candidates = [key for key in reference.query(minhash)
                      if minhash.jaccard(signatures[key]) >= THRESHOLD]  # fmt: skip
        best = max(candidates, key=lambda k: (minhash.jaccard(signatures[k]), k), default=None)
        assert (found is None) == (best is None), n
        if found is None:
            index.add(str(n), index.signature(text))
            reference.insert(str(n), minhash)
            signatures[str(n)] = minhash
    assert len(index) == 150


def test_many_originals_loaded_or_added_one_by_one_are_found():
    import numpy as np

    rng = np.random.default_rng(1)
    noise = [(f"n{i}", rng.integers(0, 2**32, 128, dtype=np.uint32).astype("<u4").tobytes())
             for i in range(9000)]  # fmt: skip
    index = NearDuplicates()
    blob = to_bytes(index.signature(TEXT))
    loaded = NearDuplicates().load([*noise[:4500], ("stored", blob), *noise[4500:]])
    assert len(loaded) == 9001 and loaded.original_of(loaded.signature(edited(TEXT))) == "stored"
    for digest, signature in noise:  # one at a time: through the recent rows and merges
        index.add(digest, index.from_bytes(signature))
    index.add("added", index.signature(TEXT))
    assert index.original_of(index.signature(edited(TEXT))) == "added"
    assert index.original_of(index.from_bytes(noise[1234][1])) == "n1234"


def test_signatures_are_datasketchs_minhash_value_for_value():
    """The stored signatures keep their meaning: datasketch's affine32 MinHash, seed 1."""
    from datasketch import MinHash
    from datasketch.lsh import _optimal_param

    index = NearDuplicates()
    for text in (TEXT, edited(TEXT), "Too short.", "", "Ünïcode wörds, façade and naïve café."):
        reference = MinHash(num_perm=128, seed=1, scheme="affine32")
        reference.update_batch(list(shingles(text)))
        assert (index.signature(text).hashvalues == reference.hashvalues).all(), text
        assert index.signature(text).hashvalues.dtype == reference.hashvalues.dtype
    assert (index.bands, index.rows) == _optimal_param(0.6, 128, 0.5, 0.5)
    assert (NearDuplicates(0.5).bands, NearDuplicates(0.5).rows) == _optimal_param(0.5, 128, 0.5, 0.5)


def test_the_index_loads_without_scipy():
    import subprocess
    import sys

    probe = "import sys, eventscribe.store.writer; print('scipy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
