"""Words of English time expressions and the regular-expression pieces built from them.

Small closed word classes (weekdays, months, number words, units), so they live here as
code rather than as data files. Names of months and weekdays are matched case-sensitively
(Title or UPPER case): "may", "march" and "sun" are ordinary words in lower case.
"""

from __future__ import annotations

from collections.abc import Iterable

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "couple of": 2, "a couple of": 2,
}  # fmt: skip
# Day numbers in words, as the 1987 Reuters wire writes them: "on March eight".
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
DAY_WORDS = {
    **{word: n for n, word in enumerate(_ONES, 1)},
    **{w: n for w, n in NUMBER_WORDS.items() if 10 <= n <= 19},
    **{f"{tens}-{one}": base + n for tens, base in (("twenty", 20), ("thirty", 30))
       for n, one in enumerate(_ONES, 1) if base + n <= 31},
    "twenty": 20, "thirty": 30,
}  # fmt: skip
# Day numbers as ordinals, as broadcast transcripts say them: "on March twelfth", "the
# first of May".
_ORDINAL_ONES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth")  # fmt: skip
ORDINAL_DAY_WORDS = {
    **{word: n for n, word in enumerate(_ORDINAL_ONES, 1)},
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
    **{f"twenty-{one}": 20 + n for n, one in enumerate(_ORDINAL_ONES, 1)},
}  # fmt: skip
# Years said in words, as broadcast transcripts write them: "nineteen ninety-seven",
# "nineteen oh-five", "two thousand": the hundreds, then the rest of the year.
YEAR_HUNDREDS = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Unspecified amounts: TimeML writes X ("PXD"); the number is only the guess used to
# place the start of a range ("the past few days").
VAGUE_NUMBERS = {"few": 3, "a few": 3, "several": 5, "many": 10, "some": 3}

# Unit -> (TimeML duration letter(s), whether it is a time-of-day unit written after "T").
UNITS = {
    "minute": ("M", True), "hour": ("H", True), "day": ("D", False), "week": ("W", False),
    "month": ("M", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False),
}  # fmt: skip

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

# Decades named in words ("the sixties"): the tens digit of the year.
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip

# Season -> (TimeML code, first month); a season lasts three months.
SEASONS = {
    "spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9),
    "winter": ("WI", 12),
}  # fmt: skip

# Modifiers kept inside a timex, with their TimeML `mod`.
QUANTITY_MODS = {
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "just": None, "only": None, "barely": None,
}  # fmt: skip
PART_MODS = {
    "early": "START", "the beginning of": "START", "the start of": "START",
    "mid": "MID", "the middle of": "MID", "late": "END", "the end of": "END",
}  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """Longest first, so "sept" is tried before "sep"; spaces match any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(w.replace(" ", r"\s+") for w in ordered)


def _cased(words: Iterable[str]) -> str:
    """Title and UPPER case of each word, matched case-sensitively inside (?i) patterns."""
    forms = {form for w in words for form in (w.title(), w.upper())}
    return "(?-i:" + alternation(forms) + ")"


def _abbreviation_dot(months: dict[str, int]) -> str:
    full = [m for m in months if len(m) > 4 or m in ("june", "july", "may")]
    short = [m for m in months if m not in full]
    return rf"(?:{_cased(full)}\b|{_cased(short)}(?:\.|\b))"


WEEKDAY = _cased(WEEKDAYS)
MONTH = _abbreviation_dot(MONTHS)
UNIT = alternation(UNITS)
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})*|(?:" + alternation(NUMBER_WORDS) + r")(?:-(?:"
    + alternation(w for w in NUMBER_WORDS if " " not in w and len(w) > 2) + "))?)"
)  # fmt: skip
VAGUE = alternation(VAGUE_NUMBERS)
DAY_WORD = alternation([*DAY_WORDS, *ORDINAL_DAY_WORDS])
ORDINAL_DAY_WORD = alternation(ORDINAL_DAY_WORDS)
QUANTITY_MOD = alternation(QUANTITY_MODS)
PART_OF_DAY = alternation(PARTS_OF_DAY)
SEASON = alternation(SEASONS)
DECADE_WORD = alternation(DECADE_WORDS)
# The last two figures of a year in words: "ninety-seven", "eighty", "twelve", "oh-five".
YEAR_REST = (
    rf"(?:(?:{alternation(_TENS)})(?:[-\s](?:{alternation(_ONES)}))?"
    rf"|{alternation(w for w, n in NUMBER_WORDS.items() if 10 <= n <= 19)}"
    rf"|oh[-\s](?:{alternation(_ONES)}))"
)
YEAR_HUNDRED = alternation(YEAR_HUNDREDS)
