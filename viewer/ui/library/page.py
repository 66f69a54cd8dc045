"""The Library view: every report of the library's folders, search across them, and comparison across years and
regions (Compare, Side by side, Tasks carried over), every compared figure one click from its sentence.

It is the window's start page when no report is named, and View -> Library (Ctrl+L) shows it at any time. The
list comes from the index at once; a refresh runs in a worker thread after the page is shown (and each time it
is shown again) and the list is read again when it changed something. Reports enter the library by Add report…
(copied with their source text into the first folder), Draft from text… (drafted into it) or by dropping files
on the page; Remove moves the file to the system's trash after asking (the checklist state stays); Reveal shows
it in the file manager. The file work behind these is in ``file_actions``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QToolBar, QVBoxLayout, QWidget

from viewer.model.library import queries
from viewer.model.library.index import RefreshSummary
from viewer.model.library.records import LibraryHit, LibraryReport
from viewer.model.package import OPENABLE_SUFFIXES
from viewer.model.paths import data_dir
from viewer.ui.common.widgets import fill, focusable_toolbar, plain_label
from viewer.ui.context import AppContext
from viewer.ui.library import file_actions
from viewer.ui.library.reports import ReportsPane
from viewer.ui.library.service import LibraryService, bundled_shown, reveal

PAGES = ("reports", "compare", "side", "carried")
START_REFRESH_DELAY_MS = 300  # after the first frame of a window that starts on the library


class LibraryPage(QWidget):
    """The Library view over a ``LibraryService``.

    Signals:
        open_requested(object, str, str): open the report at a path: ('report', ''), at an item ('item', key) or at
            a sentence of its source ('span', text).
    """

    open_requested = Signal(object, str, str)

    def __init__(self, context: AppContext, service: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.setAcceptDrops(True)
        self.context = context
        self.service = service
        self.reports: list[LibraryReport] = []
        self.title = QLabel()
        self.title.setObjectName("libraryTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = plain_label(wrap=True)
        self.summary.setObjectName("librarySummary")
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("libraryToolbar")
        self.actions_by_name: dict[str, QAction] = {}
        for name, slot in (("open", self.open_selected), ("add", self.add_reports), ("draft", self.draft_text),
                           ("remove", self.remove_selected), ("reveal", self.reveal_selected), (None, None),
                           ("folders", self.edit_folders), ("refresh", self.service.refresh)):
            if name is None:
                self.toolbar.addSeparator()
                continue
            action = QAction(self)
            action.setObjectName(f"library{name.capitalize()}Action")
            action.triggered.connect(slot)
            self.actions_by_name[name] = action
            self.toolbar.addAction(action)
        self.actions_by_name["open"].setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.actions_by_name["open"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actions_by_name["remove"].setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.actions_by_name["remove"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reports_pane = ReportsPane()
        self.reports_pane.index_source = service.index
        self.reports_pane.lang = self.reports_pane.model.lang = context.lang
        self.reports_pane.open_report.connect(self._open_report)
        self.reports_pane.open_hit.connect(self._open_hit)
        self.reports_pane.table.selectionModel().selectionChanged.connect(self._enable)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("libraryTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.reports_pane, "")
        self._pages: dict[str, QWidget] = {"reports": self.reports_pane}
        for key in PAGES[1:]:
            holder = QWidget()
            holder.setObjectName(f"library_{key}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, "")
        self.tabs.currentChanged.connect(self._on_tab)
        self.status = plain_label()
        self.status.setObjectName("libraryStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        service.refreshed.connect(self._on_refreshed)
        service.progressed.connect(self._on_progress)
        context.language_changed.connect(self._on_language)
        self._refresh_pending = True
        self._waiting = False
        self._start_page = not self.window().isVisible()  # built before the window was first shown
        self.retranslate()
        self.reload()

    # --- the list ----------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._refresh_pending and not self._waiting:
            # The list is there at once; the refresh follows in its thread. At start-up (the page is the start
            # page) it waits for the window's first frame and a moment after it: nothing it loads (the YAML
            # parser, pydantic) is on the way to the first frame.
            self._waiting = True
            window = self.window()
            if self._start_page:
                from viewer.ui.app.startup import after_first_paint

                after_first_paint(window, lambda: QTimer.singleShot(START_REFRESH_DELAY_MS, self._first_refresh))
            else:
                QTimer.singleShot(0, self._first_refresh)
        elif not self._refresh_pending and not event.spontaneous():
            # Shown again (Ctrl+L from a report): what the reader recorded or corrected meanwhile is read in.
            self.service.refresh()

    @Slot()
    def _first_refresh(self) -> None:
        if self._refresh_pending:
            self._refresh_pending = False
            # The toolbar's buttons into the Tab order: asking Qt for them makes PySide go through every widget
            # type (~30 ms), so not before the first frame.
            focusable_toolbar(self.toolbar)
            self.service.refresh()

    def is_settled(self) -> bool:
        """Whether the first refresh has run and none is running (what a render waits for)."""
        current = self._pages.get(PAGES[self.tabs.currentIndex()])
        page_settled = getattr(current, "is_settled", None)
        return not self._refresh_pending and not self.service.is_refreshing() and \
            (not callable(page_settled) or bool(page_settled()))

    def reload(self) -> None:
        """Read the list (and the open comparison pages) again from the index."""
        if self.service.closed:
            return  # the window is closing
        self.reports_pane.index_source = self.service.index
        self.reports = queries.list_reports(self.service.index)
        self.reports_pane.set_reports(self.reports)
        folders = self.service.folders()
        examples = sum(1 for r in self.reports if r.example)
        # Plurals by count: English has no translation file to give "%n" its forms.
        one_report, one_folder = len(self.reports) == 1, len(folders) == 1
        template = {(True, True): self.tr("1 report in 1 folder; new reports are added to %3."),
                    (False, True): self.tr("%1 reports in 1 folder; new reports are added to %3."),
                    (True, False): self.tr("1 report in %2 folders; new reports are added to %3."),
                    (False, False): self.tr("%1 reports in %2 folders; new reports are added to %3.")}
        text = fill(template[one_report, one_folder], len(self.reports), len(folders), folders[0])
        if bundled_shown():
            bundled = self.tr("Shown with the bundled reports (%1 of them examples of fictional regions).")
            text += ("" if self.context.lang == "zh" else " ") + fill(bundled, examples)
        self.summary.setText(text)
        for key, page in self._pages.items():
            if key != "reports":
                self._fill_page(key, page)
        self._enable()

    def page(self, key: str) -> QWidget:
        """The page ``key`` of the view ('reports', 'compare', 'side', 'carried'), built on first use."""
        page = self._pages.get(key)
        if page is not None:
            return page
        if key == "compare":
            from viewer.ui.library.compare_pane import ComparePane

            page = ComparePane()
            page.open_fact.connect(lambda path, fact: self.open_requested.emit(path, "item", fact))
        elif key == "side":
            from viewer.ui.library.side_pane import SidePane

            page = SidePane()
            page.open_fact.connect(lambda path, fact: self.open_requested.emit(path, "item", fact))
        else:
            from viewer.ui.library.carried_pane import CarriedPane

            page = CarriedPane()
            page.open_item.connect(self.open_requested)
        holder = self.tabs.widget(PAGES.index(key))
        layout = holder.layout() if holder is not None else None
        assert layout is not None
        layout.addWidget(page)
        self._pages[key] = page
        self._fill_page(key, page)
        return page

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        self.tabs.setCurrentIndex(PAGES.index(key))
        return page

    def _fill_page(self, key: str, page: QWidget) -> None:
        lang = self.context.lang
        if key == "carried":
            # The pages are built by name (lazily); each page class defines set_index/set_language for its kind.
            page.set_index(self.service.index, self.service.state_dir, lang)  # type: ignore[attr-defined]
        else:
            # As above: a compare or side-by-side page, built by name.
            page.set_index(self.service.index, lang)  # type: ignore[attr-defined]

    @Slot(int)
    def _on_tab(self, index: int) -> None:
        if 0 <= index < len(PAGES):
            self.page(PAGES[index])

    @Slot(object)
    def _on_refreshed(self, result: object) -> None:
        if isinstance(result, Exception):
            self.status.setText(fill(self.tr("The library could not be brought up to date: %1"), result))
            return
        assert isinstance(result, RefreshSummary)
        self.status.setText(self._summary_text(result))
        if result.changed or result.rebuilt:
            self.reload()

    def _summary_text(self, summary: RefreshSummary) -> str:
        parts = []
        if summary.rebuilt:
            parts.append(self.tr("The library's index was damaged or missing and has been built again from the "
                                 "reports."))
        if summary.added or summary.updated or summary.removed:
            parts.append(fill(self.tr("Up to date: %1 new, %2 changed, %3 gone."), summary.added, summary.updated,
                              summary.removed))
        else:
            parts.append(self.tr("Up to date."))
        if summary.problems:
            parts.append(fill(self.tr("%1 reports have problems (see their Status)."), summary.problems))
        return ("" if self.context.lang == "zh" else " ").join(parts)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.status.setText(fill(self.tr("Looking through the library: %1 of %2 files…"), done, total))

    # --- opening ----------------------------------------------------------------------------------------

    def selected(self) -> list[LibraryReport]:
        return self.reports_pane.selected_reports()

    @Slot()
    def _enable(self) -> None:
        chosen = self.selected()
        self.actions_by_name["open"].setEnabled(len(chosen) == 1 and chosen[0].ok)
        self.actions_by_name["reveal"].setEnabled(len(chosen) == 1)
        self.actions_by_name["remove"].setEnabled(bool(chosen) and all(not self._bundled(r) for r in chosen))

    def _bundled(self, report: LibraryReport) -> bool:
        try:
            report.path.resolve().relative_to(data_dir().resolve())
        except ValueError:
            return False
        return True

    @Slot()
    def open_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self._open_report(chosen[0])

    @Slot(object)
    def _open_report(self, report: LibraryReport) -> None:
        if not report.ok:
            QMessageBox.warning(self, self.tr("Report has problems"), report.problem)
            return
        self.open_requested.emit(report.path, "report", "")

    @Slot(object)
    def _open_hit(self, hit: LibraryHit) -> None:
        # Every kind opens the same way: the window shows the item where it lives (a note its action, a
        # comment its figure, task or enterprise).
        self.open_requested.emit(hit.path, "item", hit.key)

    # --- adding and removing ------------------------------------------------------------------------------

    @Slot()
    def add_reports(self, paths: list[Path] | None = None) -> list[Path]:
        """Copy reports into the library (asked for unless ``paths`` are given); returns the copies."""
        added, problems = file_actions.copy_reports(self.service, file_actions.ask_reports(self)
                                                    if paths is None else paths)
        self._after_change(added, problems, self.tr("Add reports to the library"))
        return added

    @Slot()
    def draft_text(self, path: Path | None = None) -> Path | None:
        """Draft a report from a text into the library (the text asked for unless given); returns the draft."""
        path = file_actions.ask_text(self) if path is None else path
        if path is None:
            return None
        drafted, problem = file_actions.draft_report(self.service, path)
        self._after_change([drafted] if drafted else [], [problem] if problem else [],
                           self.tr("Draft a report from a text"))
        return drafted

    def _after_change(self, added: list[Path], problems: list[str], title: str) -> None:
        self.reload()
        if added:
            row = self.reports_pane.row_of(added[-1].resolve())
            if row >= 0:
                self.reports_pane.table.selectRow(row)
            self.status.setText(self.tr("1 report added to the library.") if len(added) == 1 else
                                fill(self.tr("%1 reports added to the library."), len(added)))
        if problems:
            QMessageBox.warning(self, title, "\n\n".join(problems))

    @Slot()
    def remove_selected(self, confirm: bool = True) -> list[Path]:
        """Move the selected reports' files to the system's trash (after asking); their checklist state stays."""
        chosen = [r.path for r in self.selected() if not self._bundled(r)]
        if not chosen:
            return []
        removed = file_actions.move_to_trash(self, chosen, confirm)
        if removed:
            self.service.refresh()
        return removed

    @Slot()
    def reveal_selected(self) -> bool:
        chosen = self.selected()
        return len(chosen) == 1 and reveal(chosen[0].path)

    @Slot()
    def edit_folders(self) -> None:
        from viewer.ui.library.folders import FoldersDialog

        dialog = FoldersDialog(self.service.folders(), bundled_shown(), self)
        if dialog.exec():
            self.service.set_folders(dialog.folders(), dialog.bundled())
            self.reload()

    # --- drops --------------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if file_actions.dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = file_actions.dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        reports = [f for f in files if f.suffix.lower() in OPENABLE_SUFFIXES]
        if reports:
            self.add_reports(reports)
        for text in (f for f in files if f.suffix.lower() in file_actions.TEXT_SUFFIXES):
            self.draft_text(text)

    # --- language -----------------------------------------------------------------------------------------

    @Slot(str)
    def _on_language(self, lang: str) -> None:
        self.retranslate()
        self.reports_pane.set_language(lang)
        for key, page in self._pages.items():
            if key != "reports":
                # Every page but the reports pane is built by name and has set_language (see _fill_page).
                page.set_language(lang)  # type: ignore[attr-defined]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Library"))
        names = {"open": self.tr("Open"), "add": self.tr("Add reports…"), "draft": self.tr("Draft from text…"),
                 "remove": self.tr("Remove…"), "reveal": self.tr("Show in file manager"),
                 "folders": self.tr("Folders…"), "refresh": self.tr("Refresh")}
        for name, action in self.actions_by_name.items():
            action.setText(names[name])
        self.actions_by_name["remove"].setToolTip(self.tr("Move the selected reports to the trash (the bundled "
                                                          "reports cannot be removed)"))
        self.actions_by_name["add"].setToolTip(self.tr("Copy reports and their source texts into the library "
                                                       "(or drop files on this page)"))
        self.toolbar.setAccessibleName(self.tr("Library actions"))
        for i, title in enumerate((self.tr("Reports"), self.tr("Compare"), self.tr("Side by side"),
                                   self.tr("Tasks carried over"))):
            self.tabs.setTabText(i, title)
        self.reports_pane.retranslate()
        if self.reports:
            self.reload()
