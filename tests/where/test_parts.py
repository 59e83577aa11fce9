"""The part of an area a direction names (where/parts.py), on points made up for the test."""

from eventscribe.where.parts import direction_of, part_point

GRID = [(lat, lon) for lat in (0.0, 1.0, 2.0) for lon in (10.0, 11.0, 12.0)]


def test_direction_words_and_abbreviations():
    assert direction_of("Northern") == "north"
    assert direction_of("NE") == "northeast"
    assert direction_of("north-east") == "northeast"
    assert direction_of("Niger") is None


def test_the_northern_third_of_a_grid_is_its_top_row():
    lat, lon = part_point(GRID, "north")
    assert (lat, lon) == (2.0, 11.0)


def test_the_southwest_and_the_centre():
    lat, lon = part_point(GRID, "southwest")
    assert lat < 1.0 and lon < 11.0
    assert part_point(GRID, "central") == (1.0, 11.0)


def test_too_few_parts_give_no_point():
    assert part_point(GRID[:2], "north") is None
