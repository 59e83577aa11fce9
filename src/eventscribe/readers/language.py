"""Is an article English? A cheap word count first, a language detector only for the doubtful.

News English is about 40% function words ("the", "of", "said"...); an article where they
are rare is handed to langdetect (seeded, so the verdict is the same on every run), which
names the language for the reject reason.
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


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    return frozenset(_ENGLISH.split())


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
