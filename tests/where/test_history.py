"""Places in the states of their day (where/history.py)."""

import datetime as dt

import pytest

from eventscribe.article import Place
from eventscribe.where.gazetteer import load_gazetteer
from eventscribe.where.history import in_its_time


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _place(gazetteer, name):
    return gazetteer.resolve(name)


def test_moscow_before_1992_is_in_the_soviet_union(gazetteer):
    moscow = _place(gazetteer, "Moscow")
    assert in_its_time(moscow, dt.date(1987, 3, 1), gazetteer).country == "SUN"
    assert in_its_time(moscow, dt.date(1991, 12, 26), gazetteer).country == "RUS"
    assert in_its_time(moscow, dt.date(2017, 3, 1), gazetteer).name == "Moscow"


def test_the_baltic_states_left_earlier(gazetteer):
    riga = _place(gazetteer, "Riga")
    assert in_its_time(riga, dt.date(1991, 8, 1), gazetteer).country == "SUN"
    assert in_its_time(riga, dt.date(1991, 10, 1), gazetteer).country == "LVA"


def test_only_the_eastern_states_of_germany_were_the_gdr(gazetteer):
    day = dt.date(1987, 5, 1)
    assert in_its_time(_place(gazetteer, "Leipzig"), day, gazetteer).country == "DDR"
    assert in_its_time(_place(gazetteer, "Munich"), day, gazetteer).country == "DEU"


def test_czechoslovakia_and_places_without_a_country(gazetteer):
    day = dt.date(1985, 1, 1)
    assert in_its_time(_place(gazetteer, "Bratislava"), day, gazetteer).country == "CSK"
    assert in_its_time(Place("Persian Gulf"), day, gazetteer).country is None
    assert in_its_time(None, day, gazetteer) is None


def test_historical_states_are_places(gazetteer):
    assert _place(gazetteer, "the Soviet Union").country == "SUN"
    assert _place(gazetteer, "East Germany").country == "DDR"
    assert _place(gazetteer, "Czechoslovakia").country == "CSK"


def test_a_town_named_for_itself_before_its_region(gazetteer):
    assert _place(gazetteer, "Tel Aviv").name == "Tel Aviv"
    assert _place(gazetteer, "Haifa").precision == "city"
