"""Numbers that matter: killed, wounded, missing, hostages, arrested, displaced.

"killing 1,300 people" -> killed 1300 exact; "Gaza authorities say more than 2,200 people
have been killed" -> killed 2200 "more than", attributed to Gaza authorities; "seizing
scores of hostages" -> hostages, no value, "scores".
"""

from __future__ import annotations

import re
from typing import Any

from eventscribe.article import Article, NumericReport
from eventscribe.coding.modality import attribution_of

# Lemma of the governing verb (or the counted noun itself) -> kind of report.
VERB_KINDS = {
    "kill": "killed", "die": "killed", "murder": "killed", "massacre": "killed",
    "slaughter": "killed", "execute": "killed", "wound": "wounded", "injure": "wounded",
    "hurt": "wounded", "abduct": "hostages", "kidnap": "hostages", "seize": "hostages",
    "hold": "hostages", "arrest": "arrested", "detain": "arrested", "jail": "arrested",
    "displace": "displaced", "flee": "displaced", "evacuate": "displaced", "miss": "missing",
}  # fmt: skip
NOUN_KINDS = {
    "hostage": "hostages", "captive": "hostages", "dead": "killed", "death": "killed",
    "fatality": "killed", "casualty": "killed", "body": "killed", "wounded": "wounded",
    "injured": "wounded", "refugee": "displaced", "evacuee": "displaced",
    "detainee": "arrested", "prisoner": "arrested", "missing": "missing",
}  # fmt: skip
VAGUE_AMOUNTS = {"scores": "scores", "dozens": "dozens", "hundreds": "hundreds",
                 "thousands": "thousands", "tens": "tens of thousands", "millions": "millions"}  # fmt: skip
QUALIFIERS = (
    ("more than", "more than"), ("over", "more than"), ("at least", "at least"),
    ("about", "about"), ("around", "about"), ("some", "about"), ("nearly", "nearly"),
    ("almost", "nearly"), ("up to", "up to"), ("approximately", "about"),
    ("roughly", "about"), ("less than", "less than"), ("fewer than", "less than"),
)  # fmt: skip
WORD_NUMBERS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])}  # fmt: skip
SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_DIGITS = re.compile(r"^\d[\d,]*(\.\d+)?$")


def find_numbers(article: Article) -> list[NumericReport]:
    reports: list[NumericReport] = []
    for sentence in article.sentences:
        if not sentence.coded:
            continue
        span = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        for token in span:
            report = _report(token, span, sentence.index)
            if report is not None:
                reports.append(report)
    return reports


def _report(token: Any, span: Any, sentence: int) -> NumericReport | None:
    amount = _amount(token)
    if amount is None:
        return None
    value, qualifier, first = amount
    counted = _counted_noun(token)
    kind = _kind(counted)
    if kind is None:
        return None
    start, end = first.idx, counted.idx + len(counted.text)
    return NumericReport(
        kind=kind,
        value=value,
        qualifier=qualifier,
        text=token.doc[first.i : counted.i + 1].text,
        start=start,
        end=end,
        sentence=sentence,
        attribution=attribution_of(_governing_verb(counted) or counted, span),
        victims=counted.text if counted.lemma_.lower() not in NOUN_KINDS else None,
    )


def _amount(token: Any) -> tuple[int | None, str, Any] | None:
    """(value, qualifier, first word) for a number word, or a vague amount like "scores of"."""
    lower = token.lower_
    if lower in VAGUE_AMOUNTS and any(c.lower_ == "of" for c in token.children):
        return None, VAGUE_AMOUNTS[lower], token
    if token.like_num and token.dep_ in ("nummod", "nsubj", "nsubjpass", "dobj", "pobj"):
        value = _value(token)
        if value is None:
            return None
        return value, *_qualifier(token)
    return None


def _value(token: Any) -> int | None:
    text = token.lower_
    if _DIGITS.match(text):
        number = float(text.replace(",", ""))
    elif text in WORD_NUMBERS:
        number = WORD_NUMBERS[text]
    else:
        return None
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in SCALE:
        number *= SCALE[following.lower_]
    return int(number)


def _qualifier(token: Any) -> tuple[str, Any]:
    doc = token.doc
    before = doc[max(token.i - 2, 0) : token.i]
    words = " ".join(t.lower_ for t in before)
    for phrase, qualifier in QUALIFIERS:
        if words.endswith(phrase):
            return qualifier, doc[token.i - len(phrase.split())]
    return "exact", token


def _counted_noun(token: Any) -> Any:
    """The noun a number counts: "1,300 people", "scores of hostages"."""
    if token.dep_ == "nummod":
        return token.head
    for child in token.children:
        if child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return token


def _kind(noun: Any) -> str | None:
    if noun.lemma_.lower() in NOUN_KINDS:
        return NOUN_KINDS[noun.lemma_.lower()]
    verb = _governing_verb(noun)
    if verb is not None:
        return VERB_KINDS.get(verb.lemma_.lower())
    return None


def _governing_verb(noun: Any) -> Any:
    token = noun
    for _ in range(3):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None
