"""CAMEO codes, Goldstein scores, quad classes and the PLOVER crosswalk."""

from __future__ import annotations

import pytest

from eventscribe.coding.ontology import (
    PLOVER_TYPES,
    QUAD_CLASSES,
    CameoCode,
    CameoCodeError,
    cameo,
    cameo_codes,
    is_valid,
)
from eventscribe.errors import EventscribeError


# Values as GDELT's CAMEO.goldsteinscale.txt gives them (data/cameo/sources).
@pytest.mark.parametrize(
    ("code", "goldstein", "quad"),
    [
        ("040", 1.0, 1), ("043", 2.8, 1), ("051", 3.4, 1), ("057", 8.0, 1),
        ("0874", 10.0, 2), ("06", 6.0, 2), ("094", -2.0, 2),
        ("10", -5.0, 3), ("130", -4.4, 3), ("138", -7.0, 3), ("1384", -7.0, 3),
        ("181", -9.0, 4), ("1823", -10.0, 4), ("190", -10.0, 4), ("193", -10.0, 4),
        ("195", -10.0, 4), ("2042", -10.0, 4),
    ],
)  # fmt: skip
def test_goldstein_and_quad_class_of_known_codes(code: str, goldstein: float, quad: int) -> None:
    found = cameo(code)
    assert (found.code, found.goldstein, found.quad_class) == (code, goldstein, quad)


def test_quad_class_follows_the_root_as_gdelt_does() -> None:
    expected = {1: range(1, 6), 2: range(6, 10), 3: range(10, 15), 4: range(15, 21)}
    for code in cameo_codes():
        assert int(code.root) in expected[code.quad_class], code
    assert cameo("190").quad_name == "material conflict"
    assert set(QUAD_CLASSES) == {1, 2, 3, 4}


def test_names_come_from_the_1_1b3_codebook() -> None:
    assert cameo("044").name == "Meet at a 'third' location"
    assert (
        cameo("108").name == "Demand mediation"
    )  # GDELT's list says "Demand meeting, negotiation"
    assert cameo("190").name == "Use conventional military force, not specified below"
    assert cameo("19").name == "Fight"
    assert cameo("1952").name == "Employ remotely piloted aerial munitions"


def test_codes_missing_from_gdelt_take_their_ancestors_score() -> None:
    assert cameo("1834").goldstein == cameo("183").goldstein == -10.0
    assert cameo("155").goldstein == cameo("15").goldstein == -7.2


@pytest.mark.parametrize(
    ("root", "plover"),
    [
        ("01", None), ("02", "REQUEST"), ("03", "AGREE"), ("04", "CONSULT"), ("05", "SUPPORT"),
        ("06", "COOPERATE"), ("07", "AID"), ("08", "CONCEDE"), ("09", "ACCUSE"),
        ("10", "REQUEST"), ("11", "ACCUSE"), ("12", "REJECT"), ("13", "THREATEN"),
        ("14", "PROTEST"), ("15", "MOBILIZE"), ("16", "SANCTION"), ("17", "COERCE"),
        ("18", "ASSAULT"), ("19", "ASSAULT"), ("20", "ASSAULT"),
    ],
)  # fmt: skip
def test_plover_type_of_roots(root: str, plover: str | None) -> None:
    assert cameo(root).plover_type == plover


@pytest.mark.parametrize(
    ("code", "plover", "mode"),
    [
        ("010", None, None), ("041", "CONSULT", "phone"), ("042", "CONSULT", "visit"),
        ("084", "RETREAT", None), ("0841", "RETREAT", "release"), ("0871", "RETREAT", "ceasefire"),
        ("111", "ACCUSE", "disapprove"), ("1121", "ACCUSE", "allege"),
        ("1384", "THREATEN", "violence"), ("163", "COERCE", "restrict"),
        ("1721", "COERCE", "restrict"), ("173", "COERCE", "arrest"), ("181", "ASSAULT", "abduct"),
        ("190", "ASSAULT", None), ("191", "COERCE", "restrict"),
        ("195", "ASSAULT", "heavy-weapons"),
        ("0253", "REQUEST", "yield"), ("175", "ASSAULT", None), ("085", "RETREAT", None),
    ],
)  # fmt: skip
def test_plover_type_and_mode(code: str, plover: str | None, mode: str | None) -> None:
    found = cameo(code)
    assert (found.plover_type, found.plover_mode) == (plover, mode)


def test_plover_context() -> None:
    assert cameo("094").plover_context == ("military", "legal")
    assert cameo("175").plover_context == ("pro_autocracy", "military")
    assert cameo("040").plover_context == ()


def test_every_plover_type_is_the_specifications_and_every_one_is_used() -> None:
    used = {code.plover_type for code in cameo_codes()} - {None}
    assert used == set(PLOVER_TYPES)
    assert len(PLOVER_TYPES) == 16 and "DEMAND" not in PLOVER_TYPES
    assert {code.code for code in cameo_codes() if code.plover_type is None} == {
        "01",
        *(f"01{i}" for i in range(10)),
    }


@pytest.mark.parametrize("code", ["043", "04", "19", "190", "1823", " 043 "])
def test_valid_codes(code: str) -> None:
    assert is_valid(code)
    assert isinstance(cameo(code), CameoCode)


@pytest.mark.parametrize("code", ["43", "4", "21", "00", "abc", "", "04a", "04312", 43, 190.0])
def test_invalid_codes_raise_an_error_naming_the_input(code: object) -> None:
    with pytest.raises(CameoCodeError) as raised:
        cameo(code)  # type: ignore[arg-type]
    assert repr(code) in str(raised.value)
    assert isinstance(raised.value, EventscribeError)
    assert not is_valid(code)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("code", "parent"), [("0435", "043"), ("1213", "121"), ("1999", "19"), ("197", "19")]
)
def test_unknown_codes_fall_back_to_their_nearest_listed_ancestor(code: str, parent: str) -> None:
    assert not is_valid(code)
    assert cameo(code) == cameo(parent)


def test_an_integer_code_is_read_as_its_digits() -> None:
    assert cameo(190).code == "190"  # type: ignore[arg-type]


def test_cameo_codes_lists_every_code_once_roots_before_children() -> None:
    codes = [code.code for code in cameo_codes()]
    assert len(codes) == len(set(codes)) == 316
    assert [c for c in codes if len(c) == 2] == [f"{i:02d}" for i in range(1, 21)]
    position = {code: i for i, code in enumerate(codes)}
    for code in cameo_codes():
        if code.parent is not None:
            assert position[code.parent] < position[code.code]
            assert code.code.startswith(code.parent) and code.root == code.code[:2]


def test_tables_are_loaded_once() -> None:
    assert cameo("190") is cameo("190")
