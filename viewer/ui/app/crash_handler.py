"""An unexpected exception anywhere in the GUI: log it, tell the user, keep running.

PySide6 hands an exception that escapes a slot or an event handler to ``sys.excepthook`` and then goes on
with the event loop, so one hook covers every slot. The hook writes a crash log into the app's state folder
(viewer.model.paths.crash_log_dir) and shows a dialog with the details and a button that copies them; the
recorded checklist state is saved on every change and is not touched.

Installed at start-up, so it stays light: the message box, ``platform`` and ``traceback`` are imported
when an error is reported, not before the first frame.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication

from viewer import __version__
from viewer.model.atomic_file import atomic_write
from viewer.model.paths import crash_log_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class CrashHandler(QObject):
    """Installs itself as ``sys.excepthook``; ``uninstall()`` restores the previous hook."""

    def __init__(self, log_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_dir = log_dir
        self._previous = sys.excepthook
        self._dialog: QMessageBox | None = None
        self.last_log: Path | None = None
        self.count = 0

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """The hook: never raises, whatever goes wrong while reporting."""
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.count += 1
        try:
            details = self._details(kind, exc, tb)
        except Exception:  # the hook must not raise; the bare error still reaches stderr
            details = f"{kind.__name__}: {exc}"
        print(details, file=sys.stderr)
        try:
            self.last_log = self._write_log(details)
        except OSError as err:
            self.last_log = None
            details += f"\n(The crash log could not be written: {err.strerror or err})"
        # If showing the report fails too, stderr already has the details.
        with contextlib.suppress(Exception):
            self._show(exc, details)

    def _details(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
        import platform
        import traceback

        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        head = (
            f"Industry Report Viewer {__version__} — {stamp}\n"
            f"Python {platform.python_version()} on {platform.platform()}\n"
        )
        return head + "".join(traceback.format_exception(kind, exc, tb))

    def _write_log(self, details: str) -> Path:
        folder = self._log_dir or crash_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        path = folder / f"crash-{stamp}.log"
        atomic_write(path, details.encode("utf-8"))
        return path

    def _show(self, exc: BaseException, details: str) -> None:
        from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

        if self._dialog is not None and self._dialog.isVisible():
            # One dialog at a time: a fault that repeats (in a paint event, say) is logged, not stacked.
            again = self.tr("Errors so far: %1").replace("%1", str(self.count))
            self._dialog.setInformativeText(self._informative() + "\n" + again)
            return
        parent = QApplication.activeWindow()
        dialog = QMessageBox(QMessageBox.Icon.Critical, self.tr("Unexpected error"),
                             self.tr("Something went wrong: %1").replace("%1", str(exc) or type(exc).__name__),
                             QMessageBox.StandardButton.Close, parent if isinstance(parent, QWidget) else None)
        dialog.setObjectName("crashDialog")
        dialog.setTextFormat(Qt.TextFormat.PlainText)
        dialog.setInformativeText(self._informative())
        dialog.setDetailedText(details)
        copy = QPushButton(self.tr("Copy details"), dialog)
        copy.setObjectName("copyDetails")
        dialog.addButton(copy, QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        self._dialog = dialog
        dialog.open()

    def _informative(self) -> str:
        text = self.tr("The application keeps running; your checklist progress is saved as you go.")
        if self.last_log is not None:
            text += "\n" + self.tr("Details were written to %1").replace("%1", str(self.last_log))
        return text

    @Slot()
    def close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()

    @property
    def dialog(self) -> QMessageBox | None:
        return self._dialog
