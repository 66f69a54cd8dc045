"""The progress dialog of a long job run beside the window (report PDF, a draft from a text)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid


def job_progress_dialog(label: str, cancel_text: str, title: str, name: str, maximum: int,
                        parent: QWidget | None, cancel: Callable[[], None]) -> QProgressDialog:
    """A window-modal progress dialog shown at once; it stays open at its maximum (the job closes it with
    ``close_job_dialog``) and its Cancel calls ``cancel``. ``maximum`` 0 is a busy bar."""
    dialog = QProgressDialog(label, cancel_text, 0, maximum, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.canceled.connect(cancel)
    return dialog


def close_job_dialog(dialog: QProgressDialog) -> None:
    """Close and delete a job's dialog, unless it was deleted with its window meanwhile."""
    if isValid(dialog):
        dialog.close()
        dialog.deleteLater()
