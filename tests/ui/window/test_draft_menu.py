"""File -> New report from text…: draft a chosen text beside it, open it, never overwrite a report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.conftest import MINI_SOURCE
from viewer.ui.window import dialogs
from viewer.ui.window.draft_from_text import free_yaml_path, running_jobs


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_message", lambda parent, title, text: shown.append((title, text)))
    return shown


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))


def test_menu_drafts_the_text_and_opens_it(make_main_window, qtbot, tmp_path: Path, monkeypatch, messages):
    source = tmp_path / "texts" / "mini.txt"
    source.parent.mkdir()
    source.write_bytes(MINI_SOURCE.encode("gbk"))
    window = make_main_window()
    before = window.context.loaded
    _choose(monkeypatch, source)
    window.menus.draft_action.trigger()
    qtbot.waitUntil(lambda: window.context.loaded is not before and not running_jobs())
    loaded = window.context.loaded
    assert loaded.path == source.with_suffix(".yaml")
    assert loaded.report.meta.source == "sources/mini.txt"
    assert [t.number for t in loaded.report.tasks] == [1, 2]
    assert loaded.report.facts and all(f.draft for f in loaded.report.facts)
    assert "mini.yaml" in window.statusBar().currentMessage()
    assert messages and "meta.reporter" in messages[-1][1]  # the mini text names no reporter


def test_an_existing_report_is_never_overwritten(tmp_path: Path):
    source = tmp_path / "mini.txt"
    (tmp_path / "mini.yaml").write_text("mine", encoding="utf-8")
    assert free_yaml_path(source) == tmp_path / "mini-draft.yaml"
    (tmp_path / "mini-draft.yaml").write_text("mine too", encoding="utf-8")
    assert free_yaml_path(source) == tmp_path / "mini-draft-2.yaml"


def test_unreadable_text_shows_a_message_and_keeps_the_report(make_main_window, tmp_path: Path, monkeypatch,
                                                              messages):
    source = tmp_path / "binary.txt"
    source.write_bytes(b"\x00\x01\x02")
    window = make_main_window()
    before = window.context.loaded
    _choose(monkeypatch, source)
    window.menus.draft_action.trigger()
    assert window.context.loaded is before
    assert messages and "binary" in messages[-1][1]


def test_cancelled_dialog_does_nothing(make_main_window, monkeypatch, messages):
    window = make_main_window()
    before = window.context.loaded
    _choose(monkeypatch, "")
    window.menus.draft_action.trigger()
    assert window.context.loaded is before and messages == []
