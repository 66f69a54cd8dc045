"""A window showing the Library view over the bundled reports (the Fujian report and the examples), its index and
default folder in the test's temporary folders."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from viewer.ui.library.page import LibraryPage
from viewer.ui.window.main_window import MainWindow

LibraryWindow = Callable[..., tuple[MainWindow, LibraryPage]]


@pytest.fixture
def library_window(make_main_window, qtbot) -> LibraryWindow:
    """A shown window with its Library view shown and its first refresh done."""

    def build(lang: str = "zh") -> tuple[MainWindow, LibraryPage]:
        window = make_main_window(lang=lang)
        page = window.show_library()
        qtbot.waitUntil(page.is_settled, timeout=60_000)
        return window, page

    return build


def settle(page: LibraryPage, qtbot) -> None:
    """Wait for a refresh the page started to end."""
    qtbot.waitUntil(page.is_settled, timeout=60_000)
