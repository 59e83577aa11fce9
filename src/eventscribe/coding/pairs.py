"""Source and target pairs of a coded act: each named party once, reciprocal acts both ways."""

from __future__ import annotations

from typing import Any

from eventscribe.article import ActorRef
from eventscribe.coding.coded import ActorIndex, Coded
from eventscribe.coding.relations import is_relation, partners

# Roots of acts that coordinated subjects do to each other: meet, agree, cooperate; but not
# the acts of these roots that one party does to another ("X and Y praised ...", "X and Y
# visited ...", "X and Y apologized" are not acts between X and Y).
RECIPROCAL_ROOTS = frozenset({"04", "05", "06"})
DIRECTIONAL_CODES = frozenset({"042", "043", "045", "051", "052", "053", "054", "055", "056"})
# Beyond three parties ("the RCEP talks by China, India, Australia ...") a meeting is
# multilateral: every pair of them would not be a dyad anyone reported.
MAX_RECIPROCAL = 3
# Codes whose definition has no addressee: a target is not required.
ONE_PARTY_CODES = frozenset({"011", "012", "013", "014", "015", "016", "017"})


def pairs(item: Coded, actors: ActorIndex) -> list[tuple[ActorRef, ActorRef | None]]:
    sources = unique(r for token in item.sources for r in actors.at(token))
    targets = unique(r for token in item.targets for r in actors.at(token)) or item.owner_refs
    mutual = item.mutual or (
        item.code[:2] in RECIPROCAL_ROOTS and item.code[:3] not in DIRECTIONAL_CODES
    )
    if no_party_acted_on(item, actors) and 1 < len(sources) <= MAX_RECIPROCAL and mutual:
        # "X and Y met", "X and Y agreed a ceasefire": each acts on the other (not "X and
        # Y said", nor "X and Y called the request ...": an object other than a relation
        # between them makes the predicate not reciprocal).
        return [(a, b) for a in sources for b in sources if a.id != b.id]
    pairs = [(s, t) for s in sources for t in targets if s.id != t.id]
    if not pairs and item.code in ONE_PARTY_CODES:
        pairs = [(s, None) for s in sources]
    return pairs


def no_party_acted_on(item: Coded, actors: ActorIndex) -> bool:
    """No target, or only relations between the subjects: "agreed a ceasefire"."""
    return not item.owner_refs and all(
        is_relation(t) and not actors.at(t) and not partners(t) for t in item.targets
    )


def unique(refs: Any) -> list[ActorRef]:
    """Each actor once; where one phrase names a person and the state or sector whose
    office the person holds ("Belarus's leader Alexander Lukashenko"), the person."""
    seen: dict[str, ActorRef] = {}
    for ref in refs:
        seen.setdefault(ref.id, ref)
    people = {(r.start, r.end, r.country) for r in seen.values() if r.id.startswith("person:")}
    return [
        r for r in seen.values()
        if r.id.startswith("person:") or (r.start, r.end, r.country) not in people
    ]  # fmt: skip
