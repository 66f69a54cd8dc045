"""The main window's jumps between tabs (Show in source, a search hit, a click on an item) and Back/Forward.

``WindowJumps`` is a base class of ``MainWindow`` (it holds this part of the window's methods, not a widget of
its own); the window provides the tabs (``tab_keys``, ``current_tab_key``, ``set_current_tab``), ``context``,
``history`` and ``menus``. Its texts are translated in the ``MainWindow`` context: ``self.tr`` looks up the
class of the object (``MainWindow``) while lupdate files a string under the class it is written in, so the
texts here name their context explicitly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QMainWindow, QWidget

from viewer.model.provenance import achievement_key
from viewer.ui.common.widgets import fill
from viewer.ui.window.history import Location, NavigationHistory

if TYPE_CHECKING:
    from viewer.ui.context import AppContext
    from viewer.ui.window.menus import WindowMenus


class WindowJumps(QMainWindow):
    """Where the reader is, going there, and the jumps the context asks for (recorded for Back and Forward)."""

    context: AppContext
    history: NavigationHistory
    menus: WindowMenus
    _tabs: dict[str, QWidget]

    if TYPE_CHECKING:  # the window's tabs (MainWindow)
        def tab_keys(self) -> list[str]: ...
        def current_tab_key(self) -> str: ...
        def set_current_tab(self, key: str) -> QWidget: ...

    def location(self) -> Location:
        """Where the reader is: the tab shown and what it shows (for Back and Forward)."""
        key = self.current_tab_key()
        widget = self._tabs.get(key)
        where = getattr(widget, "location", None)
        return Location(key, where() if callable(where) else None)

    def go_to(self, location: Location) -> None:
        """Show ``location``: its tab, and in it what it showed."""
        if location.tab not in self.tab_keys():
            return
        widget = self.set_current_tab(location.tab)
        restore = getattr(widget, "go_to_location", None)
        if location.state is not None and callable(restore):
            restore(location.state)

    def go_back(self) -> bool:
        """Return to where the last jump left (Alt+Left); False when there is nowhere to go."""
        target = self.history.back(self.location())
        if target is not None:
            self.go_to(target)
        return target is not None

    def go_forward(self) -> bool:
        """Go again where Back came from (Alt+Right); False when there is nowhere to go."""
        target = self.history.forward(self.location())
        if target is not None:
            self.go_to(target)
        return target is not None

    @Slot()
    def _update_history_actions(self) -> None:
        self.menus.back_action.setEnabled(self.history.can_go_back())
        self.menus.forward_action.setEnabled(self.history.can_go_forward())

    @Slot(str)
    def _on_show_source(self, key: str) -> None:
        if "source" not in self.tab_keys():
            return
        self.history.record(self.location())
        widget = self.set_current_tab("source")
        show = getattr(widget, "show_key", None)
        if callable(show) and not show(key):
            text = QCoreApplication.translate("MainWindow", "No quote found in the source text for %1")
            self.statusBar().showMessage(fill(text, key), 5000)

    @Slot(int, int)
    def _on_show_source_span(self, start: int, end: int) -> None:
        if "source" not in self.tab_keys():
            return
        self.history.record(self.location())
        widget = self.set_current_tab("source")
        show = getattr(widget, "show_span", None)
        if callable(show):
            show(start, end)

    def tab_for_key(self, key: str) -> str | None:
        """Which tab shows item ``key``: enterprises/honours -> enterprises, tasks/actions -> tasks."""
        report = self.context.report
        ent_keys = {e.id for e in report.enterprises} | {h.id for h in report.honours}
        ent_keys |= {achievement_key(e.id, i) for e in report.enterprises for i in range(len(e.achievements))}
        if key in ent_keys:
            return "enterprises"
        if any(t.id == key or any(a.id == key for a in t.actions) for t in report.tasks):
            return "tasks"
        return None

    @Slot(str)
    def _on_select_item(self, key: str) -> None:
        tab = self.tab_for_key(key)
        if tab is None or tab not in self.tab_keys():
            # Facts and sections live in the text: show where they are stated.
            self._on_show_source(key)
            return
        self.history.record(self.location())
        widget = self.set_current_tab(tab)
        select = getattr(widget, "select_key", None)
        if callable(select):
            select(key)
