"""The window's tabs: which module builds each, imported only when the tab is first shown.

A tab is a ``QWidget`` subclass constructed as ``Tab(context, parent)`` that rebuilds itself on
``context.report_changed`` / ``context.language_changed``. Registering a tab is one ``TabSpec`` line in
``DEFAULT_TABS``; the module is imported lazily so heavy dependencies (pyqtgraph for the charts) load
only when the user opens that tab.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from viewer.ui.context import AppContext

TabFactory = Callable[[AppContext, QWidget | None], QWidget]


@dataclass(frozen=True)
class TabSpec:
    """One tab: a stable key (also the ``render --tab`` name), and where its widget class lives."""

    key: str
    module: str
    class_name: str

    def factory(self) -> TabFactory | None:
        """The tab's class, imported now; None when its module does not exist (yet)."""
        try:
            module = importlib.import_module(self.module)
        except ModuleNotFoundError as exc:
            # Only a missing tab module means "not available"; a missing dependency inside it is a bug.
            if exc.name != self.module:
                raise
            return None
        return getattr(module, self.class_name, None)


DEFAULT_TABS: tuple[TabSpec, ...] = (
    TabSpec("overview", "viewer.ui.overview.tab", "OverviewTab"),
    TabSpec("statistics", "viewer.ui.statistics.tab", "StatisticsTab"),
    TabSpec("enterprises", "viewer.ui.enterprises.tab", "EnterprisesTab"),
    TabSpec("tasks", "viewer.ui.tasks.tab", "TasksTab"),
    TabSpec("source", "viewer.ui.source.tab", "SourceTab"),
    TabSpec("figures", "viewer.ui.figures.tab", "FiguresTab"),
)
