"""Coreference metrics: MUC, B-cubed, CEAF-e and their mean, the CoNLL F1.

The definitions are those of the reference scorer (Pradhan et al. 2014, "Scoring
Coreference Partitions of Predicted Mentions: A Reference Implementation", ACL), so the
numbers compare with published ones. A partition is a list of entities, each a set of
mention keys; a mention in one partition and not the other (a "twinless" mention) is
handled as the reference scorer does.

Every metric returns a `Tally` of precision and recall numerators and denominators rather
than ratios: scores over many documents (or topics) are the sums of their tallies, which is
how the reference scorer aggregates a file of documents (micro-average).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

Entity = frozenset[Hashable]
Partition = list[Entity]


@dataclass(frozen=True)
class Tally:
    """Precision = p_num / p_den and recall = r_num / r_den; 0 where a denominator is 0."""

    p_num: float = 0.0
    p_den: float = 0.0
    r_num: float = 0.0
    r_den: float = 0.0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.p_num + other.p_num,
            self.p_den + other.p_den,
            self.r_num + other.r_num,
            self.r_den + other.r_den,
        )

    @property
    def precision(self) -> float:
        return self.p_num / self.p_den if self.p_den else 0.0

    @property
    def recall(self) -> float:
        return self.r_num / self.r_den if self.r_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def partition(entity_of: dict[Hashable, Hashable]) -> Partition:
    """The entities of a mention -> entity-id mapping."""
    groups: dict[Hashable, set[Hashable]] = {}
    for mention, entity in entity_of.items():
        groups.setdefault(entity, set()).add(mention)
    return [frozenset(group) for group in groups.values()]


def muc(key: Partition, response: Partition) -> Tally:
    """Links kept (Vilain et al. 1995): an entity of n mentions split into k parts by the
    other partition keeps n - k of its n - 1 links. Singletons have no links, so a
    partition of singletons only has MUC precision and recall 0."""
    r_num, r_den = _muc_side(key, response)
    p_num, p_den = _muc_side(response, key)
    return Tally(p_num, p_den, r_num, r_den)


def _muc_side(entities: Partition, other: Partition) -> tuple[float, float]:
    where = _index(other)
    kept = total = 0
    for entity in entities:
        # A mention the other side lacks is a part of its own.
        parts = {where.get(mention, ("twinless", mention)) for mention in entity}
        kept += len(entity) - len(parts)
        total += len(entity) - 1
    return float(kept), float(total)


def b_cubed(key: Partition, response: Partition) -> Tally:
    """Per-mention overlap (Bagga & Baldwin 1998): a mention's recall is the share of its
    key entity found in its response entity, and precision the converse; summed over
    mentions, so every mention weighs the same whatever its entity's size."""
    r_num = _b_cubed_side(key, response)
    p_num = _b_cubed_side(response, key)
    return Tally(p_num, float(sum(map(len, response))), r_num, float(sum(map(len, key))))


def _b_cubed_side(entities: Partition, other: Partition) -> float:
    where = _index(other)
    total = 0.0
    for entity in entities:
        overlaps: dict[int, int] = {}
        for mention in entity:
            if mention in where:
                overlaps[where[mention]] = overlaps.get(where[mention], 0) + 1
        total += sum(n * n for n in overlaps.values()) / len(entity)
    return total


def ceaf_e(key: Partition, response: Partition) -> Tally:
    """Entity alignment (Luo 2005, phi4): each key entity is paired with at most one
    response entity so as to maximise the summed similarity 2|K∩R| / (|K| + |R|); recall
    divides that sum by the key's entity count, precision by the response's."""
    similarity = _phi4_matrix(key, response)
    rows, columns = linear_sum_assignment(similarity, maximize=True)
    best = float(similarity[rows, columns].sum())
    return Tally(best, float(len(response)), best, float(len(key)))


def _phi4_matrix(key: Partition, response: Partition) -> np.ndarray:
    """Only entities that share a mention have a similarity, so only those are computed."""
    matrix = np.zeros((len(key), len(response)))
    where = _index(response)
    for row, entity in enumerate(key):
        shared: dict[int, int] = {}
        for mention in entity:
            if mention in where:
                shared[where[mention]] = shared.get(where[mention], 0) + 1
        for column, n in shared.items():
            matrix[row, column] = 2 * n / (len(entity) + len(response[column]))
    return matrix


def _index(entities: Partition) -> dict[Hashable, int]:
    return {mention: number for number, entity in enumerate(entities) for mention in entity}


@dataclass(frozen=True)
class Scores:
    """The three metrics of one comparison (or a sum of comparisons)."""

    muc: Tally = Tally()
    b_cubed: Tally = Tally()
    ceaf_e: Tally = Tally()

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.muc + other.muc, self.b_cubed + other.b_cubed, self.ceaf_e + other.ceaf_e
        )

    @property
    def conll_f1(self) -> float:
        """The CoNLL-2011/2012 shared tasks' score: the mean of MUC, B3 and CEAF-e F1."""
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3

    def as_dict(self) -> dict[str, float]:
        return {
            "b3_f1": round(self.b_cubed.f1, 4),
            "b3_precision": round(self.b_cubed.precision, 4),
            "b3_recall": round(self.b_cubed.recall, 4),
            "muc_f1": round(self.muc.f1, 4),
            "muc_precision": round(self.muc.precision, 4),
            "muc_recall": round(self.muc.recall, 4),
            "ceafe_f1": round(self.ceaf_e.f1, 4),
            "ceafe_precision": round(self.ceaf_e.precision, 4),
            "ceafe_recall": round(self.ceaf_e.recall, 4),
            "conll_f1": round(self.conll_f1, 4),
        }


def score(key: Partition, response: Partition) -> Scores:
    return Scores(muc(key, response), b_cubed(key, response), ceaf_e(key, response))


def score_all(pairs: Iterable[tuple[Partition, Partition]]) -> Scores:
    """Micro-average over (key, response) pairs, one per document or topic."""
    total = Scores()
    for key, response in pairs:
        total += score(key, response)
    return total
