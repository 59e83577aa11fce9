"""A headline's trailing source ("...: police") is a sentence of its own."""

from __future__ import annotations

import pytest


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_source_after_a_colon_is_split_off(nlp):
    text = "Notorious gang leader killed: police\nTroops kill three in northern raid: officials"
    found = sentences(nlp, text)
    assert "Notorious gang leader killed" in found
    assert "Troops kill three in northern raid" in found
    assert all("police" not in s and "officials" not in s for s in found if len(s.split()) > 2)


@pytest.mark.parametrize(
    "text",
    [
        "The minister named three countries: Iran, Iraq and Syria.",
        "Talks resumed on Monday: and failed again.",
        "Troops kill three in northern raid - officials",
        "Al-Shabaab fighters attacked an army base.",
        "Three killed: the toll rises",
        "Toll: police",
    ],
)
def test_a_colon_that_opens_no_source_tail_and_a_dash_do_not_split(nlp, text):
    assert len(sentences(nlp, text)) == 1
