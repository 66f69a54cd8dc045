"""The Source tab's text view: copying gives plain text, and never leaves Python objects to die at exit."""

from __future__ import annotations

import atexit
from collections.abc import Callable

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit
from shiboken6 import Shiboken


class SourceTextView(QPlainTextEdit):
    """The source text; a copied selection is plain text only.

    The quote highlights are character formats in the document, and QPlainTextEdit would copy them along as
    HTML: pasted into a document or an e-mail, the text would come out with yellow backgrounds.
    """

    # The tab's reading of the selection (the source as shown, without the breaks added to cut long lines).
    selection_text: Callable[[], str] | None = None

    def createMimeDataFromSelection(self) -> QMimeData:
        data = QMimeData()
        if self.selection_text is not None:
            data.setText(self.selection_text())
        else:
            # QTextCursor.selectedText marks line ends as U+2029 (paragraph separator): give them back as newlines.
            data.setText(self.textCursor().selectedText().replace("\u2029", "\n"))
        _hand_clipboard_to_qt_at_exit()
        return data


_exit_hook_registered = False


def _hand_clipboard_to_qt_at_exit() -> None:
    global _exit_hook_registered
    if not _exit_hook_registered:
        atexit.register(_hand_clipboard_to_qt)
        _exit_hook_registered = True


def _hand_clipboard_to_qt() -> None:
    """Swap a QMimeData made in Python on the clipboard for one Qt makes itself, while Python still runs.

    The clipboard lives until the application object is destroyed, which happens while Python is shutting
    down; destroying an object made in Python then calls back into a half-finalised interpreter (a crash on
    exit after copying). The text, and so what a clipboard manager takes over, stays the same.
    """
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and Shiboken.createdByPython(data):
        clipboard.setText(data.text())
