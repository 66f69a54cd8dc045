"""Edit mode's window: it fits a 1366×768 screen with the edit dock and the figure form, is restored within
the screen, and shows its dock at start-up whenever edit mode is on (whatever the last session's layout)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMessageBox

from tests.model.draft_samples.samples import NATIONAL
from viewer.model.draft import draft_file

SCREEN = QRect(0, 0, 1366, 728)  # 1366×768 less a task bar


@pytest.fixture(autouse=True)
def discard_at_close(monkeypatch) -> None:
    from viewer.ui.edit.session import EditSession

    monkeypatch.setattr(EditSession, "ask_unsaved", lambda _self, _parent: QMessageBox.StandardButton.Discard)


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    source = tmp_path / "national.txt"
    source.write_text(NATIONAL.text, encoding="utf-8")
    return draft_file(source, tmp_path / "national.yaml").yaml_path


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_edit_mode_fits_a_small_screen(make_main_window, drafted: Path, monkeypatch, lang: str) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: SCREEN)
    window = make_main_window(drafted, lang, size=None)
    assert window.context.editor.active and window.edit_actions.panel.isVisible()
    figures = window.set_current_tab("figures")
    assert figures.form is not None and figures.form.isVisible()
    window.layout().activate()
    assert window.minimumSizeHint().height() + window.FRAME.height() <= SCREEN.height()
    assert window.minimumHeight() + window.FRAME.height() <= SCREEN.height()
    assert SCREEN.contains(window.frameGeometry()), window.frameGeometry()


def test_edit_mode_is_restored_within_the_screen(make_main_window, drafted: Path, monkeypatch) -> None:
    window = make_main_window(drafted, "zh", size=(1900, 1060))
    window.set_current_tab("figures")
    window.move(300, 200)
    window.close()
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: SCREEN)
    again = make_main_window(drafted, "zh", size=None)
    assert again.current_tab_key() == "figures" and again.context.editor.active
    again.layout().activate()
    assert SCREEN.contains(again.frameGeometry()), again.frameGeometry()


def test_the_edit_dock_shows_at_start_up_when_edit_mode_is_on(make_main_window, drafted: Path) -> None:
    window = make_main_window(drafted, "en")
    window.edit_actions.mode_action.trigger()  # edit mode off: the dock hides; the layout is saved so
    assert not window.context.editor.active and not window.edit_actions.panel.isVisible()
    window.close()
    again = make_main_window(drafted, "en")  # a report with drafts opens in edit mode
    assert again.context.editor.active
    assert again.edit_actions.panel.isVisible()
