"""Dates in French, Spanish and Portuguese lines: sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.settings import Settings
from eventscribe.when import TimeStage
from eventscribe.when.foreign import foreign_date

D = dt.date.fromisoformat
PUBLISHED = D("2024-03-13")  # a Wednesday


@pytest.mark.parametrize(
    ("language", "text", "first", "last"),
    [
        ("fr", "Deux gendarmes tués hier près de Kaya", "2024-03-12", None),
        ("fr", "Attaque d'un convoi samedi dernier dans le Soum", "2024-03-09", None),
        ("fr", "La nuit du 10 au 11/03, des hommes armés ont attaqué", "2024-03-10", "2024-03-11"),
        ("fr", "Embuscade le 1er mars contre une patrouille", "2024-03-01", None),
        ("fr", "Le mercredi, une attaque contre le marché", "2024-03-13", None),
        ("es", "Matan a tres personas el sabado en un bar", "2024-03-09", None),
        ("es", "Asesinan a un periodista el 28 de febrero de 2024", "2024-02-28", None),
        ("es", "Emboscada anoche contra una patrulla", "2024-03-12", None),
        ("pt", "Homem é morto a tiros na madrugada de ontem", "2024-03-12", None),
        ("pt", "Chacina na sexta-feira deixa cinco mortos", "2024-03-08", None),
        ("pt", "Dois mortos em tiroteio em 05/03/2024", "2024-03-05", None),
    ],
)
def test_a_foreign_line_names_its_day_in_its_own_words(language, text, first, last):
    found = foreign_date(text, language, PUBLISHED)
    assert found is not None and found.date == D(first)
    assert found.date_end == (D(last) if last else None)
    assert found.text in text


def test_no_date_no_future_and_no_impossible_day():
    assert foreign_date("Trois civils tués dans le nord du pays", "fr", PUBLISHED) is None
    assert foreign_date("El ataque del 20/03/2024 dejó dos muertos", "es", PUBLISHED) is None
    assert foreign_date("Morts le 31/02 dans une attaque", "fr", PUBLISHED) is None
    assert foreign_date("Deux morts hier", "de", PUBLISHED) is None  # no words of German


def test_the_time_stage_dates_a_foreign_line_by_its_own_words(make_article, add_event):
    lines = ["Militants attacked a convoy on Monday", "Douze soldats tués hier dans une embuscade"]
    article = make_article(lines, "2024-03-13", kinds=["title", "foreign"])
    english, foreign = add_event(article, "attacked"), add_event(article, "tués")
    foreign.cameo = english.cameo = "190"
    TimeStage(Settings())(article)
    assert english.event_date == D("2024-03-11")
    assert foreign.event_date == D("2024-03-12") and foreign.date_expression == "hier"
