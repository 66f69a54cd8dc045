"""The main window's remembered settings: geometry and dock state, the last tab, theme, language and recent
reports restored at start (``QSettings``), and the window kept within the screen.

``WindowSettings`` is a base class of ``MainWindow`` (this part of its methods, no widget of its own); the window
provides ``context``, ``menus``, ``tab_widget``, ``tab_keys`` and ``edit_actions``. The window saves the same keys
when it closes (``MainWindow.closeEvent``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QTabWidget

from viewer.ui.common.theme import THEMES, apply_theme
from viewer.ui.window.recent import recent_reports

if TYPE_CHECKING:
    from viewer.ui.context import AppContext
    from viewer.ui.edit.actions import EditActions
    from viewer.ui.window.menus import WindowMenus


class WindowSettings(QMainWindow):
    """Restoring the window as the last session left it, and fitting it to the screen."""

    context: AppContext
    menus: WindowMenus
    tab_widget: QTabWidget
    edit_actions: EditActions | None

    if TYPE_CHECKING:  # the window's tabs (MainWindow)
        def tab_keys(self) -> list[str]: ...

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = _byte_array(settings.value("window/geometry", QByteArray(), type=QByteArray))
        if not geometry.isEmpty() and self.restoreGeometry(geometry):
            # Saved on a larger screen (or with another resolution): kept within this one.
            self._fit_to_screen(self.size(), keep_position=True)
        state = _byte_array(settings.value("window/state", QByteArray(), type=QByteArray))
        if not state.isEmpty():
            self.restoreState(state)
            if self.edit_actions is not None:  # the last session's docks, but the edit dock as edit mode is now
                self.edit_actions.show_panel(self.context.editor.active)
        tab = settings.value("window/tab", "overview", type=str)
        if tab in self.tab_keys():
            self.tab_widget.setCurrentIndex(self.tab_keys().index(tab))
        theme = settings.value("ui/theme", "system", type=str)
        self.menus.check_theme(theme if theme in THEMES else "system")
        if theme in THEMES and theme != "system":
            apply_theme(theme)
        self.menus.check_language(self.context.lang)
        self.menus.update_recent(recent_reports(settings))

    FRAME = QSize(16, 48)  # room for the window frame and title bar, which the geometry does not include

    def _fit_to_screen(self, wanted: QSize, *, keep_position: bool = False) -> None:
        """``wanted`` size, or less where the screen's available area (without task bar) is smaller; the window
        placed inside that area (centred, unless ``keep_position`` and it fits where it is)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(wanted)
            return
        area = screen.availableGeometry()
        size = wanted.boundedTo(area.size() - self.FRAME)
        self.resize(size)
        frame = QRect(self.pos(), size + self.FRAME)
        if keep_position and area.contains(frame):
            return
        x = min(max(area.left(), self.x()), area.right() - frame.width()) if keep_position else \
            area.left() + (area.width() - frame.width()) // 2
        y = min(max(area.top(), self.y()), area.bottom() - frame.height()) if keep_position else \
            area.top() + (area.height() - frame.height()) // 2
        self.move(max(area.left(), x), max(area.top(), y))


def _byte_array(value: object) -> QByteArray:
    """A settings value as bytes; anything else (a hand-edited or damaged entry) as empty, i.e. the default."""
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes | bytearray):
        return QByteArray(bytes(value))
    return QByteArray()
