"""The packed lookups answer as the dicts they stand for (property tests)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventscribe.where.packed import PackedStrings, RowsById

KEYS = st.text(alphabet=st.characters(blacklist_characters="\n", blacklist_categories=("Cs",)))
VALUES = st.text(alphabet="0123456789,", min_size=1)


@given(st.dictionaries(KEYS, VALUES, max_size=60), st.lists(KEYS, max_size=20))
def test_packed_strings_answer_as_a_dict(mapping, others):
    packed = PackedStrings(list(mapping), list(mapping.values()))
    assert len(packed) == len(mapping)
    for key in [*mapping, *others]:
        assert packed.get(key) == mapping.get(key)


def test_keys_of_one_hash_are_told_apart_by_their_text():
    # "plumless" and "buckeroo" share a CRC-32 (a known collision)
    packed = PackedStrings(["plumless", "buckeroo", "x"], ["1", "2", "3"])
    assert (packed.get("plumless"), packed.get("buckeroo"), packed.get("x")) == ("1", "2", "3")
    assert packed.get("plum") is None


@given(st.lists(st.integers(min_value=0, max_value=10**9).map(str), max_size=60),
       st.dictionaries(st.text(min_size=1).map(lambda t: f"curated:{t}"), st.integers(0, 99)))
def test_rows_by_id_answer_as_a_dict(ids, curated):
    rows = RowsById(ids)
    expected = dict(zip(ids, range(len(ids)), strict=True))  # an id given twice: its last row
    for gazetteer_id, row in curated.items():
        rows[gazetteer_id] = row
        expected[gazetteer_id] = row
    for gazetteer_id in [*expected, "7", "curated:none", "x1"]:
        assert rows.get(gazetteer_id) == expected.get(gazetteer_id)
        assert (gazetteer_id in rows) == (gazetteer_id in expected)
