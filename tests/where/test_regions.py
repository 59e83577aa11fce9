"""World regions made of whole countries, placed where their people live."""

from __future__ import annotations

import pytest

from eventscribe.where.gazetteer import load_gazetteer, read_tsv
from eventscribe.where.regions import centre, weighted_sum


def test_the_centre_leans_towards_the_larger_town():
    lat, lon = centre([weighted_sum([(10.0, 0.0, 9_000), (10.0, 10.0, 1_000)])])
    assert 0.0 < lon < 2.0 and lat == pytest.approx(10.0, abs=0.2)


def test_the_centre_is_taken_on_the_sphere_across_the_date_line():
    _, lon = centre([weighted_sum([(0.0, 179.0, 100)]), weighted_sum([(0.0, -179.0, 100)])])
    assert abs(lon) == pytest.approx(180.0, abs=0.01)


def test_no_people_no_centre():
    assert centre([weighted_sum([])]) is None


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_a_region_of_countries_lies_among_its_people_not_at_its_land_s_middle(gazetteer):
    # Russia's own point is in Siberia; its people, and Eastern Europe's, live far west.
    place = gazetteer.resolve("Eastern Europe")
    assert place is not None and 45.0 < place.lat < 60.0 and 20.0 < place.lon < 45.0


def test_every_listed_region_is_a_curated_place_of_known_countries(gazetteer):
    for region, members in read_tsv("region_members.tsv"):
        assert f"curated:{region}" in gazetteer.by_id
        assert all(gazetteer.iso3(code) == code for code in members.split("|")), region


def test_a_world_region_outranks_a_town_of_its_name(gazetteer):
    place = gazetteer.resolve("Middle East")
    assert place is not None and place.gazetteer_id == "curated:middle-east"
