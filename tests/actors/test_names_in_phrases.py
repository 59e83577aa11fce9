"""Names inside longer phrases, on sentences written for these tests: a company or person
the article names, used again as a modifier ("the Tilecom cable"), and a company whose
name ends in a country's ("Tilecom USA")."""

from __future__ import annotations

import pytest

from docs import doc_from
from eventscribe.actors.candidate import Candidate
from eventscribe.actors.coreference import places_called_organizations
from eventscribe.actors.phrases import Phrase
from eventscribe.api import process
from eventscribe.article import Actor, ActorMention, Article
from eventscribe.coding.coded import ActorIndex


@pytest.mark.slow
def test_a_named_company_as_a_modifier_is_a_mention_of_it():
    text = "Intel sued AMD on Monday. AMD management said the claim had no merit."
    mentions = [m for m in process(text, "2012-03-01", "").article.mentions if m.text == "AMD"]
    assert len(mentions) == 2 and {m.actor_id for m in mentions} == {"org:amd"}


@pytest.mark.slow
def test_a_company_name_ending_in_a_country_is_the_company():
    text = "T-Mobile USA said it would sell the phone. T-Mobile said the price was low."
    mentions = process(text, "2012-03-01", "").article.mentions
    found = {m.actor_id for m in mentions if m.text in ("T-Mobile USA", "T-Mobile")}
    assert found == {"org:t-mobile"}


def test_a_place_reading_of_an_organizations_name_is_the_organization():
    # "Tilecom said ...; services to Tilecom": the tagger reads the second as a place.
    doc = doc_from(["Tilecom", "said", "so", "to", "Tilecom"],
                   tags=["NNP", "VBD", "RB", "IN", "NNP"])  # fmt: skip
    org = Candidate("organization", "Tilecom", sector="BUS")
    place = Candidate("country", "France", "FRA", code="FRA")
    spain = Candidate("country", "Spain", "ESP", code="ESP")
    found = [(0, Phrase(doc[0], [doc[0]]), org), (0, Phrase(doc[4], [doc[4]]), place),
             (0, Phrase(doc[2], [doc[2]]), spain)]  # fmt: skip
    places_called_organizations(found)
    assert (place.kind, place.actor_id) == ("organization", "org:tilecom")
    assert spain.kind == "country"  # no organization of its words


def test_events_leave_out_a_name_modifying_a_thing():
    article = Article(id="a", body="Opec oil", published=None, origin="test")
    article.actors["org:opec"] = Actor(id="org:opec", name="Opec", kind="organization")
    article.mentions = [ActorMention(0, 4, "Opec", 0, "org:opec", "modifier")]
    assert not ActorIndex(article).token_ids()



def test_a_first_name_and_a_surname_read_as_a_person_elsewhere_are_a_person():
    from eventscribe.actors.candidates import named_person

    words = ["Greta", "Lund", "died", ".", "Lund", "was", "85", "."]
    heads = [1, 2, 2, 2, 5, 5, 5, 5]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "attr", "punct"]
    tags = ["NNP", "NNP", "VBD", ".", "NNP", "VBD", "CD", "."]

    def doc(surname_label: str):  # the tagger's "Lund" alone: a person, or a firm again
        return doc_from(words, heads, deps, tags=tags, ents=[(0, 2, "ORG"), (4, 5, surname_label)])

    person, firm = doc("PERSON"), doc("ORG")
    found = named_person(Phrase(person[1], list(person[0:2])))
    assert found is not None and found.kind == "person" and found.name == "Greta Lund"
    assert named_person(Phrase(firm[1], list(firm[0:2]))) is None


@pytest.mark.parametrize(
    ("first", "name"),
    [
        ("Stunning", "Velden"),  # the tagger's person entity opens with an adjective
        ("Rich", "Rich Velden"),  # a given name the tagger called an adjective: Richard
    ],
)
def test_an_adjective_the_tagger_ran_into_a_persons_name_is_no_part_of_it(first, name):
    from eventscribe.actors.candidates import named_person

    doc = doc_from(
        [first, "Velden", "won", "again", "."],
        heads=[1, 2, 2, 2, 2],
        deps=["amod", "nsubj", "ROOT", "advmod", "punct"],
        tags=["JJ", "NNP", "VBD", "RB", "."],
        ents=[(0, 2, "PERSON")],
    )
    person = named_person(Phrase(doc[1], [doc[0], doc[1]]))
    assert person is not None and person.name == name
