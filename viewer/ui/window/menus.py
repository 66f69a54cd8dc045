"""The main window's menus and actions: File, Edit, View, Help.

Actions are public attributes so other parts can hook into them (the charts part enables
``export_action`` through ``AppContext.set_export_enabled``; the state part adds Undo/Redo to ``edit_menu``).
What the actions do is the window's: it is reached through ``MenuHost``, so this module never imports the
main window (nor what only the window's handlers need, such as drafting a report).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from viewer.model.sanitise import show_hidden
from viewer.ui.common.theme import THEMES

if TYPE_CHECKING:
    from viewer.ui.context import AppContext


class MenuHost(Protocol):
    """What the menus ask of the window that holds them (``MainWindow`` provides it)."""

    context: AppContext

    def set_current_tab(self, key: str) -> object: ...
    def go_back(self) -> object: ...
    def go_forward(self) -> object: ...
    def toggle_side_pane(self) -> object: ...
    def set_language(self, lang: str) -> None: ...
    def set_theme(self, theme: str) -> None: ...
    def show_search(self) -> object: ...
    def show_about(self) -> None: ...
    def open_report(self, path: str, *, wait: bool = ...) -> object: ...
    def open_recent(self, path: str) -> None: ...
    def draft_from_text(self) -> object: ...
    def show_library(self) -> object: ...
    def save_as_package(self) -> object: ...


class WindowMenus(QObject):
    """Builds and retranslates the menu bar of ``window``; ``host`` (usually the window itself) acts."""

    def __init__(self, window: QMainWindow, host: MenuHost) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.tab_actions: dict[str, QAction] = {}
        self.language_actions: dict[str, QAction] = {}
        self.theme_actions: dict[str, QAction] = {}
        self._recent_paths: list[str] = []

    def build(self, tab_keys: Sequence[str]) -> None:
        """Create every menu and action (texts are set by ``retranslate``)."""
        w, host = self.window, self.host
        bar = w.menuBar()
        self.file_menu = QMenu(bar)
        self.edit_menu = QMenu(bar)
        self.view_menu = QMenu(bar)
        self.help_menu = QMenu(bar)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

        self.open_action = QAction(w)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_report)
        self.draft_action = QAction(w)
        self.draft_action.setObjectName("draftAction")
        self.draft_action.triggered.connect(host.draft_from_text)
        self.recent_menu = QMenu(w)
        self.package_action = QAction(w)
        self.package_action.setObjectName("savePackageAction")
        self.package_action.triggered.connect(lambda: host.save_as_package())
        self.export_action = QAction(w)
        self.export_action.setObjectName("exportAction")
        self.export_action.setEnabled(False)
        self.export_action.triggered.connect(host.context.export_requested)
        self.quit_action = QAction(w)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(w.close)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.draft_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.package_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.library_action = QAction(w)
        self.library_action.setObjectName("libraryAction")
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.library_action.triggered.connect(self.host.show_library)
        self.view_menu.addAction(self.library_action)
        self.view_menu.addSeparator()
        for number, key in enumerate(tab_keys, start=1):
            action = QAction(w)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(partial(host.set_current_tab, key))
            self.tab_actions[key] = action
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.back_action = QAction(w)
        self.back_action.setObjectName("backAction")
        # Not the platform's whole Back list: on Linux it has Backspace, which must stay the text boxes' own.
        self.back_action.setShortcuts([QKeySequence("Alt+Left"), QKeySequence(Qt.Key.Key_Back)])
        self.back_action.triggered.connect(host.go_back)
        self.forward_action = QAction(w)
        self.forward_action.setObjectName("forwardAction")
        self.forward_action.setShortcuts([QKeySequence("Alt+Right"), QKeySequence(Qt.Key.Key_Forward)])
        self.forward_action.triggered.connect(host.go_forward)
        self.view_menu.addAction(self.back_action)
        self.view_menu.addAction(self.forward_action)
        self.side_pane_action = QAction(w)
        self.side_pane_action.setObjectName("sidePaneAction")
        self.side_pane_action.setShortcut(QKeySequence("F9"))
        self.side_pane_action.triggered.connect(host.toggle_side_pane)
        self.view_menu.addAction(self.side_pane_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        language_group = QActionGroup(w)
        for lang, label in (("zh", "中文"), ("en", "English")):
            # Each language is named in itself, so it can be found whatever the current language.
            action = QAction(label, w, checkable=True)
            action.setData(lang)
            language_group.addAction(action)
            action.triggered.connect(partial(host.set_language, lang))
            self.language_actions[lang] = action
            self.language_menu.addAction(action)
        self.theme_menu = self.view_menu.addMenu("")
        theme_group = QActionGroup(w)
        for theme in THEMES:
            action = QAction(w, checkable=True)
            action.setData(theme)
            theme_group.addAction(action)
            action.triggered.connect(partial(host.set_theme, theme))
            self.theme_actions[theme] = action
            self.theme_menu.addAction(action)
        self.view_menu.addSeparator()
        self.search_action = QAction(w)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(host.show_search)
        self.view_menu.addAction(self.search_action)

        self.about_action = QAction(w)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(host.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self, tab_titles: dict[str, str]) -> None:
        """Set every menu and action text in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.open_action.setText(self.tr("&Open report…"))
        self.draft_action.setText(self.tr("&New report from text…"))
        self.recent_menu.setTitle(self.tr("Recent reports"))
        self.package_action.setText(self.tr("Save as &package…"))
        self.package_action.setToolTip(self.tr("The report, its source text and your review work as one file "
                                               "to send to a colleague"))
        self.export_action.setText(self.tr("&Export…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.library_action.setText(self.tr("&Library"))
        self.library_action.setToolTip(self.tr("Every report of your library: search, compare years and regions"))
        for key, action in self.tab_actions.items():
            action.setText(tab_titles.get(key, key))
        self.back_action.setText(self.tr("&Back"))
        self.back_action.setToolTip(self.tr("Back to where the last jump left (Alt+Left)"))
        self.forward_action.setText(self.tr("&Forward"))
        self.forward_action.setToolTip(self.tr("Forward again (Alt+Right)"))
        self.side_pane_action.setText(self.tr("Show or hide the side &pane"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        names = {"system": self.tr("Follow system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for theme, action in self.theme_actions.items():
            action.setText(names[theme])
        self.search_action.setText(self.tr("&Search…"))
        self.about_action.setText(self.tr("&About"))
        self.update_recent(self._recent_paths)

    def update_recent(self, paths: Sequence[str]) -> None:
        """Rebuild File -> Recent reports from ``paths``."""
        self._recent_paths = list(paths)
        self.recent_menu.clear()
        for number, path in enumerate(self._recent_paths, start=1):
            # Shown as written (a bidi override in a name is seen, not obeyed); '&' is no mnemonic.
            action = self.recent_menu.addAction(f"&{number} {show_hidden(path).replace('&', '&&')}")
            action.setData(path)
            action.triggered.connect(partial(self.host.open_recent, path))
        if not self._recent_paths:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)

    def check_language(self, lang: str) -> None:
        """Tick ``lang`` in View -> Language."""
        if lang in self.language_actions:
            self.language_actions[lang].setChecked(True)

    def check_theme(self, theme: str) -> None:
        """Tick ``theme`` in View -> Theme."""
        if theme in self.theme_actions:
            self.theme_actions[theme].setChecked(True)

    def choose_report(self) -> None:
        """File -> Open report…: ask for a file and open it."""
        from PySide6.QtWidgets import QFileDialog  # loaded when asked for, not before the first frame

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open report"), "",
            self.tr("Reports and report packages (*.yaml *.yml *.irv);;All files (*)"),
        )
        if path:
            self.host.open_report(path, wait=False)

