"""Edit mode's words: drafting from a text speaks the window's language, counts are singular or plural
(Qt's %n forms in Chinese), 撤销 is the one Chinese word for Undo, and a comment's undo step says comment."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from tests.model.draft_samples.samples import NATIONAL
from viewer.model.draft import draft_file


@pytest.fixture(autouse=True)
def discard_at_close(monkeypatch) -> None:
    from viewer.ui.edit.session import EditSession

    monkeypatch.setattr(EditSession, "ask_unsaved", lambda _self, _parent: QMessageBox.StandardButton.Discard)


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    source = tmp_path / "national.txt"
    source.write_text(NATIONAL.text, encoding="utf-8")
    return draft_file(source, tmp_path / "national.yaml").yaml_path


def test_drafting_from_a_text_speaks_the_windows_language(make_main_window, drafted: Path, monkeypatch) -> None:
    from viewer.ui.window import dialogs
    from viewer.ui.window.draft_from_text import new_report_from_text

    window = make_main_window(drafted, "zh")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_message", lambda _parent, title, text: shown.append((title, text)))
    assert new_report_from_text(window, lambda _path: None, drafted) is None  # a report file is no text
    assert shown and shown[0][0] == "无法起草报告"
    assert "report file" in shown[0][1] and str(drafted) in shown[0][1]


def test_counts_are_singular_or_plural(make_main_window, drafted: Path) -> None:
    window = make_main_window(drafted, "en")
    context, panel = window.context, window.edit_actions.panel
    figures = window.set_current_tab("figures")
    first = context.report.facts[0]
    assert "(s)" not in panel.status.text() and " items still drafts" in panel.status.text()
    figures.select_key(first.id)
    figures.form.edits["unit"].setText("xyz")
    figures.form.edits["unit"].editingFinished.emit()
    assert "· 1 problem" in panel.status.text() and "1 problems" not in panel.status.text()
    assert context.editor.accept([first.id])
    assert window.undo_action.text() == "Undo Accept 1 item"
    assert context.editor.delete([first.id, context.report.facts[1].id])
    assert window.undo_action.text() == "Undo Delete 2 items"


def test_counts_in_chinese(make_main_window, drafted: Path) -> None:
    window = make_main_window(drafted, "zh")
    context = window.context
    assert context.editor.delete([context.report.facts[0].id, context.report.facts[1].id])
    assert window.undo_action.text() == "撤销 删除 2 项"


def test_undo_is_one_word_in_chinese(make_main_window, drafted: Path) -> None:
    window = make_main_window(drafted, "zh")
    assert window.undo_action.text() == "撤销"  # nothing to undo yet
    window.context.editor.accept([window.context.report.facts[0].id])
    assert window.undo_action.text().startswith("撤销 ")
    line = QLineEdit(window)
    menu = line.createStandardContextMenu()
    assert any(a.text().startswith("撤销") for a in menu.actions())
    assert not any("撤消" in a.text() for a in menu.actions())
    assert "撤消" not in QCoreApplication.translate("QUndoGroup", "Undo %1")


def test_a_comments_undo_step_says_comment(make_main_window, drafted: Path, monkeypatch) -> None:
    from viewer.ui.state.review_actions import ask_review_comment

    window = make_main_window(drafted, "en")
    fact = window.context.report.facts[0]
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *_a, **_k: ("Check the base", True)))
    assert ask_review_comment(window.context, fact.id, window)
    assert window.undo_action.text().startswith("Undo Comment on “")
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *_a, **_k: ("Base checked", True)))
    assert ask_review_comment(window.context, fact.id, window)  # the mark stays, the comment changes
    assert window.undo_action.text().startswith("Undo Comment on “")


def test_a_refused_edit_says_why_on_its_row(make_main_window, drafted: Path) -> None:
    from viewer.ui.edit.panel import EditPanel

    window = make_main_window(drafted, "zh")
    panel = window.edit_actions.panel
    section = window.context.report.sections[0]
    assert not panel.set_text(section.id, "title", EditPanel.ZH, "  ")  # refused: a title may not be empty
    row = panel.find_row(section.id, "title")
    assert row.text(EditPanel.ZH) == section.title.zh  # the stored title again
    assert row.text(EditPanel.PROBLEM) == "中文标题：不能为空" == window.statusBar().currentMessage()
    assert panel.find_row(section.id, "summary").text(EditPanel.PROBLEM) == ""  # only on the row edited
    assert panel.set_text(section.id, "title", EditPanel.ZH, "回顾")
    assert panel.find_row(section.id, "title").text(EditPanel.PROBLEM) == ""
