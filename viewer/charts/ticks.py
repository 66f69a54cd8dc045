"""Axis ticks: round steps (1, 2, 2.5, 5 x 10^k) covering a range that always includes zero for bars."""

from __future__ import annotations

import math

from viewer.model.format import number


def nice_step(span: float, max_ticks: int = 6) -> float:
    """The smallest round step that divides ``span`` into at most ``max_ticks - 1`` intervals."""
    if span <= 0:
        return 1.0
    raw = span / max(1, max_ticks - 1)
    magnitude: float = 10 ** math.floor(math.log10(raw))  # int ** int is typed Any (a negative power is a float)
    for multiple in (1.0, 2.0, 2.5, 5.0, 10.0):
        if multiple * magnitude >= raw * (1 - 1e-9):
            return multiple * magnitude
    return 10 * magnitude


def zero_based_ticks(low: float, high: float, max_ticks: int = 6) -> list[float]:
    """Ticks from a round number <= min(0, low) to one >= max(0, high), with a round step."""
    low, high = min(0.0, low), max(0.0, high)
    if high == low:
        high = 1.0
    step = nice_step(high - low, max_ticks)
    first = math.floor(low / step + 1e-9)
    last = math.ceil(high / step - 1e-9)
    return [round(i * step, 10) for i in range(first, last + 1)]


def rank_ticks(worst: int, max_ticks: int = 10) -> list[int]:
    """Integer rank ticks from 1 to at least ``worst``; every rank while there are few."""
    step = max(1, math.ceil(worst / max_ticks))
    ticks = list(range(1, worst + 1, step))
    if ticks[-1] != worst:
        ticks.append(ticks[-1] + step)
    return ticks


def tick_label(value: float) -> str:
    """A tick value as text: '0', '2.5', '20,000'."""
    return number(round(value, 10))
