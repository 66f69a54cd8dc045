"""The report types as plain dataclasses: immutable, compared by their fields only, strict where it matters."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest

from viewer.model.constraints import visible
from viewer.model.loader import load_report
from viewer.model.sanitise import hidden_pattern
from viewer.model.types import Comparison, Fact, Report, Text
from viewer.model.validation import ValidationError, report_to_json, validate, validate_report

# The characters a report's text may not contain, computed independently of viewer.model.sanitise.
# By Unicode category (controls but tab and line breaks, format, private use, surrogates, line and paragraph
# separators), and the fillers, variation selectors and tag characters that show as nothing.
FILLERS = {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, *range(0x180B, 0x1810), 0x2800, 0x3164, *range(0xFE00, 0xFE10),
           0xFFA0, 0xFFFE, 0xFFFF, *range(0xE0000, 0xE0080), *range(0xE0100, 0xE01F0)}
HIDDEN = {chr(c) for c in range(0x110000)
          if (unicodedata.category(chr(c)) in {"Cc", "Cf", "Co", "Cs", "Zl", "Zp"} or c in FILLERS)
          and chr(c) not in "\t\n\r"}


def test_visible_rejects_exactly_the_hidden_characters() -> None:
    everything = "".join(map(chr, range(0x110000)))
    found = {m.group() for m in hidden_pattern().finditer(everything)}
    assert found == HIDDEN
    assert "\u00ad" in HIDDEN and "\u2061" in HIDDEN and "\ufe0f" in HIDDEN and "\U000e0041" in HIDDEN
    for ch in ("\u202e", "\u00ad", "\u3164", "\ufe0f", "\U000e0041", "\ud800", "\ue000", "\x1b"):
        with pytest.raises(ValueError):
            visible("a" + ch)
    for ch in ("\t", "\n", "\r", "\u3000", "\u00a0", "\U0001f600", "\U00020000"):
        assert visible("a" + ch) == "a" + ch


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
