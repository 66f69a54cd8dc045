"""Switching language on the Overview changes the task rows' texts in place instead of building 2 widgets per
task again (a third of a second on a report of 500 tasks); so does opening a report with the same tasks (a report
opened again, a new version of it); another report's tasks are built anew."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLabel

from tests.conftest import write_mini_report
from tests.ui.conftest import UI_REPORT
from viewer.model.paths import default_report_path
from viewer.model.state import Status


def test_task_rows_are_kept_and_retitled_when_the_language_changes(make_main_window, tmp_path):
    window = make_main_window()
    overview = window.set_current_tab("overview")
    report = window.context.report
    buttons = dict(overview.task_buttons)
    bars = dict(overview.progress_bars)
    window.set_language("en")
    assert overview.task_buttons == buttons and overview.progress_bars == bars  # the same widgets
    task = report.tasks[0]
    button = overview.task_buttons[task.id]
    assert button.text().endswith(f"{task.number}. {task.title.en}")
    assert button.toolTip() == f"{task.number}. {task.title.en}\n{task.aim.en}"
    assert button.isVisibleTo(overview) and button.window() is window
    window.set_language("zh")
    assert overview.task_buttons[task.id].text().endswith(f"{task.number}. {task.title.zh}")
    window.open_report(window.context.loaded.path)  # the same file again: the same rows, the new report's texts
    assert overview.task_buttons == buttons and overview.progress_bars == bars
    assert button.text().endswith(f"{task.number}. {window.context.report.tasks[0].title.zh}")
    window.open_report(write_mini_report(tmp_path / "other", UI_REPORT))  # other tasks: built anew
    assert set(overview.task_buttons) == {t.id for t in window.context.report.tasks}
    assert not set(overview.task_buttons.values()) & set(buttons.values())


def test_a_new_version_with_the_same_tasks_shows_its_own_titles_and_progress(make_main_window, tmp_path):
    first = write_mini_report(tmp_path / "v1", UI_REPORT)
    window = make_main_window(first)
    overview = window.set_current_tab("overview")
    buttons = dict(overview.task_buttons)
    old = window.context.report.tasks[0]
    renamed = UI_REPORT.replace(f"title: {{zh: {old.title.zh},", "title: {zh: 改过的标题,")
    assert renamed != UI_REPORT
    window.open_report(write_mini_report(tmp_path / "v2", renamed))
    new = window.context.report.tasks[0]
    assert new.id == old.id and new.title.zh == "改过的标题"
    assert overview.task_buttons == buttons  # kept
    assert overview.task_buttons[new.id].text().endswith(f"{new.number}. 改过的标题")
    assert overview.task_buttons[new.id].toolTip().startswith(f"{new.number}. 改过的标题\n")
    done, total = window.context.task_progress(new.id)
    assert overview.progress_bars[new.id].format() == f"{done}/{total}"


def test_many_task_rows_are_built_a_turn_at_a_time_in_order_with_their_progress(make_main_window, qtbot,
                                                                                 monkeypatch, tmp_path):
    from viewer.ui.overview import tab as overview_module

    monkeypatch.setattr(overview_module, "TASK_ROWS_PER_TURN", 2)
    window = make_main_window()
    report = window.context.report
    assert len(report.tasks) > 4
    first = report.tasks[0].actions[0]
    assert window.context.session.set_item(first.id, "done", status=Status.DONE)
    window.open_report(window.context.loaded.path, wait=False)  # a new version: the rows are kept...
    qtbot.waitUntil(lambda: not window.busy())
    overview = window.set_current_tab("overview")
    window.open_report(write_mini_report(tmp_path / "other", UI_REPORT))  # ...another report's are built anew
    window.open_report(default_report_path())
    assert len(overview.task_buttons) == 2 and overview.task_rows_pending()  # the first turn's rows only
    window.set_language("en")  # rows built later take the language of then
    qtbot.waitUntil(lambda: not overview.task_rows_pending())
    report = window.context.report
    assert list(overview.task_buttons) == [t.id for t in report.tasks]
    for row, task in enumerate(report.tasks):  # two rows a turn, each turn's in a block of its own, in order
        block = overview.task_buttons[task.id].parentWidget()
        assert block is overview.task_buttons[report.tasks[row - row % 2].id].parentWidget()
        assert block.layout().itemAtPosition(row % 2, 0).widget() is overview.task_buttons[task.id]
        assert overview.task_buttons[task.id].text().endswith(f"{task.number}. {task.title.en}")
        done, total = window.context.task_progress(task.id)
        assert overview.progress_bars[task.id].format() == f"{done}/{total}"
    assert overview.progress_bars[report.tasks[0].id].value() == 1


def test_a_language_switch_keeps_the_page_and_builds_only_the_boxes_above_the_tasks(make_main_window, qtbot):
    # Moving the task rows to a new page made Qt polish and measure every row again (~0.1 s on the 10k report):
    # the page stays, the meeting card, headlines and sections are built anew in their places.
    window = make_main_window()
    overview = window.set_current_tab("overview")
    report = window.context.report
    page = overview.scroll_area.widget()
    tasks = overview._captions["tasks"]
    old_boxes = [overview._captions[key] for key in ("meeting", "headlines", "sections")]
    window.set_language("en")
    assert overview.scroll_area.widget() is page and overview._captions["tasks"] is tasks
    layout = page.layout()
    boxes = [layout.itemAt(i).widget() for i in range(layout.count()) if layout.itemAt(i).widget() is not None]
    assert boxes == [overview._captions[key] for key in ("meeting", "headlines", "sections", "tasks")]
    assert not set(boxes) & set(old_boxes)
    assert overview._captions["meeting"].findChild(QLabel, "meetingTitle").text() == report.meta.title.en
    assert overview._captions["meeting"].title() == "Meeting"
    assert [tile.fact.id for tile in overview.tiles] == [f.id for f in report.facts_with(tag="headline")]
    assert overview.tiles[0].label.text().endswith(report.facts_with(tag="headline")[0].label.en)
    assert not any(shiboken6.isValid(box) for box in old_boxes)  # deleted
    window.set_language("zh")
    assert overview.scroll_area.widget() is page
    assert overview._captions["meeting"].findChild(QLabel, "meetingTitle").text() == report.meta.title.zh


def test_rows_built_in_later_turns_leave_the_rows_before_them_where_they_are(make_main_window, qtbot, monkeypatch):
    # In one grid, each turn's rows made Qt lay out every row built before them again, several times: the 10k
    # report's 500 rows were moved some 250 times each (247,000 Move events) and 2,000 rows took 40 s to settle.
    # Here the first turn's two rows were moved or resized 41 times while seven more turns added theirs.
    from PySide6.QtCore import QEvent, QObject

    from viewer.ui.overview import tab as overview_module

    monkeypatch.setattr(overview_module, "TASK_ROWS_PER_TURN", 2)
    window = make_main_window(default_report_path())
    overview = window.set_current_tab("overview")
    report = window.context.report
    assert len(report.tasks) > 6
    first = [overview.task_buttons[task.id] for task in report.tasks[:2]]
    qtbot.waitUntil(lambda: len(overview.task_buttons) >= 4)  # the first turns' rows are laid out

    class Moves(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
                self.count += 1
            return False

    moves = Moves()
    for button in first:
        button.installEventFilter(moves)
    qtbot.waitUntil(lambda: not overview.task_rows_pending())
    for _ in range(5):
        qtbot.wait(10)  # the layouts the last rows asked for run
    assert moves.count == 0
    assert [overview.task_buttons[task.id].mapTo(overview, overview.rect().topLeft()).y() for task in report.tasks] \
        == sorted(overview.task_buttons[task.id].mapTo(overview, overview.rect().topLeft()).y()
                  for task in report.tasks)
