"""Rich copies: a picture and its data, or table rows, put on the clipboard in every form at once.

A chart goes as PNG (``image/png`` and Qt's image, which each platform offers as its own bitmap format), SVG
(``image/svg+xml``) and its data as an HTML table and as tab-separated text: a spreadsheet pastes the numbers,
a slide or a document the picture. Rows of a table go as HTML and tab-separated text, with the header row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QWidget

from viewer.charts.clipboard_data import html_table, tsv_text


def rich_mime(headers: Sequence[str], rows: Sequence[Sequence[object]], *, image: QImage | None = None,
              png: bytes | None = None, svg: bytes | None = None, caption: str = "") -> QMimeData:
    """Clipboard data holding the table as HTML and text, and the picture when given."""
    mime = QMimeData()
    mime.setHtml(html_table(headers, rows, caption))
    mime.setText(tsv_text(headers, rows))
    if image is not None:
        mime.setImageData(image)
    if png is not None:
        mime.setData("image/png", QByteArray(png))
    if svg is not None:
        mime.setData("image/svg+xml", QByteArray(svg))
    return mime


def put_on_clipboard(mime: QMimeData) -> None:
    QGuiApplication.clipboard().setMimeData(mime)


def selected_rows(view: QAbstractItemView) -> tuple[list[str], list[list[object]]]:
    """The headers of the view's visible columns and the selected rows' texts, in the order shown."""
    model = view.model()
    if model is None:
        return [], []
    header = getattr(view, "horizontalHeader", None)
    hidden = header().isSectionHidden if callable(header) else (lambda _c: False)
    columns = [c for c in range(model.columnCount()) if not hidden(c)]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
               for c in columns]
    rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()}) if view.selectionModel() else []
    out: list[list[object]] = []
    for row in rows:
        values: list[object] = []
        for column in columns:
            value = model.data(model.index(row, column, QModelIndex()), Qt.ItemDataRole.DisplayRole)
            values.append("" if value is None else value)
        out.append(values)
    return headers, out


def copy_selected_rows(view: QAbstractItemView) -> int:
    """Put the selected rows of ``view`` on the clipboard (HTML and text); how many rows were copied."""
    headers, rows = selected_rows(view)
    if rows:
        put_on_clipboard(rich_mime(headers, rows))
    return len(rows)


def install_copy(view: QAbstractItemView, parent: QWidget) -> QAction:
    """Ctrl+C (the platform's Copy) on ``view`` copies its selected rows; the action, to add to a menu."""
    action = QAction(parent)
    action.setObjectName(f"{view.objectName() or 'table'}CopyAction")
    action.setShortcut(QKeySequence.StandardKey.Copy)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: copy_selected_rows(view))
    view.addAction(action)
    return action
