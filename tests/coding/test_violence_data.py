"""The reference data of the violence detector reads cleanly and names real CAMEO codes."""

from __future__ import annotations

from eventscribe.coding import acled, participants, triggers
from eventscribe.coding.ontology import cameo

KINDS = {"violent", "outcome", "unrest", "arrest", "property", "posture"}
FRAMES = {"any", "object", "intransitive", "context", "armed", "people", "labour", "offence",
          "weapon", "crowd", "figurative", "show", "tested", "territory", "person", "under"}


def test_every_trigger_has_a_cameo_code_a_kind_and_a_frame():
    entries = [e for group in triggers.lexicon().values() for e in group]
    assert len(entries) > 150
    for entry in entries:
        assert cameo(entry.cameo).code == entry.cameo
        assert entry.kind in KINDS
        assert entry.frame in FRAMES or entry.frame.startswith("prep:")


def test_weapons_and_crosswalk_name_real_codes():
    for code in participants._weapons().values():
        assert cameo(code).code == code
    for code, condition, kind, sub in acled.crosswalk():
        assert code.isdigit() and kind and sub
        assert condition in ("any", "civilian_target", "armed_target", "state_source")


def test_participants_have_sectors_and_kinds():
    for word, kind in participants._participant_words().items():
        assert word == word.lower()
        assert kind.kind in ("people", "facility", "armed", "crowd")
        assert kind.sector.isupper()


def test_every_appeal_topic_makes_a_real_appeal_and_demand_code():
    from eventscribe.coding.appeals import appeals

    table = appeals()
    assert {"urge", "call", "ask"} <= set(table.appeal) and "demand" in table.demand
    for digits in table.topics.values():
        for root in ("02", "10"):
            assert cameo(f"{root}{digits}").code == f"{root}{digits}"


def test_every_aid_kind_makes_real_codes():
    from eventscribe.coding.aid import aid_words

    words = aid_words()
    assert "send" in words.give and "pledge" in words.pledge
    for digit in {*words.kinds.values(), *(d for d in words.aid.values() if d != "-")}:
        assert cameo(f"07{digit}").code == f"07{digit}" and cameo(f"033{digit}").code == f"033{digit}"


def test_harsh_words_are_plain_lowercase_words():
    from eventscribe.coding.disapproval import harsh_words

    words = harsh_words()
    assert len(words) > 30 and all(w.isalpha() and w == w.lower() for w in words)
