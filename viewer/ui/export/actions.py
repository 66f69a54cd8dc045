"""File -> Export… and File -> Export report as PDF…: the actions, without the dialogs behind them.

The main window installs these at start-up; the dialogs (``viewer.ui.export.dialog``) and the chart
machinery they need (chart definitions, sizes, file naming) are imported only when the user exports, so the
first frame does not wait for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

from viewer.ui.context import AppContext
from viewer.ui.export.settings import INCLUDE_REVIEW_KEY


def install_export_actions(window: QMainWindow, context: AppContext, file_menu: QMenu, after: QAction) -> QAction:
    """Connect File -> Export… to the export dialog and add File -> Export report as PDF… after it.

    Returns the new action (the window retranslates it through ``retranslate_export_actions``).
    """
    def open_dialog() -> None:
        from viewer.ui.export.dialog import ExportDialog

        # Window-modal and non-blocking (open, not exec), deleted when closed.
        dialog = ExportDialog(context, parent=window, later=True)  # shown at once, its list filled when made
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


class PrintActions(QObject):
    """File -> Print preview… (Ctrl+P), Print… (Ctrl+Shift+P) and Include review work (printed and in the PDF).

    The printing code (QtPrintSupport, the report's pages) loads when the user first prints.
    """


    def __init__(self, window: QMainWindow, context: AppContext, file_menu: QMenu, after: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self.preview_action = QAction(window)
        self.preview_action.setObjectName("printPreviewAction")
        self.preview_action.setShortcut(QKeySequence("Ctrl+P"))
        self.preview_action.triggered.connect(self.preview)
        self.print_action = QAction(window)
        self.print_action.setObjectName("printAction")
        self.print_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.print_action.triggered.connect(self.print_report)
        self.review_action = QAction(window, checkable=True)
        self.review_action.setObjectName("includeReviewAction")
        self.review_action.setChecked(bool(QSettings().value(INCLUDE_REVIEW_KEY, False, type=bool)))
        self.review_action.toggled.connect(lambda on: QSettings().setValue(INCLUDE_REVIEW_KEY, on))
        actions = file_menu.actions()
        index = actions.index(after) if after in actions else -1
        before = actions[index + 1] if 0 <= index < len(actions) - 1 else None
        for action in (self.preview_action, self.print_action, self.review_action):
            if before is not None:
                file_menu.insertAction(before, action)
            else:
                file_menu.addAction(action)
        self.dialog: QPrintPreviewDialog | None = None
        self.retranslate()

    def preview(self) -> None:
        from viewer.ui.export.printing import preview_report

        self.dialog = preview_report(self._context, self._window)
        self.dialog.open()

    def print_report(self) -> None:
        from viewer.ui.export.printing import print_report

        print_report(self._context, self._window)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.preview_action.setText(translate("PrintActions", "Print pre&view…"))
        self.print_action.setText(translate("PrintActions", "&Print…"))
        self.review_action.setText(translate("PrintActions", "Include review &work in print and PDF"))
        self.review_action.setToolTip(translate(
            "PrintActions", "Print the checklist's owners, due dates and notes and the review marks and comments "
            "with the report"))
