"""Normalize stage: one clean text per article, split into typed paragraphs.

`article.text` is the title, the summary bullets (without their `- `) and the body
paragraphs, one per line, with Unicode quotes, dashes and spaces made plain ASCII. Lines a
scraper left inline (links to other stories, photo captions, wire trailers) stay in the
text, so that it reads as the source did, but are typed "boilerplate" or "caption" and so
never coded. A line in another language ("Trois soldats tués dans une embuscade", a
French wire's headline among English ones) is typed "foreign" and not coded either: an
English parse of it reads nonsense events, not its own. A wire dateline ("WASHINGTON
(Reuters) - ") stays in place and its place goes to `article.dateline`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from eventscribe import registry
from eventscribe.article import Article, Paragraph
from eventscribe.pipeline import BaseStage
from eventscribe.readers.language import line_language

_QUOTES = {"'": "\u2018\u2019\u201a\u201b\u2032\u00b4\u2039\u203a\uff07",
           '"': "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02"}  # fmt: skip
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # str.splitlines() breaks there too
# Invisible format characters: zero-width spaces and joiners, soft hyphen, BOM, bidi marks.
_INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\ufffe\uffff"
)

_BULLET = re.compile(r"[-*\u2022\u00b7](?:\s+|$)")
_SENTENCE_END = re.compile(r"""(?:[.!?]|\.\.\.)["')\]]*$""")
_OPEN_END = re.compile(
    r"""[,;:(\[/&+-]$|\b(?:the|a|an|of|to|and|or|in|on|for|with|by|at|from|as|that)$""", re.I
)
_SAYING = re.compile(
    r"\b(?:said|says|say|saying|told|tells|added|adds|according|stated|asked)\b", re.I
)
_CAPTION = re.compile(
    r"""^\(?(?:file\s+)?(?:photo|picture|image|video|graphic|infographic)s?\b\s*(?:[:(/|-]|by\b|credit)
    |^file\s+photo\b|^\(?(?:photo\s+)?credits?\s*:""",
    re.I | re.X,
)
_CREDIT = re.compile(  # case-sensitive: "REUTERS/Kevin Lamarque", not "a Reuters/Ipsos poll"
    r"(?:^|\s|\()(?:REUTERS|AP Photo|AFP(?: PHOTO)?|EPA(?:-EFE)?|XINHUA|Getty Images)"
    r"\s?/\s?[A-Z][\w.' -]*\)?$|^\(?Reuters/[A-Z][\w.' -]*\)?$"
)
_TRAILER = re.compile(
    r"""^\(?\s*(?:(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|compiled\s+by
    |click\s+here|read\s+more\b|related\s*(?::|coverage|stories|articles|content|news)
    |see\s+also\s*:|also\s+read\s*:|sign\s+up\b|follow\s+us\b|subscribe\s+(?:to|now|here)
    |advertisement$|story\s+continues|share\s+this\b|our\s+standards\s*:)""",
    re.I | re.X,
)
_EDITORS_NOTE = re.compile(
    r"^\((?:this\s+(?:story|article|version)|corrects|refiles|updates|adds|changes|fixes|recasts)"
    r"\b[^()]*\)$",
    re.I,
)
_MONTH = r"(?i:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[A-Za-z]*\.?"
_DATELINE = re.compile(
    rf"""(?P<place>[A-Z][A-Za-z'.]*(?:[ /-][A-Z][A-Za-z'.]*)*      # WASHINGTON, NEW YORK/LONDON
    (?:,\ [A-Z][A-Za-z'.]*(?:[ /][A-Z][A-Za-z'.]*)*)?)           # , Calif. | , New Zealand
    (?P<date>,\ {_MONTH}\ \d{{1,2}},?)?                          # , Feb 26
    (?P<agency>\ ?\([A-Z][A-Za-z .&-]{{1,30}}\)|,\ Reuters?)?     # (Reuters) | , Reuter
    \ ?-\ """,
    re.X,
)
# A name glued to the verb after it, where a scraper dropped the space with a link's markup:
# "Islamic Statekills 85", "Boko HaramKills 19". No English word is a capitalised stem of
# three letters or more followed by "kills" or "killed" ("Skills" has one letter).
_GLUED_KILL = re.compile(r"\b([A-Z][a-z]{2,})([Kk]ill(?:s|ed))\b")
_MIN_HEADLINE_WORDS, _MAX_HEADLINE_WORDS = 4, 18
_MAX_BOILERPLATE_WORDS = 60  # a longer line is an article paragraph whatever it starts with


@lru_cache(maxsize=1)
def _translation() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for plain, fancy in _QUOTES.items():
        table.update(dict.fromkeys(map(ord, fancy), plain))
    table.update(dict.fromkeys(map(ord, _DASHES), "-"))
    table.update(dict.fromkeys(map(ord, _SPACES), " "))
    controls = (*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0))
    table.update(dict.fromkeys(controls, None))
    table.update(dict.fromkeys(map(ord, _LINE_BREAKS), "\n"))  # after: \x1c-\x1e, \x85
    table.update(dict.fromkeys(map(ord, _INVISIBLE), None))
    table.update(dict.fromkeys(range(0xD800, 0xE000), None))  # lone surrogates from JSON escapes
    table[ord("\u2026")] = "..."
    return table


def normalize_text(text: str) -> str:
    """NFC; ASCII quotes, dashes and spaces; no control or invisible characters; a name
    glued to "kills" parted from it; runs of spaces collapsed and each line stripped. Line
    breaks are kept (as `\\n`)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _GLUED_KILL.sub(r"\1 \2", text.translate(_translation()))
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


@registry.stages.register("normalize")
class NormalizeStage(BaseStage):
    name = "normalize"
    requires = ("body", "title")
    assigns = ("text", "paragraphs", "dateline")

    def __call__(self, article: Article) -> Article:
        title = " ".join(normalize_text(article.title).split())
        article.title = title  # stored as it reads in the text
        typed = [(title, "title")] if title else []
        typed += type_lines(body_lines(article.body, title))
        typed = mark_foreign(typed)
        article.text, article.paragraphs = join_paragraphs(typed)
        if article.dateline is None:
            article.dateline = find_dateline(article)
        else:
            article.dateline = dateline_place(article.dateline)
        return article


def dateline_place(given: str) -> str:
    """The place of a dateline an input gives with its date or agency ("WASHINGTON, Feb 26"
    -> "WASHINGTON"), as `find_dateline` gives it from the text; else the dateline as given."""
    line = f"{given.strip()} - "
    return dateline_at(line, 0, len(line)) or given


def body_lines(body: str, title: str) -> list[str]:
    """The body's non-empty normalized lines, less a first line that repeats the title."""
    lines = [line for line in normalize_text(body).split("\n") if line]
    if lines and title and lines[0].casefold() == title.casefold():
        del lines[0]
    return lines


def type_lines(lines: list[str]) -> list[tuple[str, str]]:
    """(text, kind) per line: leading bullets are the summary, then body paragraphs,
    boilerplate and captions."""
    typed: list[tuple[str, str]] = []
    start = 0
    while start < len(lines) and (bullet := _BULLET.match(lines[start])):
        typed.append((lines[start][bullet.end() :], "summary"))
        start += 1
    body = lines[start:]
    typed += [(line, line_kind(body, index)) for index, line in enumerate(body)]
    return [(text, kind) for text, kind in typed if text]


def mark_foreign(typed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The lines to code, less those clearly in another language, typed "foreign"."""
    coded = ("title", "summary", "body")
    return [
        (text, "foreign" if kind in coded and line_language(text) else kind) for text, kind in typed
    ]


def fold(word: str) -> str:
    """Lower case without accents, to match the words of a foreign line however written:
    "TUÉS", "tues" and "tués" are one word."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def foreign_languages(article: Article) -> dict[int, str]:
    """Paragraph index -> language code, for the paragraphs typed "foreign"."""
    found = {}
    for index, paragraph in enumerate(article.paragraphs):
        language = paragraph.kind == "foreign" and line_language(
            article.span(paragraph.start, paragraph.end)
        )
        if language:
            found[index] = language
    return found


def line_kind(lines: list[str], index: int) -> str:
    """The kind of the body line `lines[index]`: "caption", "boilerplate" or "body"."""
    line = lines[index]
    if len(line.split()) <= _MAX_BOILERPLATE_WORDS:
        if _CAPTION.match(line) or _CREDIT.search(line):
            return "caption"
        if _TRAILER.match(line) or _EDITORS_NOTE.match(line):
            return "boilerplate"
    if 0 < index < len(lines) - 1 and stands_alone(lines, index) and looks_like_headline(line):
        return "boilerplate"
    return "body"


def stands_alone(lines: list[str], index: int) -> bool:
    """Between two paragraphs that are prose, not in a list or table of short lines."""
    return bool(_SENTENCE_END.search(lines[index - 1])) and not looks_like_headline(
        lines[index + 1]
    )


def looks_like_headline(line: str) -> bool:
    """A line that reads as another story's headline: a link a scraper left inline.

    Short; starts with a capital; no sentence-final punctuation nor a dangling end; no
    quoted speech nor a verb of saying; not mostly figures (a table row).
    """
    words = line.split()
    if not _MIN_HEADLINE_WORDS <= len(words) <= _MAX_HEADLINE_WORDS:
        return False
    if not line[0].isupper() or line.isupper():
        return False
    if _SENTENCE_END.search(line) or _OPEN_END.search(line) or '"' in line:
        return False
    if _SAYING.search(line):
        return False
    figures = sum(1 for word in words if any(ch.isdigit() for ch in word))
    return figures * 4 <= len(words)


def join_paragraphs(typed: list[tuple[str, str]]) -> tuple[str, list[Paragraph]]:
    """The text, one paragraph a line, and the paragraphs' offsets in it."""
    paragraphs: list[Paragraph] = []
    position = 0
    for text, kind in typed:
        paragraphs.append(Paragraph(position, position + len(text), kind))
        position += len(text) + 1
    return "\n".join(text for text, _ in typed), paragraphs


def find_dateline(article: Article) -> str | None:
    """The place of a wire dateline opening the first body paragraph: 'WASHINGTON (Reuters) -'
    and 'WASHINGTON, Feb 26 -' give 'WASHINGTON'; 'SACRAMENTO, Calif. (Reuters) -' gives
    'SACRAMENTO, Calif.'."""
    first = next(
        (p for p in article.paragraphs if p.kind not in ("title", "summary", "foreign")), None
    )
    if first is None:
        return None
    return dateline_at(article.text, first.start, first.end)


def dateline_at(text: str, start: int, end: int) -> str | None:
    """The place of a wire dateline opening text[start:end], or None."""
    match = _DATELINE.match(text, start, end)
    if match is None:
        return None
    place = match["place"]
    capitals = place.split(",")[0].isupper()  # "WASHINGTON", not a sentence's first words
    if match["date"] or (match["agency"] and capitals) or (capitals and len(place) >= 4):
        return place
    return None
