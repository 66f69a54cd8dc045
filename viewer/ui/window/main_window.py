"""The main window: lazily built tabs, menus, opening reports, settings, and routing of jumps between tabs.

Tabs are created the first time they are shown (``ensure_tab``), so the first paint needs only the
Overview; the Statistics tab (and pyqtgraph) loads when the user opens it. Dialogs (report errors, About,
export) are imported when they are first shown, not at start-up (``tests/ui/test_startup_imports.py``).
The jumps between tabs with Back/Forward (``viewer.ui.window.jumps``) and the settings restored at start with
the fit to the screen (``viewer.ui.window.window_settings``) are the window's base classes, in modules of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from viewer.model.errors import ReportError
from viewer.model.loader import LoadedReport, load_report
from viewer.model.package import OPENABLE_SUFFIXES
from viewer.ui.common.heap import trim_heap_soon
from viewer.ui.common.i18n import Translations
from viewer.ui.common.report_cache import report_cache
from viewer.ui.common.theme import apply_theme
from viewer.ui.common.widgets import fill
from viewer.ui.context import AppContext
from viewer.ui.export.actions import PrintActions, install_export_actions, retranslate_export_actions
from viewer.ui.state.undo import add_undo_actions
from viewer.ui.window.history import NavigationHistory
from viewer.ui.window.jumps import WindowJumps
from viewer.ui.window.library_host import LibraryHost
from viewer.ui.window.menus import WindowMenus
from viewer.ui.window.opening import ReportOpener, show_in_steps
from viewer.ui.window.recent import add_recent, recent_reports, remove_recent
from viewer.ui.window.status_bar import ElidedLabel, StatusBar
from viewer.ui.window.tabs import DEFAULT_TABS, TabSpec
from viewer.ui.window.window_settings import WindowSettings

if TYPE_CHECKING:
    from viewer.ui.window.search_panel import SearchDock


class MainWindow(WindowJumps, WindowSettings):
    """The application window over one ``AppContext`` (a ``QMainWindow``; its bases hold its jumps and settings)."""

    def __init__(
        self,
        context: AppContext,
        translations: Translations | None = None,
        tabs: Sequence[TabSpec] = DEFAULT_TABS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = context
        self.translations = translations
        self._specs = tuple(tabs)
        self._tabs: dict[str, QWidget] = {}
        self._containers: dict[str, QWidget] = {}
        self.search_panel: SearchDock | None = None
        self.setAcceptDrops(True)
        self._fit_to_screen(QSize(1280, 820))

        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("tabs")
        self.tab_widget.setDocumentMode(True)
        for spec in self._specs:
            container = QWidget()
            container.setObjectName(f"tab_{spec.key}")
            QVBoxLayout(container).setContentsMargins(0, 0, 0, 0)
            self._containers[spec.key] = container
            self.tab_widget.addTab(container, "")
        # The centre: the report's tabs, or the Library view (viewer.ui.window.library_host).
        self.library = LibraryHost(self, self.tab_widget)
        self.setCentralWidget(self.library.stack)

        self.setStatusBar(StatusBar(self))
        self.report_label = ElidedLabel()
        self.report_label.setObjectName("reportLabel")
        self.statusBar().addPermanentWidget(self.report_label)
        self.opener = ReportOpener(self)  # opening reports in a worker thread (File -> Open, recent, Library)

        self.history = NavigationHistory(self)
        self.menus = WindowMenus(self, self)
        self.menus.build([spec.key for spec in self._specs])
        self.history.changed.connect(self._update_history_actions)
        self._update_history_actions()
        self.undo_action, self.redo_action = add_undo_actions(self.menus.edit_menu, context.undo_stack, self)
        self.edit_actions = None
        if getattr(context, "editor", None) is not None:
            from viewer.ui.edit.actions import EditActions

            self.edit_actions = EditActions(self, context, self.menus.edit_menu)  # correcting the report
            context.editor.dirty_changed.connect(lambda _dirty: self._update_title())
        if context.session is not None:
            # Checklist problems (file moved aside, read-only, unsaved) reach the user even with Tasks closed.
            for message in [context.session.read_only_reason, *context.session.notices()]:
                if message:
                    self.statusBar().showMessage(message)
            context.session.notice.connect(self.statusBar().showMessage)
            context.session.read_only_changed.connect(self.statusBar().showMessage)
            context.session.save_status_changed.connect(self.statusBar().showMessage)

        context.report_changed.connect(self._on_report_changed)
        context.language_changed.connect(self._on_language_changed)
        context.show_source.connect(self._on_show_source)
        context.show_source_span.connect(self._on_show_source_span)
        context.select_item.connect(self._on_select_item)
        context.export_enabled_changed.connect(self.menus.export_action.setEnabled)
        self.menus.export_action.setEnabled(context.export_enabled)
        # File -> Export… (charts) and File -> Export report as PDF…; the chart code loads on first use.
        self.export_report_action = install_export_actions(self, context, self.menus.file_menu,
                                                           self.menus.export_action)
        self.print_actions = PrintActions(self, context, self.menus.file_menu, self.export_report_action)

        self._restore_settings()
        self.tab_widget.currentChanged.connect(self._on_current_changed)
        self.ensure_tab(self.current_tab_key())
        self._retranslate()

    # --- tabs --------------------------------------------------------------------------------------

    def tab_keys(self) -> list[str]:
        """The keys of the tabs, in order."""
        return [spec.key for spec in self._specs]

    def current_tab_key(self) -> str:
        """The key of the tab shown."""
        return self._specs[self.tab_widget.currentIndex()].key

    def set_current_tab(self, key: str) -> QWidget:
        """Show tab ``key`` (building it if needed) and return its widget."""
        self.library.show_tabs()
        widget = self.ensure_tab(key)
        self.tab_widget.setCurrentIndex(self.tab_keys().index(key))
        return widget

    def built_tab(self, key: str) -> QWidget | None:
        """The widget of tab ``key`` if it has been built."""
        return self._tabs.get(key)

    def ensure_tab(self, key: str) -> QWidget:
        """The widget of tab ``key``, built (and its module imported) on first use."""
        widget = self._tabs.get(key)
        if widget is not None:
            return widget
        spec = next(s for s in self._specs if s.key == key)
        factory = spec.factory()
        container = self._containers[key]
        widget = factory(self.context, container) if factory is not None else self._placeholder(key)
        widget.setObjectName(f"{key}Tab")
        layout = container.layout()
        assert layout is not None  # every container is made with its QVBoxLayout
        layout.addWidget(widget)
        self._tabs[key] = widget
        if self.isVisible():  # a first visit, not the start's first tab (no trim on the way to the first frame)
            trim_heap_soon()  # what the build made and dropped (the report's rows, text, chart data) goes back
        return widget

    def _placeholder(self, key: str) -> QWidget:
        label = QLabel(self.tr("This part of the viewer is not available in this version."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("placeholder", key)
        return label

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        if 0 <= index < len(self._specs):
            self.ensure_tab(self._specs[index].key)

    # --- jumps between tabs (the rest in viewer.ui.window.jumps) -------------------------------------

    def toggle_side_pane(self) -> bool:
        """Fold the current tab's side pane away or bring it back (F9); False when the tab has none."""
        splitter = getattr(self._tabs.get(self.current_tab_key()), "splitter", None)
        toggle = getattr(splitter, "toggle_side", None)
        if callable(toggle):
            toggle()
        return callable(toggle)

    # --- opening reports ---------------------------------------------------------------------------

    def open_report(self, path: str | Path, *, wait: bool = True, then: Callable[[], object] | None = None,
                    loaded: LoadedReport | None = None) -> bool:
        """Load ``path`` and show it; on problems show them all and keep the current report.

        ``wait=False`` (File -> Open, recent reports, a dropped file, the Library): loaded in a worker thread while
        the window stays responsive (viewer/ui/window/opening.py), ``then()`` run once it is shown; True when the
        load started. Otherwise loaded here; True when shown. ``loaded``: ``path`` already read and checked (a draft
        just written, by its worker): shown as it is."""
        editor = getattr(self.context, "editor", None)
        if editor is not None and not editor.close_for_window(self):
            return False  # unsaved corrections: the user chose to stay
        self.opener.cancel()  # the last one asked for wins
        if not wait and loaded is None:
            self.opener.start(Path(path), then)
            return True
        try:
            if loaded is None:
                loaded = load_report(path, report_cache())
        except ReportError as exc:
            self.report_open_failed(path, exc)
            return False
        self.show_loaded(loaded)
        trim_heap_soon()  # what the load parsed or decoded, and the report shown before, are freed
        if then is not None:
            then()
        return True

    def report_open_failed(self, path: str | Path, error: ReportError) -> None:
        """Show every problem of a report that could not be opened; the report shown before stays."""
        from viewer.ui.window import dialogs

        dialogs.show_report_error(error, self, note=self.tr("The report shown before stays open."))
        self.statusBar().showMessage(fill(self.tr("Could not open %1"), str(path)), 8000)

    def show_loaded(self, loaded: LoadedReport, done: Callable[[], object] | None = None) -> None:
        """Show ``loaded``: only the tab shown is rebuilt (``viewer.ui.window.opening.show_in_steps``); with
        ``done``, one step per event-loop turn and ``done()`` at the end."""
        show_in_steps(self, self._tabs, loaded, done)

    def set_loaded(self, loaded: LoadedReport) -> None:
        """Make ``loaded`` the window's report (the last step of ``show_loaded``)."""
        path = loaded.path
        settings = QSettings()
        add_recent(settings, loaded.path)
        self.menus.update_recent(recent_reports(settings))
        self.context.set_report(loaded)
        self.library.show_tabs()
        self.statusBar().showMessage(fill(self.tr("Opened %1"), str(path)), 5000)
        if loaded.review is not None:
            from viewer.ui.window.package_actions import offer_review_merge

            offer_review_merge(self.context, loaded, self, self.confirm_review_merge)

    def busy(self) -> bool:
        """Whether the window is still opening a report (loading it in the worker or showing it)."""
        return self.opener.busy()

    # How a package's review work is agreed to before it is merged (None: a dialog; tests put an answer here).
    confirm_review_merge = None

    def save_as_package(self, path: str | Path | None = None, include_review: bool | None = None) -> Path | None:
        """File -> Save as package…: the report, its source text and (if wanted) the review work as one file."""
        from viewer.ui.window.package_actions import save_package

        target = save_package(self.context, self, path, include_review)
        if target is not None:
            self.statusBar().showMessage(fill(self.tr("Saved %1"), str(target)), 5000)
        return target

    def open_recent(self, path: str) -> None:
        """Open a remembered report; a file that is gone is removed from the list with a message."""
        if not Path(path).is_file():
            settings = QSettings()
            self.menus.update_recent(remove_recent(settings, path))
            from viewer.ui.window import dialogs

            dialogs.show_message(
                self, self.tr("Report not found"),
                fill(self.tr("%1 no longer exists; it was removed from the recent reports."), path),
            )
            return
        self.open_report(path, wait=False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_report(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_report(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_report(path, wait=False)

    # --- language, theme, search -------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the interface and the report texts to ``lang`` ('zh' or 'en') and remember it."""
        if self.translations is not None:
            self.translations.install(lang)
        from viewer.ui.common.fonts import use_language_font

        use_language_font(lang)
        self.context.set_language(lang)
        QSettings().setValue("ui/language", lang)
        self.menus.check_language(lang)
        self._retranslate()

    def set_theme(self, theme: str) -> None:
        """Use ``theme`` ('system', 'light', 'dark') and remember it."""
        apply_theme(theme)
        QSettings().setValue("ui/theme", theme)
        self.menus.check_theme(theme)

    def show_search(self) -> QWidget:
        """Show the search panel (created on first use) with its box focused."""
        if self.search_panel is None:
            from viewer.ui.window.search_panel import SearchDock

            self.search_panel = SearchDock(self.context, self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_panel)
        self.search_panel.show()
        self.search_panel.raise_()
        self.search_panel.focus_box()
        return self.search_panel

    def draft_from_text(self) -> None:
        """File -> New report from text…: draft a report from a text file and open it."""
        from viewer.ui.window.draft_from_text import new_report_from_text  # loaded when asked for

        new_report_from_text(self, self.open_report)

    def show_about(self) -> None:
        """Help -> About."""
        from viewer.ui.window import dialogs

        dialogs.AboutDialog(self.context.report, self.context.lang, self).exec()

    # --- reactions ---------------------------------------------------------------------------------

    @Slot()
    def _on_report_changed(self) -> None:
        self.history.clear()  # places in the last report mean nothing in this one
        self._update_title()

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        titles = self.tab_titles()
        for i, spec in enumerate(self._specs):
            self.tab_widget.setTabText(i, titles.get(spec.key, spec.key))
        self.menus.retranslate(titles)
        retranslate_export_actions(self.export_report_action)
        self.print_actions.retranslate()
        self._update_title()

    def tab_titles(self) -> dict[str, str]:
        """The translated title of each known tab."""
        return {
            "overview": self.tr("Overview"),
            "statistics": self.tr("Statistics"),
            "enterprises": self.tr("Enterprises"),
            "tasks": self.tr("Tasks"),
            "source": self.tr("Source"),
            "figures": self.tr("Figures"),
        }

    def show_library(self) -> QWidget:
        """View -> Library (Ctrl+L): the Library view."""
        return self.library.show()

    def refresh_title(self) -> None:
        self._update_title()

    def _update_title(self) -> None:
        meta = self.context.report.meta
        # Qt adds the application's display name to the title itself (e.g. "title — Industry Report Viewer").
        QApplication.setApplicationDisplayName(self.tr("Industry Report Viewer"))
        if self.library.showing():
            self.setWindowTitle(self.tr("Library"))
            return
        editor = getattr(self.context, "editor", None)
        unsaved = " *" if editor is not None and editor.dirty else ""  # corrections not saved yet
        self.setWindowTitle(meta.title.get(self.context.lang) + unsaved)
        unknown = self.tr("to fill in")
        publisher = meta.publisher.get(self.context.lang) if meta.publisher else unknown
        self.report_label.setText(f"{publisher} · {meta.meeting_date.isoformat() if meta.meeting_date else unknown}")

    # --- closing (saves what viewer.ui.window.window_settings restores) ------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # Unsaved corrections of the report: save, discard or stay.
        editor = getattr(self.context, "editor", None)
        if editor is not None and not editor.close_for_window(self):
            event.ignore()
            return
        # Checklist changes that cannot be written: the user decides (retry, save a copy, discard, cancel).
        if self.context.session is not None and not self.context.session.close_for_window(self):
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/tab", self.current_tab_key())
        settings.sync()
        self.library.close()
        super().closeEvent(event)


def _dropped_report(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The one local .yaml file being dropped, or None."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    path = urls[0].toLocalFile()
    return path if path.lower().endswith(OPENABLE_SUFFIXES) else None

