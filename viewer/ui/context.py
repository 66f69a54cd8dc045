"""The application context: the one object every tab receives.

It holds what the tabs show (the loaded report, its provenance, the language) and the signals that tie
the tabs together (jump to a quote, select an item, progress changed). Tabs never talk to each other or
to the main window directly; they read from and emit through the context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from viewer.model.loader import LoadedReport
from viewer.model.provenance import Provenance
from viewer.model.types import Report

LANGUAGES = ("zh", "en")


class AppContext(QObject):
    """Current report, provenance, language and checklist state, with the signals tabs listen to.

    Signals:
        report_changed(): a new report was loaded; tabs rebuild from ``loaded``.
        language_changed(str): the interface language changed to 'zh' or 'en'; tabs re-read texts.
        show_source(str): show the quote of item KEY in the Source tab (the window switches tabs).
        show_source_span(int, int): select characters START:END of the source text (a text search hit).
        select_item(str): the user picked item KEY somewhere (e.g. a search hit); the window switches to the
            tab holding it and calls that tab's ``select_key(key)``.
        state_changed(): the checklist/review state changed; tabs showing progress refresh.
        export_requested(): File -> Export… was chosen (the charts part connects the handler).
        export_enabled_changed(bool): whether File -> Export… is available.
    """

    report_changed = Signal()
    language_changed = Signal(str)
    show_source = Signal(str)
    show_source_span = Signal(int, int)
    select_item = Signal(str)
    state_changed = Signal()
    export_requested = Signal()
    export_enabled_changed = Signal(bool)

    def __init__(self, loaded: LoadedReport, lang: str = "zh", parent: QObject | None = None) -> None:
        super().__init__(parent)
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r} (known: {', '.join(LANGUAGES)})")
        self.loaded: LoadedReport = loaded
        self.provenance: Provenance = Provenance(loaded.report, loaded.source_text)
        self.lang: str = lang
        # The checklist/review store (set by the state part). Anything with ``is_done(action_id) -> bool``
        # works for ``task_progress``; a store with its own ``task_progress(task_id)`` is used directly.
        self.state: Any = None
        # The open checklist session (viewer.ui.state.session.StateSession, set by ``attach_state``) and
        # the undo stack every checklist/review change goes through (the Edit menu's Undo/Redo).
        self.session: Any = None
        # Correcting the report (viewer.ui.edit.session.EditSession, set by ``attach_editor``); its edits go
        # through the same undo stack.
        self.editor: Any = None
        self.undo_stack: QUndoStack = QUndoStack(self)
        self.export_enabled: bool = False

    @property
    def report(self) -> Report:
        """The current report (shorthand for ``loaded.report``)."""
        return self.loaded.report

    def set_report(self, loaded: LoadedReport) -> None:
        """Make ``loaded`` the current report and tell every tab."""
        self.loaded = loaded
        self.provenance = Provenance(loaded.report, loaded.source_text)
        self.report_changed.emit()

    def set_language(self, lang: str) -> None:
        """Switch the language of report texts ('zh' or 'en'); emits ``language_changed`` when it changes."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r} (known: {', '.join(LANGUAGES)})")
        if lang != self.lang:
            self.lang = lang
            self.language_changed.emit(lang)

    def set_export_enabled(self, enabled: bool) -> None:
        """Enable or disable File -> Export… (the charts part calls this once it handles ``export_requested``)."""
        if enabled != self.export_enabled:
            self.export_enabled = enabled
            self.export_enabled_changed.emit(enabled)

    def task_progress(self, task_id: str) -> tuple[int, int]:
        """(done, total) actions of task ``task_id``; (0, total) while there is no checklist state."""
        task = next((t for t in self.report.tasks if t.id == task_id), None)
        if task is None:
            return (0, 0)
        total = len(task.actions)
        if self.state is None:
            return (0, total)
        own = getattr(self.state, "task_progress", None)
        if callable(own):
            return own(task_id)
        return (sum(1 for a in task.actions if self.state.is_done(a.id)), total)

    def text(self, value: Any) -> str:
        """A report ``Text`` in the current language ('' for None)."""
        return "" if value is None else value.get(self.lang)
