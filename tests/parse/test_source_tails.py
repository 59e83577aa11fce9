"""A headline's trailing source ("...: police", "... - officials") is a sentence of its own."""

from __future__ import annotations

import pytest


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_source_after_a_colon_or_a_spaced_dash_is_split_off(nlp):
    text = "Notorious gang leader killed: police\nTroops kill three in northern raid - officials"
    found = sentences(nlp, text)
    assert "Notorious gang leader killed" in found
    assert "Troops kill three in northern raid" in found
    assert all("police" not in s and "officials" not in s for s in found if len(s.split()) > 2)


@pytest.mark.parametrize(
    "text",
    [
        "The minister named three countries: Iran, Iraq and Syria.",
        "Talks resumed on Monday - and failed again.",
        "Al-Shabaab fighters attacked an army base.",
        "Three killed: the toll rises",
        "Toll: police",
    ],
)
def test_colons_and_dashes_that_open_no_source_tail_do_not_split(nlp, text):
    assert len(sentences(nlp, text)) == 1
