"""Loading and validation: every problem reported with FILE:LINE:COLUMN, never a traceback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.model.errors import ReportError
from viewer.model.loader import load_report
from viewer.model.validation import report_to_json, validate_report


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    assert old in MINI_REPORT, old
    return write_mini_report(tmp_path, MINI_REPORT.replace(old, new, 1))


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def test_mini_report_loads(mini_report_path: Path) -> None:
    loaded = load_report(mini_report_path)
    assert loaded.report.meta.id == "mini-2024"
    assert [t.number for t in loaded.report.tasks] == [1, 2]
    assert loaded.source_text.startswith("2024年某市")


def test_round_trip_through_yaml(mini_report_path: Path, tmp_path: Path) -> None:
    loaded = load_report(mini_report_path)
    dumped = report_to_json(loaded.report)
    again = write_mini_report(tmp_path / "again", yaml.safe_dump(dumped, allow_unicode=True, sort_keys=False))
    assert load_report(again).report == loaded.report
    everything = json.dumps(report_to_json(loaded.report, exclude_defaults=False))
    assert validate_report(json.loads(everything)) == loaded.report


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ("    value: 8.2\n", "    value: 8.2: 3\n", "value: 8.2: 3", r"YAML syntax error: mapping values"),
        ("    value: 8.2\n", "    value: eight\n", "value: eight", r"facts\[0\]\.value: Input should be a valid"),
        ("    value: 8.2\n", "    value: true\n", "value: true", r"facts\[0\]\.value: Input should be a valid"),
        ("    value: 8.2\n", "    value: .nan\n", "value: .nan", r"facts\[0\]\.value: .*finite"),
        ("    kind: growth_rate\n", "    kind: growth_rate\n    colour: red\n", "colour: red",
         r"facts\[0\]\.colour: unknown field"),
        ("  - id: growth-rank\n", "  - id: va-growth  # again\n", "# again", r"duplicate id 'va-growth'"),
        ("    quote: 增速居全省第2位\n", "    quote: 增速居全国第9位\n", "第9位", r"not in the source text"),
        ("    unit: 位\n", "    unit: 斤\n", "unit: 斤", r"unknown unit '斤'"),
        ("  meeting_date: 2024-01-18\n", "  meeting_date: 2024-02-30\n", "2024-02-30", r"not a valid value"),
        ("  published: 2024-01-20T10:00:00+08:00\n", "  published: !!python/object/apply:os.system [echo hi]\n",
         "python/object", r"tag .* not allowed"),
    ],
    ids=["syntax", "wrong-type", "bool-as-number", "nan", "unknown-field", "duplicate-id", "quote-not-in-source",
         "unknown-unit", "impossible-date", "python-tag"],
)
def test_broken_files_name_file_line_column(tmp_path: Path, old: str, new: str, needle: str, message: str) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(ReportError) as info:
        load_report(path)
    text = str(info.value)
    line = _line_of(path, needle)
    assert re.search(rf"^{re.escape(str(path))}:{line}:\d+: .*{message}", text, re.M), text


def test_unclosed_bracket_names_where_it_opened(tmp_path: Path) -> None:
    path = _broken(tmp_path, "    value: 8.2\n", "    value: [8.2\n")
    with pytest.raises(ReportError) as info:
        load_report(path)
    problem = info.value.problems[0]
    assert problem.message.startswith("YAML syntax error")
    assert f"line {_line_of(path, 'value: [8.2')}" in problem.message


def test_missing_field_points_at_its_parent(tmp_path: Path) -> None:
    path = _broken(tmp_path, "    period: \"2023\"\n    kind: growth_rate\n", "    period: \"2023\"\n")
    with pytest.raises(ReportError) as info:
        load_report(path)
    problem = info.value.problems[0]
    assert problem.path == ("facts", 0, "kind")
    assert "required field is missing" in problem.message
    assert problem.line == _line_of(path, "id: va-growth")


def test_all_problems_of_a_file_at_once(tmp_path: Path) -> None:
    text = MINI_REPORT.replace("    value: 8.2\n", "    value: x\n").replace("    value: 12\n", "    value: y\n")
    path = write_mini_report(tmp_path, text)
    with pytest.raises(ReportError) as info:
        load_report(path)
    assert [p.path for p in info.value.problems] == [("facts", 0, "value"), ("facts", 2, "value")]


def test_comparison_must_end_at_the_value(tmp_path: Path) -> None:
    path = _broken(tmp_path, "    kind: rank\n", "    kind: rank\n    comparison: {from: 5, to: 3}\n")
    with pytest.raises(ReportError, match=r"comparison ends at 3 but the fact's value is 2"):
        load_report(path)


def test_duplicate_mapping_key_is_an_error(tmp_path: Path) -> None:
    path = _broken(tmp_path, "    value: 8.2\n", "    value: 8.2\n    value: 9.1\n")
    with pytest.raises(ReportError, match=r"duplicate key 'value'"):
        load_report(path)


def test_non_utf8_bytes_give_line_and_column(tmp_path: Path) -> None:
    path = write_mini_report(tmp_path)
    path.write_bytes(path.read_bytes().replace("海城".encode(), "海城".encode("gbk"), 1))
    with pytest.raises(ReportError) as info:
        load_report(path)
    problem = info.value.problems[0]
    assert "not UTF-8" in problem.message
    assert problem.line == _line_of(write_mini_report(tmp_path / "ok"), "place:")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_bytes(b"")
    with pytest.raises(ReportError, match=r"empty.yaml:1:1: the file is empty"):
        load_report(path)


def test_missing_source_text_is_reported_at_meta_source(tmp_path: Path) -> None:
    path = write_mini_report(tmp_path)
    (tmp_path / "mini-source.txt").unlink()
    with pytest.raises(ReportError) as info:
        load_report(path)
    assert info.value.problems[0].path == ("meta", "source")
    assert "no such source text" in info.value.problems[0].message


def test_alias_bomb_is_refused_not_expanded(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(ReportError, match="alias bomb"):
        load_report(path)


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("x: " + "[" * 5000 + "]" * 5000 + "\n", "utf-8")
    with pytest.raises(ReportError, match=r"nesting (deeper than|depth)"):
        load_report(path)


def test_type_errors_and_semantic_errors_are_reported_together(tmp_path: Path) -> None:
    text = MINI_REPORT.replace("    value: 8.2\n", "    value: x\n").replace(
        "    quote: 星海电子等12个重点项目建成投产\n    enterprises", "    quote: 不在原文\n    enterprises"
    ).replace("    quote: 增速居全省第2位\n", "    quote: 不在原文里\n")
    path = write_mini_report(tmp_path, text)
    with pytest.raises(ReportError) as info:
        load_report(path)
    paths = [p.path for p in info.value.problems]
    assert ("facts", 0, "value") in paths
    assert ("facts", 1, "quote") in paths  # index in the file, not in the pruned list
    assert all(p.line is not None for p in info.value.problems)
