"""Back and Forward over the jumps between tabs (Show in source, a search hit, a click on a chart or tile).

Before each jump the window records where the reader was: the tab and what that tab shows (its ``location()``:
the selected quote, row or chart). Back returns there, and Forward goes again to where the jump led. A tab
without ``location()`` is returned to as a tab.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Location:
    """A tab and what it showed (whatever its ``location()`` returned; None: nothing in particular)."""

    tab: str
    state: object = None


class NavigationHistory(QObject):
    """Two stacks of locations; ``changed`` tells the Back and Forward actions to enable themselves."""

    changed = Signal()
    LIMIT = 100

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._back: list[Location] = []
        self._forward: list[Location] = []

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def record(self, here: Location) -> None:
        """A jump leaves ``here``: Back will return to it; what Forward offered is dropped."""
        if self._back and self._back[-1] == here:
            return
        self._back = [*self._back, here][-self.LIMIT:]
        self._forward = []
        self.changed.emit()

    def back(self, here: Location) -> Location | None:
        """The location to go back to (``here`` becomes Forward's), or None."""
        if not self._back:
            return None
        target = self._back.pop()
        self._forward.append(here)
        self.changed.emit()
        return target

    def forward(self, here: Location) -> Location | None:
        """The location Back left (``here`` becomes Back's again), or None."""
        if not self._forward:
            return None
        target = self._forward.pop()
        self._back.append(here)
        self.changed.emit()
        return target

    def clear(self) -> None:
        """Forget everything (another report was opened)."""
        self._back, self._forward = [], []
        self.changed.emit()
