"""A government named by its leader, on sentences of our own."""

from __future__ import annotations

import pytest

import eventscribe


def _mentions(text: str, day: str) -> dict[str, str | None]:
    return {m.text: m.actor_id for m in eventscribe.process(text, day).article.mentions}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, day, phrase, actor",
    [
        ("The Biden administration expelled two diplomats.", "2022-03-01", "Biden administration", "sector:USA:GOV"),
        ("Paris criticised the Assad regime on Monday.", "2019-06-01", "Assad regime", "sector:SYR:GOV"),
        ("Merkel's government approved the budget.", "2015-06-01", "Merkel's government", "sector:DEU:GOV"),
        # a former leader's government is still the country's
        ("Critics blamed the Obama administration for the delay.", "2018-06-01", "Obama administration", "sector:USA:GOV"),
        # before 2009, the actor dictionaries know the leader
        ("The Reagan administration rejected the plan.", "1987-04-01", "Reagan administration", "sector:USA:GOV"),
    ],
)
def test_a_leaders_government_is_the_government_of_the_leaders_country(text, day, phrase, actor):
    assert _mentions(text, day)[phrase] == actor


@pytest.mark.slow
def test_an_unknown_name_before_government_gives_no_country():
    found = _mentions("The Smithfield administration rejected the plan.", "2020-01-01")
    assert not any(a and a.startswith("sector:") and a.endswith(":GOV") for a in found.values())
