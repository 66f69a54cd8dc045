"""Ctrl+F search: one box, hits listed with where they are, activating a hit jumps to it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from viewer.model.search import HitKind
from viewer.ui.common.roles import Role


def _hits(dock):
    return [dock.model.hit(r) for r in range(dock.model.rowCount())]


def test_ctrl_f_opens_the_search_box(make_main_window, qtbot) -> None:
    window = make_main_window(None)
    window.activateWindow()
    window.menus.search_action.trigger()
    dock = window.search_panel
    assert dock is not None and dock.isVisible()
    assert window.menus.search_action.shortcut().toString() == "Ctrl+F"


def test_search_lists_hits_with_kind_and_label(make_main_window, ui_report_path) -> None:
    window = make_main_window(ui_report_path)
    dock = window.show_search()
    dock.box.setText("星海")
    hits = _hits(dock)
    assert {h.kind for h in hits} >= {HitKind.FACT, HitKind.ENTERPRISE, HitKind.SOURCE}
    row = next(i for i, h in enumerate(hits) if h.kind == HitKind.ENTERPRISE)
    shown = dock.model.index(row, 0).data()
    assert shown.startswith("企业 · 星海电子")
    assert dock.count.text() == f"{len(hits)} 条结果"


def test_activating_hits_jumps_to_them(make_main_window, ui_report_path, qtbot) -> None:
    window = make_main_window(ui_report_path)
    dock = window.show_search()
    source_text = window.context.loaded.source_text

    dock.box.setText("大盘")
    hits = _hits(dock)
    row = next(i for i, h in enumerate(hits) if h.kind == HitKind.SOURCE)
    rect = dock.results.visualRect(dock.model.index(row, 0))
    qtbot.mouseClick(dock.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_tab_key() == "source"
    source = window.built_tab("source")
    cursor = source.text.textCursor()
    assert cursor.selectionStart() == hits[row].offset == source_text.index("大盘")
    assert source.selected_text() == "大盘"

    dock.box.setText("xinghai")
    dock.activate(0)
    assert window.current_tab_key() == "enterprises"
    enterprises = window.built_tab("enterprises")
    assert enterprises.detail.key == "xinghai#0"

    dock.box.setText("工业互联网")
    dock.activate(0)
    assert window.current_tab_key() == "tasks"
    assert window.built_tab("tasks").detail.key == "task-2.platform"

    dock.box.setText("增速全省排名")
    dock.activate(0)
    assert window.current_tab_key() == "source"
    assert source.selected_text() == "增速居全省第2位"

    dock.box.setText("重点项目荣誉")
    dock.activate(0)
    assert window.current_tab_key() == "enterprises"
    assert enterprises.detail.key == "key-projects"


def test_return_jumps_to_the_first_hit_and_report_change_reindexes(make_main_window, ui_report_path, qtbot) -> None:
    window = make_main_window(None)
    dock = window.show_search()
    dock.box.setText("星海")
    assert dock.model.rowCount() == 0  # the bundled report has no 星海
    assert window.open_report(ui_report_path)
    assert dock.model.rowCount() > 0
    qtbot.keyClick(dock.box, Qt.Key.Key_Return)
    assert window.current_tab_key() in ("source", "enterprises")


def test_hits_show_value_and_period_and_highlight_the_match(make_main_window, qtbot) -> None:
    from PySide6.QtGui import QImage, QPainter, QPalette
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = make_main_window(None, "en")
    dock = window.show_search()
    dock.box.setText("20,000")  # as the chart and the window show 2万家
    hits = _hits(dock)
    row = next(i for i, h in enumerate(hits) if h.key == "enterprises-above-size")
    assert dock.model.index(row, 0).data().startswith(
        "Figure · Industrial enterprises above designated size — over 20,000 enterprises, 2018–2022")
    assert dock.count.text() == f"{len(hits)} hits"
    dock.box.setText("Anta")
    assert dock.count.text() == "1 hit"
    # The matched text is drawn on the highlight colour.
    dock.box.setText("little giant")
    index = dock.model.index(0, 0)
    hit = index.data(Role.HIT)
    assert hit.snippet[hit.match[0]:hit.match[1]].lower() == "little giant"
    option = QStyleOptionViewItem()
    option.initFrom(dock.results)
    option.rect = dock.results.visualRect(index)
    option.widget = dock.results
    image = QImage(option.rect.size(), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.translate(-option.rect.topLeft())
    dock.results.itemDelegate().paint(painter, option, index)
    painter.end()
    highlight = dock.results.palette().color(QPalette.ColorRole.Highlight)
    assert any(image.pixelColor(x, y) == highlight for x in range(image.width()) for y in range(image.height()))


def test_search_keeps_the_tasks_titles_readable(make_main_window) -> None:
    from viewer.ui.tasks.checklist_model import ChecklistModel

    window = make_main_window(None, "en", size=(1280, 820))
    tab = window.set_current_tab("tasks")
    before = tab.tree.header().sectionSize(ChecklistModel.TITLE)
    window.show_search()
    window.layout().activate()
    after = tab.tree.header().sectionSize(ChecklistModel.TITLE)
    # The side panes give way first: the task titles keep (nearly) the room they had.
    assert after >= before - 40, (before, after)


def test_side_panes_fold_away_in_a_narrow_window_and_on_request(make_main_window) -> None:
    window = make_main_window(None, "en", size=(1280, 820))
    tab = window.set_current_tab("tasks")
    assert not tab.splitter.side_collapsed()
    window.resize(700, 600)
    window.layout().activate()
    tab.layout().activate()
    assert tab.splitter.side_collapsed()
    assert window.toggle_side_pane() and not tab.splitter.side_collapsed()  # F9: the reader's choice
    window.resize(1280, 820)
    assert window.toggle_side_pane() and tab.splitter.side_collapsed()
    assert window.menus.side_pane_action.shortcut().toString() == "F9"


def test_the_search_index_is_built_when_first_searched_and_never_by_the_source_tab(make_main_window,
                                                                                   monkeypatch):
    """Opening the dock or a report with an empty box builds no index (0.5-0.9 s on a 10,000-fact report); the
    Source tab describing the passage under the cursor (show in source) builds none either: it names items by
    their labels (``ItemLabels``), nothing formatted."""
    from viewer.model import search as search_module

    built: list[object] = []
    real_init = search_module.SearchIndex.__init__
    monkeypatch.setattr(search_module.SearchIndex, "__init__",
                        lambda self, report, text: (built.append(report), real_init(self, report, text))[1])
    window = make_main_window()
    fact = window.context.report.facts[0]
    window.context.show_source.emit(fact.id)  # the Source tab describes the passage under the cursor
    source = window.built_tab("source")
    assert source.items.rowCount() >= 1 and fact.label.zh in source.items.item(0).text()
    assert built == []
    dock = window.show_search()
    window.open_report(window.context.loaded.path)
    assert built == []
    assert dock.search("工业")
    window.context.show_source.emit(fact.id)
    assert built == [window.context.report]


def _lay_out_every_row(qtbot, dock) -> None:
    """Lay the list out: a batch of rows per event-loop turn (the first keystroke on a large report sized 300 hits
    in one turn), until the last row has its place."""
    dock.results.doItemsLayout()
    last = dock.model.index(dock.model.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: dock.results.visualRect(last).isValid())


def test_a_long_list_of_hits_is_laid_out_a_batch_per_turn(qtbot, make_main_window) -> None:
    from PySide6.QtWidgets import QListView

    from viewer.ui.window.search_panel import SIZE_BATCH

    window = make_main_window(None, "zh")
    dock = window.show_search()
    assert dock.results.layoutMode() == QListView.LayoutMode.Batched and dock.results.batchSize() == SIZE_BATCH
    dock.box.setText("工")
    assert dock.model.rowCount() > SIZE_BATCH
    _lay_out_every_row(qtbot, dock)


def test_each_hit_is_laid_out_once_to_size_it_while_typing(qtbot, make_main_window, monkeypatch) -> None:
    """The list asks every row's size on each keystroke: a hit sized before (at this width, in this language) is
    not laid out again (backspace and retype on a 10,000-fact report laid out 300 hits each time)."""
    from viewer.ui.window.search_panel import HitDelegate

    laid_out: list[str] = []
    sizing: list[bool] = []  # inside sizeHint (paint lays a hit out too, to draw it: not counted)
    real = HitDelegate._document
    real_size = HitDelegate.sizeHint
    monkeypatch.setattr(HitDelegate, "_document",
                        lambda self, option, index: (sizing and laid_out.append(index.data(Role.HIT).key))
                        or real(self, option, index))

    def size_hint(self, option, index):
        sizing.append(True)
        try:
            return real_size(self, option, index)
        finally:
            sizing.pop()

    monkeypatch.setattr(HitDelegate, "sizeHint", size_hint)
    window = make_main_window(None, "zh")
    dock = window.show_search()
    for query in ("工", "工业", "工", "工业"):  # (the scroll bar comes with the longer list: two widths)
        dock.box.setText(query)
        _lay_out_every_row(qtbot, dock)  # sizes every row (painting comes later)
    assert len(_hits(dock)) > 10 and len(laid_out) >= len(_hits(dock))
    laid_out.clear()
    for query in ("工", "工业"):  # backspace, then the same key again
        dock.box.setText(query)
        _lay_out_every_row(qtbot, dock)
    assert laid_out == []


def test_the_first_keystroke_builds_the_index_in_a_worker_while_the_window_turns(make_main_window, monkeypatch):
    """The index of a 10,000-fact report takes 0.1-0.2 s to build: the first keystroke's worst stall. It is built in
    a worker thread while the event loop turns (a timer of the window fires meanwhile), then the box is searched."""
    import threading

    from PySide6.QtCore import QTimer

    from viewer.model import search as search_module

    window = make_main_window()
    dock = window.show_search()
    turned = threading.Event()
    seen: list[tuple[bool, bool]] = []
    real_init = search_module.SearchIndex.__init__

    def init(self, report, text):
        seen.append((threading.current_thread() is threading.main_thread(), turned.wait(10)))
        real_init(self, report, text)

    monkeypatch.setattr(search_module.SearchIndex, "__init__", init)
    QTimer.singleShot(0, turned.set)
    dock.box.setText("工业")
    assert seen == [(False, True)]  # built off the UI thread, which turned its event loop meanwhile
    hits = dock.search("工业")
    assert hits and dock.model.rowCount() == len(hits)
    assert seen == [(False, True)]  # built once
