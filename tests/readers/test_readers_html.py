"""The HTML reader: trafilatura's main text, title and date; the page's date wins."""

from __future__ import annotations

import datetime as dt

from reading import ENGLISH, read_one, write

from eventscribe.article import Article

PARAGRAPH_2 = (
    "Officials from both sides said a first round would be held in Vienna next month, with "
    "observers from the United Nations attending at the request of both governments."
)


def page(head: str = "", extra: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Ministers meet in Geneva | News</title>{head}</head>"
        "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Ministers meet in Geneva</h1><p>{ENGLISH}</p><p>{PARAGRAPH_2}</p>{extra}"
        "</article><footer>Copyright 2023 Example News. All rights reserved.</footer></body></html>"
    )


def test_main_text_title_and_date(tmp_path):
    meta = '<meta property="article:published_time" content="2023-10-15T10:00:00Z">'
    article = read_one(write(tmp_path, "p.html", page(meta)))
    assert isinstance(article, Article)
    assert article.published == dt.date(2023, 10, 15)
    assert article.title.startswith("Ministers meet in Geneva")
    assert ENGLISH in article.body and PARAGRAPH_2 in article.body
    assert "Copyright" not in article.body and "Home" not in article.body
    assert (article.id, article.origin) == ("p", str(tmp_path / "p.html"))


def test_page_date_wins_over_default_date(tmp_path):
    meta = '<meta name="date" content="2021-03-04">'
    path = write(tmp_path, "p.htm", page(meta))
    assert read_one(path, default_date=dt.date(2000, 1, 1)).published == dt.date(2021, 3, 4)


def test_default_date_for_a_page_without_one(tmp_path):
    article = read_one(write(tmp_path, "p.html", page()), default_date=dt.date(2000, 1, 1))
    assert article.published == dt.date(2000, 1, 1)
    assert read_one(write(tmp_path, "q.html", page())).reason == (
        "no date found in the page (use --date)"
    )


def test_sniffed_html_without_extension(tmp_path):
    path = write(tmp_path, "page", page())
    assert read_one(path, default_date=dt.date(2000, 1, 1)).title.startswith("Ministers")
