"""The Library view as a user meets it: the start page's list, search across the library with each hit opening
its report at the item, adding (open, draft from text, drag and drop), removing and revealing reports, folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.conftest import MINI_SOURCE
from tests.ui.library.conftest import settle
from viewer.model.library.records import HitKind
from viewer.model.paths import examples_dir, library_dir
from viewer.ui.common.roles import Role
from viewer.ui.library import page as page_module
from viewer.ui.library.reports import COLUMNS
from viewer.ui.source.tab import SourceTab


def _row(page, name: str) -> dict[str, str]:
    model = page.reports_pane.proxy
    for r in range(model.rowCount()):
        values = {c: model.index(r, i).data() for i, c in enumerate(COLUMNS)}
        report = model.index(r, 0).data(Role.REPORT)
        if report.path.name == name:
            return values
    raise AssertionError(f"{name} is not listed")


def test_the_library_lists_the_bundled_reports_with_their_columns(library_window) -> None:
    window, page = library_window("en")
    assert window.library.showing() and window.windowTitle() == "Library"
    names = sorted(r.path.name for r in page.reports)
    assert names == ["fujian-2023.yaml", "shili-2023.yaml", "shili-2024.yaml", "shili-2025.yaml", "yanshi-2024.yaml"]
    row = _row(page, "shili-2024.yaml")
    assert row == {"region": "Example Province", "year": "2024",
                   "title": "Example Province 2024 industry and IT work conference (example)",
                   "publisher": "Example Province Department of Industry and IT (fictional)", "meeting": "2024-02-05",
                   "figures": "14", "tasks": "4", "review": "0/19", "checklist": "0/8", "status": "Accepted, example"}
    assert _row(page, "fujian-2023.yaml")["status"] == "Accepted"
    # Counted in English as it is spoken: one folder, five reports.
    assert page.summary.text().startswith("5 reports in 1 folder; new reports are added to ")
    # The tabs come back with the report's own view.
    window.set_current_tab("overview")
    assert not window.library.showing() and window.windowTitle() != "Library"
    window.menus.library_action.trigger()
    assert window.library.showing()


def test_a_search_hit_opens_its_report_at_the_sentence(library_window, qtbot) -> None:
    window, page = library_window()
    page.reports_pane.box.setText("数字经济规模")
    hits = [page.reports_pane.hits.hit(r) for r in range(page.reports_pane.hits.rowCount())]
    assert hits and page.reports_pane.stack.currentWidget() is page.reports_pane.results
    row = next(r for r, h in enumerate(hits) if h.path.name == "shili-2024.yaml" and h.kind == HitKind.FACT)
    index = page.reports_pane.hits.index(row)
    rect = page.reports_pane.results.visualRect(index)
    qtbot.mouseClick(page.reports_pane.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not window.busy())  # opened in a worker thread
    assert not window.library.showing()
    assert window.context.report.meta.id == "example-shili-2024"
    assert window.current_tab_key() == "source"
    source = window.built_tab("source")
    assert isinstance(source, SourceTab) and source.selected_text() == "数字经济规模突破1.1万亿元"
    # A task hit opens the Tasks tab at the task.
    window.show_library()
    page.reports_pane.box.setText("优质企业梯度培育库")
    task_hit = next(page.reports_pane.hits.hit(r) for r in range(page.reports_pane.hits.rowCount())
                    if page.reports_pane.hits.hit(r).kind == HitKind.ACTION)
    page._open_hit(task_hit)
    qtbot.waitUntil(lambda: not window.busy())
    assert window.current_tab_key() == "tasks" and window.context.report.meta.id == task_hit.path.stem.replace(
        "shili", "example-shili")
    # Clearing the box shows the list again.
    window.show_library()
    page.reports_pane.box.clear()
    assert page.reports_pane.stack.currentWidget() is page.reports_pane.table


def test_opening_a_report_from_the_list(library_window, qtbot) -> None:
    window, page = library_window()
    row = page.reports_pane.row_of((examples_dir() / "shili-2025.yaml").resolve())
    page.reports_pane.table.selectRow(row)
    assert page.actions_by_name["open"].isEnabled() and not page.actions_by_name["remove"].isEnabled()
    page.actions_by_name["open"].trigger()
    qtbot.waitUntil(lambda: not window.busy())  # opened in a worker thread
    assert window.context.report.meta.id == "example-shili-2025" and not window.library.showing()


def test_adding_drafting_dropping_and_removing_reports(library_window, qtbot, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # The trash of this test: Qt's data folder (test mode: under the home folder), which must exist.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    trash_base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation))
    assert tmp_path in trash_base.parents
    trash_base.mkdir(parents=True)
    _window, page = library_window()
    outside = tmp_path / "elsewhere"
    shutil.copytree(examples_dir(), outside)
    (outside / "shili-2023.yaml").rename(outside / "renamed.yaml")
    added = page.add_reports([outside / "renamed.yaml"])
    assert len(added) == 1 and added[0].parent.parent == library_dir()
    assert (added[0].parent / "sources" / "shili-2023.txt").read_bytes() == \
        (outside / "sources" / "shili-2023.txt").read_bytes()
    assert any(r.path == added[0].resolve() for r in page.reports)
    # The same report again: a folder of its own, never over the first.
    again = page.add_reports([outside / "renamed.yaml"])
    assert again[0].parent != added[0].parent and added[0].is_file()
    # A broken report is refused with its problem and nothing is copied.
    broken = outside / "broken.yaml"
    broken.write_text("meta:\n  id: broken\n", "utf-8")
    shown: list[str] = []
    monkeypatch.setattr(page_module.QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert page.add_reports([broken]) == [] and "broken.yaml" in shown[0]
    # Drafting a text into the library, and dropping a report and a text on the page.
    text = tmp_path / "city-2024.txt"
    text.write_text(MINI_SOURCE, "utf-8")
    drafted = page.draft_text(text)
    assert drafted is not None and drafted.parent.parent == library_dir()
    assert any(r.path == drafted.resolve() and r.drafted > 0 for r in page.reports)
    mime = QMimeData()
    second = tmp_path / "second.txt"
    second.write_text(MINI_SOURCE, "utf-8")
    mime.setUrls([QUrl.fromLocalFile(str(outside / "shili-2024.yaml")), QUrl.fromLocalFile(str(second))])
    before = len(page.reports)
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    assert len(page.reports) == before + 2
    # Removing: the file goes to the trash; the row goes once the refresh has run.
    page.reports_pane.table.selectRow(page.reports_pane.row_of(added[0].resolve()))
    assert page.actions_by_name["remove"].isEnabled()
    assert page.selected()[0].path == added[0].resolve(), shown
    assert page.remove_selected(confirm=False) == [added[0].resolve()], shown
    settle(page, qtbot)
    assert not added[0].exists() and all(r.path != added[0].resolve() for r in page.reports)
    assert [p.name for p in (trash_base / "Trash" / "files").iterdir()] == ["renamed.yaml"]


def test_reveal_shows_the_file_in_the_file_manager(library_window, monkeypatch: pytest.MonkeyPatch) -> None:
    _window, page = library_window()
    shown: list[Path] = []
    monkeypatch.setattr(page_module, "reveal", lambda path: shown.append(path) or True)
    page.reports_pane.table.selectRow(0)
    assert page.reveal_selected() and shown == [page.selected()[0].path]


def test_folders_can_be_changed_and_the_bundled_reports_hidden(library_window, qtbot, tmp_path: Path) -> None:
    _window, page = library_window()
    mine = tmp_path / "my-reports"
    shutil.copytree(examples_dir(), mine)
    page.service.set_folders([mine], bundled=False)
    settle(page, qtbot)
    assert sorted(r.path.parent for r in page.reports) == [mine.resolve()] * 4
    assert page.service.default_folder() == mine


def test_a_damaged_index_is_rebuilt_and_said_so(library_window, qtbot) -> None:
    _window, page = library_window()
    page.service.index.close()
    path = page.service.index_path
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.write_bytes(b"not a database" * 1000)
    page.service.index = type(page.service.index)(path)
    page.service.refresh()
    settle(page, qtbot)
    assert "重新建立" in page.status.text()  # said in the window's language: built again
    assert len(page.reports) == 5


def test_the_library_speaks_the_window_s_language(library_window) -> None:
    window, page = library_window("zh")
    window.set_language("en")
    assert page.tabs.tabText(1) == "Compare"
    assert page.reports_pane.model.headerData(0, Qt.Orientation.Horizontal) == "Region"
    assert _row(page, "shili-2024.yaml")["region"] == "Example Province"
    window.set_language("zh")
    assert _row(page, "shili-2024.yaml")["region"] == "示例省"
    assert page.tabs.tabText(1) == "对比"


def test_the_library_is_the_start_page_when_no_report_is_named(make_main_window, qtbot) -> None:
    from viewer.model.loader import load_report
    from viewer.model.paths import default_report_path
    from viewer.ui.app.run import make_window, show_start_page

    shown = make_main_window()
    show_start_page(shown, "data/fujian-2023.yaml")
    assert not shown.library.showing()
    show_start_page(shown, None)  # a window already shown: the view at once
    assert shown.library.showing() and shown.library.page is not None
    qtbot.waitUntil(shown.library.page.is_settled, timeout=60_000)

    window = make_window(load_report(default_report_path()), "en")  # as at start-up: not shown yet
    qtbot.addWidget(window)
    show_start_page(window, None)
    # Before the window's first frame only the view's title: its modules, the index and the list come after it.
    assert window.library.showing() and window.library.page is None
    assert window.windowTitle() in ("报告库", "Library")  # the language of the translator installed last
    window.show()
    qtbot.waitUntil(lambda: window.library.page is not None and window.library.page.is_settled(), timeout=60_000)
    assert window.library.showing() and window.library.placeholder is None
    assert window.library.stack.currentWidget() is window.library.page


def test_the_list_and_the_hits_are_laid_out_without_measuring_every_row(library_window) -> None:
    from viewer.ui.library.reports import RESIZE_SAMPLE_ROWS, HitDelegate

    _window, page = library_window()
    assert page.reports_pane.table.horizontalHeader().resizeContentsPrecision() == RESIZE_SAMPLE_ROWS
    results = page.reports_pane.results
    assert results.uniformItemSizes()
    page.reports_pane.box.setText("工业")
    delegate = results.itemDelegate()
    assert isinstance(delegate, HitDelegate)
    built: list[object] = []
    original = HitDelegate._document
    HitDelegate._document = lambda self, *a: built.append(a) or original(self, *a)  # type: ignore[method-assign]
    try:
        from PySide6.QtWidgets import QStyleOptionViewItem

        option = QStyleOptionViewItem()
        option.initFrom(results)
        hint = delegate.sizeHint(option, page.reports_pane.hits.index(0))
    finally:
        HitDelegate._document = original  # type: ignore[method-assign]
    assert built == [] and hint.height() >= 3 * results.fontMetrics().lineSpacing()


def test_what_the_reader_records_is_in_the_library_when_it_is_shown_again(library_window, qtbot) -> None:
    from viewer.model.state import Status

    window, page = library_window("zh")
    shili = (examples_dir() / "shili-2023.yaml").resolve()
    assert _row(page, "shili-2023.yaml")["checklist"] == "0/10"
    assert window.library.open_item(shili, "report", "")
    qtbot.waitUntil(lambda: not window.busy() and window.context.loaded.path == shili)  # loaded in a worker thread
    session = window.context.session
    assert session is not None
    assert session.set_item("task-2.cloud", "note", status=Status.DONE, note="已推动两万家企业上云，见厅里的台账")
    # Back to the library (Ctrl+L): the list, the search and the carried-over tasks show what was recorded.
    window.show_library()
    settle(page, qtbot)
    assert _row(page, "shili-2023.yaml")["checklist"] == "1/10"
    page.reports_pane.box.setText("台账")
    hits = [page.reports_pane.hits.hit(r) for r in range(page.reports_pane.hits.rowCount())]
    assert [(h.path, h.kind, h.key) for h in hits] == [(shili, HitKind.NOTE, "task-2.cloud")]
    page._open_hit(hits[0])
    qtbot.waitUntil(lambda: not window.busy())
    assert window.context.report.meta.id == "example-shili-2023" and window.current_tab_key() == "tasks"
