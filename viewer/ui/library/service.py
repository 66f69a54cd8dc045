"""The window's side of the library: its folders (settings), its index, refreshing it in a worker thread, and the
file operations behind Add, Draft from text, Remove and Reveal.

Folders are kept in QSettings (``library/folders``: the first is where added reports are copied; by default the
library folder in the user's data folder) with ``library/bundled`` (the bundled reports, the Fujian report and the
examples, shown too; on by default). The index is ``viewer.model.library``'s, in the cache folder. A refresh runs in
a thread of its own with its own connection, one file at a time; the view reads through the main thread's connection
and reloads when a refresh has changed something. An index that has to live in memory (its folder cannot hold it) is
refreshed on the main thread, as a worker's connection would not see it.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

from viewer.model.library.index import LibraryIndex, RefreshSummary, default_index_path
from viewer.model.paths import data_dir, library_dir
from viewer.model.state import resolve_state_dir

FOLDERS_KEY = "library/folders"
BUNDLED_KEY = "library/bundled"


def saved_folders(settings: QSettings | None = None) -> list[Path]:
    """The library's own folders, the default one first (never empty)."""
    settings = settings or QSettings()
    value = settings.value(FOLDERS_KEY, [], type=list)
    items = value if isinstance(value, list) else []  # a damaged entry: the default folder
    folders = [Path(v) for v in items if isinstance(v, str) and v.strip()]
    return list(dict.fromkeys(folders)) or [library_dir()]


def save_folders(folders: list[Path], settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue(FOLDERS_KEY, [str(f) for f in dict.fromkeys(folders)])


def bundled_shown(settings: QSettings | None = None) -> bool:
    """Whether the library shows the bundled reports (the Fujian report and the examples) too; on by default."""
    return bool((settings or QSettings()).value(BUNDLED_KEY, True, type=bool))


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)  # RefreshSummary, or the exception that stopped it

    def __init__(self, index_path: Path, folders: list[Path], state_dir: Path | None, fts: bool | None) -> None:
        super().__init__()
        self._args = (index_path, folders, state_dir, fts)
        self.stop = False

    @Slot()
    def run(self) -> None:
        index_path, folders, state_dir, fts = self._args
        index = LibraryIndex(index_path, fts=fts)
        try:
            result: object = index.refresh(folders, state_dir, progress=self._progress)
        except Exception as exc:  # reported to the window, never lost in a thread
            result = exc
        finally:
            index.close()
        self.finished.emit(result)

    def _progress(self, done: int, total: int, _path: Path) -> bool:
        self.progressed.emit(done, total)
        return not self.stop


class LibraryService(QObject):
    """The library the window shows: folders, index, refreshes.

    Signals:
        refreshed(object): a refresh ended (a RefreshSummary; an Exception when it failed).
        progressed(int, int): files looked at so far, of how many.
        folders_changed(): the folders (or whether the bundled reports are shown) changed.
    """

    refreshed = Signal(object)
    progressed = Signal(int, int)
    folders_changed = Signal()

    def __init__(self, state_dir: Path | None = None, index_path: Path | None = None, *, fts: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index_path = index_path or default_index_path()
        self.state_dir = state_dir if state_dir is not None else resolve_state_dir(None)
        self.fts = fts
        self.index = LibraryIndex(self.index_path, fts=fts)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._again = False
        self.closed = False  # stopped: the window is closing, nothing is read any more
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)  # never a running thread when the application ends

    # --- folders --------------------------------------------------------------------------------------

    def folders(self) -> list[Path]:
        """The user's folders (the default first)."""
        return saved_folders()

    def default_folder(self) -> Path:
        return self.folders()[0]

    def all_folders(self) -> list[Path]:
        """Every folder indexed: the user's and, when shown, the bundled reports (data/: the Fujian report and the
        examples)."""
        return self.folders() + ([data_dir()] if bundled_shown() else [])

    def set_folders(self, folders: list[Path], bundled: bool) -> None:
        save_folders(folders)
        QSettings().setValue(BUNDLED_KEY, bundled)
        self.folders_changed.emit()
        self.refresh()

    # --- refreshing -----------------------------------------------------------------------------------

    def is_refreshing(self) -> bool:
        return self._thread is not None

    def refresh(self) -> None:
        """Bring the index up to date (in a worker thread; once more after the running refresh when asked
        during one)."""
        if self._thread is not None:
            self._again = True
            return
        if self.closed:
            return
        if self.index.db.in_memory:
            summary = self.index.refresh(self.all_folders(), self.state_dir)
            self.refreshed.emit(summary)
            return
        thread = QThread(self)
        worker = _Worker(self.index_path, self.all_folders(), self.state_dir, self.fts)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self.progressed)
        # The thread's loop is told to end from the worker's own thread, before the window hears of the result:
        # ``_finished`` can then wait for the thread without waiting on itself.
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.finished.connect(self._finished)
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot(object)
    def _finished(self, result: object) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        if isinstance(result, RefreshSummary) and self.index.db.rebuilt:
            # This connection found the index damaged (and built it again) before the refresh.
            result.rebuilt, self.index.db.rebuilt = True, False
        elif isinstance(result, RefreshSummary) and result.rebuilt:
            # The worker built the file again: this connection still looks at the old one.
            self.index.close()
            self.index = LibraryIndex(self.index_path, fts=self.fts)
        self.refreshed.emit(result)
        if self._again:
            self._again = False
            self.refresh()

    def stop(self) -> None:
        """Stop a running refresh and wait for its thread (the window is closing)."""
        if self._worker is not None:
            self._worker.stop = True
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self.index.close()
        self.closed = True


def reveal(path: Path) -> bool:
    """Show ``path`` in the system's file manager (selected where the system can; else its folder)."""
    try:
        if sys.platform.startswith("win"):
            subprocess.Popen(["explorer", "/select,", str(path)])
            return True
        if sys.platform == "darwin":
            subprocess.Popen(["open", "-R", str(path)])
            return True
    except OSError:
        pass
    with contextlib.suppress(Exception):
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    return False
