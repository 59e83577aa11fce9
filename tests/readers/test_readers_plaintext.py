"""The plain-text reader: `date YYYY-MM-DD <title>`, bullets, body; and --date without it."""

from __future__ import annotations

import datetime as dt

from reading import ENGLISH, read_all, read_one, write

from eventscribe.article import Article
from eventscribe.readers import Reject
from repo_paths import EXAMPLE


def test_example_article(tmp_path):
    article = read_one(EXAMPLE)
    assert isinstance(article, Article)
    assert article.id == "000_f7bc11b55398ec7d"
    assert article.published == dt.date(2023, 10, 15)
    assert article.title.startswith("Hamas, Iran leaders to boost cooperation after")
    assert article.body.startswith("- Iran warns of")  # bullets kept as written
    assert "Israel prepares \u2018next stage\u2019 air" in article.body
    assert article.origin == str(EXAMPLE)
    assert article.language == "en"


def test_leading_whitespace_bom_and_crlf(tmp_path):
    path = write(
        tmp_path, "a.txt", "\ufeff  \r\n date 2020-01-02  Title here \r\nBody line. " + ENGLISH
    )
    article = read_one(path)
    assert (article.published, article.title) == (dt.date(2020, 1, 2), "Title here")
    assert article.body.startswith("Body line.")


def test_iso_datetime_on_the_date_line(tmp_path):
    article = read_one(write(tmp_path, "a.txt", f"date 2020-01-02T23:30:00Z Title\n{ENGLISH}"))
    assert article.published == dt.date(2020, 1, 2)


def test_date_line_without_title_and_title_without_body(tmp_path):
    assert read_one(write(tmp_path, "a.txt", f"date 2020-01-02\n{ENGLISH}")).title == ""
    only_title = read_one(
        write(tmp_path, "b.txt", "date 2020-01-02 Iran and Iraq agree to a ceasefire")
    )
    assert only_title.title == "Iran and Iraq agree to a ceasefire" and only_title.body == ""


def test_no_date_line_is_rejected_with_a_hint(tmp_path):
    item = read_one(write(tmp_path, "nodate.txt", f"A title\n{ENGLISH}"))
    assert isinstance(item, Reject)
    assert item.message().endswith(
        "nodate.txt: no date: first line is not `date YYYY-MM-DD <title>` (use --date)"
    )


def test_default_date_and_a_first_line_that_looks_like_a_title(tmp_path):
    day = dt.date(2021, 5, 6)
    article = read_one(
        write(tmp_path, "t.txt", f"Ministers meet in Geneva\n{ENGLISH}"), default_date=day
    )
    assert (article.published, article.title) == (day, "Ministers meet in Geneva")
    assert article.body == ENGLISH


def test_default_date_and_a_first_line_that_is_prose(tmp_path):
    day = dt.date(2021, 5, 6)
    article = read_one(write(tmp_path, "t.txt", f"{ENGLISH}\nMore text."), default_date=day)
    assert article.title == "" and article.body.startswith("The foreign ministers")
    lower = read_one(write(tmp_path, "u.txt", f"ministers meet\n{ENGLISH}"), default_date=day)
    assert lower.title == ""


def test_date_line_wins_over_default_date(tmp_path):
    path = write(tmp_path, "a.txt", f"date 2020-01-02 Title\n{ENGLISH}")
    assert read_one(path, default_date=dt.date(1999, 1, 1)).published == dt.date(2020, 1, 2)


def test_unparseable_date(tmp_path):
    item = read_one(write(tmp_path, "bad.txt", f"date 2020-13-45 Title\n{ENGLISH}"))
    assert item.reason == "unparseable date '2020-13-45' (expected YYYY-MM-DD or an ISO date-time)"


def test_prose_starting_with_date_is_not_a_broken_date_line(tmp_path):
    path = write(tmp_path, "palms.txt", f"Date palms thrive in the desert\n{ENGLISH}")
    assert read_one(path).reason.startswith("no date: first line")
    assert read_one(path, default_date=dt.date(2020, 1, 1)).title.startswith("Date palms")


def test_reuters_txt_folders(shared):
    for name, year in (("reuters-2017-txt", 2017), ("reuters-1987-txt", 1987)):
        items = read_all([shared / "corpus" / name])
        assert len(items) == 40
        assert all(isinstance(item, Article) and item.published.year == year for item in items)
        assert all(item.id.startswith(f"reuters{year}-") and item.title for item in items)
