"""Flat rows, one per table row, from a processed Article: what the store writes and what
`eventscribe.process()` shapes into JSON, so both give the same event dicts."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from eventscribe.article import ActorRef, Article, Event, NumericReport, Place
from eventscribe.coding.ontology import CameoCodeError, cameo


def event_id(article: Article, event: Event) -> str:
    """Stable: the same content always gives the same ids."""
    key = "|".join(
        str(x)
        for x in (
            article.content_hash, event.sentence, event.trigger_start, event.cameo,
            event.source and event.source.id, event.target and event.target.id,
        )
    )  # fmt: skip
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def event_row(article: Article, event: Event) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": event_id(article, event),
        "article_id": article.id,
        "sentence": event.sentence,
        "event_date": event.event_date,
        "date_end": event.date_end,
        "date_precision": event.date_precision,
        "date_expression": event.date_expression,
        "published": article.published,
    }
    row.update(_actor_columns("source", event.source))
    row.update(_actor_columns("target", event.target))
    row.update(
        cameo=event.cameo,
        cameo_root=event.cameo[:2],
        cameo_name=_cameo_name(event.cameo),
        quad_class=event.quad_class,
        goldstein=event.goldstein,
        plover_type=event.plover_type,
        plover_mode=event.plover_mode,
    )
    row.update(_place_columns(event.place))
    row.update(
        modality=event.modality,
        attribution=event.attribution,
        evidence_sentence=article.text[event.evidence_start : event.evidence_end],
        evidence_start=event.evidence_start,
        evidence_end=event.evidence_end,
        trigger=event.trigger,
        trigger_start=event.trigger_start,
        trigger_end=event.trigger_end,
        confidence=event.confidence,
        pattern=event.pattern,
        cluster_id=None,
    )
    return row


def _cameo_name(code: str) -> str | None:
    try:
        return cameo(code).name
    except CameoCodeError:
        return None


def _actor_columns(prefix: str, ref: ActorRef | None) -> dict[str, Any]:
    fields = ("actor_id", "name", "country", "sector", "code", "text", "start", "end")
    if ref is None:
        return {f"{prefix}_{f}": None for f in fields}
    values = (ref.id, ref.name, ref.country, ref.sector, ref.code, ref.text, ref.start, ref.end)
    return {f"{prefix}_{f}": v for f, v in zip(fields, values, strict=True)}


def _place_columns(place: Place | None) -> dict[str, Any]:
    fields = ("name", "country", "admin1", "lat", "lon", "gazetteer_id", "precision", "text")
    if place is None:
        return {f"place_{f}": None for f in fields}
    return {f"place_{f}": getattr(place, f) for f in fields}


def article_row(article: Article, run_id: int | None, now: Any) -> dict[str, Any]:
    return {
        "id": article.id,
        "content_hash": article.content_hash,
        "published": article.published,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "origin": article.origin,
        "dateline": article.dateline,
        "language": article.language,
        "text": article.text,
        "status": "ok",
        "meta": json.dumps(article.meta, default=str, ensure_ascii=False),
        "duplicate_of": None,
        "run_id": run_id,
        "ingested_at": now,
    }


def number_row(article: Article, number: NumericReport) -> dict[str, Any]:
    place = number.place
    return {
        "article_id": article.id,
        "sentence": number.sentence,
        "kind": number.kind,
        "value": number.value,
        "qualifier": number.qualifier,
        "text": number.text,
        "start": number.start,
        "end": number.end,
        "attribution": number.attribution,
        "victims": number.victims,
        "place_name": place.name if place else None,
        "place_country": place.country if place else None,
    }


def paragraph_rows(article: Article) -> list[dict[str, Any]]:
    return [
        {"article_id": article.id, "idx": i, "start": p.start, "end": p.end, "kind": p.kind}
        for i, p in enumerate(article.paragraphs)
    ]


def sentence_rows(article: Article) -> list[dict[str, Any]]:
    return [
        {
            "article_id": article.id,
            "idx": s.index,
            "start": s.start,
            "end": s.end,
            "paragraph": s.paragraph,
            "coded": s.coded,
        }  # fmt: skip
        for s in article.sentences
    ]


def mention_rows(article: Article) -> list[dict[str, Any]]:
    return [
        {
            "article_id": article.id,
            "sentence": m.sentence,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "actor_id": m.actor_id,
            "kind": m.kind,
        }  # fmt: skip
        for m in article.mentions
    ]
