"""File -> New report from text… as a job: the drafting runs in a worker thread behind a progress dialog with
Cancel; the event loop turns meanwhile; a cancelled draft writes nothing and leaves the window as it was; an error
is shown in the window's language."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from tests.conftest import MINI_SOURCE
from viewer.model.draft import DraftError
from viewer.ui.window import dialogs, draft_from_text
from viewer.ui.window.draft_from_text import running_jobs


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_message", lambda parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch):
    """Holds the worker at its first progress report until ``gate.open`` is set (the drafting is then under way,
    in the worker thread, however fast the machine)."""
    real = draft_from_text.compose_draft
    reached, opened = threading.Event(), threading.Event()

    def gated(plan, progress=None):
        def step(done: int, total: int) -> None:
            reached.set()
            opened.wait(30)
            if progress is not None:
                progress(done, total)
        return real(plan, progress=step)

    monkeypatch.setattr(draft_from_text, "compose_draft", gated)
    return type("Gate", (), {"reached": reached, "open": opened})


def _gbk_source(tmp_path: Path) -> Path:
    source = tmp_path / "texts" / "mini.txt"
    source.parent.mkdir()
    source.write_bytes(MINI_SOURCE.encode("gbk"))  # not UTF-8: a copy would be written to sources/
    return source


def _start(window, monkeypatch: pytest.MonkeyPatch, source: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(source), "")))
    window.menus.draft_action.trigger()


def test_drafting_shows_progress_and_the_event_loop_turns(make_main_window, qtbot, tmp_path, monkeypatch, gate,
                                                          messages):
    source = _gbk_source(tmp_path)
    window = make_main_window()
    before = window.context.loaded
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    _start(window, monkeypatch, source)  # returns while the text is being drafted
    qtbot.waitUntil(gate.reached.is_set)
    counted = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= counted + 5)  # the timer ticks while the worker drafts
    dialog = window.findChild(QProgressDialog, "draftProgress")
    assert dialog is not None and dialog.isVisible()
    assert window.context.loaded is before and not source.with_suffix(".yaml").exists()
    gate.open.set()
    qtbot.waitUntil(lambda: not running_jobs())
    timer.stop()
    assert window.context.loaded.path == source.with_suffix(".yaml")
    assert window.findChild(QProgressDialog, "draftProgress") is None or not dialog.isVisible()


def test_cancel_writes_nothing_and_keeps_the_window_usable(make_main_window, qtbot, tmp_path, monkeypatch, gate,
                                                           messages):
    source = _gbk_source(tmp_path)
    window = make_main_window()
    before = window.context.loaded
    _start(window, monkeypatch, source)
    qtbot.waitUntil(gate.reached.is_set)
    dialog = window.findChild(QProgressDialog, "draftProgress")
    button = dialog.findChild(QPushButton)
    assert button.text() == "取消"  # the window's language
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    gate.open.set()
    qtbot.waitUntil(lambda: not running_jobs())
    assert sorted(p.name for p in source.parent.iterdir()) == ["mini.txt"]  # no YAML, no sources/ copy
    assert window.context.loaded is before and messages == []
    window.set_current_tab("figures")
    assert window.isEnabled()
    # and drafting again works
    gate.reached.clear()
    _start(window, monkeypatch, source)
    qtbot.waitUntil(lambda: not running_jobs())
    assert window.context.loaded.path == source.with_suffix(".yaml")
    assert (source.parent / "sources" / "mini.txt").exists()


def test_an_error_in_the_worker_is_shown_in_the_windows_language(make_main_window, qtbot, tmp_path, monkeypatch,
                                                                  messages):
    def refuse(plan, progress=None):
        raise DraftError(f"{plan.source_path}: too rich")

    monkeypatch.setattr(draft_from_text, "compose_draft", refuse)
    source = _gbk_source(tmp_path)
    window = make_main_window(lang="zh")
    before = window.context.loaded
    _start(window, monkeypatch, source)
    qtbot.waitUntil(lambda: not running_jobs())
    assert messages == [("无法起草报告", f"{source}: too rich")]
    assert window.context.loaded is before
    assert sorted(p.name for p in source.parent.iterdir()) == ["mini.txt"]


def test_the_draft_to_edit_is_parsed_in_the_worker_not_on_the_ui_thread(make_main_window, qtbot, tmp_path,
                                                                         monkeypatch, messages):
    from viewer.model.edit import document

    threads: list[str] = []
    real_init = document.ReportDocument.__init__

    def recording(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(document.ReportDocument, "__init__", recording)
    source = _gbk_source(tmp_path)
    window = make_main_window()
    _start(window, monkeypatch, source)
    qtbot.waitUntil(lambda: not running_jobs())
    assert window.context.loaded.path == source.with_suffix(".yaml")
    assert window.context.editor.document is not None  # a draft opens in edit mode
    assert threads == ["draft-from-text"]  # the round-trip tree was built once, in the worker


def test_the_draft_is_shown_as_the_worker_read_and_checked_it(make_main_window, qtbot, tmp_path, monkeypatch,
                                                              messages):
    """Nothing of the draft is read, validated or checked again on the UI thread: the window shows the report the
    worker composed, and edit mode takes the problems the worker found."""
    from viewer.model.edit import problems
    from viewer.ui.edit import session
    from viewer.ui.window import main_window

    main = threading.current_thread()
    checked_on: list[threading.Thread] = []
    real = problems.report_problems

    def counted(*args, **kwargs):
        checked_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(problems, "report_problems", counted)
    monkeypatch.setattr(session, "report_problems", counted)
    monkeypatch.setattr(draft_from_text, "report_problems", counted)
    source = _gbk_source(tmp_path)
    window = make_main_window()

    def loaded_here(path, cache=None):
        raise AssertionError(f"{path} read on the UI thread")

    monkeypatch.setattr(main_window, "load_report", loaded_here)
    _start(window, monkeypatch, source)
    qtbot.waitUntil(lambda: not running_jobs())
    assert window.context.loaded.path == source.with_suffix(".yaml") and window.context.editor.active
    assert checked_on and main not in checked_on
    assert window.context.report.facts  # the drafted figures are shown
