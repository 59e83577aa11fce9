"""Place phrases as wide as the place they name: the small tagger often cuts a place name
short or leaves its direction out.

- a direction before the name names a part of it: "northern Burkina Faso", "east DR Congo",
  and a lone direction the tagger took for the place ("NE" in "NE Nigeria");
- "the north of Mali", "the northern part of Mali" are northern Mali;
- a capitalised word before the name that makes a longer name the gazetteer knows: "DR
  Congo", not the other Congo;
- "the city of Kandahar" is looked up as such, the city rather than the province, and
  "Kaduna state" with its generic word, the state rather than the city.
Overlapping phrases keep the widest.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventscribe.syntax import char_span
from eventscribe.where.gazetteer import Gazetteer
from eventscribe.where.names import name_key
from eventscribe.where.parts import abbreviated_direction, direction_of
from eventscribe.where.phrases import Mention

MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod"})
MAX_WORDS_BEFORE = 2
KIND_NOUNS = frozenset({"city", "town", "village", "province", "state", "region", "district"})
PART_NOUNS = frozenset({"part", "parts", "tip", "end", "edge", "side", "reaches", "areas"})
GENERIC_AFTER = frozenset({
    "state", "province", "region", "county", "district", "governorate", "oblast", "city",
    "department", "prefecture", "township", "municipality", "commune",
})  # fmt: skip


def widened(doc: Any, mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Each mention widened (see the module's rules); of overlapping ones, the widest."""
    wide = [widen(doc, mention, gazetteer) for mention in mentions]
    wide.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in wide:
        if kept and mention.start < kept[-1].end:
            continue  # inside (or across) the wider one before it
        kept.append(mention)
    return kept


def widen(doc: Any, mention: Mention, gazetteer: Gazetteer) -> Mention:
    span = char_span(doc, mention.start, mention.end)
    if span is None or not len(span) or mention.demonym:
        return mention
    first, last = span.start, span.end - 1
    if len(span) == 1 and direction_of(span[0].text) and _named_after(span[0]):
        last = span[0].head.i  # "NE" + "Nigeria"
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and after.lower_ in GENERIC_AFTER and doc[last].head.i == after.i:
        last = after.i  # "Kaduna state", "Maguindanao province"
    last = _hyphened_direction(doc, last)
    for _ in range(MAX_WORDS_BEFORE):
        before = doc[first - 1] if first > 0 else None
        if before is None:
            break
        if not (_modifies(before, first, last) or abbreviated_direction(before.text)):
            break
        longer = doc[before.i : last + 1].text
        if _direction_word(before) or _known(gazetteer, longer):
            first = before.i
        else:
            break
    region = _region_of(span.root) if first == span.start else None
    if region is not None:
        text = f"{region.text} {doc[first : last + 1].text}"
        return _mention(mention, text, region.idx, doc[last])
    kind = _kind_of(span.root) if first == span.start else None
    if kind is not None:  # "the city of Kandahar": the city, not the province
        text = f"{kind.text} of {doc[first : last + 1].text}"
        return type(mention)(text, mention.start, mention.end)
    if (first, last) == (span.start, span.end - 1):
        return mention
    return _mention(mention, doc[first : last + 1].text, doc[first].idx, doc[last])


def _direction_word(token: Any) -> bool:
    """A direction before a name: "northern", "NE", or an abbreviation with its point
    ("E. Ukraine"), which the small parser may tie to the name in any way (`widen` takes
    it whatever its dependency)."""
    return bool(direction_of(token.text) or abbreviated_direction(token.text))


def _hyphened_direction(doc: Any, last: int) -> int:
    """The name's last word, with a direction hyphened to it: "Centre-north"."""
    if last + 2 >= len(doc) or doc[last].whitespace_ or doc[last + 1].whitespace_:
        return last
    hyphened = doc[last + 1].text in ("-", "\u2013") and direction_of(doc[last + 2].text)
    return last + 2 if hyphened else last


def _named_after(token: Any) -> bool:
    head = token.head
    return head.i > token.i and head.pos_ == "PROPN" and token.dep_ == "compound"


def _modifies(token: Any, first: int, last: int) -> bool:
    """A word of the same noun phrase, written before the name."""
    return token.dep_ in MODIFIERS and first <= token.head.i <= last + 1


def _known(gazetteer: Gazetteer, text: str) -> bool:
    return bool(text[:1].isupper() and gazetteer.entries(name_key(text)))


def _region_of(token: Any) -> Any:
    """ "the north of Mali", "the northern part of Mali": the direction word whose "of"
    phrase the name is."""
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    noun = token.head.head
    if noun.i > token.i:
        return None
    if direction_of(noun.text):
        return noun
    if noun.lower_ in PART_NOUNS:
        return next((c for c in noun.children if c.dep_ == "amod" and direction_of(c.text)), None)
    return None


def _kind_of(token: Any) -> Any:
    """ "the city of Kandahar", "Kaduna's state of ...": the generic noun whose "of"
    phrase the name is."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    noun = token.head.head
    return noun if noun.i < token.i and noun.lower_ in KIND_NOUNS else None


def _mention(old: Mention, text: str, start: int, last: Any) -> Mention:
    end = max(old.end, last.idx + len(last.text))
    return type(old)(text, start, end)
