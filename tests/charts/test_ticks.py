"""Axis ticks start at zero and end at or beyond the largest value."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.charts.ticks import nice_step, rank_ticks, tick_label, zero_based_ticks


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.floats(min_value=0.01, max_value=1e7))
def test_ticks_cover_the_values_and_zero(low, high):
    ticks = zero_based_ticks(low, high)
    assert 0.0 in ticks
    tolerance = 1e-6 * (high - min(0.0, low))  # float noise far below a pixel is not a value to cover
    assert ticks[0] <= min(0.0, low) + tolerance and ticks[-1] >= high - tolerance
    assert len(ticks) <= 12


@pytest.mark.parametrize(("span", "step"), [(17.1, 5), (2920, 1000), (1.96, 0.5), (100, 20)])
def test_steps_are_round(span, step):
    assert nice_step(span) == pytest.approx(step)


def test_rank_ticks_start_at_one():
    assert rank_ticks(7) == [1, 2, 3, 4, 5, 6, 7]
    assert rank_ticks(31)[0] == 1 and rank_ticks(31)[-1] >= 31


def test_tick_labels():
    assert tick_label(0.30000000000000004) == "0.3"
    assert tick_label(20000.0) == "20,000"
