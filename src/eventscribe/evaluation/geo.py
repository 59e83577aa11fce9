"""Toponym resolution scored on GeoWebNews-format records (`../shared/gold/geo_dev.jsonl`).

Each record gives a text and its toponym spans with gold coordinates. Every span is
resolved in the context of its text (the other toponyms, the parser's place entities, the
states and counties that begin organizations' names and the state abbreviations after
towns or in legislators' labels that the tagger missed, resolved together by `DocumentPlaces`, as the place stage
does), and scored as the GeoWebNews paper does: accuracy within 161 km (100 miles), median
error in km (an unresolved toponym counts 20,000 km), and the share of exact GeoNames ids
where the gold gives one. The headline scores are on
the literal types (places proper); `all_types` adds metonyms, demonyms and coercions.
Each literal miss carries its general cause (`_cause`: no reading, ranking or context, an
area's point, the gold not in the gazetteer, other), counted in `miss_causes`.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from typing import Any

from eventscribe.article import Place
from eventscribe.where.gazetteer import Gazetteer, haversine_km, load_gazetteer
from eventscribe.where.mentions import (
    PLACE_LABELS,
    organization_places,
    party_states,
    qualifier_codes,
)
from eventscribe.where.phrases import Mention
from eventscribe.where.ranking import Candidate
from eventscribe.where.resolve import DocumentPlaces

LITERAL_TYPES = frozenset({"Literal", "Mixed", "Embedded_Literal", "Literal_Modifier"})
ACCURATE_KM = 161.0
UNRESOLVED_KM = 20_000.0
MAX_MISSES = 200


def is_geo_record(record: dict[str, Any]) -> bool:
    """A GeoWebNews-format record: a text and toponyms with coordinates."""
    toponyms = record.get("toponyms")
    return (
        isinstance(record.get("text"), str)
        and isinstance(toponyms, list)
        and all(
            isinstance(t, dict) and {"start", "end", "lat", "lon"} <= t.keys() for t in toponyms
        )
    )


def evaluate_geo(records: list[dict[str, Any]], *, model: str | None = None) -> dict[str, Any]:
    """Scores of resolving every toponym of `records`; `model` is the spaCy pipeline used for
    context entities (default: the settings' model)."""
    from eventscribe.parse import load_model
    from eventscribe.settings import Settings

    nlp = load_model(model or Settings().model)
    gazetteer = load_gazetteer()
    outcomes = []
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        outcomes.extend(_record_outcomes(record, doc, gazetteer))
    literal = [o for o in outcomes if o["type"] in LITERAL_TYPES]
    by_type = defaultdict(list)
    for outcome in outcomes:
        by_type[outcome["type"]].append(outcome)
    misses = [o for o in literal if o["km"] > ACCURATE_KM]
    return {
        "records": len(records),
        **_scores(literal),
        "all_types": _scores(outcomes),
        "by_type": {kind: _scores(items) for kind, items in sorted(by_type.items())},
        "miss_causes": dict(Counter(o["cause"] for o in misses).most_common()),
        "misses": misses[:MAX_MISSES],
    }


def _overlaps(mention: Mention, spans: set[tuple[int, int]]) -> bool:
    return any(start < mention.end and mention.start < end for start, end in spans)


def _record_outcomes(record: dict[str, Any], doc: Any, gazetteer: Gazetteer) -> list[dict]:
    text = record["text"]
    gold = [_mention(text, t, gazetteer) for t in record["toponyms"]]
    spans = {(m.start, m.end) for m in gold}
    context = [
        Mention(ent.text, ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ in PLACE_LABELS and (ent.start_char, ent.end_char) not in spans
    ]
    context += [m for m in organization_places(doc, gazetteer) if not _overlaps(m, spans)]
    named = sorted(gold + context, key=lambda m: m.start)
    context += [m for m in qualifier_codes(text, named, gazetteer) if not _overlaps(m, spans)]
    context += [m for m in party_states(text, gazetteer) if not _overlaps(m, spans)]
    mentions = sorted(gold + context, key=lambda m: m.start)
    places = DocumentPlaces(gazetteer, mentions, text=text)
    outcomes = []
    for toponym, mention in zip(record["toponyms"], gold, strict=True):
        outcome = _outcome(record, toponym, places.resolve(mention).place)
        if outcome["km"] > ACCURATE_KM:
            outcome["cause"] = _cause(toponym, outcome, places.ranked.get(mention.text, []), gazetteer)
        outcomes.append(outcome)
    return outcomes


def _mention(text: str, toponym: dict[str, Any], gazetteer: Gazetteer) -> Mention:
    words = text[toponym["start"] : toponym["end"]]
    demonym = words if gazetteer.is_demonym(words) else None
    return Mention(words, toponym["start"], toponym["end"], demonym=demonym)


def _outcome(record: dict[str, Any], toponym: dict[str, Any], place: Place | None) -> dict:
    km = UNRESOLVED_KM
    if place is not None and place.lat is not None and place.lon is not None:
        km = haversine_km(place.lat, place.lon, toponym["lat"], toponym["lon"])
    gold_id = toponym.get("geonameid")
    return {
        "id": record.get("id"),
        "text": record["text"][toponym["start"] : toponym["end"]],
        "type": toponym.get("type", "Literal"),
        "gold": toponym.get("name"),
        "predicted": None if place is None else f"{place.name} ({place.gazetteer_id})",
        "km": round(km, 1),
        "resolved": place is not None,
        "id_match": None
        if not gold_id
        else bool(place and place.gazetteer_id == f"geonames:{gold_id}"),
    }


AREA_KINDS = frozenset({"continent", "country", "admin1", "region", "water", "territory"})


def _cause(
    toponym: dict[str, Any], outcome: dict[str, Any], readings: list[Candidate], gazetteer: Gazetteer
) -> str:
    """Why a toponym was missed, in general terms (a diagnostic, never a score):
    "no reading" (the gazetteer knows no place of the name: the text's places stood in),
    "ranking or context" (the gold's place is among the name's readings, not first),
    "area's point" (the name was read as an area, a region, a sea or a river, whose
    point lies far from the gold's), "gold not in gazetteer" (the gold's GeoNames place
    is not in the gazetteer: a neighbourhood, a street, a building, a small village),
    "other"."""
    if not readings:
        return "no reading"
    gold = f"geonames:{toponym['geonameid']}" if toponym.get("geonameid") else None
    near = [
        c for c in readings
        if haversine_km(c.lat, c.lon, toponym["lat"], toponym["lon"]) <= ACCURATE_KM
    ]  # fmt: skip
    if near or (gold and any(c.gazetteer_id == gold for c in readings)):
        return "ranking or context"
    if readings[0].kind in AREA_KINDS:
        return "area's point"
    if gold and gold.removeprefix("geonames:") not in gazetteer.by_id:
        return "gold not in gazetteer"
    return "other"


def _scores(outcomes: list[dict]) -> dict[str, Any]:
    if not outcomes:
        return {
            "toponyms": 0,
            "acc_161km": 0.0,
            "median_km": None,
            "geonameid_match": None,
            "resolved": 0.0,
        }
    with_id = [o["id_match"] for o in outcomes if o["id_match"] is not None]
    return {
        "toponyms": len(outcomes),
        "acc_161km": round(sum(o["km"] <= ACCURATE_KM for o in outcomes) / len(outcomes), 4),
        "median_km": round(statistics.median(o["km"] for o in outcomes), 1),
        "geonameid_match": round(sum(with_id) / len(with_id), 4) if with_id else None,
        "resolved": round(sum(o["resolved"] for o in outcomes) / len(outcomes), 4),
    }
