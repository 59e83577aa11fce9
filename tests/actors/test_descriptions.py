"""Descriptions and pronouns that stand for an actor the article names, on sentences
written for these tests: appositions told by their comma, "X turned Y", predicates behind
"is to be", possessive descriptions, relative pronouns and pronoun chains."""

from __future__ import annotations

import pytest

from eventscribe.api import process


def _ids(text: str, date: str = "2013-06-07") -> dict[str, set[str]]:
    """Each mention's text -> the actor ids it was given."""
    found: dict[str, set[str]] = {}
    for mention in process(text, date, "").article.mentions:
        found.setdefault(mention.text, set()).add(mention.actor_id)
    return found


@pytest.mark.slow
def test_an_apposition_and_what_it_turned_into_name_the_person():
    found = _ids(
        "Marta Velden , the rowing champion turned senator who led the farm committee , "
        "has died ."
    )
    assert found["champion"] == found["senator"] == found["who"] == {"person:marta-velden"}


@pytest.mark.slow
def test_an_indefinite_apposition_describes_an_organization():
    found = _ids("Bixco will buy Tilemark Inc., a company known for roof tiles.")
    assert found["company"] == {"org:tilemark"}


@pytest.mark.slow
def test_the_next_clauses_subject_is_no_apposition():
    found = _ids("After the talks with Marta Velden, the chairman left the room.")
    assert "chairman" not in found


@pytest.mark.slow
def test_whose_and_which_stand_for_the_noun_their_clause_hangs_on():
    found = _ids("Marta Velden, whose farm supplies the region, sued Intel, which denied it.")
    assert found["whose"] == {"person:marta-velden"}
    assert found["which"] == {"org:intel"}
    assert "farm" not in found  # "whose farm" is no apposition


@pytest.mark.slow
def test_a_predicate_behind_is_to_be_describes_the_subject():
    found = _ids("Tom Reeder is to be the new coach of the rowing team.")
    assert found["coach"] == {"person:tom-reeder"}


@pytest.mark.slow
def test_a_pronoun_chain_runs_on_past_the_naming_sentence():
    found = _ids(
        "Marta Velden died on Friday, her spokesman said. "
        "She was 91, spokesman Tom Reeder said. "
        "It was the river that made her famous."
    )
    assert found["She"] == {"person:marta-velden"}
    assert found["her"] == {"person:marta-velden"}
    assert found["spokesman"] == {"person:tom-reeder"}  # "her spokesman" as "the spokesman"


@pytest.mark.slow
def test_they_is_the_organization_named_as_the_subject_unless_a_plural_comes_between():
    found = _ids("Intel announced that they will cut prices. They confirmed it on Monday.")
    assert found["they"] == found["They"] == {"org:intel"}
    apart = _ids("Intel told the banks that they must pay.")
    assert "they" not in apart  # "the banks" is likelier
