"""The unnamed participants a story's lead names: people and places without a name."""

from __future__ import annotations

import pytest

from eventscribe.api import process
from eventscribe.stories import LEAD_SENTENCES

pytestmark = pytest.mark.slow


def _nouns(text: str) -> list[str]:
    return [p.noun for p in process(text, "2021-06-02").article.participants]


def test_people_and_places_the_lead_names_without_a_name_are_kept():
    text = ("Hackers breach payroll system of Tarvel Mills\n"
            "Hackers broke into the payroll system of Tarvel Mills on Tuesday, and two "
            "technicians were questioned at the depot.")  # fmt: skip
    assert _nouns(text) == ["hackers", "hackers", "technicians", "depot"]


def test_named_actors_and_things_are_no_participants():
    text = "Tarvel Mills said on Tuesday that the update fixed the flaw in its payroll system."
    assert _nouns(text) == []


def test_only_the_lead_is_read():
    lead = " ".join(f"The depot reported loss number {n}." for n in range(LEAD_SENTENCES))
    assert _nouns(f"{lead} Later two technicians were questioned.") == ["depot"] * LEAD_SENTENCES
