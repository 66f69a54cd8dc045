"""Numbers shown honestly: a tiny value is never '0'."""

from __future__ import annotations

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.model.format import english_number, fact_value, number
from viewer.model.loader import load_report


def test_tiny_values_keep_their_significant_digits() -> None:
    assert number(4.9e-324) == "4.94066e-324"
    assert number(3e-5) == "3e-05" and number(-2.1e-7) == "-2.1e-07"
    assert english_number(3e-5) == "3e-05"
    assert number(0.0001) == "0.0001" and number(8.2) == "8.2" and number(0.0) == "0"


def test_a_subnormal_figure_is_not_shown_as_zero_percent(tmp_path) -> None:
    path = write_mini_report(tmp_path, MINI_REPORT.replace("    value: 8.2\n", "    value: 4.9e-324\n", 1))
    fact = load_report(path).report.facts[0]
    assert fact_value(fact, "zh") == "4.94066e-324%"
    assert fact_value(fact, "en") != "0%"
