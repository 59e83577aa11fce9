"""Is an article English? A cheap word count first, a language detector only for the doubtful.

News English is about 40% function words ("the", "of", "said"...); an article where they
are rare is handed to langdetect (seeded, so the verdict is the same on every run), which
names the language for the reject reason.

A single line (a headline, a paragraph) is too short for langdetect, which calls
"UPDATE 1-Islamic State attacks Iraqi provincial capital" Italian: `line_language` counts
the function words of the languages most often quoted in conflict news instead.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# The most frequent English function words and reporting verbs (written for eventscribe).
_ENGLISH = """
a about after against all also an and any are as at be been before being between both but by
can could did do does during each for from had has have he her him his how i if in into is it
its itself may me might more most must my no nor not of on once only or other our out over own
said same says she should since so some such than that the their them then there these they
this those through to too under until up very was we were what when where which while who whom
why will with would you your told according
"""
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 2500
_MIN_WORDS = 8  # fewer words than this (and few letters): too short to judge
_MIN_LETTERS = 40
_DETECTOR_CHARS = 2000
_ENGLISH_FLOOR = 0.2  # langdetect's probability for English at which we still accept


# Function words of the languages a news feed on conflict mixes in most (written for
# eventscribe), none of them an English word; counted in lower case only.
_FOREIGN = {
    "fr": "les une et est sont dans pour par sur avec au aux selon ces cette qui ont été "
          "était dont leur leurs entre après près lors contre être aussi à où",
    "es": "los las una y es son fue fueron con por para su sus como entre tras sobre "
          "hasta desde está están pero muy según durante se en",
    "pt": "os as uma é são foi com em por para seu sua seus como entre após sobre até "
          "desde na nas no nos numa num um pelo pela está estão mas segundo durante",
    "de": "der das und ist sind mit für auf bei nach von zum zur den dem ein eine einer "
          "nicht wurde wurden gegen über",
}
# Particles that also join names in English text ("Rio de Janeiro", "El Fasher", "al-Qaeda"):
# they count for a language only beside another function word of it.
_PARTICLES = {"fr": "de la le du des", "es": "de la el del", "pt": "de da do dos das", "de": ""}
# Letters English does not write, per language: a lower-case word that has one ("tués",
# "homicídios") counts as a word of each language that writes it (names are capitalised;
# a loanword, "café", is outnumbered by the English words around it).
_LETTERS = {"fr": "àâçéèêëîïôûùüÿœ", "es": "áéíóúñü", "pt": "áâãàçéêíóôõú", "de": "äöüß"}
_LETTER_SETS = {code: frozenset(letters) for code, letters in _LETTERS.items()}
_MIN_FOREIGN = 2  # fewer function words than this say nothing of a line's language
_MIN_WITH_PARTICLES = 3


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    return frozenset(_ENGLISH.split())


@lru_cache(maxsize=1)
def foreign_words() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per language code, its function words (with its day and month names, which these
    languages write in lower case and English capitalises: "el domingo", "le 3 juin") and
    its name particles."""
    # imported here: when/ reads normalize, which reads this module
    from eventscribe.when.foreign import MONTHS, WEEKDAYS

    return {
        code: (
            frozenset(words.split()) | _calendar_words(code, WEEKDAYS, MONTHS),
            frozenset(_PARTICLES[code].split()),
        )
        for code, words in _FOREIGN.items()
    }


def _calendar_words(code: str, *tables: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The words of a language's day and month names ("sexta-feira": "sexta", "feira")."""
    return frozenset(w for table in tables for name in table.get(code, ()) for w in _WORD.findall(name))


def line_language(line: str) -> str | None:
    """The language of one short line when it is clearly not English, else None (English,
    or too little to tell). A line mostly in another script than the Latin is named by
    langdetect, which tells scripts apart well ("Обзор ситуации" -> "ru"); a Latin one by
    the language with most lower-case function words (or words written with its own
    letters), when they outnumber the English ones and are two ("tués dans une
    embuscade" -> "fr"), or three with name particles ("les cris de la foule")."""
    words = _WORD.findall(line)
    if _mostly_other_script(words):
        return _detect(line) or "und"
    lower = [word for word in words if word.islower()]
    accented = [word for word in lower if not word.isascii()]  # most lines have none
    common = english_words()
    english = sum(1 for word in words if word.lower() in common)
    best, best_count = None, 0
    for code, (function, particles) in foreign_words().items():
        own = sum(1 for word in lower if word in function) + sum(
            1 for word in accented if word not in function and _written_in(word, code)
        )
        count = own + sum(1 for word in lower if word in particles)
        if (own >= _MIN_FOREIGN or count >= _MIN_WITH_PARTICLES) and count > max(english, best_count):
            best, best_count = code, count
    return best


def _written_in(word: str, code: str) -> bool:
    return not _LETTER_SETS[code].isdisjoint(word)


def english_share(text: str) -> tuple[float, int]:
    """The share of common English words among the first words of `text`, and their count."""
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    if not words:
        return 0.0, 0
    common = english_words()
    return sum(1 for word in words if word in common) / len(words), len(words)


def detect_language(title: str, body: str, min_english_share: float) -> str | None:
    """'en', another language code (langdetect's: 'fr', 'zh-cn'...), or None if too short."""
    sample = f"{title}\n{body[:_SAMPLE_CHARS]}"
    share, words = english_share(sample)
    if share >= min_english_share and words >= _MIN_WORDS:
        return "en"
    letters = sum(1 for ch in sample[:_SAMPLE_CHARS] if ch.isalpha())
    if words < _MIN_WORDS and letters < _MIN_LETTERS:
        return None
    return _detect(sample[:_DETECTOR_CHARS])


def _mostly_other_script(words: list[str]) -> bool:
    letters = [ch for word in words for ch in word]
    latin = sum(1 for ch in letters if ch < "\u0250")  # Basic Latin to Latin Extended-B
    return bool(letters) and latin * 2 < len(letters)


def _detect(text: str) -> str | None:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:  # no letters it knows: nothing to say
        return None
    if not ranked:
        return None
    if any(found.lang == "en" and found.prob >= _ENGLISH_FLOOR for found in ranked):
        return "en"
    return ranked[0].lang


@lru_cache(maxsize=1)
def _factory() -> Any:
    """langdetect's profiles, loaded once per process, with a fixed seed."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0
    return factory
