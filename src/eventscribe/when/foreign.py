"""Dates in a line of another language: "hier", "samedi dernier", "la nuit du 18 au 19/06",
"el 12 de junio", "na madrugada de ontem".

The English grammar and parse read nothing of a French, Spanish or Portuguese line (typed
"foreign" by normalize), so such a line is read here, for the events told in it, with the
small closed word classes of each language (as `lexicon.py` holds English's). The forms,
in the order tried:
1. a day and month in figures, day first as these languages write them: "01/07",
   "19/06/2022", a night or a stretch "du 18 au 19/06" (the range of the two days);
2. a day and a month's name: "12 juin", "1er juillet 2021", "12 de junio de 2021";
3. a weekday: "samedi", "el sábado", "no domingo"; strict with "dernier", "pasado",
   "passado" (a week back when it is publication's own weekday);
4. a day word: "hier", "ayer", "ontem", "anoche", "avant-hier", "aujourd'hui".
A date with no year is the nearest such day not after publication: the lines told are of
acts done.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from eventscribe.normalize import fold
from eventscribe.when import timex as tx
from eventscribe.when.arithmetic import PAST, nearest_year, weekday_near
from eventscribe.when.lexicon import alternation
from eventscribe.when.timex import Timex

# Monday first, as `datetime.weekday()` counts.
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"),
}  # fmt: skip
MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
}  # fmt: skip
# Days from publication.
DAY_WORDS = {
    "fr": {"hier": -1, "avant-hier": -2, "aujourd'hui": 0},
    "es": {"ayer": -1, "anteayer": -2, "anoche": -1, "hoy": 0},
    "pt": {"ontem": -1, "anteontem": -2, "hoje": 0},
}
LAST = {"fr": "dernier", "es": "pasado", "pt": "passado"}  # "samedi dernier"
_NUMERIC = re.compile(
    r"\b(?:(?P<first>\d{1,2})\s*(?:au|et|al|a|e|-)\s*)?(?P<day>\d{1,2})/(?P<month>\d{1,2})"
    r"(?:/(?P<year>\d{4}|\d{2}))?\b"
)


def _words(forms: Iterable[str]) -> str:
    """An alternation of the forms with and without their accents."""
    return alternation({variant for form in forms for variant in (form, fold(form))})


@lru_cache(maxsize=8)
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    month_day = (
        rf"\b(?P<day>\d{{1,2}})(?:er|º|°)?\s+(?:de\s+)?(?P<month>{_words(MONTHS[language])})\b"
        r"(?:\s+(?:de\s+)?(?P<year>\d{4})\b)?"
    )
    weekday = rf"\b(?P<weekday>{_words(WEEKDAYS[language])})\b(?:\s+(?P<last>{LAST[language]})\b)?"
    day_word = rf"(?<![\w-])(?P<word>{_words(DAY_WORDS[language])})(?![\w-])"
    return (_NUMERIC, *(re.compile(form, re.IGNORECASE) for form in (month_day, weekday, day_word)))


def foreign_date(text: str, language: str, dct: dt.date, offset: int = 0) -> Timex | None:
    """The first date the line names, in the order of the module's forms, placed at
    `offset` in the article's text; None if it names none, or none not after publication."""
    if language not in MONTHS:
        return None
    readers: tuple[Callable[[re.Match[str], str, dt.date], Timex | None], ...] = (
        _numeric, _month_day, _weekday, _day_word
    )  # fmt: skip
    for pattern, reader in zip(_patterns(language), readers, strict=True):
        for match in pattern.finditer(text):
            found = reader(match, language, dct)
            if found is not None and found.date is not None and found.date <= dct:
                start, end = offset + match.start(), offset + match.end()
                return dataclasses.replace(found, start=start, end=end, text=match.group())
    return None


def _numeric(match: re.Match[str], language: str, dct: dt.date) -> Timex | None:
    day, month = int(match["day"]), int(match["month"])
    first = int(match["first"]) if match["first"] else day
    year = _year(match["year"]) if match["year"] else nearest_year(dct, month, day, PAST)
    if year is None or not 1 <= first <= day:
        return None
    try:
        end = dt.date(year, month, day)
        start = end.replace(day=first)
    except ValueError:  # 31/02, 13/13: no day
        return None
    if start == end:
        return tx.day(end)
    return Timex(0, 0, "", "DATE", f"{start.isoformat()}/{end.isoformat()}", start, end, "range")


def _month_day(match: re.Match[str], language: str, dct: dt.date) -> Timex | None:
    names = [fold(name) for name in MONTHS[language]]
    month, day = names.index(fold(match["month"])) + 1, int(match["day"])
    year = int(match["year"]) if match["year"] else nearest_year(dct, month, day, PAST)
    try:
        return tx.day(dt.date(year, month, day)) if year else None
    except ValueError:
        return None


def _weekday(match: re.Match[str], language: str, dct: dt.date) -> Timex | None:
    names = [fold(name) for name in WEEKDAYS[language]]
    weekday = names.index(fold(match["weekday"]))
    return tx.day(weekday_near(dct, weekday, PAST, strict=bool(match["last"])))


def _day_word(match: re.Match[str], language: str, dct: dt.date) -> Timex | None:
    days = {fold(word): shift for word, shift in DAY_WORDS[language].items()}
    return tx.day(dct + dt.timedelta(days=days[fold(match["word"])]))


def _year(written: str) -> int:
    return int(written) if len(written) == 4 else 2000 + int(written)
