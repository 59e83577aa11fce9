"""The stored record of a coded act: its CAMEO and PLOVER codes, modality, evidence and
confidence."""

from __future__ import annotations

from typing import Any

from eventscribe.article import ActorRef, Article, Event
from eventscribe.coding.coded import Coded
from eventscribe.coding.modality import modality_of
from eventscribe.coding.news_rules import habitual
from eventscribe.coding.ontology import CameoCode, CameoCodeError, cameo


def event_record(
    article: Article,
    index: int,
    item: Coded,
    source: ActorRef | None,
    target: ActorRef | None,
    span: Any,
    headline: bool,
) -> Event | None:
    info = _code_info(item.code)
    if info is None or habitual(item.predicate):
        return None
    modality = modality_of(item.predicate, span, headline=headline)
    sentence = article.sentences[index]
    pred = item.predicate
    return Event(
        sentence=index,
        cameo=item.code if item.code.isdigit() else info.code,  # a dictionary's own code
        source=source,
        target=target,
        trigger=pred.text,
        trigger_start=pred.idx,
        trigger_end=pred.idx + len(pred.text),
        **code_fields(info),
        event_date=article.published,
        date_precision="publication",
        modality=item.modality
        if item.modality and modality.modality == "asserted"
        else modality.modality,
        attribution=modality.attribution,
        evidence_start=sentence.start,
        evidence_end=sentence.end,
        confidence=_confidence(item, target),
        pattern=item.pattern,
    )


def code_fields(info: CameoCode) -> dict[str, Any]:
    """What an event takes from its CAMEO record: its quad class, Goldstein score and PLOVER
    type and mode."""
    return {"quad_class": info.quad_class, "goldstein": info.goldstein,
            "plover_type": info.plover_type, "plover_mode": info.plover_mode}  # fmt: skip


def _code_info(code: str) -> CameoCode | None:
    """The CAMEO record of a code; a user dictionary's own numeric code is kept bare."""
    try:
        return cameo(code)
    except CameoCodeError:
        if not (code.isdigit() and 2 <= len(code) <= 4):
            return None
        return CameoCode(code=code, name="", root=code[:2], parent=None, quad_class=None,
                         goldstein=None, plover_type=None, plover_mode=None)  # fmt: skip


def _confidence(item: Coded, target: ActorRef | None) -> float:
    score = 0.6
    if item.pattern and not item.pattern.startswith("default"):
        score += 0.2
    if target is not None:
        score += 0.1
    return round(min(score, 0.95), 2)
