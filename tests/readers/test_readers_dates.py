"""Publication dates outside the accepted range (1900 to a year after today by default,
settings min_date/max_date) are rejected by every reader, whatever gave the date."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from reading import ENGLISH, read_all, read_one, reasons, write

from eventscribe.article import Article
from eventscribe.errors import EventscribeError
from eventscribe.ingest import read_options
from eventscribe.settings import Settings, one_year_after

OUT = "outside 1900-01-01 to {last} (set min_date/max_date in the settings)"


def _last() -> dt.date:
    return one_year_after(dt.date.today())


def _record(day: str) -> str:
    return json.dumps({"date": day, "title": "T", "text": ENGLISH})


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31"])
def test_jsonl_dates_out_of_range_are_rejected_line_by_line(tmp_path, day):
    path = write(tmp_path, "f.jsonl", "\n".join([_record("2023-10-15"), _record(day)]) + "\n")
    items = read_all([path])
    assert isinstance(items[0], Article)
    assert reasons(items) == [f"{path}:2: publication date {day} " + OUT.format(last=_last())]


def test_the_range_ends_are_accepted(tmp_path):
    ends = ["1900-01-01", _last().isoformat()]
    path = write(tmp_path, "f.jsonl", "\n".join(_record(day) for day in ends) + "\n")
    assert [item.published.isoformat() for item in read_all([path])] == ends


def test_text_date_line_out_of_range(tmp_path):
    item = read_one(write(tmp_path, "a.txt", f"date 0001-01-01 Title\n{ENGLISH}"))
    assert item.reason.startswith("publication date 0001-01-01 outside 1900-01-01")


@pytest.mark.parametrize("name, content", [
    ("p.html", f"<html><body><article><p>{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>"),
    ("a.txt", f"Title\n{ENGLISH}"),
    ("f.jsonl", json.dumps({"text": ENGLISH}) + "\n"),
])  # fmt: skip
def test_a_default_date_out_of_range_is_checked_too(tmp_path, name, content):
    item = read_one(write(tmp_path, name, content), default_date=dt.date(9999, 12, 31))
    assert item.reason.startswith("publication date 9999-12-31 outside 1900-01-01")


def test_the_range_is_configurable(tmp_path):
    options = read_options(Settings(min_date="1800-01-01", max_date="2000-12-31"))
    assert options.dates == (dt.date(1800, 1, 1), dt.date(2000, 12, 31))
    path = write(tmp_path, "f.jsonl", _record("1850-06-01") + "\n" + _record("2001-01-01") + "\n")
    items = read_all([path], dates=options.dates)
    assert items[0].published == dt.date(1850, 6, 1)
    assert "publication date 2001-01-01 outside 1800-01-01 to 2000-12-31" in items[1].reason


@pytest.mark.parametrize("date, message", [
    ("2017-13-45", "--date '2017-13-45': not a date (expected YYYY-MM-DD)"),
    ("0001-01-01", "--date 0001-01-01: outside the accepted publication dates 1900-01-01 to"),
])  # fmt: skip
def test_bad_default_date_is_an_error(date, message):
    with pytest.raises(
        EventscribeError, match=f"^{message}".replace("(", r"\(").replace(")", r"\)")
    ):
        read_options(Settings(default_date=date))


def test_bad_range_settings_are_errors():
    with pytest.raises(EventscribeError, match="min_date 'soon': not a date"):
        read_options(Settings(min_date="soon"))
    with pytest.raises(EventscribeError, match="min_date 2001-01-01 is after max_date 2000-01-01"):
        read_options(Settings(min_date="2001-01-01", max_date="2000-01-01"))


def test_settings_file_dates(tmp_path):
    config = tmp_path / "s.toml"
    config.write_text("min_date = 1950-01-01\nmax_date = '2030-01-01'\n")
    assert Settings.from_file(config).publication_range() == (
        dt.date(1950, 1, 1), dt.date(2030, 1, 1))  # fmt: skip


def test_one_year_after_a_leap_day():
    assert one_year_after(dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)
