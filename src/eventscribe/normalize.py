"""Normalize stage: one clean text per article, split into typed paragraphs.

`article.text` is the title, the summary bullets (without their `- `) and the body
paragraphs, one per line, with Unicode quotes, dashes and spaces made plain. Lines a
scraper left inline (links to other stories, photo captions, wire trailers) are kept in the
text, so offsets stay true, but typed "boilerplate" or "caption" and never coded.
"""

from __future__ import annotations

import re
import unicodedata

from eventscribe import registry
from eventscribe.article import Article, Paragraph
from eventscribe.pipeline import BaseStage

_TRANSLATE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"',
    "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ",
    "\u200a": " ", "\u2002": " ", "\u2003": " ", "\u200b": "", "\ufeff": "", "\u00ad": "",
    "\u2026": "...", "\t": " ",
})  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r" {2,}")
_SENTENCE_END = re.compile(r"""[.!?:;]["')\]]*$""")
_CAPTION = re.compile(
    r"^(\(?(photo|file photo|picture|image|video|graphic)s?\b|\(?reuters/|.*\b(photo|picture) by\b)",
    re.IGNORECASE,
)
_TRAILER = re.compile(
    r"^\(?(reporting by|additional reporting|writing by|editing by|compiled by|click here|"
    r"read more|related:|related coverage|sign up|follow us|subscribe|advertisement)",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{1,40}?(?:, [A-Z][A-Za-z. ]{1,20}?)?)"
    r"(?: \([A-Za-z ]{2,20}\))?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? - "
)
_SAY_WORDS = frozenset({"said", "says", "say", "told", "added", "according"})


def normalize_text(text: str) -> str:
    """Plain quotes, dashes and spaces; no control characters; NFC."""
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    return _SPACES.sub(" ", _CONTROL.sub(" ", text))


@registry.stages.register("normalize")
class NormalizeStage(BaseStage):
    name = "normalize"
    requires = ("body", "title")
    assigns = ("text", "paragraphs", "dateline")

    def __call__(self, article: Article) -> Article:
        title = article.title = " ".join(normalize_text(article.title).split())
        lines = [" ".join(normalize_text(line).split()) for line in article.body.splitlines()]
        if lines and title and lines[0] == title:
            lines = lines[1:]  # a body that repeats its title
        typed = [(title, "title")] if title else []
        typed += _typed_lines([line for line in lines if line])
        article.text, article.paragraphs = _join(typed)
        if article.dateline is None:
            article.dateline = find_dateline(article)
        return article


def _typed_lines(lines: list[str]) -> list[tuple[str, str]]:
    typed: list[tuple[str, str]] = []
    in_summary = True
    for index, line in enumerate(lines):
        if in_summary and line.startswith("- "):
            typed.append((line[2:].strip(), "summary"))
            continue
        in_summary = False
        typed.append((line, _kind(line, lines, index)))
    return [(text, kind) for text, kind in typed if text]


def _kind(line: str, lines: list[str], index: int) -> str:
    if _CAPTION.match(line):
        return "caption"
    if _TRAILER.match(line):
        return "boilerplate"
    if index > 0 and index < len(lines) - 1 and looks_like_headline(line):
        return "boilerplate"
    return "body"


def looks_like_headline(line: str) -> bool:
    """A related-story link left inline: short, no final punctuation, not speech, mostly
    capitalised or telegraphic, standing between paragraphs."""
    words = line.split()
    if not 3 <= len(words) <= 20 or _SENTENCE_END.search(line):
        return False
    if line.startswith(('"', "'")) or line.endswith(('"', ",")):
        return False
    if any(w.lower().strip(",") in _SAY_WORDS for w in words):
        return False
    return True


def _join(typed: list[tuple[str, str]]) -> tuple[str, list[Paragraph]]:
    paragraphs: list[Paragraph] = []
    position = 0
    for text, kind in typed:
        paragraphs.append(Paragraph(position, position + len(text), kind))
        position += len(text) + 1
    return "\n".join(text for text, _ in typed), paragraphs


def find_dateline(article: Article) -> str | None:
    """'WASHINGTON (Reuters) - ...' or 'WASHINGTON, Feb 26 - ...' at the start of the body."""
    for paragraph in article.paragraphs:
        if paragraph.kind == "body":
            match = _DATELINE.match(article.text[paragraph.start : paragraph.end])
            return match.group("place").strip() if match else None
    return None
