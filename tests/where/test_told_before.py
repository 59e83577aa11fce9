"""An act the story recalls in the perfect, with no date of its own, is not placed at the
dateline (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventscribe.api import process

pytestmark = pytest.mark.slow


def _places(text: str) -> dict[str, str | None]:
    """Each event's trigger -> its place's name."""
    events = process(text, "2017-12-05").events
    return {e["trigger"]: (e["place"] or {}).get("name") for e in events}


@pytest.mark.parametrize("text, trigger", [
    ("OTTAWA (Reuters) - Canadian Prime Minister Justin Trudeau has criticized China over its "
     "trade policy.", "criticized"),
    ("OTTAWA (Reuters) - Brazil had accused Argentina of dumping steel.", "accused"),
])  # fmt: skip
def test_a_stand_recalled_in_the_perfect_is_not_placed_at_the_dateline(text, trigger):
    assert _places(text).get(trigger, "no event") is None


@pytest.mark.parametrize("text, trigger, place", [
    ("OTTAWA (Reuters) - Canadian Prime Minister Justin Trudeau criticized China on Tuesday "
     "over its trade policy.", "criticized", "Ottawa"),
    ("BELFAST (Reuters) - Police have arrested three men after a bomb attack.", "arrested", "Belfast"),
])  # fmt: skip
def test_words_of_the_day_and_deeds_in_the_present_perfect_keep_the_dateline(text, trigger, place):
    assert _places(text)[trigger] == place
