"""Sharing the checklist from the Tasks tab: the Export… and Import… buttons, their dialogs and the files.

Export writes the checklist and review marks as Markdown, CSV or JSON; import reads a colleague's JSON
export, shows what it would change, and applies it as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from viewer.model.state.exchange import EXPORTERS, ImportFileError, ImportPreview, Outcome, read_import_file
from viewer.model.state.storage import atomic_write, describe_os_error
from viewer.ui.common.widgets import fill
from viewer.ui.context import AppContext
from viewer.ui.tasks.widgets import MessageBar

Confirm = Callable[[ImportPreview], bool]


class ChecklistTransfer(QObject):
    """The tab's Export…/Import… buttons and what they do; errors and results go to ``notice_bar``."""

    def __init__(self, context: AppContext, notice_bar: MessageBar, tab: QWidget) -> None:
        super().__init__(tab)
        self._context = context
        self._notice_bar = notice_bar
        self._tab = tab  # the parent of the file dialogs and the import summary
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.export_button.clicked.connect(self._on_export_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)

    def retranslate(self) -> None:
        """Set the buttons' texts in the current language."""
        self.export_button.setText(self.tr("Export…"))
        self.import_button.setText(self.tr("Import…"))

    def set_writable(self, writable: bool) -> None:
        """Importing changes the checklist, so it is offered only while the checklist can be saved."""
        self.import_button.setEnabled(writable)

    def export_to(self, path: Path, fmt: str) -> str | None:
        """Write the checklist and review marks to ``path`` as 'md', 'csv' or 'json'; the error, or None."""
        state = self._context.state
        if state is None:
            return self.tr("There is no checklist to export.")
        try:
            # The file dialog asked before replacing a file: that is the consent to overwrite.
            atomic_write(path, EXPORTERS[fmt](state, self._context.lang).encode("utf-8"), shared=True,
                         overwrite=True)
        except OSError as exc:
            return fill(self.tr("Could not export to %1: %2"), path, describe_os_error(exc, path))
        return None

    def import_from(self, path: Path, confirm: Confirm | None = None) -> ImportPreview | None:
        """Preview importing ``path``, ask ``confirm`` (default: a dialog with the summary), then apply it.

        Returns the preview when applied, None when cancelled or impossible (the notice bar says why).
        """
        session = self._context.session
        if session is None:
            return None
        try:
            preview = session.preview_import(read_import_file(path))
        except ImportFileError as exc:
            self._notice_bar.show_message(fill(self.tr("Could not import %1: %2"), path, str(exc)))
            return None
        if not (confirm or self._confirm_import)(preview):
            return None
        changes = preview.changes()
        session.apply_import(preview, fill(self.tr("Import %1 records from %2"),
                                           len(changes.checklist) + len(changes.review), path.name))
        return preview

    def _confirm_import(self, preview: ImportPreview) -> bool:
        c = preview.counts()
        text = fill(self.tr("Added: %1\nChanged: %2\nUnchanged: %3\nIgnored (ours is newer): %4\n"
                            "Orphaned (not in this report, kept): %5\nInvalid (skipped): %6"),
                    c["added"], c["changed"], c["unchanged"], c["ignored_older"], c["orphaned"], c["invalid"])
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import checklist"), text,
                          QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel, self._tab)
        box.setTextFormat(Qt.TextFormat.PlainText)
        details = [f"{e.outcome.value}: {e.id}" for e in preview.entries if e.outcome is not Outcome.UNCHANGED]
        details += [f"invalid: {p}" for p in preview.problems]
        if details:
            box.setDetailedText("\n".join(details))
        if not preview.changes():
            box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Apply

    @Slot()
    def _on_export_clicked(self) -> None:
        filters = {"md": self.tr("Markdown (*.md)"), "csv": self.tr("CSV (*.csv)"), "json": self.tr("JSON (*.json)")}
        name = f"{self._context.report.meta.id}-checklist.md"
        path, chosen = QFileDialog.getSaveFileName(self._tab, self.tr("Export checklist"), name,
                                                   ";;".join(filters.values()))
        if not path:
            return
        fmt = next((k for k, v in filters.items() if v == chosen), None) or Path(path).suffix.lstrip(".") or "md"
        error = self.export_to(Path(path), fmt if fmt in EXPORTERS else "json")
        self._notice_bar.show_message(error or fill(self.tr("Exported to %1"), path), warn=bool(error))

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._tab, self.tr("Import a colleague's checklist"), "",
                                              self.tr("JSON export (*.json)"))
        if path:
            self.import_from(Path(path))
