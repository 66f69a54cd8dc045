"""A chart's data as a table: every item (also those the drawing leaves out) with its value as stated, period,
qualifier and quote, for readers who do not read the bars, and for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.charts.spec import ChartSpec
from viewer.model.format import number
from viewer.ui.common.widgets import fill, plain_label
from viewer.ui.statistics.chart_view import qualifier_text


def chart_table_model(spec: ChartSpec, parent=None) -> QStandardItemModel:
    """One row per mark of ``spec`` (complete: items the drawing leaves out too)."""
    headers = [QCoreApplication.translate("ChartTable", "Panel"), QCoreApplication.translate("ChartTable", "Item"),
               QCoreApplication.translate("ChartTable", "Series"),
               QCoreApplication.translate("ChartTable", "Value as stated"),
               QCoreApplication.translate("ChartTable", "Number on the axis"),
               QCoreApplication.translate("ChartTable", "Period"), QCoreApplication.translate("ChartTable", "Note"),
               QCoreApplication.translate("ChartTable", "Quote")]
    model = QStandardItemModel(0, len(headers), parent)
    model.setHorizontalHeaderLabels(headers)
    for panel in spec.complete().panels:
        for mark in (*panel.marks, *panel.listed):
            series = panel.series[mark.series] if mark.series < len(panel.series) else ""
            category = panel.categories[mark.category] if mark.category < len(panel.categories) else ""
            note = QCoreApplication.translate("ChartTable", ", ").join(
                t for t in (mark.note, qualifier_text(mark.qualifier)) if t)
            cells = [panel.title or panel.value_axis, mark.label or category, series, mark.value_text,
                     number(mark.value), mark.period, note, mark.quote]
            row = []
            for text in cells:
                item = QStandardItem(text)
                item.setEditable(False)
                item.setToolTip(text)
                row.append(item)
            row[4].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.appendRow(row)
    return model


class ChartTableDialog(QDialog):
    """A window with the table of one chart's data (not modal: the chart stays usable beside it)."""

    def __init__(self, spec: ChartSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartTableDialog")
        self.setWindowTitle(fill(self.tr("Data of “%1”"), spec.title))
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(spec.caption, wrap=True))
        self.table = QTableView()
        self.table.setObjectName("chartTable")
        self.table.setModel(chart_table_model(spec, self))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.table.model().columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(fill(self.tr("Data of the chart “%1”"), spec.title))
        self.table.setAccessibleDescription(self.tr("One row per value: item, value as stated, period and quote."))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 420)
