"""The window's Library view: a second page beside the tabs (View -> Library, Ctrl+L; the start page when no
report is named), built the first time it is shown, and the way from a library item into its report.

``LibraryHost`` owns the stacked pages of the window's centre: the tabs of the open report, and the Library view.
Opening a report (from the library or anywhere) shows the tabs again; a library item opens its report at the item:
a figure at its sentence in the Source tab, a task or action in Tasks, an enterprise in Enterprises, a passage of a
review at that sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from viewer.ui.context import AppContext

if TYPE_CHECKING:
    from viewer.ui.library.page import LibraryPage
    from viewer.ui.library.service import LibraryService


class LibraryWindow(Protocol):
    """What the Library asks of the window it sits in (``MainWindow`` provides it)."""

    context: AppContext
    report_label: QLabel

    def refresh_title(self) -> None: ...
    def open_report(self, path: str | Path) -> bool: ...


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

    def showing(self) -> bool:
        """Whether the Library view is shown (rather than the report's tabs)."""
        return self.page is not None and self.stack.currentWidget() is self.page

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
        """Open the report at ``path``: as it is ('report'), at an item ('item', its id) or at a sentence of its
        source ('span', the text)."""
        if not self.window.open_report(path):
            return False
        context = self.window.context
        if kind == "item" and key:
            context.select_item.emit(key)
        elif kind == "span" and key:
            start = context.loaded.source_text.find(key)
            if start >= 0:
                context.show_source_span.emit(start, start + len(key))
        return True

    def close(self) -> None:
        """Stop a refresh still running (the window is closing)."""
        if self.service is not None:
            self.service.stop()
