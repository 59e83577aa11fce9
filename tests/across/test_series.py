"""Series on the synthetic database: exact counts and Goldstein sums, filters, periods."""

from __future__ import annotations

import pytest

from eventscribe.across.series import series
from eventscribe.errors import EventscribeError

from .synthetic import ISR_PSE, WEEKS


def test_weekly_counts_of_a_directed_dyad(synthetic):
    found = series(synthetic, by="week", source="ISR", target="PSE")
    assert [row["events"] for row in found] == ISR_PSE
    assert [row["goldstein"] for row in found] == [-10.0 * n for n in ISR_PSE]
    assert found[0]["period"] == "2024-01-01" and found[-1]["period"] == "2024-03-18"


def test_the_other_direction_is_another_series(synthetic):
    found = series(synthetic, by="week", source="PSE", target="ISR")
    assert [row["events"] for row in found] == [1] * WEEKS
    assert {row["goldstein"] for row in found} == {-9.0}


def test_by_day_lists_empty_days_with_zeros(synthetic):
    found = series(synthetic, by="day", source="country:ISR", target="Palestine",
                   start="2024-02-26", end="2024-03-03")  # fmt: skip
    assert [(row["period"], row["events"]) for row in found] == [
        ("2024-02-26", 5), ("2024-02-27", 0), ("2024-02-28", 4), ("2024-02-29", 0),
        ("2024-03-01", 0), ("2024-03-02", 0), ("2024-03-03", 0),
    ]  # fmt: skip


def test_by_month(synthetic):
    found = series(synthetic, by="month", country="USA")
    # Thursdays: 4 in January (4, 11, 18, 25), 5 in February (1 ... 29), 3 in March (7, 14, 21)
    assert [(row["period"], row["events"]) for row in found] == [
        ("2024-01-01", 8), ("2024-02-01", 10), ("2024-03-01", 6),
    ]  # fmt: skip
    assert [row["goldstein"] for row in found] == [8.0, 10.0, 6.0]


def test_quad_class_root_and_actor_filters(synthetic):
    total = sum(ISR_PSE) + WEEKS
    assert sum(r["events"] for r in series(synthetic, by="month", quad_class=4)) == total
    assert sum(r["events"] for r in series(synthetic, by="month", root="18")) == WEEKS
    assert sum(r["events"] for r in series(synthetic, by="month", actor="Russia")) == 2 * WEEKS


def test_cluster_level_counts_one_a_week_per_dyad(synthetic):
    found = series(synthetic, by="week", source="ISR", target="PSE", level="clusters")
    assert [row["events"] for row in found] == [1] * WEEKS
    assert sum(r["events"] for r in series(synthetic, by="week", level="clusters")) == 3 * WEEKS


def test_nothing_found_is_an_empty_series(synthetic):
    assert series(synthetic, source="USA", target="PSE") == []


@pytest.mark.parametrize(("options", "message"), [
    ({"by": "year"}, "by 'year'"), ({"level": "x"}, "level 'x'"), ({"start": "soon"}, "start date"),
])  # fmt: skip
def test_bad_options_are_refused(synthetic, options, message):
    with pytest.raises(EventscribeError, match=message):
        series(synthetic, **options)
