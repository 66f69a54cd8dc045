"""A splitter whose side pane (details, a list of thumbnails) gives way first when the window gets narrow.

Below the width the main pane needs plus the side pane's minimum, the side pane collapses to the edge (its
handle stays: drag it, or use ``toggle_side``, to bring it back); when there is room again it comes back at the
width it had. A pane the user closed or opened by hand stays that way until the user changes it again. So a
narrow window, or the search dock opening beside a tab, never squeezes the tab's main view until its text is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class SidePaneSplitter(QSplitter):
    """``main`` and ``side`` side by side (``side_first``: the side pane on the left); the side pane collapses
    when the splitter is narrower than ``main_min + side_min`` pixels."""

    def __init__(self, main: QWidget, side: QWidget, *, main_min: int, side_min: int, side_width: int,
                 side_first: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.main, self.side = main, side
        self.main_min, self.side_min = main_min, side_min
        self._side_index = 0 if side_first else 1
        for widget in (side, main) if side_first else (main, side):
            self.addWidget(widget)
        self.setStretchFactor(1 - self._side_index, 1)
        self.setStretchFactor(self._side_index, 0)
        self.setCollapsible(1 - self._side_index, False)
        self.setCollapsible(self._side_index, True)
        side.setMinimumWidth(side_min)
        self._side_width = side_width  # the width the side pane comes back at
        self._auto_collapsed = False
        self._user_choice: bool | None = None  # True: the user opened it, False: closed it, None: automatic
        self._resizing = False
        self.splitterMoved.connect(self._on_moved)
        # A handle wide enough to find and drag when the pane is folded to the edge.
        self.setHandleWidth(7)
        self._retranslate()
        self._set_side(side_width)

    def _retranslate(self) -> None:
        self.handle(1).setToolTip(QCoreApplication.translate(
            "SidePaneSplitter", "Drag to resize the side pane, or press F9 to show or hide it"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def side_collapsed(self) -> bool:
        """Whether the side pane is folded away."""
        return self.sizes()[self._side_index] == 0

    def toggle_side(self) -> None:
        """Fold the side pane away, or bring it back (the user's choice, kept across resizes)."""
        collapse = not self.side_collapsed()
        self._user_choice = not collapse
        self._auto_collapsed = False
        self._set_side(0 if collapse else self._side_width, asked=True)

    def _set_side(self, width: int, *, asked: bool = False) -> None:
        total = sum(self.sizes()) or self.width()
        room = total - self.main_min if not asked else total // 2  # asked for: it may take up to half
        width = max(self.side_min, min(width, room)) if width else 0
        sizes = [0, 0]
        sizes[self._side_index] = width
        sizes[1 - self._side_index] = max(1, total - width)
        self._resizing = True
        self.setSizes(sizes)
        self._resizing = False

    @Slot(int, int)
    def _on_moved(self, _pos: int, _index: int) -> None:
        if self._resizing:
            return
        width = self.sizes()[self._side_index]
        self._user_choice = width > 0
        self._auto_collapsed = False
        if width > 0:
            self._side_width = width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < self.main_min + self.side_min
        side = self.sizes()[self._side_index]
        if self._user_choice is False or (self._user_choice is True and side > 0):
            return
        if narrow and side > 0:
            self._side_width = max(side, self.side_min)
            self._auto_collapsed = True
            self._set_side(0)
        elif not narrow and (self._auto_collapsed or side == 0):
            self._auto_collapsed = False
            self._set_side(self._side_width)
