"""The language check: English by common words; langdetect names what is not; a short line
by the function words of the languages conflict news quotes most."""

from __future__ import annotations

import pytest
from reading import ENGLISH, FRENCH, GERMAN, RUSSIAN

from eventscribe.readers.language import detect_language, english_share, line_language


def test_english_share_of_news_prose():
    share, words = english_share(ENGLISH)
    assert 0.3 < share < 0.6 and words == len(ENGLISH.split())
    assert english_share(FRENCH)[0] < 0.1
    assert english_share("")[0] == 0.0


def test_detect_language():
    assert detect_language("Title", ENGLISH, 0.2) == "en"
    assert detect_language("", FRENCH, 0.2) == "fr"
    assert detect_language("", GERMAN, 0.2) == "de"
    assert detect_language("", RUSSIAN, 0.2) == "ru"
    chinese = "外交部发言人周六表示两国外长在日内瓦会晤并同意恢复边界问题谈判" * 2
    assert detect_language("", chinese, 0.2) == "zh-cn"


def test_too_short_or_without_letters_is_not_judged():
    assert detect_language("T", "Iran met with Qatar.", 0.2) is None
    assert detect_language("", "12 34 56 78 90 " * 20, 0.2) is None


def test_english_with_few_function_words_goes_to_the_detector_and_passes():
    table = "NET PROFIT 12.5 MLN DLRS VS 10.2 MLN\nREVENUES 1.2 BILLION DLRS VS 1.1 BILLION\n" * 5
    assert english_share(table)[0] < 0.2
    assert detect_language("Company results", table + ENGLISH, 0.2) == "en"


def test_detector_is_deterministic():
    mixed = ENGLISH[:80] + " " + FRENCH
    assert len({detect_language("", mixed, 0.9) for _ in range(5)}) == 1


@pytest.mark.parametrize(
    "line, language",
    [
        ("Deux gendarmes tués dans une embuscade près de la frontière", "fr"),
        ("Tres policías mueren en un ataque contra una comisaría", "es"),
        ("Homem é morto a tiros na frente de casa em Recife", "pt"),
        ("Zwei Soldaten bei einem Anschlag in der Provinz getötet", "de"),
    ],
)
def test_a_short_line_in_another_language_is_named_by_its_function_words(line, language):
    assert line_language(line) == language


@pytest.mark.parametrize(
    "line",
    [
        "Rebels kill 12 villagers in the east",
        "UPDATE 1-Islamic State attacks Iraqi provincial capital",
        "El Fasher shelled as RSF advance on El Geneina",
        "Two killed in Rio de Janeiro shootout",
        "Al-Shabaab fighters attack base in Lower Shabelle",
        "Clashes erupt in La Paz after the vote",
        "Afghan military kills 39 militants",
    ],
)
def test_english_lines_with_foreign_names_are_not_called_foreign(line):
    assert line_language(line) is None


def test_a_line_in_another_script_is_named_by_the_detector():
    assert line_language("Обстрел Донецка: погибли двое мирных жителей") == "ru"
    assert line_language("Сёння ў горадзе") not in (None, "en")
    assert line_language("Ukraine says Russian forces shelled Donetsk") is None


@pytest.mark.parametrize(
    "line, language",
    [
        ("Un caporal et 3 civils tués", "fr"),  # one function word, one word of French letters
        ("Polícia prende suspeito de homicídio em Manaus", "pt"),
    ],
)
def test_words_written_with_a_language_s_own_letters_count_for_it(line, language):
    assert line_language(line) == language


@pytest.mark.parametrize(
    "line, language",
    [
        ("Matan a cuatro personas el domingo en Celaya", "es"),  # "domingo": Spanish, lower case
        ("Dois agricultores mortos no domingo em Tete", "pt"),
    ],
)
def test_day_and_month_names_in_lower_case_count_for_their_language(line, language):
    assert line_language(line) == language
    assert line_language("Rebels kill 12 in Mayo county on Sunday") is None  # English capitalises them


def test_an_english_line_with_a_loanword_stays_english():
    assert line_language("Gunmen attack a café in the old town, killing three") is None
