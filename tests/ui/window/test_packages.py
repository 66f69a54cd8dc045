"""Report packages in the window: every opener takes them (File -> Open, drop, recent reports, the command
line's path), File -> Save as package writes one, and a package's review work is merged only when agreed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSettings
from PySide6.QtWidgets import QFileDialog

from tests.conftest import write_mini_report
from tests.ui.conftest import UI_REPORT
from tests.ui.window.test_open_report import _drop_events
from viewer.model.loader import load_report
from viewer.model.packing import packed_report
from viewer.model.paths import default_report_path
from viewer.model.state import Mark, ReportState, Status
from viewer.model.state.exchange import export_json
from viewer.ui.app.run import load_first_report
from viewer.ui.window.recent import KEY as RECENT_KEY


def _package(tmp_path: Path, review: bool = False) -> Path:
    loaded = load_report(write_mini_report(tmp_path / "src", UI_REPORT))
    text = None
    if review:
        state = ReportState.in_memory(loaded.report)
        assert state.apply(state.plan_mark("va-growth", Mark.QUESTIONED, "8.2 or 8.3?"))
        assert state.apply(state.plan_item("task-1.projects", status=Status.DONE, owner="张", note="已开工"))
        text = export_json(state)
    path = tmp_path / "shared" / "mini.irv"
    path.parent.mkdir()
    path.write_bytes(packed_report(loaded, text))
    return path


def test_file_open_offers_packages_and_opens_one(make_main_window, tmp_path, monkeypatch, qtbot) -> None:
    window = make_main_window(None)
    package = _package(tmp_path)
    filters: list[str] = []

    def choose(_parent, _title, _folder, filter_text):
        filters.append(filter_text)
        return str(package), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.menus.open_action.trigger()
    assert "*.irv" in filters[0]
    qtbot.waitUntil(lambda: not window.busy())  # loaded in a worker thread
    assert window.context.report.meta.id == "mini-2024" and window.context.loaded.path == package
    assert QSettings().value(RECENT_KEY, [], type=list)[0] == str(package.resolve())
    window.open_report(default_report_path())
    assert window.context.report.meta.id == "fujian-2023"
    window.open_recent(str(package.resolve()))
    qtbot.waitUntil(lambda: window.context.loaded.path == package.resolve())


def test_a_dropped_package_opens(make_main_window, tmp_path, qtbot) -> None:
    window = make_main_window(None)
    mime = QMimeData()
    enter, drop = _drop_events(str(_package(tmp_path)), mime)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.context.report.meta.id == "mini-2024")


def test_the_command_line_path_may_be_a_package(tmp_path, qapp) -> None:
    loaded = load_first_report(str(_package(tmp_path)))
    assert loaded is not None and loaded.report.meta.id == "mini-2024" and loaded.is_package


def test_review_work_in_a_package_is_merged_when_agreed_and_undone_as_one_step(make_main_window, tmp_path) -> None:
    window = make_main_window(None)
    asked = []
    window.confirm_review_merge = lambda preview: asked.append(preview.counts()["added"]) or True
    assert window.open_report(_package(tmp_path, review=True))
    assert asked == [2]
    state = window.context.state
    assert state.mark_of("va-growth") is Mark.QUESTIONED and state.mark("va-growth").comment == "8.2 or 8.3?"
    assert state.item("task-1.projects").owner == "张"
    window.context.undo_stack.undo()
    assert state.mark_of("va-growth") is Mark.UNREVIEWED and state.item("task-1.projects") is None


def test_review_work_refused_is_not_merged(make_main_window, tmp_path) -> None:
    window = make_main_window(None)
    window.confirm_review_merge = lambda preview: False
    assert window.open_report(_package(tmp_path, review=True))
    assert window.context.state.mark_of("va-growth") is Mark.UNREVIEWED


def test_save_as_package_with_the_review_work(make_main_window, tmp_path, monkeypatch) -> None:
    window = make_main_window(write_mini_report(tmp_path / "r", UI_REPORT))
    session = window.context.session
    assert session.set_mark("growth-rank", Mark.CHECKED, "mark")
    target = tmp_path / "out" / "sent"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    written = window.save_as_package(include_review=True)
    assert written == target.with_name("sent.irv") and written.is_file()
    opened = load_report(written)
    assert opened.report == window.context.report and opened.review is not None
    assert '"growth-rank"' in opened.review and '"checked"' in opened.review
    without = window.save_as_package(tmp_path / "out" / "plain.irv", include_review=False)
    assert load_report(without).review is None


def test_a_hostile_package_is_a_clean_error_and_the_report_stays(make_main_window, tmp_path, monkeypatch) -> None:
    import io
    import zipfile

    from viewer.ui.window import dialogs

    shown = []
    monkeypatch.setattr(dialogs, "show_report_error", lambda error, parent=None, note="": shown.append(error))
    window = make_main_window(None)
    before = window.context.loaded
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../outside.yaml", b"x")
    evil = tmp_path / "evil.irv"
    evil.write_bytes(buffer.getvalue())
    assert not window.open_report(evil)
    assert window.context.loaded is before
    assert len(shown) == 1 and "outside the package" in str(shown[0]) and str(shown[0]).count("\n") == 0
    assert not (tmp_path.parent / "outside.yaml").exists() and not (tmp_path / "outside.yaml").exists()
