"""Text from a report file is shown literally: markup in a label is never interpreted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import HTML_LABEL, HTML_NAME
from viewer.ui.common.widgets import plain_label


def test_plain_label_never_guesses_rich_text() -> None:
    label = plain_label("<b>bold?</b>")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>bold?</b>"


def test_markup_labels_show_literally_in_every_tab(make_main_window, html_report_path, qtbot) -> None:
    window = make_main_window(html_report_path)
    overview = window.set_current_tab("overview")
    tile = next(t for t in overview.tiles if t.fact.id == "va-growth")
    assert tile.label.text() == HTML_LABEL
    assert tile.label.textFormat() == Qt.TextFormat.PlainText
    # The label is wide enough for the literal tags: rich text would be two characters wide.
    assert tile.label.sizeHint().width() > tile.label.fontMetrics().horizontalAdvance("增长") * 2
    for label in overview.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()

    enterprises = window.set_current_tab("enterprises")
    assert enterprises.enterprise_model.index(0, 0).data() == HTML_NAME
    enterprises.enterprise_view.selectRow(0)
    assert enterprises.detail.heading.text() == HTML_NAME
    assert enterprises.detail.heading.textFormat() == Qt.TextFormat.PlainText

    window.show_search().box.setText("img")
    hits = [window.search_panel.model.index(r, 0).data() for r in range(window.search_panel.model.rowCount())]
    assert any(HTML_NAME in hit for hit in hits)

    source = window.set_current_tab("source")
    window.context.show_source.emit("va-growth")
    assert any(HTML_LABEL in source.items.item(r).text() for r in range(source.items.rowCount()))
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in source.findChildren(QLabel))
    window.statusBar().showMessage(HTML_LABEL)  # QStatusBar draws its message as plain text
    assert window.statusBar().currentMessage() == HTML_LABEL
