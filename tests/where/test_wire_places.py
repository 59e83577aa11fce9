"""Places of acts in international wire news (TR-News style), on sentences written for
these tests: a town struck that the small tagger calls a person, a province's name the
parser ties to its generic word as an adjective, a province's town before the province."""

from __future__ import annotations

import pytest

from eventscribe.article import Article, Event, Paragraph
from eventscribe.parse import ParseStage
from eventscribe.settings import Settings
from eventscribe.where.stage import PlaceStage


def _place(text: str, trigger: str, cameo: str):
    article = Article(id="test", text=text)
    article.paragraphs.append(Paragraph(0, len(text)))
    article = ParseStage(Settings())(article)
    at = text.index(trigger)
    sentence = next(s for s in article.sentences if s.start <= at < s.end)
    article.events = [Event(sentence.index, cameo, None, None, trigger, at, at + len(trigger))]
    return PlaceStage(Settings())(article).events[0].place


@pytest.mark.parametrize(
    ("text", "trigger", "country", "name"),
    [
        ("Russian rockets struck Kharkiv before dawn, the regional governor said.", "struck", "UKR", "Kharkiv"),
        ("Rebel gunners shelled Bukavu, the capital of South Kivu province, on Friday.", "shelled", "COD", "Bukavu"),
        ("Jihadists captured Kidal after two days of fighting, Malian officers said.", "captured", "MLI", "Kidal"),
    ],
)
def test_the_town_an_act_of_force_strikes_is_its_place(nlp, text, trigger, country, name):
    place = _place(text, trigger, "190")
    assert place is not None and (place.country, place.name) == (country, name)


def test_a_province_named_as_an_adjective_of_its_generic_word(nlp):
    text = "Gunmen raided a checkpoint in Punjab province, Pakistani police said on Monday."
    place = _place(text, "raided", "190")
    assert place is not None and place.country == "PAK" and place.precision == "region"


def test_a_person_object_is_no_place(nlp):
    text = "Police arrested Smith after the protest, officials said."
    assert _place(text, "arrested", "173") is None


@pytest.mark.parametrize(
    ("text", "trigger", "country", "name"),
    [
        ("Snipers fired on a market in the Lebanese city of Tripoli on Friday.", "fired", "LBN", "Tripoli"),
        ("A car bomb went off in the Yemeni capital, Sanaa, killing six.", "killing", "YEM", "Sanaa"),
        ("Police raided a warehouse in the Kenyan port of Mombasa on Monday.", "raided", "KEN", "Mombasa"),
    ],
)
def test_a_demonym_before_a_named_town_says_whose_town_it_is(nlp, text, trigger, country, name):
    place = _place(text, trigger, "190")
    assert place is not None and (place.country, place.name) == (country, name)


def test_the_target_of_a_plotted_act_is_not_where_the_plotters_were_held(nlp):
    text = "Officers in Victoria detained two teenagers over a scheme to bomb Sydney."
    place = _place(text, "detained", "173")
    assert place is not None and place.name == "Victoria" and place.country == "AUS"


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Riot police broke up a march in Armenia's capital Yerevan on Sunday.", "broke", "Yerevan"),
        ("Protesters clashed with police in Kenya's capital Nairobi late on Friday.", "clashed", "Nairobi"),
    ],
)
def test_a_countrys_capital_named_after_it_is_the_place(nlp, text, trigger, name):
    place = _place(text, trigger, "145")
    assert place is not None and place.name == name


def test_an_island_named_before_its_generic_word_is_the_place(nlp):
    text = "Marines fought kidnappers on Basilan island in the far south, the army said."
    place = _place(text, "fought", "190")
    assert place is not None and place.country == "PHL" and "Basilan" in place.name
