"""Score article-level event coding on hand-annotated news (`../shared/gold/news_dev.jsonl`).

One record is an article `{id, date, title, text, events}`; each gold event has actors as
objects `{name, country, sector}` (the target may be null), a CAMEO `code`, `event_date`
with `date_precision`, and `core`. Scored as `../shared/gold/README.md` says, at the level
event-data users aggregate at:

- an event's key is (CAMEO root, source country, target country). A missing target is
  "-" (no target); an actor whose country is unknown is "?" (so is a missing system
  source: an unknown perpetrator). A system actor's country is its `country`, else "IGO"
  when its code starts with IGO or its sector is IGO (the gold's convention for
  international organisations);
- within an article, system events are matched one to one to gold events with the same
  key, core gold events first; recall = matched core events / core events, precision =
  system events matched to any gold event / system events (non-core gold events count
  neither for nor against);
- loose precision: the largest one-to-one matching on root + source or target country;
- dates: of matched pairs whose gold precision is "day", the share with equal event_date;
- places: of matched pairs whose gold event has a place, the share whose system place has
  its name or lies within 50 km of it (`news_places.place_agrees`);
- participant countries: the share of gold participants some system event names with
  their country, whatever event it is (`participant_countries`).

Each article goes through the pipeline as `eventscribe ingest` reads a JSONL record (title
and text, the `events` field left out), so eval sees exactly what ingest sees.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventscribe.article import Article
from eventscribe.evaluation.news_places import place_agrees

Key = tuple[str, str, str]
Event = dict[str, Any]
NO_TARGET = "-"
UNKNOWN = "?"
# Events the coder stores but leaves out of counts (issue 17's background references).
UNCOUNTED_MODALITIES = frozenset({"background"})


def is_news_record(record: dict[str, Any]) -> bool:
    """An annotated article: events whose actors are objects, or a titled, dated article."""
    events = record.get("events")
    if not isinstance(record.get("text"), str) or not isinstance(events, list):
        return False
    actors = [e.get(side) for e in events if isinstance(e, dict) for side in ("source", "target")]
    if any(isinstance(actor, dict) for actor in actors):
        return True
    return not events and isinstance(record.get("title"), str) and bool(record.get("date"))


# --- keys ---------------------------------------------------------------------------------


def gold_country(actor: dict[str, Any] | None, absent: str) -> str:
    if actor is None:
        return absent
    return actor.get("country") or UNKNOWN


def system_country(actor: dict[str, Any] | None, absent: str) -> str:
    """The actor's country; "IGO" for international organisations; "?" when unknown."""
    if actor is None:
        return absent
    if actor.get("country"):
        return actor["country"]
    if (actor.get("code") or "").startswith("IGO") or actor.get("sector") == "IGO":
        return "IGO"
    return UNKNOWN


def gold_key(event: Event) -> Key:
    source = gold_country(event.get("source"), UNKNOWN)
    return (event["code"][:2], source, gold_country(event.get("target"), NO_TARGET))


def system_key(event: Event) -> Key:
    source = system_country(event.get("source"), UNKNOWN)
    return (event["cameo"][:2], source, system_country(event.get("target"), NO_TARGET))


def loosely_equal(gold: Key, system: Key) -> bool:
    """Same root and at least one of the two countries (no target = no target counts)."""
    return gold[0] == system[0] and (gold[1] == system[1] or gold[2] == system[2])


# --- matching -----------------------------------------------------------------------------


def match_events(gold: list[Event], system: list[Event]) -> dict[int, int]:
    """System index -> gold index, one to one on the key, core gold events served first.

    Keys are classes, so taking core events first gives the most matched core events and
    then the most matched system events; within a key the pair sharing the evidence
    sentence and the date is preferred (it decides which dates are compared).
    """
    free: dict[Key, list[int]] = defaultdict(list)
    for index, event in enumerate(system):
        free[system_key(event)].append(index)
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    # Core events first; within each kind, the pairs that share their sentence before the
    # rest, so that a gold event told elsewhere does not take another sentence's event
    # (the counts are the same either way: the order decides which dates and places meet).
    for core in (True, False):
        for same_sentence_only in (True, False):
            for g in [g for g in range(len(gold)) if gold[g].get("core", True) == core and g not in taken]:
                candidates = free.get(gold_key(gold[g]))
                if not candidates:
                    continue
                best = max(candidates, key=lambda s: _affinity(gold[g], system[s]))
                if same_sentence_only and not _affinity(gold[g], system[best])[0]:
                    continue
                candidates.remove(best)
                pairs[best] = g
                taken.add(g)
    return pairs


def _affinity(gold: Event, system: Event) -> tuple[bool, bool]:
    evidence = (gold.get("evidence") or "")[:60]
    sentence = (system.get("evidence") or {}).get("sentence") or ""
    same_sentence = bool(evidence and sentence) and (
        evidence in sentence or sentence[:60] in evidence
    )
    return same_sentence, gold.get("event_date") == system.get("event_date")


def loose_matches(gold: list[Key], system: list[Key]) -> int:
    """The size of the largest one-to-one matching on `loosely_equal` (augmenting paths)."""
    owner: dict[int, int] = {}  # gold index -> system index

    def augment(s: int, seen: set[int]) -> bool:
        for g, key in enumerate(gold):
            if g not in seen and loosely_equal(key, system[s]):
                seen.add(g)
                if g not in owner or augment(owner[g], seen):
                    owner[g] = s
                    return True
        return False

    return sum(augment(s, set()) for s in range(len(system)))


# --- one article --------------------------------------------------------------------------


def counted(events: list[Event]) -> list[Event]:
    """The system events that are scored: coded, and not background references."""
    return [e for e in events if e.get("cameo") and e.get("modality") not in UNCOUNTED_MODALITIES]


def score_article(record: dict[str, Any], system: list[Event]) -> dict[str, Any]:
    """Matched, missed and spurious events of one article, with the counts behind the scores."""
    gold = [e for e in record.get("events", []) if e.get("code")]
    pairs = match_events(gold, system)
    matched_gold = set(pairs.values())
    day_pairs = [(gold[g], system[s]) for s, g in pairs.items() if _day(gold[g])]
    placed_pairs = [(gold[g], system[s]) for s, g in pairs.items() if gold[g].get("place")]
    return {
        "id": record.get("id"),
        "title": record.get("title", ""),
        "core": sum(1 for e in gold if e.get("core", True)),
        "gold": len(gold),
        "system": len(system),
        "matched_core": sum(1 for g in matched_gold if gold[g].get("core", True)),
        "matched_system": len(pairs),
        "loose": loose_matches([gold_key(e) for e in gold], [system_key(e) for e in system]),
        "day_dates": len(day_pairs),
        "same_date": sum(1 for g, s in day_pairs if g["event_date"] == s.get("event_date")),
        "placed": len(placed_pairs),
        "same_place": sum(1 for g, s in placed_pairs if place_agrees(g["place"], s.get("place"))),
        **participant_countries(gold, system),
        "roots": _root_counts(gold, system, pairs),
        "confusion": _confusion(gold, system, pairs),
        "matched": [_pair_view(gold[g], system[s]) for s, g in sorted(pairs.items())],
        "missed": [
            _gold_view(e)
            for i, e in enumerate(gold)
            if e.get("core", True) and i not in matched_gold
        ],
        "spurious": [_system_view(e) for i, e in enumerate(system) if i not in pairs],
    }


def participant_countries(gold: list[Event], system: list[Event]) -> dict[str, int]:
    """How many of the article's gold participants (distinct named sources and targets of
    core events, with a country) some system event names with their country: a system
    actor names a participant when their names share a word stem ("Iraqi warplanes" and
    "Iraq"), so the country counts through whatever event the system codes for them."""
    people = {
        (actor["name"], actor["country"])
        for event in gold
        if event.get("core", True)
        for actor in (event.get("source"), event.get("target"))
        if actor and actor.get("name") and actor.get("country")
    }
    actors = [a for e in system for a in (e.get("source"), e.get("target")) if a is not None]
    right = sum(
        1
        for name, country in people
        if any(
            system_country(a, UNKNOWN) == country
            and _stems(name) & _stems(f"{a.get('name') or ''} {a.get('text') or ''}")
            for a in actors
        )
    )
    return {"participants": len(people), "participants_right": right}


def _stems(name: str) -> set[str]:
    """A name's words of four letters or more, cut to four: "Iraqi" and "Iraq" meet."""
    return {w[:4] for w in re.findall(r"[a-z]{4,}", name.lower()) if w not in STEM_STOPWORDS}


STEM_STOPWORDS = frozenset({"the", "with", "from", "said", "their", "other", "forces", "officials",
                            "government", "ministry", "minister", "president", "foreign"})  # fmt: skip


def _confusion(gold: list[Event], system: list[Event], pairs: dict[int, int]) -> list[str]:
    """For each missed core event: its root -> the root of an unmatched system event with the
    same two countries (each used once), or "none" when the coder has no such event."""
    spare: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s, event in enumerate(system):
        if s not in pairs:
            key = system_key(event)
            spare[key[1:]].append(key[0])
    found = []
    matched = set(pairs.values())
    for g, event in enumerate(gold):
        if event.get("core", True) and g not in matched:
            key = gold_key(event)
            roots = spare.get(key[1:])
            found.append(f"{key[0]}->{roots.pop(0) if roots else 'none'}")
    return found


def _day(event: Event) -> bool:
    return event.get("date_precision") == "day" and bool(event.get("event_date"))


def _root_counts(gold: list[Event], system: list[Event], pairs: dict[int, int]) -> dict[str, Any]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for g, event in enumerate(gold):
        if event.get("core", True):
            counts[event["code"][:2]]["core"] += 1
            counts[event["code"][:2]]["matched_core"] += g in pairs.values()
    for s, event in enumerate(system):
        counts[event["cameo"][:2]]["system"] += 1
        counts[event["cameo"][:2]]["matched_system"] += s in pairs
    return {root: dict(c) for root, c in counts.items()}


def _actor_view(actor: dict[str, Any] | None, country: str) -> str:
    return "-" if actor is None else f"{actor.get('name') or actor.get('text')} ({country})"


def _gold_view(event: Event) -> dict[str, Any]:
    key = gold_key(event)
    return {
        "code": event["code"],
        "source": _actor_view(event.get("source"), key[1]),
        "target": _actor_view(event.get("target"), key[2]),
        "event_date": event.get("event_date"),
        "place": (event.get("place") or {}).get("name"),
        "evidence": event.get("evidence"),
    }


def _system_view(event: Event) -> dict[str, Any]:
    key = system_key(event)
    return {
        "code": event["cameo"],
        "source": _actor_view(event.get("source"), key[1]),
        "target": _actor_view(event.get("target"), key[2]),
        "event_date": event.get("event_date"),
        "place": (event.get("place") or {}).get("name"),
        "evidence": (event.get("evidence") or {}).get("sentence"),
    }


def _pair_view(gold: Event, system: Event) -> dict[str, Any]:
    return {"gold": _gold_view(gold), "system": _system_view(system)}


# --- the whole file -----------------------------------------------------------------------


def summarize(outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    """Recall, precision, loose precision, dates, events per article and the per-root table."""
    total = Counter()
    for outcome in outcomes:
        total.update({k: outcome[k] for k in ("core", "gold", "system", "matched_core",
                                              "matched_system", "loose", "day_dates",
                                              "same_date", "placed",
                                              "same_place", "participants",
                                              "participants_right")})  # fmt: skip
    recall = _share(total["matched_core"], total["core"])
    precision = _share(total["matched_system"], total["system"])
    articles = len(outcomes)
    return {
        "articles": articles,
        "core_events": total["core"],
        "gold_events": total["gold"],
        "system_events": total["system"],
        "matched_core": total["matched_core"],
        "matched_system": total["matched_system"],
        "recall": recall,
        "precision": precision,
        "f1": round(2 * recall * precision / (recall + precision), 4)
        if recall + precision
        else 0.0,
        "loose_precision": _share(total["loose"], total["system"]),
        "dates": {
            "day_precision_matched": total["day_dates"],
            "same_date": total["same_date"],
            "share": _share(total["same_date"], total["day_dates"]),
        },  # fmt: skip
        "places": {
            "matched_with_place": total["placed"],
            "same_place": total["same_place"],
            "share": _share(total["same_place"], total["placed"]),
        },
        "participant_countries": {
            "participants": total["participants"],
            "right": total["participants_right"],
            "share": _share(total["participants_right"], total["participants"]),
        },
        "per_article": {
            "system": round(total["system"] / articles, 2) if articles else 0.0,
            "gold_core": round(total["core"] / articles, 2) if articles else 0.0,
            "gold_all": round(total["gold"] / articles, 2) if articles else 0.0,
        },
        "by_root": _by_root(outcomes),
        "root_confusion": dict(Counter(c for o in outcomes for c in o["confusion"]).most_common()),
    }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _by_root(outcomes: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for outcome in outcomes:
        for root, c in outcome["roots"].items():
            counts[root].update(c)
    return {
        root: {
            "core": c["core"], "matched_core": c["matched_core"],
            "recall": _share(c["matched_core"], c["core"]),
            "system": c["system"], "matched_system": c["matched_system"],
            "precision": _share(c["matched_system"], c["system"]),
        }
        for root, c in sorted(counts.items())
    }  # fmt: skip


def evaluate_news(records: list[dict[str, Any]], dictionaries: Path | None) -> dict[str, Any]:
    """Run every article through one pipeline and score it against its gold events."""
    from eventscribe.api import Result
    from eventscribe.pipeline import Pipeline
    from eventscribe.settings import Settings

    pipeline = Pipeline.from_settings(Settings(dictionaries=dictionaries))
    outcomes, rejected = [], []
    for number, record in enumerate(records, start=1):
        article = article_of(record, number)
        if isinstance(article, str):  # not processed: every gold event is missed
            rejected.append({"id": record.get("id"), "line": number, "reason": article})
            outcomes.append(score_article(record, []))
            continue
        outcomes.append(score_article(record, counted(Result(pipeline(article)).events)))
    return {**summarize(outcomes), "rejected": rejected, "outcomes": outcomes}


def article_of(record: dict[str, Any], number: int) -> Article | str:
    """The Article ingest would read from this record (without `events`), or why none."""
    from eventscribe.readers.base import ReadOptions
    from eventscribe.readers.checks import check_article
    from eventscribe.readers.jsonl import article_from_record

    fields = {key: value for key, value in record.items() if key != "events"}
    options = ReadOptions()
    try:
        article = article_from_record(fields, options, f"gold-{number}")
    except ValueError as problem:  # the reader's field problems
        return str(problem)
    article.origin = f"gold:{number}"
    return check_article(article, options) or article
