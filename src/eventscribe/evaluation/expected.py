"""Score one article's run against a hand-written `*.expected.json` (see examples/).

An expected event is found when a coded event has one of its acceptable CAMEO codes, its
evidence sentence contains one of the expected snippets, and its source and target fit
the descriptions ("Iran (foreign minister)" fits an actor of Iran; null target fits
none). An expected actor is found when all its listed spellings are mentions of ONE
actor. Numbers match on kind, count and qualifier; boilerplate lines must be flagged.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from eventscribe.actors import knowledge
from eventscribe.normalize import normalize_text

_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]+")
_VAGUE = {"armed", "group", "insurgent", "military", "civilians", "foreign", "minister", "mission"}


def load_expected(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def score_expected(expected: dict[str, Any], result: Any) -> dict[str, Any]:
    """`result` is an `eventscribe.api.Result` for the expected file's article."""
    events = [_find_event(e, result) for e in expected.get("events", [])]
    actors = [_find_actor(a, result) for a in expected.get("actors", [])]
    numbers = [_find_number(n, result) for n in expected.get("casualty_reports", [])]
    boilerplate = [_find_boilerplate(b, result) for b in expected.get("boilerplate", [])]
    return {
        "events": _tally(events),
        "actors": _tally(actors),
        "numbers": _tally(numbers),
        "boilerplate": _tally(boilerplate),
    }


def _tally(items: list[dict[str, Any]]) -> dict[str, Any]:
    found = sum(1 for item in items if item["found"])
    return {"expected": len(items), "found": found, "items": items}


def _find_event(expected: dict[str, Any], result: Any) -> dict[str, Any]:
    snippets = [_norm(s) for s in expected.get("evidence_contains", [])]
    codes = set(expected.get("cameo_any_of", []))
    matching = [
        event
        for event in result.events
        if any(s in _norm(event["evidence"]["sentence"]) for s in snippets)
        and event["cameo"] in codes
        and _fits(expected.get("source"), event["source"])
        and _fits(expected.get("target"), event["target"])
    ]
    # Several mentions of one event (the Doha meeting is told twice): score the one that
    # passes most checks, as the event (cluster) level would show it.
    best = max(
        matching,
        key=lambda e: sum(_event_checks(expected, e).values()),
        default=None,
    )
    return {
        "id": expected["id"],
        "found": best is not None,
        "event": best and {k: best[k] for k in ("cameo", "event_date", "modality", "id")},
        "checks": best and _event_checks(expected, best),
    }


def _event_checks(expected: dict[str, Any], event: dict[str, Any]) -> dict[str, bool]:
    checks: dict[str, bool] = {}
    if "date" in expected:
        checks["date"] = event["event_date"] == expected["date"]
    if "date_range" in expected:
        low, high = expected["date_range"]
        checks["date"] = low <= (event["event_date"] or "") <= high
    if "modality" in expected:
        checks["modality"] = event["modality"] == expected["modality"]
    location = expected.get("location")
    if location:
        place = event.get("place") or {}
        # The name as resolved ("Israel-Lebanon border") or as written ("the Lebanese border").
        names = _norm(place.get("name") or "") + " | " + _norm(place.get("text") or "")
        checks["place"] = place.get("country") == location.get("country") and (
            "name" not in location or _norm(location["name"]) in names
        )
    return checks


def _fits(description: str | None, actor: dict[str, Any] | None) -> bool:
    if description is None:
        return actor is None
    if actor is None:
        return False
    words = {_norm(w) for w in _WORDS.findall(description)} - _VAGUE
    country = knowledge.country(actor["country"]) if actor.get("country") else None
    haystack = " ".join(
        _norm(x)
        for x in (actor.get("name"), actor.get("text"), country.name if country else None)
        if x
    )
    aliases = _aliases(actor)
    return any(w in haystack or w in aliases for w in words)


def _aliases(actor: dict[str, Any]) -> set[str]:
    """Demonyms and names of the actor's country ("Palestinians" fits PSE)."""
    found: set[str] = set()
    for word in _WORDS.findall(actor.get("text") or ""):
        country = knowledge.country_by_name(word)
        if country is not None and country.iso3 == actor.get("country"):
            found.add(_norm(word))
    country = knowledge.country(actor["country"]) if actor.get("country") else None
    if country is not None:
        found.update(_norm(n) for n in (country.name, *country.names, *country.adjectives))
    return found


def _find_actor(expected: dict[str, Any], result: Any) -> dict[str, Any]:
    wanted = {_norm(m) for m in expected.get("mentions", [])}
    owners: dict[str, set[str]] = {}
    for actor in result.actors:
        forms = {_norm(f) for f in actor["forms"]}
        for mention in wanted:
            # A spelling counts when it is a form, or a whole-word part of one: the text
            # writes "Amir-Abdollahian" only inside "Hossein Amir-Abdollahian".
            if any(re.search(rf"(?<![\w-]){re.escape(mention)}(?![\w-])", f) for f in forms):
                owners.setdefault(mention, set()).add(actor["id"])
    ids = set().union(*owners.values()) if owners else set()
    return {
        "canonical": expected["canonical"],
        "found": len(owners) == len(wanted) and len(ids) == 1,
        "actor_ids": sorted(ids),
        "missing": sorted(wanted - set(owners)),
    }


def _find_number(expected: dict[str, Any], result: Any) -> dict[str, Any]:
    snippet = _norm(expected.get("evidence_contains", ""))
    for number in result.numbers:
        if number["kind"] != expected["kind"] or number["value"] != expected.get("count"):
            continue
        if (
            snippet
            and _norm(number["text"]) not in snippet
            and snippet not in _norm(number.get("sentence") or number["text"])
        ):
            continue
        checks = {"qualifier": number["qualifier"] == expected.get("qualifier")}
        if expected.get("reported_by"):
            checks["reported_by"] = _norm(expected["reported_by"]) in _norm(
                number.get("attribution") or ""
            )
        return {"kind": expected["kind"], "found": True, "checks": checks}
    return {"kind": expected["kind"], "found": False, "checks": None}


def _find_boilerplate(expected: dict[str, Any], result: Any) -> dict[str, Any]:
    line = _norm(expected["text"])
    article = result.article
    flagged = [
        _norm(article.text[p.start : p.end])
        for p in article.paragraphs
        if p.kind in ("boilerplate", "caption")
    ]
    coded = any(line in _norm(e["evidence"]["sentence"]) for e in result.events)
    return {"text": expected["text"], "found": line in flagged and not coded}


def _norm(text: str) -> str:
    folded = " ".join(normalize_text(text).lower().split())
    return folded.removeprefix("the ")
