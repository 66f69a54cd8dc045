"""Matching drafted facts with expected ones, for recall and precision.

A drafted fact matches an expected one when value and unit agree and their quotes overlap in the
source text; each fact is matched at most once (one-to-one, greedy in text order).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    """A fact reduced to what matching compares: value, unit and the span of its quote."""

    key: str
    value: float
    unit: str
    start: int
    end: int


@dataclass(frozen=True)
class Score:
    matched: list[tuple[Item, Item]]
    missed: list[Item]
    extra: list[Item]

    @property
    def recall(self) -> float:
        total = len(self.matched) + len(self.missed)
        return len(self.matched) / total if total else 1.0

    @property
    def precision(self) -> float:
        total = len(self.matched) + len(self.extra)
        return len(self.matched) / total if total else 1.0

    def describe(self) -> str:
        """What was missed and what was extra, for an assertion message."""
        missed = "; ".join(f"{i.key}={i.value:g}{i.unit}" for i in self.missed)
        extra = "; ".join(f"{i.key}={i.value:g}{i.unit}" for i in self.extra)
        return (f"recall {self.recall:.1%}, precision {self.precision:.1%}; missed: [{missed}]; "
                f"extra: [{extra}]")


def match(expected: Sequence[Item], drafted: Sequence[Item]) -> Score:
    """Pair expected with drafted facts one-to-one; the drafted fact with the largest overlap wins."""
    free = list(drafted)
    matched: list[tuple[Item, Item]] = []
    missed: list[Item] = []
    for e in expected:
        best, best_overlap = None, 0
        for d in free:
            overlap = min(e.end, d.end) - max(e.start, d.start)
            if overlap > best_overlap and d.unit == e.unit and math.isclose(d.value, e.value, rel_tol=1e-9):
                best, best_overlap = d, overlap
        if best is None:
            missed.append(e)
        else:
            free.remove(best)
            matched.append((e, best))
    return Score(matched, missed, free)
