"""Excel workbooks, opened again with openpyxl (another implementation than the writer's): a sheet per table,
numbers as numbers with the unit in its own column, dates as dates, a frozen header with a filter, widths that fit,
and no text that a spreadsheet would run as a formula."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from viewer.charts.definitions import chart_specs
from viewer.charts.workbook import (
    Column,
    Table,
    charts_workbook,
    checklist_workbook,
    facts_workbook,
    sheet_name,
    workbook_bytes,
)
from viewer.model.format import display_width
from viewer.model.state import Mark, ReportState, Status


def _book(data: bytes):
    return load_workbook(io.BytesIO(data))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_charts_workbook_has_a_sheet_per_chart_with_typed_cells(fujian, lang):
    specs = chart_specs(fujian.report, lang)
    book = _book(charts_workbook(specs, "t"))
    assert len(book.sheetnames) == len(specs) == 7
    for sheet, spec in zip(book.worksheets, specs, strict=True):
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
        header = [c.value for c in sheet[1]]
        value_col, unit_col = header.index("数值" if lang == "zh" else "Value"), header.index(
            "单位" if lang == "zh" else "Unit")
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        marks = spec.complete().marks()
        assert [r[value_col] for r in rows] == [m.value for m in marks]
        assert all(isinstance(r[value_col], int | float) for r in rows)
        assert all(r[unit_col] for r in rows)
    growth = book.worksheets[0]
    unit_col = [c.value for c in growth[1]].index("单位" if lang == "zh" else "Unit")
    units = {row[unit_col] for row in growth.iter_rows(min_row=2, values_only=True)}
    assert units == {"%"}


def test_enterprise_sizes_keep_the_stated_wording_beside_the_number(fujian):
    spec = next(s for s in chart_specs(fujian.report, "en") if s.id == "enterprise-size")
    sheet = _book(charts_workbook([spec])).worksheets[0]
    header = [c.value for c in sheet[1]]
    first = next(sheet.iter_rows(min_row=2, values_only=True))
    assert first[header.index("Value")] == 20000 and first[header.index("Unit")] == "家"
    assert first[header.index("As stated")] == "over 20,000 enterprises"


def test_facts_workbook_numbers_units_and_dates(fujian):
    book = _book(facts_workbook(fujian.report, "en"))
    assert book.sheetnames == ["Facts", "Report"]
    facts = book["Facts"]
    header = [c.value for c in facts[1]]
    rows = list(facts.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(fujian.report.facts)
    by_id = {r[0]: r for r in rows}
    va = by_id["va-2022"]
    assert va[header.index("Value")] == 1.96 and va[header.index("Unit")] == "万亿元"
    assert va[header.index("From")] == 1.48 and va[header.index("To")] == 1.96
    assert isinstance(va[header.index("Draft")], bool)
    report = {r[0]: r[1] for r in book["Report"].iter_rows(min_row=2, values_only=True)}
    assert report["Meeting date"] == dt.datetime(2023, 1, 31)  # an Excel date, not the text '2023-01-31'
    assert book["Report"]["B5"].number_format == "yyyy-mm-dd"
    assert report["Published (UTC)"] == dt.datetime(2023, 2, 1, 1, 58)


def test_checklist_workbook_has_the_items_and_the_review_marks(fujian):
    state = ReportState.in_memory(fujian.report)
    assert state.apply(state.plan_item("task-1.resume-work", status=Status.DOING, owner="王", due="2023-03-31",
                                       note="=HYPERLINK(\"http://x\")"))
    assert state.apply(state.plan_mark("va-2022", Mark.QUESTIONED, "@SUM(A1)"))
    book = _book(checklist_workbook(state, "zh"))
    assert book.sheetnames == ["任务清单", "核对标记"]
    items = book["任务清单"]
    header = [c.value for c in items[1]]
    row = next(r for r in items.iter_rows(min_row=2) if r[0].value == "task-1.resume-work")
    assert row[header.index("状态")].value == "进行中"
    assert row[header.index("截止日期")].value == dt.datetime(2023, 3, 31) and row[header.index("截止日期")].is_date
    assert row[header.index("更新时间（UTC）")].is_date
    note = row[header.index("备注")]
    assert note.data_type == "s" and note.value == "=HYPERLINK(\"http://x\")" and note.quotePrefix
    marks = book["核对标记"]
    comment = next(r for r in marks.iter_rows(min_row=2) if r[0].value == "va-2022")[5]
    assert comment.data_type == "s" and comment.quotePrefix


def test_no_text_ever_becomes_a_formula(tmp_path):
    hostile = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "=HYPERLINK(\"http://evil\",\"x\")", "ok"]
    data = workbook_bytes([Table("t", [Column("text")], [[t] for t in hostile])])
    sheet = _book(data).active
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in cells] == hostile
    assert all(c.data_type == "s" for c in cells)
    assert [c.quotePrefix for c in cells] == [True] * 5 + [False]
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_widths_fit_the_text_and_long_text_wraps(fujian):
    sheet = _book(facts_workbook(fujian.report, "zh"))["数据"]
    header = [c.value for c in sheet[1]]
    letter = lambda name: sheet.cell(1, header.index(name) + 1).column_letter  # noqa: E731
    widest = max(display_width(f.label.zh) for f in fujian.report.facts)
    assert sheet.column_dimensions[letter("指标（中文）")].width >= widest
    assert sheet.column_dimensions[letter("数值")].width < 15
    quote = sheet.column_dimensions[letter("原文")]
    assert quote.width < 64 and sheet.cell(2, header.index("原文") + 1).alignment.wrap_text


def test_sheet_names_are_valid_and_unique():
    taken: set[str] = set()
    names = [sheet_name(n, taken) for n in ("a/b:c", "x" * 40, "x" * 40, "'quoted'", "")]
    assert names[0] == "a_b_c" and len(names[1]) == 31 and names[2].endswith("(2)") and len(names[2]) <= 31
    assert names[3] == "quoted" and names[4] == "Sheet"
