"""Flat rows, one per table row, from a processed Article.

These are what the store writes and what `eventscribe.process()` shapes into JSON, so an
event read back from the database and one from `process()` are the same dict. Values are
normalised here (dates, floats) so both paths carry the same Python types.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections import Counter
from typing import Any

from eventscribe.actors.candidate import is_spelling
from eventscribe.actors.home import SOURCE as GUESSED  # the role source of a guessed country
from eventscribe.article import Actor, ActorRef, Article, Event, NumericReport, Place, Role
from eventscribe.coding.ontology import CameoCodeError, cameo

ACTOR_PARTS = ("actor_id", "name", "country", "sector", "code", "text", "start", "end")
PLACE_PARTS = ("name", "country", "admin1", "lat", "lon", "gazetteer_id", "precision", "text")


def stable_id(*parts: Any) -> str:
    """16 hex digits that depend only on `parts`: the same input gives the same id."""
    key = "|".join("" if part is None else str(part) for part in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def event_id(article: Article, event: Event, *, digest: str | None = None) -> str:
    """Stable: (content hash, sentence, trigger offset, code, source id, target id).

    `digest` is the article's content hash when the caller has it (hashing is not free).
    """
    source = event.source.id if event.source else None
    target = event.target.id if event.target else None
    digest = digest or article.content_hash
    return stable_id(digest, event.sentence, event.trigger_start, event.cameo, source, target)


def event_row(article: Article, event: Event, *, digest: str | None = None) -> dict[str, Any]:
    """The events-table row of one event (every column of `events`)."""
    start, end = _evidence_span(article, event)
    row: dict[str, Any] = {
        "id": event_id(article, event, digest=digest),
        "article_id": article.id,
        "sentence": event.sentence,
        "event_date": as_date(event.event_date) or _publication_date(article, event),
        "date_end": as_date(event.date_end),
        "date_precision": event.date_precision,
        "date_expression": event.date_expression,
        "published": as_date(article.published),
    }
    row.update(_actor_columns("source", event.source))
    row.update(_actor_columns("target", event.target))
    row.update(
        cameo=event.cameo,
        cameo_root=event.cameo[:2],
        cameo_name=cameo_name(event.cameo),
        quad_class=_int(event.quad_class),
        goldstein=_float(event.goldstein),
        plover_type=event.plover_type,
        plover_mode=event.plover_mode,
    )
    row.update(_place_columns(event.place))
    row.update(
        modality=event.modality,
        attribution=event.attribution,
        evidence_sentence=article.text[start:end],
        evidence_start=start,
        evidence_end=end,
        trigger=event.trigger,
        trigger_start=event.trigger_start,
        trigger_end=event.trigger_end,
        confidence=_float(event.confidence),
        pattern=event.pattern,
        cluster_id=None,
        **_casualty_columns(event),
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        civilian_targeting=event.civilian_targeting,
    )
    return row


def _casualty_columns(event: Event) -> dict[str, Any]:
    killed, injured, arrested = event.fatalities, event.injured, event.arrested
    return {
        "fatalities": killed.value if killed else None,
        "fatalities_qualifier": killed.qualifier if killed else None,
        "fatalities_attribution": killed.attribution if killed else None,
        "injured": injured.value if injured else None,
        "injured_qualifier": injured.qualifier if injured else None,
        "arrested": arrested.value if arrested else None,
        "arrested_qualifier": arrested.qualifier if arrested else None,
    }


def event_rows(article: Article) -> list[dict[str, Any]]:
    """One row per distinct event id, in the article's order (a repeated event is kept once)."""
    rows: dict[str, dict[str, Any]] = {}
    digest = article.content_hash if article.events else None
    for event in article.events:
        row = event_row(article, event, digest=digest)
        rows.setdefault(row["id"], row)
    return list(rows.values())


def _evidence_span(article: Article, event: Event) -> tuple[int, int]:
    """The event's evidence offsets, or its sentence's when the coder left them unset."""
    if event.evidence_end > event.evidence_start:
        return event.evidence_start, event.evidence_end
    if 0 <= event.sentence < len(article.sentences):
        sentence = article.sentences[event.sentence]
        return sentence.start, sentence.end
    return event.evidence_start, event.evidence_end


def _publication_date(article: Article, event: Event) -> dt.date | None:
    # An event the text gives no date for happened, as far as we know, when it was reported.
    return as_date(article.published) if event.date_precision == "publication" else None


def cameo_name(code: str) -> str | None:
    try:
        return cameo(code).name
    except CameoCodeError:
        return None


def _actor_columns(prefix: str, ref: ActorRef | None) -> dict[str, Any]:
    if ref is None:
        return {f"{prefix}_{part}": None for part in ACTOR_PARTS}
    values = (ref.id, ref.name, ref.country, ref.sector, ref.code, ref.text, ref.start, ref.end)
    return {f"{prefix}_{part}": value for part, value in zip(ACTOR_PARTS, values, strict=True)}


def _place_columns(place: Place | None) -> dict[str, Any]:
    if place is None:
        return {f"place_{part}": None for part in PLACE_PARTS}
    row = {f"place_{part}": getattr(place, part) for part in PLACE_PARTS}
    row["place_lat"], row["place_lon"] = _float(place.lat), _float(place.lon)
    return row


def article_row(article: Article) -> dict[str, Any]:
    """The articles-table row; `run_id` and `ingested_at` are filled by the store."""
    return {
        "id": article.id,
        "content_hash": article.content_hash,
        "published": as_date(article.published),
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
        "run_id": None,
        "ingested_at": None,
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


def participant_rows(article: Article) -> list[dict[str, Any]]:
    """One row a participant: its fields are the table's columns."""
    return [{"article_id": article.id, **dataclasses.asdict(p)} for p in article.participants]


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


def number_rows(article: Article) -> list[dict[str, Any]]:
    return [number_row(article, number) for number in article.numbers]


def actor_row(actor: Actor, seen: dt.date | None) -> dict[str, Any]:
    """The registry row of an actor as one article saw it on `seen` (its publication date).
    A country only guessed from the article's other actors stays on this article's events
    and roles, not on the registry entry (the Bundesbank in a Washington story is not
    American)."""
    guessed = _guessed_country(actor)
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "country": None if guessed else actor.country,
        "sector": actor.sector,
        "code": None if guessed else actor.code,
        "role": actor.role,
        "first_seen": as_date(seen),
        "last_seen": as_date(seen),
    }


def _guessed_country(actor: Actor) -> bool:
    """Whether the actor's country came only from the article country guess."""
    if actor.country is None:
        return False
    sources = {role.source for role in actor.roles if role.country == actor.country}
    return sources == {GUESSED}


def participant_actor(ref: ActorRef) -> Actor:
    """A registry entry for an event participant the actors stage did not list."""
    kind = ref.id.partition(":")[0] if ":" in ref.id else "actor"
    return Actor(
        id=ref.id, name=ref.name, kind=kind, country=ref.country, sector=ref.sector, code=ref.code
    )


def article_actors(article: Article) -> list[Actor]:
    """The article's actors, and any event participant missing from them."""
    actors = dict(article.actors)
    for event in article.events:
        for ref in (event.source, event.target):
            if ref is not None and ref.id not in actors:
                actors[ref.id] = participant_actor(ref)
    return list(actors.values())


def form_counts(article: Article) -> Counter[tuple[str, str]]:
    """(actor id, spelling) -> mentions in this article: names, not pronouns, titles or
    descriptions (`actors.candidate.is_spelling`).

    A spelling the resolver recorded on the actor without a mention counts once.
    """
    counts: Counter[tuple[str, str]] = Counter(
        (m.actor_id, m.text)
        for m in article.mentions
        if m.actor_id in article.actors and is_spelling(m)  # not "he", "the company"
    )
    for actor in article.actors.values():
        for form in actor.forms:
            if (actor.id, form) not in counts:
                counts[(actor.id, form)] = 1
    return counts


def role_key(actor_id: str, role: Role) -> str:
    """Identity of a role row: roles read from text widen one row; dictionary periods stay apart."""
    dated = role.source != "text"
    return stable_id(
        actor_id, role.title, role.country, role.sector, role.code, role.source,
        as_date(role.valid_from) if dated else None, as_date(role.valid_to) if dated else None,
    )  # fmt: skip


def role_row(actor_id: str, role: Role, seen: dt.date | None) -> dict[str, Any]:
    return {
        "id": role_key(actor_id, role),
        "actor_id": actor_id,
        "title": role.title,
        "country": role.country,
        "sector": role.sector,
        "code": role.code,
        "valid_from": as_date(role.valid_from),
        "valid_to": as_date(role.valid_to),
        "source": role.source,
        "evidence": role.evidence,
        "article_id": role.article_id,
        "first_seen": as_date(seen),
        "last_seen": as_date(seen),
    }


def as_date(value: dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _int(value: int | None) -> int | None:
    return None if value is None else int(value)


def first_with_free_ids(articles: list[Article], seen: set[str], taken: set[str]) -> list[Article]:
    """The first article of each content not in `seen`, renamed "id~hash" when its id is
    `taken` by other content; updates both sets. One rule for the store and the Dask path."""
    kept = []
    for article in articles:
        digest = article.content_hash
        if digest in seen:
            continue
        seen.add(digest)
        if article.id in taken:
            article = dataclasses.replace(article, id=f"{article.id}~{digest[:8]}")
        taken.add(article.id)
        kept.append(article)
    return kept


# -- every table's rows of a batch ----------------------------------------------------------

ARTICLE_TABLES = ("articles", "paragraphs", "sentences", "mentions", "events", "numbers",
                  "participants")
SIGHTING_TABLES = ("actors", "actor_forms", "actor_roles")
ARTICLE_KEY = "_article"  # in sighting rows: the id (within its batch) of the article that saw it
Tables = dict[str, list[dict[str, Any]]]


def article_tables(articles: list[Article]) -> Tables:
    """table -> rows of analysed articles (ids unique within the batch), with the registry
    sightings of each article (`ARTICLE_KEY` naming it): what `Store.write` stores, and what
    a Dask worker writes as Parquet."""
    tables: Tables = {
        "articles": [article_row(a) for a in articles],
        "paragraphs": [r for a in articles for r in paragraph_rows(a)],
        "sentences": [r for a in articles for r in sentence_rows(a)],
        "mentions": [r for a in articles for r in mention_rows(a)],
        "events": [r for a in articles for r in event_rows(a)],
        "numbers": [r for a in articles for r in number_rows(a)],
        "participants": [r for a in articles for r in participant_rows(a)],
        "actors": [], "actor_forms": [], "actor_roles": [],
    }  # fmt: skip
    for article in articles:
        _add_sightings(tables, article)
    return tables


def _add_sightings(tables: Tables, article: Article) -> None:
    seen = as_date(article.published)
    key = {ARTICLE_KEY: article.id}
    for actor in article_actors(article):
        tables["actors"].append({**actor_row(actor, seen), **key})
        tables["actor_roles"] += [{**role_row(actor.id, role, seen), **key}
                                  for role in actor.roles]  # fmt: skip
    tables["actor_forms"] += [{"actor_id": a, "form": f, "count": n, **key}
                              for (a, f), n in form_counts(article).items()]  # fmt: skip
