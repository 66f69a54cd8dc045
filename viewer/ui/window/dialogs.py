"""Dialogs of the main window: the list of a broken report's problems, and About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer import __version__
from viewer.model.errors import ReportError
from viewer.model.paths import resource
from viewer.model.types import Report
from viewer.ui.common.widgets import fill, plain_label


class ReportErrorDialog(QDialog):
    """Every problem of a report that could not be opened, at once: a table naming each problem's line, the item
    it is in (kind, label, id), the field and what is wrong, in the interface language; and the same as text
    (FILE:LINE:COLUMN: field: message) to copy into an editor."""

    def __init__(self, error: ReportError, parent: QWidget | None = None, *, note: str = "", lang: str = "") -> None:
        super().__init__(parent)
        from viewer.ui.window.problem_texts import problem_field, problem_item, problem_message

        self.setObjectName("reportErrorDialog")
        self.setWindowTitle(self.tr("Cannot open report"))
        self.error = error
        lang = lang or _interface_language()
        count = len(error.problems)
        # Plurals by count: English has no translation file to give "%n" its forms.
        summary = fill(self.tr("1 problem in %2:") if count == 1 else self.tr("%1 problems in %2:"), count, error.file)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(summary, wrap=True))
        self.table = QTreeWidget()
        self.table.setObjectName("problemTable")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setHeaderLabels([self.tr("Line"), self.tr("Item"), self.tr("Field"), self.tr("Problem")])
        self.table.setAccessibleName(self.tr("Problems of the report"))
        for problem in error.problems:
            where = "" if problem.line is None else f"{problem.line}:{problem.column or 1}"
            cells = [where, problem_item(problem, lang), problem_field(problem), problem_message(problem)]
            row = QTreeWidgetItem(cells)
            row.setToolTip(3, str(problem))
            self.table.addTopLevelItem(row)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("problems")
        self.problems.setReadOnly(True)
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problems.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.problems.setPlainText(str(error))
        self.problems.setAccessibleName(self.tr("Problems as text"))
        views = QTabWidget()
        views.addTab(self.table, self.tr("Problems"))
        views.addTab(self.problems, self.tr("As text (for the file's author)"))
        layout.addWidget(views, 1)
        if note:
            layout.addWidget(plain_label(note, wrap=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(900, 420)


def _interface_language() -> str:
    """'en' when the English interface is shown (no Chinese translator installed), else 'zh'."""
    from PySide6.QtCore import QCoreApplication

    return "zh" if QCoreApplication.translate("ReportErrorDialog", "Line") != "Line" else "en"


def show_report_error(error: ReportError, parent: QWidget | None = None, note: str = "") -> ReportErrorDialog:
    """Show the problems of ``error`` modally; tests patch this to avoid blocking."""
    dialog = ReportErrorDialog(error, parent, note=note)
    dialog.exec()
    return dialog


def show_message(parent: QWidget | None, title: str, text: str) -> None:
    """An information message box with plain text (tests patch this to avoid blocking)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def font_licence() -> str:
    """The bundled font's licence text, or '' when no licence file is bundled."""
    path = resource("fonts/OFL.txt")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    """Version, where the report comes from, and the licence of the bundled font."""

    def __init__(self, report: Report, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Industry Report Viewer"))
        layout = QVBoxLayout(self)
        title = plain_label(fill(self.tr("Industry Report Viewer %1"), __version__))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(plain_label(self.tr("Review an industry & IT work report offline: every figure with "
                                             "the sentence it comes from."), wrap=True))
        meta = report.meta
        source = meta.source_url or meta.source
        lines = [
            fill(self.tr("Report: %1"), meta.title.get(lang)),
            fill(self.tr("Publisher: %1"), meta.publisher.get(lang) if meta.publisher else self.tr("to fill in")),
            fill(self.tr("Source: %1"), source),
        ]
        self.data_source = plain_label("\n".join(lines), wrap=True)
        self.data_source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.data_source)
        tabs = QTabWidget()
        licence = font_licence()
        self.licence = QPlainTextEdit()
        self.licence.setReadOnly(True)
        self.licence.setPlainText(licence or self.tr("No font is bundled; the system fonts are used."))
        tabs.addTab(self.licence, self.tr("Font licence"))
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)
