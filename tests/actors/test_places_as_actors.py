"""Places are places: a city, region or capital the tagger calls a person or an
organization is no person and no organization (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventscribe.actors.nations import is_place_name
from eventscribe.api import process

pytestmark = pytest.mark.slow


def _kinds(text: str, date: str = "2023-03-02") -> dict[str, str]:
    article = process(text, date).article
    return {m.text: article.actors[m.actor_id].kind for m in article.mentions}


def test_the_gazetteer_tells_places_from_names():
    assert is_place_name("Kyiv") and is_place_name("Kiev") and is_place_name("Crimea")
    assert is_place_name("Bakhmut") and is_place_name("Mariupol")
    assert not is_place_name("Regan") and not is_place_name("Zelensky")


def test_a_region_or_city_is_no_person_or_organization():
    kinds = _kinds("Crimea was annexed in 2014. Mariupol and Bakhmut were shelled on Monday.")
    assert not {"Crimea", "Mariupol", "Bakhmut"} & {t for t, k in kinds.items()
                                                    if k in ("person", "organization")}  # fmt: skip


def test_a_capital_that_speaks_is_its_government():
    article = process("Kyiv said on Monday it would not negotiate.", "2023-03-02").article
    kyiv = next(m for m in article.mentions if m.text == "Kyiv")
    assert kyiv.actor_id == "sector:UKR:GOV"


def test_a_first_name_that_is_a_town_stays_a_name():
    kinds = _kinds("Florence Nightingale was a nurse in the war. Nightingale wrote home.")
    assert kinds["Florence Nightingale"] == "person"


def test_a_head_of_government_the_tagger_calls_an_organization_is_that_person():
    from eventscribe.api import process

    (event, *_) = process("German Chancellor Olaf Scholz visited Beijing on Friday.", "2024-03-05").events
    assert (event["source"]["name"], event["source"]["country"]) == ("Olaf Scholz", "DEU")


def test_a_continent_or_country_alone_is_no_dictionary_surname():
    from docs import doc_from
    from eventscribe.actors.candidates import dictionary_surname
    from eventscribe.actors.dictionaries import load_dictionaries
    from eventscribe.actors.phrases import Phrase

    known = load_dictionaries(None)  # the packaged Phoenix people, some named like places
    for name, surname in (("Europe", False), ("Jordan", False), ("Castro", True)):
        doc = doc_from([name, "said", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                       tags=["NNP", "VBD", "."], ents=[(0, 1, "ORG")])  # fmt: skip
        found = dictionary_surname(Phrase(doc[0], [doc[0]]), known)
        assert (found is not None) == surname, name


def test_a_region_or_country_ending_in_a_countrys_name_is_no_company_of_it():
    article = process("Investors fled one of Latin America's biggest markets. Countries like "
                      "Great Britain cut rates. Telecom Egypt said profits rose.", "2017-12-20").article
    actors = {a.name: (a.kind, a.country) for a in article.actors.values()}
    assert "Latin America" not in actors and ("country", "USA") not in actors.values()
    assert actors["United Kingdom"] == ("country", "GBR")
    assert actors["Telecom Egypt"] == ("organization", "EGY")


def test_a_name_a_settlement_noun_introduces_is_a_place():
    # the tagger calls the small town a person; "the town of" says what it is
    kinds = _kinds("Rebels withdrew from the mountain town of Velyka Novosilka on Sunday.")
    assert not any(k in ("person", "organization") for t, k in kinds.items() if "Novosilka" in t)


def test_a_weapon_named_before_its_noun_is_no_person():
    kinds = _kinds("Spain will send Leopard 2 tanks to Kyiv. Norway said its Patriot missiles "
                   "and NASAMS launchers would follow.")  # fmt: skip
    assert not any(k in ("person", "organization") for t, k in kinds.items()
                   if t in ("Leopard", "Leopard 2", "Patriot", "NASAMS"))  # fmt: skip
    # a group's fighters are the group's, not a weapon
    assert _kinds("Wagner fighters crossed the border on Friday.").get("Wagner fighters") == "organization"


def test_a_name_the_article_calls_a_town_is_a_place_in_its_headline_too():
    text = ("Ukraine withdraws from Marinka as shells run short\nKYIV, Dec 26 (Reuters) - "
            "Ukraine's army said on Tuesday it was withdrawing from the eastern town of Marinka "
            "to avoid encirclement.")  # fmt: skip
    kinds = _kinds(text, "2023-12-26")
    assert "Marinka" not in kinds  # no organization (as it had been), no person: the town


def test_a_law_named_for_people_or_a_president_is_no_actor():
    kinds = _kinds("The Senate passed the Dodd-Frank Act. Trump said ObamaCare was dead, and "
                   "the Keller Plan stalled.", "2017-05-02")  # fmt: skip
    assert not {"Frank", "Dodd", "ObamaCare", "Keller"} & set(kinds)
    assert kinds.get("Trump") == "person"
    # a person whose surname is a law's noun stays a person
    assert _kinds("Tom Plan said on Monday he would resign.").get("Tom Plan") == "person"
    # a law's name with "and" in it, which the tagger reads as one name
    kinds = _kinds("In a statement on the Tax Cuts and Jobs Act issued on Friday, Senator "
                   "Jay Clayton spoke. Iran and the Paris Agreement were discussed by Iran.")  # fmt: skip
    assert not [k for k in kinds if "Tax" in k or "Cuts" in k] and kinds.get("Iran") == "country"


def test_a_law_called_after_its_sponsors_is_no_actor_where_the_text_names_it_bare():
    kinds = _kinds("The bill would change the 2010 Varga-Lindqvist financial reform law. "
                   "Republicans need eight Democrats to pass changes to Varga Lindqvist, "
                   "and the House voted to repeal Varga-Lindqvist on Tuesday.", "2017-05-02")  # fmt: skip
    assert not {k for k in kinds if "Varga" in k or "Lindqvist" in k}
    # two names hyphenated with no law's noun after them stay a person's name
    assert _kinds("Anna Varga-Lindqvist said on Monday she would run.").get(
        "Anna Varga-Lindqvist") == "person"  # fmt: skip


def test_a_decoration_is_no_actor():
    kinds = _kinds("Businessman Ilya Brovkin was awarded the Order of Honor by the Russian "
                   "president, and Tove Lindahl won the Nobel Peace Prize.", "2017-11-03")  # fmt: skip
    assert not {k for k in kinds if "Order" in k or "Prize" in k or "Nobel" in k}
    assert any("Brovkin" in k for k in kinds)


def test_common_words_capitalised_for_emphasis_are_no_person():
    kinds = _kinds("Democrats refusal to give even one vote for massive Tax Cuts is why we need "
                   "Senator Ray Molden. The tax cuts will pass, Molden said.", "2017-12-02")  # fmt: skip
    assert "Tax Cuts" not in kinds and kinds.get("Ray Molden") == "person"


def test_a_dictionary_surname_after_a_locative_that_names_a_city_is_the_city():
    """ "felt in Napa and Vallejo": where, though the dictionaries hold a Vallejo; the
    same word as a subject is still the surname."""
    from docs import doc_from
    from eventscribe.actors.candidates import dictionary_surname
    from eventscribe.actors.dictionaries import load_dictionaries
    from eventscribe.actors.phrases import Phrase

    known = load_dictionaries(None)
    place = doc_from(["Shaking", "was", "felt", "in", "Napa", "and", "Vallejo", "."],
                     [2, 2, 2, 2, 3, 4, 4, 2],
                     ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "conj", "punct"],
                     tags=["NN", "VBD", "VBN", "IN", "NNP", "CC", "NNP", "."],
                     ents=[(4, 5, "GPE"), (6, 7, "ORG")])  # fmt: skip
    assert dictionary_surname(Phrase(place[6], [place[6]]), known) is None
    speaker = doc_from(["Vallejo", "said", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                       tags=["NNP", "VBD", "."], ents=[(0, 1, "ORG")])  # fmt: skip
    found = dictionary_surname(Phrase(speaker[0], [speaker[0]]), known)
    assert found is not None and found.kind == "person"


def test_a_force_named_after_its_county_is_a_body_and_the_county_a_place():
    """ "Surrey Police" tagged a person is the county's police force, and "in Surrey" stays
    a place though the tagger's person "Surrey Police" holds the word."""
    from docs import doc_from
    from eventscribe.actors.candidates import _a_place, named_person
    from eventscribe.actors.phrases import Phrase

    doc = doc_from(["Fire", "in", "Surrey", ".", "Surrey", "Police", "said", "."],
                   [0, 0, 1, 0, 5, 6, 6, 6],
                   ["ROOT", "prep", "pobj", "punct", "compound", "nsubj", "ROOT", "punct"],
                   tags=["NN", "IN", "NNP", ".", "NNP", "NNP", "VBD", "."],
                   ents=[(2, 3, "PERSON"), (4, 6, "PERSON")])  # fmt: skip
    force = named_person(Phrase(doc[5], list(doc[4:6])))
    assert force is not None and (force.kind, force.name, force.sector) == (
        "organization", "Surrey Police", "COP")
    assert _a_place([doc[2]])
    assert named_person(Phrase(doc[2], [doc[2]])) is None
