"""Where time expressions are in a text: one regular expression per kind of expression.

`find_mentions` returns spans tagged with the rule that matched and its named groups;
`resolve.py` turns a mention into a value. Every rule scans the text; where matches
overlap, the longest wins, then the rule listed first ("last week" is a calendar week,
"the last week" the seven days before publication).

Extents follow TimeML: signal words ("on", "in", "since") stay outside a timex; "ago",
quantity modifiers ("almost five years") and part-of-period words ("late last year")
are inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventscribe.when.holidays import holiday_anchor, holiday_pattern
from eventscribe.when.lexicon import (
    DAY_WORD,
    DECADE_WORD,
    MONTH,
    NUMBER,
    ORDINAL_DAY_WORD,
    PART_OF_DAY,
    QUANTITY_MOD,
    SEASON,
    UNIT,
    VAGUE,
    WEEKDAY,
    YEAR_HUNDRED,
    YEAR_REST,
)

YEAR = r"(?:1[89]|20)\d\d"
QUARTER_ORDINAL = r"first|second|third|fourth|final|1st|2nd|3rd|4th"
QUANTITY = rf"(?:{NUMBER}|{VAGUE})"
PART = r"early|mid|late|the\s+(?:beginning|start|middle|end)\s+of"
WEEKDAY_PREFIX = rf"(?:(?P<weekday>{WEEKDAY}),?\s+)?"
DAY_NUMBER = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# "March eight", "March twelfth", but not "in May one of them", "June twenty-five-year"
# nor "in March first lady Hillary Clinton".
NOT_AFTER_ORDINAL = (
    r"lady|ladies|time|round|quarter|half|place|class|step|phase|stage|degree|hand|person|party|parties|"
    r"term|reading|anniversary|deputy|secretary|vice|minister|son|daughter|wife|husband"
)
DAY_IN_WORDS = rf"(?P<day_word>{DAY_WORD})\b(?!\s+of\b|-)(?!\s+(?:{NOT_AFTER_ORDINAL})\b)"

# What a pair of years written in full must be to be one season ("the 2011-2012 season"):
# alone, "1990-1991" is two years.
SPAN_KIND = r"\s+(?:season|(?:fiscal|financial|school|crop|marketing|academic)\s+year)\b"
# A year written with its last two figures: "'87", "summer '97" (not "'80s", "'98 pct").
SHORT_YEAR = r"['\u2019](?P<short_year>\d\d)\b(?!['\u2019]?s\b|%|\s*(?:pct|percent|per\b))"
# Before a year: not the end of a stretch of years ("1990-95", "the 1990 to 1995 period").
NOT_A_RANGE_END = r"(?<![-/\u2013])(?<!\bto\s)(?<!\band\s)(?<!\bthrough\s)"

# (name, pattern); the order breaks ties between matches of equal length.
RULES: tuple[tuple[str, str], ...] = (
    ("iso", r"\b(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("clock", r"\b(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?m\b\.?|"
              r"\b(?P<named>noon|midday|midnight)\b"),
    ("quarter", rf"\b(?:the\s+)?(?:(?:(?P<year_before>{YEAR})|(?P<rel_before>last|this|next)\s+"
                rf"year)(?:['\u2019]s)?\s+)?"
                rf"(?P<ordinal>first|second|third|fourth|final|1st|2nd|3rd|4th)"
                rf"[-\s]+quarter(?:\s+(?:of\s+(?:(?P<year>{YEAR})|(?P<rel>last|this|next)\s+year)|"
                rf"(?P<year_after>{YEAR})))?\b|"
                r"\bQ(?P<q>[1-4])\b"),
    ("iso_quarter", rf"\b(?P<year>{YEAR})-Q(?P<q>[1-4])\b"),
    # "fiscal 1989's fourth quarter", "the fiscal 1989 fourth quarter", "the first half of
    # fiscal '90": FY1989-Q4, FY1990-H1
    ("fiscal_quarter", rf"\b(?:the\s+)?(?:fiscal\s+(?:year\s+)?(?:(?P<year>{YEAR})|['\u2019](?P<short>\d\d))"
                       rf"(?:['\u2019]s)?\s+(?P<ordinal>{QUARTER_ORDINAL})[-\s]+(?P<unit>quarter|half)|"
                       rf"(?P<ordinal2>{QUARTER_ORDINAL})[-\s]+(?P<unit2>quarter|half)\s+of\s+fiscal\s+"
                       rf"(?:year\s+)?(?:(?P<year2>{YEAR})|['\u2019](?P<short2>\d\d)))\b"),
    ("quarters_ago", rf"\b(?P<num>{NUMBER})\s+quarters?\s+(?:ago|earlier)\b"),
    # "the September quarter", "the Sept. 30 quarter": the quarter that month ends or holds.
    ("month_quarter", rf"\b(?:the\s+)?(?P<month>{MONTH})(?:\s*[0-3]?\d(?!\d))?(?:,?\s+(?P<year>{YEAR}))?"
                      r"[-\s]+quarter\b"),
    # "1987/88", "the 1996-97 season", "fiscal 1990-91": a year running into the next.
    ("year_span", rf"\b(?:the\s+)?(?:(?P<fiscal>fiscal)\s+(?:year\s+)?)?(?P<year>{YEAR})[-/\u2013]"
                  rf"(?:(?P<next>\d\d)|(?P<next4>{YEAR})(?={SPAN_KIND}))(?![\d/-])(?:\s+(?P<kind>(?P<fiscal2>fiscal|financial)\s+year|"
                  r"season|(?:school|crop|marketing|academic)\s+year))?\b"),
    # A period compared with the one reported ("the year-earlier period", "the same period
    # last year", "the comparable 1988 period"): in earnings news, a quarter. It points
    # back at the period the text set (`ANAPHORIC_RULES`): a tagged span only.
    ("period_compared", rf"\b(?:(?:the|a)\s+)?(?:comparable\s+)?year[-\s](?:ago|earlier)\s+period\b|"
                        r"\bthe\s+(?:same|comparable)\s+period\s+(?:a\s+year\s+(?:earlier|ago|before)|"
                        r"last\s+year|of\s+the\s+previous\s+year)\b|\bthe\s+comparable\s+period\b|"
                        rf"\b(?:the\s+)?(?:comparable\s+|same\s+)?(?:(?P<ordinal>{QUARTER_ORDINAL})\s+)?"
                        rf"{NOT_A_RANGE_END}(?P<year>{YEAR})\s+period\b"),
    ("year_ago_period", rf"\b(?:the\s+|a\s+(?=year-))?year[-\s](?:ago|earlier)(?:\s+(?:(?P<ordinal>"
                        rf"{QUARTER_ORDINAL})[-\s]+)?(?P<unit>quarter|period|month|week|year))?\b|"
                        # "the third quarter a year earlier", "the same quarter last year"
                        rf"\b(?:the\s+)?(?:(?P<ordinal2>{QUARTER_ORDINAL})|same)[-\s]+(?P<unit2>"
                        r"quarter)\s+(?:a\s+year\s+(?:earlier|ago|before)|of\s+the\s+previous\s+year|"
                        r"last\s+year)\b"),
    # "the 1988 quarter", "the fourth 1986 quarter"; not the end of a stretch ("the 1990
    # to 1995 quarter")
    ("year_quarter", rf"\b(?:the\s+)?(?:comparable\s+|same\s+)?(?:(?P<ordinal>{QUARTER_ORDINAL})\s+)?"
                     rf"{NOT_A_RANGE_END}(?P<year>{YEAR})\s+(?:fiscal\s+)?quarter\b"),
    ("ended_period", rf"\b(?:the\s+)?(?P<unit>week|month|quarter|(?:fiscal\s+)?year)\s+"
                     rf"(?:ended|ending)\s+(?:(?P<month>{MONTH})\s*(?P<day>[0-3]?\d)(?!\d)"
                     rf"(?:,?\s*(?P<year>{YEAR})\b)?|(?P<weekday>{WEEKDAY})\b)"),
    ("year_end", rf"\b(?:the\s+)?(?:(?P<year>{YEAR})\s+)?year[-\s]end\b|\b(?P<midyear>mid-?year)\b"),
    ("fiscal", rf"\bfiscal(?:\s+year)?[-\s]+(?:(?P<year>{YEAR})|['\u2019](?P<short>\d\d))\b|"
               # "FY1990", "FY 90"
               rf"\b(?-i:FY)[-\s]?(?:(?P<year3>{YEAR})|['\u2019]?(?P<short3>\d\d))\b|"
               rf"\b(?:the\s+)?(?:(?P<year2>{YEAR})|(?P<rel>current|last|previous|prior|next|"
               r"coming|this|past))\s+fiscal\s+year\b|\bthe\s+fiscal\s+year\b(?!\s+\d)"),
    ("half", rf"\b(?:the\s+)?(?:(?P<rel_before>last|this|next)\s+year['\u2019]s\s+)?"
             rf"(?P<ordinal>first|second|latter)[-\s]+half(?:\s+of\s+(?:(?P<year>{YEAR})"
             rf"|(?P<rel>this|last|next)\s+year|(?P<month_rel>this|last|next)\s+month|"
             rf"(?P<month>{MONTH})))?\b(?!-)"),
    ("relative_quarter", r"\b(?:the\s+)?(?P<rel>current|latest|last|previous|past|next|coming|"
                         r"this|preceding|prior)\s+quarter\b"),
    ("day_around", r"\bthe\s+(?:(?P<before>previous|prior|preceding)\s+day|day\s+(?P<before2>"
                   r"before|earlier)|(?:following|next)\s+day|day\s+after)\b(?!\s+(?:yesterday|"
                   r"tomorrow|the|a|an|his|her|its|their|(?-i:[A-Z])))"
                   # "the day after troops seized it": a gap before a clause (`when/anchors`)
                   r"(?!(?<=before)\s+[^\W\d_])(?!(?<=after)\s+[^\W\d_])"),
    ("unit_before", r"\b(?:(?:a|one)\s+(?P<unit>year|month|week)\s+(?:earlier|before)|the\s+"
                    r"(?:previous|prior|preceding)\s+(?P<unit2>year|month|week)|the\s+(?P<unit3>year|"
                    r"month|week)\s+before\s+last)\b"),
    ("relative_century", r"\b(?:the\s+)?(?P<rel>next|coming|last|previous)\s+century\b"),
    ("century", r"\b(?:the\s+)?(?P<ordinal>(?:1?\d|2[01])(?:st|nd|rd|th)|first|second|third|"
                r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                r"twenty-first)\s+century\b"),
    ("holiday", rf"(?<!Lunar\s)(?<!Chinese\s)\b(?P<holiday>{holiday_pattern('text')})(?![\w'\u2019])"
                rf"(?:,?\s+(?P<year>{YEAR})\b)?|"
                # "into the new year" (a year), "since the New Year" (its first day)
                r"\bthe\s+(?P<new_year>new\s+year)\b(?!['\u2019])"),
    # national holidays whose day differs between countries: a tagged span only
    ("holiday_span", rf"\b(?P<holiday>{holiday_pattern('span')})(?![\w'\u2019])"
                     rf"(?:,?\s+(?P<year>{YEAR})\b)?"),
    ("week_of_month", rf"\b(?:the\s+)?(?P<ordinal>first|second|third|fourth|fifth|last|final)\s+"
                      rf"week\s+of\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR})\b)?"),
    # "the morning of Oct. 19" 1989-10-19TMO, "the week of Oct. 16" 1989-W42
    ("unit_of_day", rf"\b(?:the\s+)?(?:(?P<pod>{PART_OF_DAY})|(?P<week>week))\s+of\s+{WEEKDAY_PREFIX}"
                    rf"(?P<month>{MONTH})\s*{DAY_NUMBER}(?!\d)\b(?:,?\s*(?P<year>{YEAR})\b)?"),
    ("month_day", rf"\b{WEEKDAY_PREFIX}(?:(?P<rel>last|next|this\s+past)\s+)?(?P<month>{MONTH})"
                  rf"\s*{DAY_NUMBER}(?!\d)\b(?:,?\s*(?P<year>{YEAR})\b)?"),
    # "March eight", "March twelfth", "March the twelfth" (a spoken ordinal only after "the")
    ("month_day_words", rf"\b{WEEKDAY_PREFIX}(?P<month>{MONTH})\s+(?:the\s+(?={ORDINAL_DAY_WORD}\b))?"
                        rf"{DAY_IN_WORDS}"),
    # "12 March", "the 12th of March"; "the twelfth of March", a transcript's spoken day
    # ("a third of March sales" is none: a word needs its "the")
    ("day_month", rf"\b{WEEKDAY_PREFIX}(?:the\s+)?(?:{DAY_NUMBER}(?:\s+of)?|(?<=\bthe\s)(?P<day_word>"
                  rf"{ORDINAL_DAY_WORD})\s+of)\s+(?P<month>{MONTH})(?:,?\s*(?P<year>{YEAR})\b)?"),
    ("month_year", rf"\b(?P<month>{MONTH}),?\s+(?:of\s+)?(?:(?P<year>{YEAR})\b|{SHORT_YEAR})"),
    ("short_year", SHORT_YEAR),
    ("month_relative_year", rf"\b(?P<month>{MONTH})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"),
    ("relative_month", rf"\b(?P<rel>last|this|next|this\s+past|past|coming)\s+(?P<month>{MONTH})"),
    ("part_month", rf"\b(?P<part>{PART})[-\s]+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR})\b)?"),
    ("part_year", rf"\b(?P<part>{PART})[-\s]+(?P<year>{YEAR})\b"),
    ("part_relative", rf"\b(?P<part>{PART})[-\s]+(?P<rel>last|this|next|the)\s+"
                      r"(?P<unit>week|month|year)\b"),
    ("earlier_later", r"\b(?P<side>earlier|later)\s+(?:this|in\s+the)\s+"
                      r"(?P<unit>week|month|year)\b"),
    ("season", rf"\b(?:(?P<rel>last|this|next|(?:this|the)\s+past|past|the)\s+|(?P<part>early|late|mid)[-\s]+)?"
               rf"(?P<season>{SEASON})(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})\b|{SHORT_YEAR}))?"),
    ("month", rf"\b(?P<month>{MONTH})"),
    ("year", rf"(?<![\d,.$£€/-])(?:\bthe\s+year\s+)?\b(?P<year>{YEAR})\b(?![,.]\d|%|[-/]\d)"),
    # "the 1980s", "the late '70s", "the mid-80s" (two figures bare only after "the")
    ("decade", rf"(?:\b(?:the\s+)?(?P<part>{PART})[-\s]+|\b(?:the\s+)?)?"
               r"(?:\b(?P<decade>(?:1[89]|20)\d)0|['\u2019](?P<short>\d)0|\b(?P<bare>[1-9])0)['\u2019]?s\b"),
    ("decade_words", rf"\bthe\s+(?:(?P<part>{PART})[-\s]+)?(?:(?P<hundreds>{YEAR_HUNDRED})[-\s]+)?"
                     rf"(?P<tens>{DECADE_WORD})\b"),
    ("weekday", rf"\b(?:(?P<rel>last|next|this|this\s+past|past|coming)\s+)?"
                rf"(?:(?P<part>early|late)\s+)?(?P<weekday>{WEEKDAY})(?P<plural>s\b)?"
                rf"(?:\s+(?P<pod>{PART_OF_DAY}))?"
                r"(?:,?\s+(?:of\s+)?(?P<week_rel>last|next|this)\s+week)?\b"),
    ("weekend", r"\b(?:(?P<rel>last|this|next|the|this\s+past|past|coming)\s+)?weekend\b"),
    ("day_word", rf"\b(?:(?P<part>early|late)\s+)?(?P<word>today|tonight|yesterday|tomorrow)"
                 rf"(?:\s+(?P<pod>{PART_OF_DAY}))?\b"),
    ("day_word_offset", r"\bthe\s+day\s+(?P<side>before\s+yesterday|after\s+tomorrow)\b"),
    ("part_of_day", rf"\b(?P<rel>this|last)\s+(?P<pod>{PART_OF_DAY})\b"),
    ("relative_unit", r"\b(?:(?P<rel>last|this|next)|the\s+(?:current|present))\s+"
                      r"(?P<unit>week|month|year)\b"),
    ("current_age", rf"\b(?:(?P<part>{PART})[-\s]+(?:the|this)|this|the\s+(?:current|present))"
                    r"\s+(?P<unit>decade|century)\b"),
    ("span_past", rf"\b(?P<the>the\s+|this\s+)?(?P<rel>past|last|previous)\s+"
                  rf"(?:(?P<num>{QUANTITY})\s+)?(?P<unit>{UNIT})s?\b"),
    ("span_next", rf"\b(?P<the>the\s+)?(?P<rel>next|coming|upcoming)\s+"
                  rf"(?:(?P<num>{QUANTITY})\s+)?(?P<unit>{UNIT})(?P<plural>s)?\b"),
    # Words TimeML values as a vague reference when a tagger marked them as a timex
    # ("former", "current", "the near term"); read only in such a span (never `strict`).
    ("vague_ref", r"\b(?P<past>former|recent|once|earlier|previous)\b|"
                  r"\b(?P<present>current|present)\b|"
                  r"\b(?P<future>later|some\s*day|the\s+(?:near|short|long)(?:er)?[-\s]term|"
                  r"the\s+(?:long|short)\s+run)\b"),
    ("ago", rf"\b(?:(?P<mod>{QUANTITY_MOD})\s+)?(?:(?P<num>{QUANTITY})\s+)?(?P<unit>{UNIT})s?\s+"
            r"(?P<side>ago|from\s+now|hence)\b"),
    ("duration", rf"\b(?:(?P<mod>{QUANTITY_MOD})\s+)?(?P<num>{QUANTITY})[-\s]+(?P<unit>{UNIT})s?"
                 r"(?:-(?:old|long))?\b"),
    ("bare_units", rf"\b(?P<unit>{UNIT})s\b"),
    ("set_every", rf"\b(?:every|each)\s+(?:(?P<weekday>{WEEKDAY})|(?P<unit>{UNIT})|"
                  rf"(?P<pod>{PART_OF_DAY})|(?P<weekend>weekend))\b"),
    ("set_adverb", r"\b(?P<adverb>daily|weekly|monthly|annually|yearly|nightly|hourly)\b"),
    ("set_times", rf"\b(?:once|twice|{NUMBER}\s+times)\s+(?:a|per|every)\s+(?P<unit>{UNIT})\b"),
    ("year_words", rf"\b(?P<hundreds>{YEAR_HUNDRED})[-\s]+(?P<rest>{YEAR_REST}|hundred)\b(?!-)(?![-\s]+"
                   r"(?:thousand|million|hundred|percent|per\s+cent|years?|people|dollars)\b)|"
                   r"\b(?P<thousand>two\s+thousand)(?:[-\s]+(?:and\s+)?(?P<ones>one|two|three|four|"
                   r"five|six|seven|eight|nine|ten))?\b"),
    ("overnight", r"\bovernight\b"),
    ("past_ref", r"\b(?:recently|lately|formerly|previously|the\s+past|the\s+other\s+(?:day|night|week)|"
                 r"a\s+(?:short\s+|little\s+)?while\s+(?:ago|back)|some\s+time\s+ago|"
                 r"not\s+(?:so\s+)?long\s+ago|"
                 r"recent\s+(?:days|weeks|months|years))\b"),
    ("present_ref", r"\b(?:now|currently|presently|nowadays|these\s+days|the\s+present|"
                    r"the\s+time\s+being)\b|"
                    r"(?<=\bat )(?:present|the\s+moment)\b"),
    # Definite units that point back at a time the text has set ("the quarter", "the
    # year"): read only in a span already known to be a timex (never `strict`).
    ("units_earlier", rf"\b(?P<num>{QUANTITY})\s+(?P<unit>{UNIT})s?\s+(?P<side>earlier|later)"
                      r"\b(?!\s+than)"),
    ("the_moment", r"\bthe\s+moment\b|\bthis\s+time\b(?!\s+(?:of|last|next|a|that)\b)"),
    ("anaphoric", r"\b(?:the(?:\s+same)?|that)\s+(?P<unit>day|week|month|quarter|year|decade)\b(?!\s*(?:\d|before|"
                  r"after|earlier|later|ago))"),
    ("unit_around", r"\bthe\s+(?P<unit>year|month|week)\s+(?:before|earlier)\b(?!\s+(?:the|a|an|"
                    r"his|her|its|their|last|(?-i:[A-Z])))"),
    ("unit_after", r"\bthe\s+following\s+(?P<unit>year|month|week)\b"),
    ("future_ref", r"\b(?:soon|the\s+(?:near\s+|distant\s+)?future|"
                   r"the\s+(?:days|weeks|months|years)\s+ahead)\b"),
    # "the period", "the latest reporting period": the quarter an earnings report is about
    ("reporting_period", r"\bthe\s+(?:(?P<rel>latest|current|most\s+recent|same)\s+)?(?:reporting\s+)?"
                         r"period\b"),
    # "the morning", "the night": a part of the narrated day (publication's, without one)
    ("part_of_the_day", rf"\b(?:the\s+|(?P<part>early|late|mid)[-\s]+)(?P<pod>{PART_OF_DAY})\b"),
)  # fmt: skip

# Expressions that point back at a time the text has set ("the quarter", "the previous
# day"): valued against publication only in a span a tagger already marked as a timex;
# the finder leaves them, as an event's date would be the narrated day's neighbour.
ANAPHORIC_RULES = frozenset(
    {"anaphoric", "day_around", "units_earlier", "the_moment", "unit_around", "unit_after",
     "reporting_period", "part_of_the_day", "period_compared"}
)  # fmt: skip
# Rules read only in a span already known to be a timex, and for the finder never at all.
SPAN_ONLY_RULES = ANAPHORIC_RULES | {"vague_ref", "holiday_span"}
# Words before a bare month or year that make it a date: "in May", "since 2016".
DATE_SIGNALS = frozenset(
    {"in", "since", "until", "till", "by", "from", "during", "through", "throughout",
     "before", "after", "of", "between", "and", "to", "early", "late", "mid", "end", "for",
     "year", "fiscal", "around", "last", "next", "this", "the", "s", "into", "than", "a", "an",
     "its", "their", "his", "her", "our"}
)  # fmt: skip
# Words before "overnight" that make it an adjective ("an overnight curfew", "in
# overnight trading"), not the night just past.
NOT_OVERNIGHT = frozenset({"a", "an", "the", "in", "its", "their", "his", "her", "of", "for"})
# Words before a year in words that make it a year, not a count ("two thousand troops").
YEAR_WORD_SIGNALS = frozenset({"in", "since", "by", "until", "till", "of", "before", "after"})
# Words before a bare "weekend" that make it the time of what happened: "over weekend".
WEEKEND_SIGNALS = frozenset({"over", "at", "during", "on", "in", "across", "through"})
# Words before it that make it any weekend or another's: "every weekend", "that weekend".
NOT_THIS_WEEKEND = frozenset({"every", "each", "per", "a", "an", "one", "any", "no", "that"})
# "for years", "within days": bare plural units are vague durations only after these.
DURATION_SIGNALS = frozenset({"for", "in", "within", "over", "after", "took", "spent", "lasted"})
# A four-digit number before these words is an amount or a clock time, not a year.
NOT_AFTER_YEAR = frozenset(
    {"people", "men", "women", "children", "troops", "soldiers", "police", "gmt", "hours",
     "hrs", "local", "est", "bst", "feet", "metres", "meters", "km", "kms", "miles", "tons",
     "tonnes", "dollars", "dlrs", "mln", "million", "billion", "pct", "percent", "units",
     "members", "pounds", "euros", "yen", "barrels", "bpd"}
)  # fmt: skip
NOT_BEFORE_YEAR = frozenset(
    {"at", "about", "some", "nearly", "almost", "than", "approximately", "roughly",
     "least", "only", "just", "no", "number", "flight", "route", "room", "killing", "killed"}
)  # fmt: skip
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z\n]{0,3}$")
_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s$")
_WORD_AFTER = re.compile(r"^[^A-Za-z\n]{0,2}([A-Za-z]+)")
_TITLE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+)")
# Capitalised words after "of" that keep a month a date: "May Of This Year" in a headline.
TIME_WORDS = frozenset({"this", "last", "next", "that", "each", "every", "the", "year"})


@dataclass(frozen=True, slots=True)
class Mention:
    rule: str
    start: int
    end: int
    text: str
    groups: dict[str, str]
    signal: str  # the word before, lower case: "since", "on", ...


# Rules whose pattern is slow to try at every word (a long alternation of numbers comes
# first) are run only in windows around a word they must contain.
ANCHORS = {
    "fiscal": r"\bfiscal\b|\bFY",
    "half": r"\bhalf\b",
    "relative_quarter": r"\bquarter\b",
    "month_quarter": r"\bquarter\b",
    "year_ago_period": r"\byear[-\s](?:ago|earlier|before)\b|\blast\s+year\b|\bprevious\s+year\b",
    "year_quarter": r"\bquarter\b",
    "unit_of_day": rf"\b(?:{PART_OF_DAY}|week)\s+of\b",
    "decade": r"\d0['\u2019]?s\b",
    "period_compared": r"\bperiod\b",
    "year_end": r"\byear[-\s]end\b|\bmid-?year\b",
    "ended_period": r"\b(?:ended|ending)\b",
    "decade_words": rf"\b(?:{DECADE_WORD})\b",
    "unit_around": r"\b(?:before|earlier)\b",
    "unit_after": r"\bfollowing\b",
    "unit_before": r"\b(?:earlier|before|previous|prior|preceding)\b",
    "day_around": r"\bday\b",
    "current_age": r"\b(?:decade|century)\b",
    "units_earlier": r"\b(?:earlier|later)\b",
    "century": r"\bcentury\b",
    "relative_century": r"\bcentury\b",
    "fiscal_quarter": r"\bfiscal\b",
    "quarters_ago": r"\bquarters?\b",
    "year_words": rf"\b(?:{YEAR_HUNDRED}|thousand)\b",
    "holiday": holiday_anchor("text") + r"|\bnew\s+year\b",
    "holiday_span": holiday_anchor("span"),
    "week_of_month": r"\bweek\s+of\b",
    "ago": r"\b(?:ago|hence|now)\b",
    "duration": rf"\b(?:{UNIT})",
    "set_times": r"\b(?:once|twice|times)\b",
    "season": rf"\b(?:{SEASON})\b",
    "weekday": WEEKDAY,
}
WINDOW_BEFORE, WINDOW_AFTER = 48, 20  # characters around an anchor; ends snap to spaces


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    anchor: re.Pattern[str] | None


@lru_cache(maxsize=1)
def compiled_rules() -> tuple[Rule, ...]:
    def compiled(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    return tuple(
        Rule(name, compiled(pattern), compiled(ANCHORS[name]) if name in ANCHORS else None)
        for name, pattern in RULES
    )


def find_mentions(
    text: str, spans: list[tuple[int, int]] | None = None, *, strict: bool = True
) -> list[Mention]:
    """Non-overlapping time expressions in `text` (or only inside `spans` of it).

    `strict` applies the context checks a finder needs (a bare "May" or "2016" must
    follow a date signal); a span already known to be a timex is read with strict=False.
    """
    regions = spans if spans is not None else [(0, len(text))]
    found: list[Mention] = []
    for start, end in regions:
        found.extend(_mentions_in(text, start, end, strict))
    return sorted(found, key=lambda m: m.start)


def _mentions_in(text: str, start: int, end: int, strict: bool) -> list[Mention]:
    candidates = []
    windows_of: dict[str, list[tuple[int, int]]] = {}  # rules that share an anchor share its scan
    for order, rule in enumerate(compiled_rules()):
        if strict and rule.name in SPAN_ONLY_RULES:
            continue  # the finder never takes them: not worth a scan of the text
        if rule.anchor is None:
            windows = [(start, end)]
        elif (windows := windows_of.get(rule.anchor.pattern)) is None:
            windows = windows_of[rule.anchor.pattern] = _windows(text, start, end, rule.anchor)
        for window_start, window_end in windows:
            for match in rule.pattern.finditer(text, window_start, window_end):
                mention = _mention(text, rule.name, match)
                if _in_a_title(text, mention) or _context_cut(rule.pattern, text, match, window_end):
                    continue
                if not strict or _plausible(text, mention):
                    candidates.append((-(mention.end - mention.start), order, mention))
    taken: list[Mention] = []
    for _, _, mention in sorted(candidates, key=lambda c: (c[0], c[1], c[2].start)):
        if all(mention.end <= t.start or mention.start >= t.end for t in taken):
            taken.append(mention)
    return taken


def _context_cut(pattern: re.Pattern[str], text: str, match: re.Match[str], end: int) -> bool:
    """A match that only held because the span ended where the text goes on: a tagged
    "the day" read as a day, though "after troops seized" follows it and the rule's look
    ahead refuses a gap before a clause."""
    return end < len(text) and match.end() == end and pattern.match(text, match.start()) is None


def _windows(text: str, start: int, end: int, anchor: re.Pattern[str]) -> list[tuple[int, int]]:
    """Merged stretches around each anchor word, cut only at whitespace."""
    windows: list[tuple[int, int]] = []
    for match in anchor.finditer(text, start, end):
        first = text.rfind(" ", start, max(start, match.start() - WINDOW_BEFORE))
        first = start if first < 0 else first
        last = text.find(" ", min(end, match.end() + WINDOW_AFTER), end)
        last = end if last < 0 else last
        if windows and first <= windows[-1][1]:
            windows[-1] = (windows[-1][0], last)
        else:
            windows.append((first, last))
    return windows


def _mention(text: str, rule: str, match: re.Match[str]) -> Mention:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    return Mention(
        rule, match.start(), match.end(), match.group(), groups, word_before(text, match.start())
    )


def word_before(text: str, position: int) -> str:
    found = _WORD_BEFORE.search(text, max(0, position - 24), position)
    return found.group(1).lower() if found else ""


def word_after(text: str, position: int) -> str:
    found = _WORD_AFTER.search(text[position : position + 24])
    return found.group(1) if found else ""


def _plausible(text: str, mention: Mention) -> bool:
    """Context checks for the rules whose words are often not about time."""
    if mention.rule == "month":
        return mention.signal in DATE_SIGNALS or text.startswith(("'s", "’s"), mention.end)
    if mention.rule == "year":
        return _year_plausible(mention, word_after(text, mention.end))
    if mention.rule == "decade" and "bare" in mention.groups:  # not "in their 80s"
        return mention.text[:4].lower() == "the "
    if mention.rule == "short_year":  # "in '87", "since '95"; not a quotation's "'98 ..."
        return mention.signal in DATE_SIGNALS
    if mention.rule == "bare_units":  # "for years", "months of talks"
        return mention.signal in DURATION_SIGNALS or word_after(text, mention.end) == "of"
    if mention.rule == "set_adverb":  # not the newspaper "China Daily"
        return not (mention.text[0].isupper() and _capitalized_word_before(text, mention.start))
    if mention.rule in SPAN_ONLY_RULES:
        return False
    if mention.rule == "weekend" and "rel" not in mention.groups:
        # "weekend clashes", "Weekend of violence", "killed over weekend"; not a name's word
        # ("Weekend Edition" after "NPR")
        return mention.signal in WEEKEND_SIGNALS or (
            mention.signal not in NOT_THIS_WEEKEND and bool(word_after(text, mention.end))
            and not _capitalized_word_before(text, mention.start)
        )  # fmt: skip
    if mention.rule == "overnight":  # "rose overnight", not "an overnight curfew"
        return mention.signal not in NOT_OVERNIGHT
    if mention.rule == "year_words":  # "in nineteen ninety", not "nineteen eighty people"
        after = word_after(text, mention.end)
        return mention.signal in YEAR_WORD_SIGNALS and not ("thousand" in mention.groups and after.islower())
    if mention.rule == "season":  # "last summer", "summer 2016"; not "the fall of Kabul"
        return mention.groups.get("rel", "the").lower() != "the" or bool(
            mention.groups.keys() & {"part", "year"}
        )
    return True


def _in_a_title(text: str, mention: Mention) -> bool:
    """A month that begins a name: "the 'March of the Millions' demo", "March of Dimes"
    (not "May of this year", "March of 2020")."""
    if mention.rule != "month":
        return False
    found = _TITLE_AFTER.match(text, mention.end)
    return found is not None and found.group(1).lower() not in TIME_WORDS


def _capitalized_word_before(text: str, position: int) -> bool:
    """A capitalised word right before, with no punctuation between: part of a name."""
    found = _NAME_BEFORE.search(text, max(0, position - 24), position)
    return found is not None


def _year_plausible(mention: Mention, after: str) -> bool:
    """News style writes counts from 1,000 with a comma, so a bare 19xx/20xx is a year
    ("the 2016 elections", "1986 exports") unless an amount or a clock time is in view."""
    return mention.signal not in NOT_BEFORE_YEAR and after.lower() not in NOT_AFTER_YEAR
