"""The part of an area a direction names (where/parts.py), on points made up for the test."""

from eventscribe.where.parts import direction_of, measured, moved, part_point

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


def test_a_distance_before_a_direction_is_measured_from_the_name():
    assert measured("a post some 200 kms south of ", "Mosul") == (200.0, "south")
    assert measured("the camp, 12 km (7 miles) ", "east Goma") == (12.0, "east")
    km, direction = measured("a village 10 miles northwest of ", "Herat") or (0.0, "")
    assert round(km, 1) == 16.1 and direction == "northwest"


def test_words_that_measure_no_distance_are_not_read_as_one():
    assert measured("some 3,000 troops in ", "Mosul") is None
    assert measured("within 5 km of ", "Mosul") is None
    assert measured("5 km ", "central Mosul") is None


def test_a_measured_point_lies_that_far_that_way():
    lat, lon = moved((10.0, 20.0), "north", 111.2)
    assert (lat, lon) == (11.0, 20.0)
    lat, lon = moved((0.0, 20.0), "west", 111.2)
    assert (lat, lon) == (0.0, 19.0)
