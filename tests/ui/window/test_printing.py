"""Printing: the print preview shows the report PDF's pages (as many, the same text on each), File -> Print
preview is Ctrl+P, a printed page matches the PDF's, and the chart shown prints on one landscape page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from viewer.charts.report_pdf import checklist_statuses, report_pdf_bytes, review_work
from viewer.model.state import Mark
from viewer.ui.export.printing import ReportPrint, new_printer, paint_chart


def _preview_pages(job: ReportPrint) -> int:
    printer = new_printer()  # kept until the widget is done: it does not own the printer
    widget = QPrintPreviewWidget(printer)
    widget.paintRequested.connect(job.paint)
    widget.updatePreview()
    count = widget.pageCount()
    widget.deleteLater()
    return count


def _printed(job: ReportPrint, path) -> PdfReader:
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    assert job.paint(printer) == job.pages.total
    return PdfReader(str(path))


def _words(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_print_preview_counts_the_pdfs_pages_and_prints_the_same_text(make_main_window, tmp_path, lang) -> None:
    window = make_main_window(None, lang)
    context = window.context
    job = ReportPrint(context, with_review=False)
    data, pages = report_pdf_bytes(context.loaded, lang, checklist_statuses(context.report, context.state))
    assert _preview_pages(job) == pages == job.pages.total
    pdf = PdfReader(io.BytesIO(data))
    printed = _printed(job, tmp_path / "printed.pdf")
    assert len(printed.pages) == pages
    for ours, theirs in zip(printed.pages, pdf.pages, strict=True):
        assert _words(ours.extract_text()) == _words(theirs.extract_text())


def test_with_the_review_work_print_and_pdf_still_agree(make_main_window, tmp_path) -> None:
    window = make_main_window(None, "en")
    context = window.context
    assert context.session.set_mark("va-2022", Mark.QUESTIONED, "mark", "1.96 or 1.95?")
    job = ReportPrint(context, with_review=True)
    work = review_work(context.state, "en")
    _data, pages = report_pdf_bytes(context.loaded, "en", checklist_statuses(context.report, context.state), work=work)
    assert _preview_pages(job) == pages
    assert _words("1.96 or 1.95?") in _words("".join(p.extract_text() for p in _printed(job, tmp_path / "p.pdf").pages))


def test_print_preview_is_ctrl_p_and_shows_every_page(make_main_window) -> None:
    window = make_main_window(None)
    actions = window.print_actions
    assert actions.preview_action.shortcut() == QKeySequence("Ctrl+P")
    assert actions.preview_action in window.menus.file_menu.actions()
    assert actions.print_action in window.menus.file_menu.actions()
    actions.preview_action.trigger()
    dialog = actions.dialog
    assert dialog is not None and dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == report_pdf_bytes(window.context.loaded, "zh")[1]
    dialog.close()


def test_include_review_work_is_remembered(make_main_window) -> None:
    window = make_main_window(None)
    action = window.print_actions.review_action
    assert not action.isChecked()
    action.trigger()
    from viewer.ui.export.printing import include_review

    assert include_review()


def test_the_chart_shown_prints_on_one_landscape_page(qtbot, tmp_path, make_main_window) -> None:
    window = make_main_window(None, "en")
    tab = window.set_current_tab("statistics")
    qtbot.waitUntil(lambda: tab.current_spec() is not None)
    printer = new_printer(landscape=True)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "chart.pdf"))
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    paint_chart(tab.current_spec(), printer)
    reader = PdfReader(str(tmp_path / "chart.pdf"))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert box.width > box.height
    assert _words(tab.current_spec().title) in _words(reader.pages[0].extract_text())
    tab.print_action.trigger()
    assert tab.print_dialog is not None and tab.print_dialog.isVisible()
    tab.print_dialog.close()
