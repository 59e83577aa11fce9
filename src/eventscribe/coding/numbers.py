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
from eventscribe.coding.triggers import lemma_of
from eventscribe.syntax import char_span

# Lemma of the governing verb (or the counted noun itself) -> kind of report.
VERB_KINDS = {
    "kill": "killed", "die": "killed", "murder": "killed", "massacre": "killed",
    "slaughter": "killed", "execute": "killed", "wound": "wounded", "injure": "wounded",
    "hurt": "wounded", "abduct": "hostages", "kidnap": "hostages", "seize": "hostages",
    "hold": "hostages", "arrest": "arrested", "detain": "arrested", "jail": "arrested",
    "displace": "displaced", "flee": "displaced", "evacuate": "displaced", "miss": "missing",
    "neutralize": "killed", "neutralise": "killed", "behead": "killed", "assassinate": "killed",
    "gun": "killed", "lynch": "killed", "shoot": "wounded",
}  # fmt: skip
NOUN_KINDS = {
    "hostage": "hostages", "captive": "hostages", "dead": "killed", "death": "killed",
    "fatality": "killed", "casualty": "killed", "body": "killed", "wounded": "wounded",
    "injured": "wounded", "refugee": "displaced", "evacuee": "displaced",
    "detainee": "arrested", "prisoner": "arrested", "missing": "missing",
    "kia": "killed", "wia": "wounded",
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
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen"])}  # fmt: skip
WORD_NUMBERS.update({w: 10 * i for i, w in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2)})  # fmt: skip
# What a number next to these words counts is not people: "aged 25", "25 percent", "day 48",
# "violated the ceasefire 11 times".
NOT_PEOPLE = frozenset({"%", "percent", "per", "year", "years", "-year", "day", "days", "month",
                        "months", "week", "weeks", "hour", "hours", "km", "kilometres",
                        "kilometers", "miles", "aged", "age", "dollars", "$", "billion",
                        "times", "occasions", "minutes", "seconds"})  # fmt: skip
SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_DIGITS = re.compile(r"^\d[\d,]*(\.\d+)?$")


# Words that end the noun phrase a headline's count starts: "Five IS militants killed".
PHRASE_ENDS = frozenset({"IN", "TO", "WDT", "WP", "MD", ",", ":", ".", "``", "''", "-LRB-",
                         "-RRB-", "HYPH"})  # fmt: skip
PHRASE_WORDS = 5  # words between a headline's count and its outcome, at most


def find_numbers(article: Article) -> list[NumericReport]:
    reports: list[NumericReport] = []
    for sentence in article.sentences:
        if not sentence.coded:
            continue
        span = char_span(article.doc, sentence.start, sentence.end)
        # Only a number or a vague amount ("scores of") opens a report of either kind.
        amounts = [t for t in span if t.like_num or t.lower_ in VAGUE_AMOUNTS]
        found = [r for token in amounts if (r := _report(token, span, sentence.index)) is not None]
        taken = {(r.start, r.kind) for r in found}
        surface = [_surface_report(token, span, sentence.index) for token in amounts]
        found += [r for r in surface if r is not None and (r.start, r.kind) not in taken]
        reports += found
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
    return _numeric_report(
        kind, value, qualifier, first, counted, sentence,
        attribution=attribution_of(_governing_verb(counted) or counted, span),
        victims=counted.text if counted.lemma_.lower() not in NOUN_KINDS else None,
    )  # fmt: skip


def _numeric_report(kind: str, value: int | None, qualifier: str, first: Any, last: Any,
                    sentence: int, *, attribution: str | None, victims: str | None) -> NumericReport:  # fmt: skip
    """The report whose words run from `first` (its qualifier or number) to `last`."""
    return NumericReport(
        kind=kind, value=value, qualifier=qualifier, text=first.doc[first.i : last.i + 1].text,
        start=first.idx, end=last.idx + len(last.text), sentence=sentence,
        attribution=attribution, victims=victims,
    )  # fmt: skip


def _surface_report(token: Any, span: Any, sentence: int) -> NumericReport | None:
    """Headline grammar the parser misreads ("Five IS militants killed near ...", "Three dead
    as ...", "SEVEN VILLAGERS TORTURED AND KILLED"): a count, a few words naming whom, then
    an outcome word, with no preposition, clause or punctuation between."""
    if not token.like_num or _not_people(token) or (value := _value(token)) is None:
        return None
    doc = token.doc
    for word in doc[token.i + 1 : min(token.i + 2 + PHRASE_WORDS, span.end)]:
        kind = _outcome_kind(word)
        if kind is not None:
            while word.i + 2 < span.end and doc[word.i + 1].tag_ == "CC":
                last = doc[word.i + 2]  # "abducted and killed": what became of them
                if _outcome_kind(last) is None:
                    break
                word, kind = last, _outcome_kind(last)
            words = doc[token.i + 1 : word.i]
            nouns = [w for w in words if w.pos_ in ("NOUN", "PROPN")]
            qualifier, first = _qualifier(token)
            return _numeric_report(
                kind, value, qualifier, first, word, sentence,
                attribution=attribution_of(word, span), victims=nouns[-1].text if nouns else None,
            )  # fmt: skip
        if word.tag_ in PHRASE_ENDS or word.like_num or word.is_punct:
            return None
    return None


def _amount(token: Any) -> tuple[int | None, str, Any] | None:
    """(value, qualifier, first word) for a number word, or a vague amount like "scores of"."""
    lower = token.lower_
    if lower in VAGUE_AMOUNTS and any(c.lower_ == "of" for c in token.children):
        return None, VAGUE_AMOUNTS[lower], token
    counting = token.dep_ in ("nummod", "nsubj", "nsubjpass", "dobj", "pobj", "ROOT")
    if token.like_num and (counting or _outcome_child(token)):
        if _not_people(token):
            return None
        value = _value(token)
        if value is None:
            return None
        doc = token.doc
        if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in WORD_NUMBERS:
            tens = doc[token.i - 2]  # "twenty-five", split by the tokenizer
            return WORD_NUMBERS[tens.lower_] + value, *_qualifier(tens)
        return value, *_qualifier(token)
    return None


def _outcome_child(token: Any) -> bool:
    """ "7 killed in ...": a headline's participle on the number, whatever the parse made it."""
    return any(c.dep_ in ("acl", "amod") and _outcome_kind(c) for c in token.children)


def _outcome_kind(word: Any) -> str | None:
    """The kind a participle or adjective of an outcome gives: "killed", "dead", "injured"."""
    return VERB_KINDS.get(lemma_of(word)) or NOUN_KINDS.get(word.lower_)


def _not_people(token: Any) -> bool:
    """Years, percentages, ages, days and sums are not counts of people."""
    if token.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"):
        return True
    doc = token.doc
    near = {doc[i].lower_ for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)}
    return bool(near & NOT_PEOPLE)


def _value(token: Any) -> int | None:
    text = token.lower_
    tens, _, unit = text.partition("-")  # "twenty-five"
    if _DIGITS.match(text):
        number = float(text.replace(",", ""))
    elif text in WORD_NUMBERS:
        number = WORD_NUMBERS[text]
    elif tens in WORD_NUMBERS and unit in WORD_NUMBERS:
        number = WORD_NUMBERS[tens] + WORD_NUMBERS[unit]
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
        noun = token.head
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head  # "Six Burkina soldiers": soldiers, not Burkina
        return noun
    for child in token.children:
        if child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return token


def _kind(noun: Any) -> str | None:
    if lemma_of(noun) in NOUN_KINDS:
        return NOUN_KINDS[lemma_of(noun)]
    if noun.pos_ == "PROPN" and lemma_of(noun) in VERB_KINDS:
        return VERB_KINDS[lemma_of(noun)]  # "Policeman Kills Two": a verb in capitals
    if noun.dep_ in ("nsubj", "npadvmod") and lemma_of(noun.head) in NOUN_KINDS:
        return NOUN_KINDS[lemma_of(noun.head)]  # "Three dead as ..."
    if _toll_rises_to(noun):
        return "killed"  # "the death toll rose to 67"
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and lemma_of(prep.head) in NOUN_KINDS:
        return NOUN_KINDS[lemma_of(prep.head)]  # "the deaths of five soldiers"
    # "Fourteen killed in clashes": a headline's participle hangs on the number it counts.
    for child in noun.children:
        if child.dep_ in ("acl", "amod") and _outcome_kind(child):
            return _outcome_kind(child)
    verb = _governing_verb(noun)
    if verb is not None:
        return VERB_KINDS.get(lemma_of(verb))
    return None


def _modifies_noun(token: Any) -> bool:
    prep = token.head
    return (
        token.dep_ == "pobj" and prep.lower_ != "of"  # "hundreds of people were killed"
        and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.i != prep.i
    )  # fmt: skip


def _toll_rises_to(noun: Any) -> bool:
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "at") or prep.head.i == prep.i:
        return False
    verb = prep.head
    return any(lemma_of(c) == "toll" for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


def _governing_verb(noun: Any) -> Any:
    """The nearest verb above the noun (a headline's capitalised verb counts: "Kills"); none
    for a noun that modifies another noun ("talks on 5 points, then the vote killed ...")."""
    token = noun
    for _ in range(3):
        if token.head.i == token.i or _modifies_noun(token):
            return None
        token = token.head
        if token.pos_ == "VERB" or lemma_of(token) in VERB_KINDS:
            return token
    return None
