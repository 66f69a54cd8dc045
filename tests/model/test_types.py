"""The report types as plain dataclasses: immutable, compared by their fields only, strict where it matters."""

from __future__ import annotations

import dataclasses

import pytest

from viewer.model.constraints import visible
from viewer.model.loader import load_report
from viewer.model.types import Comparison, Fact, Report, Text
from viewer.model.validation import ValidationError, report_to_json, validate, validate_report

# The characters a report's text may not contain (C0/C1 controls but tab, newline and carriage return;
# zero-width characters; bidirectional controls; the byte-order mark), listed one by one.
HIDDEN = {chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]}
HIDDEN |= set("\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
              "\u2060\u2066\u2067\u2068\u2069\ufeff")


def test_visible_rejects_exactly_the_hidden_characters() -> None:
    rejected = set()
    for code in range(0x110000):
        ch = chr(code)
        try:
            visible(ch)
        except ValueError:
            rejected.add(ch)
    assert rejected == HIDDEN


def test_visible_names_the_first_hidden_character_and_its_position() -> None:
    assert visible("第一\t第二\n") == "第一\t第二\n"
    with pytest.raises(ValueError, match=r"U\+200B at position 3;"):
        visible("ab\u200bc\u202e")


def test_types_are_frozen_and_compare_by_fields(mini_report_path) -> None:
    report = load_report(mini_report_path).report
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.facts[0].value = 1.0  # type: ignore[misc]
    again = validate_report(report_to_json(report))
    assert again == report and hash(again) == hash(report)
    report.fact(report.facts[0].id)  # fills the fact index of one of the two only
    assert again == report and hash(again) == hash(report)
    assert "_fact_index" not in repr(report)
    assert dataclasses.replace(report.facts[0], value=9.0) != report.facts[0]
    with pytest.raises(KeyError):
        report.fact("no-such-fact")


def test_a_copy_with_other_facts_has_its_own_index(mini_report_path) -> None:
    report = load_report(mini_report_path).report
    first = report.facts[0]
    assert report.fact(first.id) is first
    smaller = dataclasses.replace(report, facts=report.facts[1:])
    with pytest.raises(KeyError):
        smaller.fact(first.id)


def test_validation_is_strict_where_the_format_is() -> None:
    fact = {"id": "x", "label": {"zh": "甲"}, "value": 6, "unit": "%", "kind": "growth_rate", "quote": "6%"}
    assert validate(Fact, fact).label == Text(zh="甲")
    cases = [
        ({"value": "6"}, "float_type"),
        ({"value": True}, "float_type"),
        ({"value": float("inf")}, "finite_number"),
        ({"id": "Upper"}, "string_pattern_mismatch"),
        ({"tags": ["ok", "Not Ok"]}, "string_pattern_mismatch"),
        ({"colour": 1}, "unexpected_keyword_argument"),
        ({"quote": "6"}, "string_too_short"),
        ({"label": "甲"}, "dataclass_type"),
        ({"label": {"zh": "甲\u200b"}}, "value_error"),
    ]
    for bad, error_type in cases:
        with pytest.raises(ValidationError) as info:
            validate(Fact, {**fact, **bad})
        assert [e["type"] for e in info.value.errors()] == [error_type], bad


def test_comparison_reads_from_and_to_and_writes_them_back() -> None:
    comparison = validate(Comparison, {"from": 7, "to": 6})
    assert (comparison.from_value, comparison.to_value) == (7, 6)
    assert report_to_json(comparison) == {"from": 7.0, "to": 6.0}  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        validate(Comparison, {"from": 7})


def test_a_report_needs_its_meta() -> None:
    with pytest.raises(ValidationError) as info:
        validate_report({})
    assert [(e["type"], e["loc"]) for e in info.value.errors()] == [("missing", ("meta",))]
    assert Report.__dataclass_params__.frozen  # type: ignore[attr-defined]
