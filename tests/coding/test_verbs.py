"""The verb dictionary reader (PETRARCH format) and pattern matching around a verb."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventscribe.coding.verbs import (
    Code,
    VerbCoder,
    VerbDictionary,
    _opening_words,
    _opens,
    _Word,
    load_verbs,
)
from eventscribe.errors import EventscribeError

VERBS = """\
<!-- a test dictionary -->
&NEGATIVE  # synset members may be several words
+DID N'T
+WILL NOT

--- ABANDON  [345]  ---
ABANDON
- * &TIETYPES TIES [902]
- * NEW_&TIETYPES_RELATIONS [903]
- * DIPLXMATIC  [###]  # a hash inside a code is not a comment

&TIETYPES
+ECONOMIC
+MILITARY

--- BREAK [1717] ---
BREAK { BROKE BROKEN }
+BREAK_DOWN {+BROKE_DOWN +BROKEN_DOWN }
- * TREATY  [161]

--- CLASH  [223] ---
CLASH
- &NEGATIVE * OVER EFFORTS  [904]
- * OVER EFFORTS  [121]
- RECENTLY_*  [025]

--- LEFT  [032:033]  ---
LEFT

--- RECEIVE  [033]  ---
RECEIVE
- + * MONEY $  [071]

--- AGREE  [081] ---
AGREE
- % * [030:030]
"""


@pytest.fixture(scope="module")
def verbs(tmp_path_factory) -> VerbDictionary:
    path = tmp_path_factory.mktemp("dict") / "test.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return VerbDictionary.read(path)


@pytest.fixture(scope="module")
def coder(verbs) -> VerbCoder:
    return VerbCoder(verbs)


def test_codes_paired_null_and_non_numeric():
    assert Code.parse("032:033") == Code("032", "033")
    assert Code.parse("---") == Code(None)
    assert Code.parse("###").code is None
    assert Code.parse("075A").code is None
    assert Code.parse(" 1717 ") == Code("1717")


def test_reader_reads_blocks_forms_and_late_synsets(verbs):
    assert {e.block.name for e in verbs.lookup("broke")} == {"BREAK"}
    down = [e for e in verbs.lookup("BROKEN") if e.after]
    assert down and down[0].after == ("DOWN",)
    assert ("DID", "N'T") in verbs.synsets["&NEGATIVE"]
    abandon = verbs.lookup("abandon")[0].block
    # &TIETYPES is defined after its first use, and [###] survives the comment stripper.
    assert [p.code.code for p in abandon.patterns] == ["902", "903", None]
    assert verbs.lookup("left")[0].block.code == Code("032", "033")
    assert {"CLASHES", "CLASHED", "CLASHING"} <= set(verbs.entries)


def test_pattern_without_code_names_file_and_line(tmp_path):
    path = tmp_path / "bad.verbs.txt"
    path.write_text("--- X [010] ---\nX\n- * FOO\n", encoding="utf-8")
    with pytest.raises(EventscribeError, match=r"bad.verbs.txt:3: pattern without a \[code\]"):
        VerbDictionary.read(path)


def _code(coder, nlp, text, verb, actors=()):
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    chars = {t.idx for t in doc if t.text in actors}
    return coder.code(token, chars)


def test_underscore_words_are_consecutive_spaces_allow_gaps(coder, nlp):
    assert _code(coder, nlp, "Arnor will abandon full economic ties.", "abandon").code == "902"
    # NEW_ECONOMIC_RELATIONS must be consecutive: "new global economic relations" is not.
    found = _code(coder, nlp, "Arnor will abandon new global economic relations.", "abandon")
    assert found.code == "345" and found.pattern.startswith("default")
    assert _code(coder, nlp, "They abandon new economic relations.", "abandon").code == "903"


def test_before_adjacent_and_multiword_synset_members(coder, nlp):
    assert _code(coder, nlp, "Bree will not clash over the efforts.", "clash").code == "904"
    assert _code(coder, nlp, "Bree did n't clash over the efforts.", "clash").code == "904"
    assert _code(coder, nlp, "Bree recently clashed with Rohan.", "clashed").code == "025"
    # RECENTLY_* needs the adverb right before the verb.
    assert _code(coder, nlp, "Bree recently did clash with Rohan.", "clash").code == "223"


def test_multiword_verb_and_longest_pattern(coder, nlp):
    found = _code(coder, nlp, "Ethiopia broke down a treaty with Libya.", "broke")
    assert found.code == "161"


def test_paired_code_and_actor_slots(coder, nlp):
    left = _code(coder, nlp, "Telemar left for Gondor.", "left")
    assert (left.code, left.returned) == ("032", "033")
    money = _code(coder, nlp, "Eriador received by courier money from Osgiliath.", "received",
                  actors=("Eriador", "Osgiliath"))  # fmt: skip
    assert money.code == "071"
    assert [t.text for t in money.sources] == ["Osgiliath"]
    assert [t.text for t in money.targets] == ["Eriador"]


def test_compound_slot_before_the_verb_is_both_sides(coder, nlp):
    found = _code(coder, nlp, "France agree.", "agree", actors=("France",))
    assert found.code == "030" and found.returned == "030"
    assert [t.text for t in found.sources] == [t.text for t in found.targets] == ["France"]


def test_a_segment_is_tried_only_where_its_first_word_stands():
    # The quick test before a segment is matched at a position: "OVER EFFORTS" may start
    # at "over", nowhere else; an actor slot may start at any word.
    words = [_Word(frozenset({"CLASHED", "CLASH"}), None, False),
             _Word(frozenset({"OVER"}), None, False),
             _Word(frozenset({"EFFORTS", "EFFORT"}), None, True)]  # fmt: skip
    opening = _opening_words(((("OVER",),), (("EFFORTS",),)), backwards=False)
    assert [_opens(opening, words, start) for start in range(4)] == [False, True, False, False]
    assert _opening_words(((("+",),),), backwards=False) is None
    assert _opening_words((), backwards=False) is None


def test_patterns_are_tried_by_a_word_they_require_in_longest_first_order(verbs):
    # The index gives what testing every pattern's required words would, in the same order.
    clash = verbs.lookup("clash")[0].block
    words = ({"OVER", "EFFORTS"}, {"OVER"}, {"RECENTLY"}, set(), {"OVER", "EFFORTS", "RECENTLY"})
    for present in words:
        expected = [p for p in clash.longest_first if p.required <= present]
        assert list(clash.candidates(frozenset(present))) == expected
    assert [p.code.code for p in clash.candidates(frozenset({"OVER", "EFFORTS"}))] == ["904", "121"]


def test_unknown_word_codes_nothing(coder, nlp):
    assert _code(coder, nlp, "Ethiopia departx from Libya.", "departx") is None


def test_packaged_and_validation_dictionaries_load(shared: Path):
    assert len(load_verbs(None)) > 5000
    validation = load_verbs(str(shared / "reference" / "petrarch2-validation"))
    assert validation.lookup("RESTORE")[0].block.code == Code("064")
