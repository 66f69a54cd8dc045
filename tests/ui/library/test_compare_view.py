"""Comparing in the Library view: an indicator's chart over three years and across regions whose every mark's
tooltip and click lead to its report's sentence, its exports, two reports side by side, and last year's tasks
beside this year's review."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from viewer.model.paths import examples_dir
from viewer.ui.library.carried_pane import CarriedPane
from viewer.ui.library.compare_pane import ComparePane
from viewer.ui.library.side_pane import SidePane
from viewer.ui.source.tab import SourceTab


def _compare(page) -> ComparePane:
    pane = page.show_page("compare")
    assert isinstance(pane, ComparePane)
    return pane


def test_an_indicator_over_three_years_leads_from_each_mark_to_its_sentence(library_window, qtbot) -> None:
    window, page = library_window("zh")
    pane = _compare(page)
    assert pane.choose("industrial-va-growth", over_years_of="示例省")
    spec = pane.view.drawn_spec()
    assert spec is not None and spec.title == "规上工业增加值增速：示例省历年对比（示例）"
    assert "示例数据" in spec.caption
    results = [m for m in spec.marks() if m.series == 0]
    assert [(m.value_text, m.period, m.quote, Path(m.source).name) for m in results] == [
        ("6.1%", "2022", "全年规上工业增加值增长6.1%", "shili-2023.yaml"),
        ("6.8%", "2023", "全年规上工业增加值增长6.8%", "shili-2024.yaml"),
        ("5.9%", "2024", "全年规上工业增加值增长5.9%", "shili-2025.yaml")]
    targets = [m for m in spec.marks() if m.series == 1]
    assert [(m.value_text, m.qualifier) for m in targets] == [("约6%", "about"), ("约6%", "about"), ("约5.5%", "about")]
    # The tooltip gives value, period and sentence; a click opens that report with the sentence selected.
    mark = results[1]
    tooltip = pane.view._tooltip(mark)
    assert "6.8%" in tooltip and "全年规上工业增加值增长6.8%" in tooltip and "2023" in tooltip
    rect = pane.view.mark_rect(mark)
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not window.busy())  # opened in a worker thread
    assert not window.library.showing() and window.context.report.meta.id == "example-shili-2024"
    source = window.built_tab("source")
    assert isinstance(source, SourceTab) and source.selected_text() == "全年规上工业增加值增长6.8%"
    # The keyboard too: arrow to the first mark, Enter.
    window.show_library()
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Right)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.busy())
    assert window.context.report.meta.id == "example-shili-2023"
    assert window.built_tab("source").selected_text() == "全年规上工业增加值增长6.1%"


def test_gaps_across_regions_and_in_english(library_window) -> None:
    _window, page = library_window("en")
    pane = _compare(page)
    assert pane.choose("new-5g-base-stations", over_years_of="示例省")
    panel = pane.view.drawn_spec().panels[0]
    assert panel.categories == ("2022", "2023", "2024") and panel.gaps == ((1, "not stated"),)
    assert [m.value_text for m in panel.marks] == ["12,000", "9,000"]
    # Across regions, only years with a stated result are offered (2025 has only a plan's target).
    assert pane.choose("industrial-va-growth", in_year=2024) and not pane.choose("industrial-va-growth", in_year=2025)
    assert pane.choose("digital-economy-size", in_year=2023)
    spec = pane.view.drawn_spec()
    assert spec.title == "Size of the digital economy: regions in 2023 (example)"
    panel = spec.panels[0]
    assert panel.categories[:2] == ("Example Province", "Demo Province")
    assert [m.value_text for m in panel.marks] == ["over 1.1 trillion yuan", "650 billion yuan"]
    assert dict(panel.gaps) == {2: "no report"}  # Fujian's report reviews 2022
    assert "lower bounds" in spec.caption


def test_the_comparison_exports_like_every_chart(library_window, tmp_path: Path) -> None:
    _window, page = library_window("zh")
    pane = _compare(page)
    assert pane.choose("new-5g-base-stations", over_years_of="示例省")
    out = tmp_path / "compare.csv"
    assert pane.export_data(out) is None
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines()))
    assert [(r["category"], r["value_as_stated"], r["note"], Path(r["report"]).name if r["report"] else "")
            for r in rows] == [("2022", "1.2万个", "", "shili-2023.yaml"), ("2024", "0.9万个", "", "shili-2025.yaml"),
                               ("2023", "", "未提及", "")]
    from viewer.ui.export.dialog import ExportDialog

    dialog = ExportDialog(None, pane.spec.id, "svg", pane, specs=[pane.spec])
    dialog.folder_edit.setText(str(tmp_path / "charts"))
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt in ("png", "svg", "pdf"))
    dialog.run()
    written = sorted(p.suffix for p in (tmp_path / "charts").iterdir())
    assert written == [".pdf", ".png", ".svg"]
    pane.show_table()
    assert pane.table_dialog is not None and pane.table_dialog.table.model().rowCount() == 2


def test_two_reports_side_by_side(library_window, qtbot) -> None:
    window, page = library_window("zh")
    pane = page.show_page("side")
    assert isinstance(pane, SidePane)
    a, b = (examples_dir() / "shili-2024.yaml").resolve(), (examples_dir() / "shili-2025.yaml").resolve()
    assert pane.choose(a, b)
    rows = {pane.table.item(r, 0).text(): [pane.table.item(r, c).text() for c in range(6)]
            for r in range(pane.table.rowCount())}
    assert rows["规上工业增加值增速"] == ["规上工业增加值增速", "6.8% (2023)", "5.9% (2024)", "−0.9个百分点",
                                 "全年规上工业增加值增长6.8%", "全年规上工业增加值增长5.9%"]
    assert rows["数字经济规模"][3] == "无：有数值为上下限"  # 突破1.1万亿元 is a bound: no exact change
    row = list(rows).index("规上工业增加值增速")
    pane.table.cellDoubleClicked.emit(row, 5)
    qtbot.waitUntil(lambda: not window.busy())  # opened in a worker thread
    assert window.context.report.meta.id == "example-shili-2025"
    assert window.built_tab("source").selected_text() == "全年规上工业增加值增长5.9%"


def test_last_year_s_tasks_beside_this_year_s_review(library_window, qtbot) -> None:
    window, page = library_window("zh")
    pane = page.show_page("carried")
    assert isinstance(pane, CarriedPane)
    assert pane.choose((examples_dir() / "shili-2024.yaml").resolve())
    assert pane.tree.topLevelItemCount() == 5
    digital = pane.tree.topLevelItem(1)
    assert digital.text(0) == "2. 做强数字经济" and digital.childCount() == 2
    assert digital.text(3).startswith("数字经济方面，新建工业互联网平台12个")
    assert "2023年工作回顾" in pane.review.toPlainText()
    pane.tree.itemActivated.emit(digital, 3)
    qtbot.waitUntil(lambda: not window.busy())  # opened in a worker thread
    assert window.context.report.meta.id == "example-shili-2024"
    passage = "数字经济方面，新建工业互联网平台12个，推动2.3万家中小企业上云用云。"
    assert window.built_tab("source").selected_text() == passage
    window.show_library()
    pane.tree.itemActivated.emit(digital.child(1), 0)
    qtbot.waitUntil(lambda: not window.busy())
    assert window.context.report.meta.id == "example-shili-2023" and window.current_tab_key() == "tasks"


def test_the_comparison_goes_to_powerpoint_and_excel(library_window, tmp_path: Path) -> None:
    import openpyxl
    from pptx import Presentation

    _window, page = library_window("zh")
    pane = _compare(page)
    assert pane.choose("industrial-va-growth", over_years_of="示例省")
    deck = pane.export_office("pptx", tmp_path / "compare.pptx")
    assert deck is not None
    slides = list(Presentation(str(deck)).slides)
    texts = [shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame]
    assert len(slides) == 2 and any("示例省历年对比" in t for t in texts) and any("3份报告" in t for t in texts)
    book = pane.export_office("xlsx", tmp_path / "compare.xlsx")
    assert book is not None
    sheet = openpyxl.load_workbook(book).worksheets[-1]
    values = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "全年规上工业增加值增长6.8%" in values
