"""Every CSV the app writes goes through one writer with the spreadsheet formula guard."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.cli import main
from viewer.model.csv_safe import FORMULA_START, csv_text, safe_cell

FORMULAS = ["=HYPERLINK(\"http://x.invalid\",\"点击\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_cell_starting_like_a_formula_is_written_as_text(text: str) -> None:
    assert safe_cell(text) == "'" + text
    rows = list(csv.reader(io.StringIO(csv_text([{"a": text, "b": -2.5}], ["a", "b"]), newline="")))
    assert rows[1] == ["'" + text, "-2.5"]  # numbers stay numbers


def test_ordinary_cells_are_unchanged() -> None:
    assert [safe_cell(v) for v in ("增长8.2%", "a=b", "", 3, None)] == ["增长8.2%", "a=b", "", 3, None]
    assert set(FORMULA_START) == {"=", "+", "-", "@", "\t", "\r"}


def test_tasks_export_csv_guards_notes_and_owners(tmp_path: Path, capsys) -> None:
    report = write_mini_report(tmp_path / "r")
    state = tmp_path / "state"
    base = ["tasks", "--report", str(report), "--state-dir", str(state)]
    assert main([*base, "--set", "task-1.projects", "done", "--note", "=HYPERLINK(\"x\")", "--owner", "@王五"]) == 0
    assert main([*base, "--mark", "va-growth", "questioned", "--comment", "-1 不对"]) == 0
    out = tmp_path / "x.csv"
    assert main([*base, "--export", str(out)]) == 0
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))}
    assert rows["task-1.projects"]["note"] == "'=HYPERLINK(\"x\")"
    assert rows["task-1.projects"]["owner"] == "'@王五"
    assert rows["va-growth"]["note"] == "'-1 不对"
    capsys.readouterr()
    assert main([*base, "--format", "csv"]) == 0
    assert "'=HYPERLINK" in capsys.readouterr().out


def test_facts_csv_guards_labels_and_quotes(tmp_path: Path, capsys) -> None:
    text = MINI_REPORT.replace("en: Industrial value added growth", "en: \"=1+1\"")
    report = write_mini_report(tmp_path / "r", text)
    assert main(["facts", "--report", str(report), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["label_en"] == "'=1+1"
    assert rows[0]["value"] == "8.2"


def test_a_cell_with_a_line_break_is_quoted_whatever_the_row_ending() -> None:
    for ending in ("\n", "\r\n"):
        text = csv_text([{"a": "一\r二", "b": "三\n四"}, {"a": "x", "b": "y"}], ["a", "b"], lineterminator=ending)
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert rows == [["a", "b"], ["一\r二", "三\n四"], ["x", "y"]]
        assert text.endswith("x,y" + ending)
