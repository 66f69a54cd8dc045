"""Window geometry, state, last tab, language and theme survive a close and re-open (in a temp settings folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from viewer.ui.common.theme import is_dark


def test_settings_live_in_the_test_folder(isolated_settings: Path) -> None:
    settings = QSettings()
    settings.setValue("probe", 1)
    settings.sync()
    assert Path(settings.fileName()).is_relative_to(isolated_settings)
    assert QStandardPaths.isTestModeEnabled()


def test_geometry_tab_and_choices_restored_after_reopen(make_main_window, qtbot, qapp) -> None:
    window = make_main_window(None, "zh")
    window.resize(700, 500)  # inside the offscreen screen (800x600), so restoring need not shrink it
    window.set_current_tab("enterprises")
    window.set_theme("dark")
    assert is_dark(qapp.palette())
    window.close()
    assert QSettings().value("window/tab", type=str) == "enterprises"
    assert QSettings().value("ui/theme", type=str) == "dark"

    again = make_main_window(None, "zh", size=None)
    assert (again.width(), again.height()) == (700, 500)
    assert again.current_tab_key() == "enterprises"
    assert again.built_tab("enterprises") is not None
    assert again.built_tab("overview") is None  # only the restored tab was built
    assert again.menus.theme_actions["dark"].isChecked()
    again.set_theme("light")
    assert not is_dark(qapp.palette())
    again.set_theme("system")
    assert again.menus.theme_actions["system"].isChecked()


def test_damaged_settings_are_ignored(make_main_window) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", "not a geometry")
    settings.setValue("window/state", 42)
    settings.setValue("window/tab", "no-such-tab")
    settings.setValue("ui/theme", "purple")
    settings.sync()
    window = make_main_window(None, size=None)
    assert window.current_tab_key() == "overview"
    assert window.menus.theme_actions["system"].isChecked()
