"""The window's Library view: a second page beside the tabs (View -> Library, Ctrl+L; the start page when no
report is named), built the first time it is shown, and the way from a library item into its report.

``LibraryHost`` owns the stacked pages of the window's centre: the tabs of the open report, and the Library view.
Opening a report (from the library or anywhere) shows the tabs again; a library item opens its report at the item:
a figure at its sentence in the Source tab, a task or action in Tasks, an enterprise in Enterprises, a passage of a
review at that sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from viewer.ui.context import AppContext

if TYPE_CHECKING:
    from viewer.ui.library.page import LibraryPage
    from viewer.ui.library.service import LibraryService


class LibraryWindow(Protocol):
    """What the Library asks of the window it sits in (``MainWindow`` provides it)."""

    context: AppContext
    report_label: QLabel

    def refresh_title(self) -> None: ...
    def open_report(self, path: str | Path, *, wait: bool = ..., then: Callable[[], object] | None = ...) -> bool: ...


class LibraryHost(QObject):
    """The centre of a ``MainWindow``: its tabs, or the Library view."""

    def __init__(self, window: LibraryWindow, tabs: QWidget) -> None:
        super().__init__(tabs)
        self.window = window
        self.tabs = tabs
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.stack.addWidget(tabs)
        self.page: LibraryPage | None = None
        self.service: LibraryService | None = None
        self.placeholder: QWidget | None = None

    def showing(self) -> bool:
        """Whether the Library view is shown (rather than the report's tabs)."""
        current = self.stack.currentWidget()
        return current is not None and current in (self.page, self.placeholder)

    def show_at_start(self) -> None:
        """The Library view as the start page: until the window's first frame is painted only its title, then the
        view itself. The view's modules, the index (SQLite) and its list are not on the way to the first frame
        (~60 ms; bench row 'first paint, warm, default start (Library view)'; tests/ui/library/
        test_library_view.py and tests/ui/app/test_startup_imports.py guard it)."""
        window = self.window
        assert isinstance(window, QWidget)
        if window.isVisible():
            self.show()
            return
        from viewer.ui.app.startup import after_first_paint

        self.placeholder = QWidget()
        self.placeholder.setObjectName("libraryPlaceholder")
        title = QLabel(QCoreApplication.translate("LibraryPage", "Library"))
        font = title.font()  # as the view's title (viewer.ui.library.page)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self.placeholder)
        layout.addWidget(title)
        layout.addStretch(1)
        self.stack.addWidget(self.placeholder)
        self.stack.setCurrentWidget(self.placeholder)
        self.window.report_label.hide()
        self.window.refresh_title()
        # A turn later: after every first-frame watcher (the start-up figure is taken first).
        after_first_paint(window, lambda: QTimer.singleShot(0, self._replace_placeholder))

    @Slot()
    def _replace_placeholder(self) -> None:
        placeholder, self.placeholder = self.placeholder, None
        if placeholder is None:
            return
        if self.stack.currentWidget() is placeholder:  # still the start page (no report opened meanwhile)
            self.show()
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()

    def show(self) -> LibraryPage:
        """Show the Library view (built on first use)."""
        if self.page is None:
            from viewer.ui.library.page import LibraryPage
            from viewer.ui.library.service import LibraryService

            session = self.window.context.session
            state_dir: Path | None = getattr(session, "state_dir", None)
            self.service = LibraryService(state_dir, parent=self)
            self.page = LibraryPage(self.window.context, self.service)
            self.page.open_requested.connect(self.open_item)
            self.stack.addWidget(self.page)
        self.stack.setCurrentWidget(self.page)
        self.window.report_label.hide()
        self.window.refresh_title()
        return self.page

    def show_tabs(self) -> None:
        """Show the report's tabs again."""
        if self.stack.currentWidget() is not self.tabs:
            self.stack.setCurrentWidget(self.tabs)
            self.window.report_label.show()
            self.window.refresh_title()

    @Slot(object, str, str)
    def open_item(self, path: Path, kind: str, key: str) -> bool:
        """Open the report at ``path`` (in a worker thread: viewer/ui/window/opening.py): as it is ('report'), at
        an item ('item', its id) or at a sentence of its source ('span', the text) once it is shown."""

        def show_where() -> None:
            context = self.window.context
            if kind == "item" and key:
                context.select_item.emit(key)
            elif kind == "span" and key:
                start = context.loaded.source_text.find(key)
                if start >= 0:
                    context.show_source_span.emit(start, start + len(key))

        return self.window.open_report(path, wait=False, then=show_where)

    def close(self) -> None:
        """Stop a refresh still running (the window is closing)."""
        if self.service is not None:
            self.service.stop()
