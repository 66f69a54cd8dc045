"""The window's list of a report's problems shows hidden characters from the file as ⟨U+XXXX⟩ (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidgetItemIterator

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.model.errors import ReportError
from viewer.model.loader import load_report
from viewer.model.sanitise import find_hidden
from viewer.ui.window.dialogs import ReportErrorDialog


def test_the_problem_dialog_shows_an_override_instead_of_obeying_it(qtbot, tmp_path: Path) -> None:
    text = MINI_REPORT.replace("    value: 8.2\n", '    value: 8.2\n    "v\\e[2J\\u202e": 1\n    "v\\e[2J\\u202e": 2\n')
    text = text.replace("label: {zh: 规上工业增加值增长, en: Industrial value added growth}",
                        'label: {zh: "规上\\u202e增长", en: "Growth\\u202e"}')
    with pytest.raises(ReportError) as info:
        load_report(write_mini_report(tmp_path, text))
    dialog = ReportErrorDialog(info.value, lang="en")
    qtbot.addWidget(dialog)
    cells = []
    it = QTreeWidgetItemIterator(dialog.table)
    while it.value():
        cells += [it.value().text(c) for c in range(4)] + [it.value().toolTip(3)]
        it += 1
    shown = "\n".join(cells) + dialog.problems.toPlainText()
    assert find_hidden(shown, "\t\n") is None
    assert "⟨U+202E⟩" in shown and "⟨U+001B⟩" in shown


def test_recent_reports_show_a_file_name_as_it_is_written(make_main_window, tmp_path: Path) -> None:
    report = write_mini_report(tmp_path / "a\u202e&b", MINI_REPORT)
    window = make_main_window(None)
    assert window.open_report(report)
    action = next(a for a in window.menus.recent_menu.actions() if a.data())
    assert action.data() == str(report.resolve())  # opened by its real name
    assert "\u202e" not in action.text()
    assert action.text().endswith(str(report.resolve()).replace("\u202e", "⟨U+202E⟩").replace("&", "&&"))


def test_messages_naming_a_file_show_it_as_it_is_written(make_main_window, tmp_path: Path) -> None:
    """Every message of the window filled with a value (fill: 'Opened %1', 'Could not open %1', the state's
    messages) shows the value's hidden characters as ⟨U+XXXX⟩."""
    report = write_mini_report(tmp_path / "b\u202e\x1b[2J", MINI_REPORT)
    window = make_main_window(None)
    assert window.open_report(report)
    message = window.statusBar().currentMessage()
    assert "⟨U+202E⟩⟨U+001B⟩[2J" in message and "\u202e" not in message and "\x1b" not in message
