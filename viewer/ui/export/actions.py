"""File -> Export… and File -> Export report as PDF…: the actions, without the dialogs behind them.

The main window installs these at start-up; the dialogs (``viewer.ui.export.dialog``) and the chart
machinery they need (chart definitions, sizes, file naming) are imported only when the user exports, so the
first frame does not wait for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from viewer.ui.context import AppContext


def install_export_actions(window: QMainWindow, context: AppContext, file_menu: QMenu, after: QAction) -> QAction:
    """Connect File -> Export… to the export dialog and add File -> Export report as PDF… after it.

    Returns the new action (the window retranslates it through ``retranslate_export_actions``).
    """
    def open_dialog() -> None:
        from viewer.ui.export.dialog import ExportDialog

        # Window-modal and non-blocking (open, not exec), deleted when closed.
        dialog = ExportDialog(context, parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_pdf() -> None:
        from viewer.ui.export.dialog import export_report_pdf

        export_report_pdf(context, window)

    context.export_requested.connect(open_dialog)
    context.set_export_enabled(True)
    pdf_action = QAction(window)
    pdf_action.setObjectName("exportReportPdfAction")
    pdf_action.triggered.connect(export_pdf)
    actions = file_menu.actions()
    index = actions.index(after) if after in actions else -1
    before = actions[index + 1] if 0 <= index < len(actions) - 1 else None
    if before is not None:
        file_menu.insertAction(before, pdf_action)
    else:
        file_menu.addAction(pdf_action)
    retranslate_export_actions(pdf_action)
    return pdf_action


def retranslate_export_actions(pdf_action: QAction) -> None:
    """Set the texts of the actions added by ``install_export_actions`` in the current language."""
    pdf_action.setText(QCoreApplication.translate("ExportActions", "Export report as &PDF…"))
