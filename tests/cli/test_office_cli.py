"""`export --format pptx,xlsx`, `facts --format xlsx --out` and `tasks --export FILE.xlsx` from the command line."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from pptx import Presentation

from viewer.cli import main


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_writes_one_deck_and_one_workbook_of_the_charts_chosen(tmp_path, capsys, qapp):
    code, out, err = _run(capsys, "export", "--out", str(tmp_path), "--format", "pptx,xlsx,png", "--chart", "growth",
                          "--chart", "honours", "--lang", "en")
    assert code == 0, err
    written = out.split()
    assert written == [str(tmp_path / n) for n in ("01-growth.png", "05-honours.png", "fujian-2023-charts.pptx",
                                                   "fujian-2023-charts.xlsx")]
    deck = Presentation(str(tmp_path / "fujian-2023-charts.pptx"))
    assert [s.shapes.title.text for s in deck.slides][1:] == ["Value-added growth by sector, 2022",
                                                              "National-level honours"]
    book = load_workbook(tmp_path / "fujian-2023-charts.xlsx")
    assert len(book.sheetnames) == 2
    code, _, err = _run(capsys, "export", "--out", str(tmp_path), "--format", "pptx")
    assert code == 1 and "file exists" in err and "--force" in err


def test_facts_as_a_workbook_needs_a_file(tmp_path, capsys):
    code, _, err = _run(capsys, "facts", "--format", "xlsx")
    assert code == 1 and "--out" in err
    target = tmp_path / "facts.xlsx"
    code, out, _ = _run(capsys, "facts", "--format", "xlsx", "--out", str(target), "--lang", "en")
    assert code == 0 and out.strip() == str(target)
    sheet = load_workbook(io.BytesIO(target.read_bytes()))["Facts"]
    assert sheet.max_row == 45 and isinstance(sheet["D2"].value, float)
    code, _, err = _run(capsys, "facts", "--format", "xlsx", "--out", str(target))
    assert code == 1 and "file exists" in err


def test_tasks_export_as_a_workbook(tmp_path, capsys):
    state = tmp_path / "state"
    assert _run(capsys, "tasks", "--state-dir", str(state), "--set", "task-1.resume-work", "done",
                "--due", "2023-02-28")[0] == 0
    target = tmp_path / "tasks.xlsx"
    code, _, err = _run(capsys, "tasks", "--state-dir", str(state), "--export", str(target))
    assert code == 0, err
    book = load_workbook(target)
    assert book.sheetnames == ["任务清单", "核对标记"]
    row = next(r for r in book["任务清单"].iter_rows(min_row=2) if r[0].value == "task-1.resume-work")
    assert row[4].value == "已完成" and row[6].is_date
