"""A checklist change tells the task tree's views about the rows it changed only: announcing every row made
the view measure every row again (a check mark took ~450 ms on a large report). The first change after
the tab is built too: what each row shows is noted when the model is made."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex


def test_a_check_mark_announces_its_action_row_and_its_task_row_only(make_main_window) -> None:
    window = make_main_window(None, "zh")  # the bundled report: 9 tasks, 56 actions
    tab = window.set_current_tab("tasks")
    model = tab.model
    announced: list[tuple[int, int, int, int]] = []

    def record(first: QModelIndex, last: QModelIndex, _roles: object = None) -> None:
        announced.append((first.parent().row(), first.row(), last.row(), last.column()))

    model.dataChanged.connect(record)
    task_row = 2  # the third task
    task = model.index(task_row, 0)
    action = model.index(1, 0, task)  # its second action
    found = model.action_at(action)
    assert found is not None
    window.context.session.toggle_done(found.id, "done")
    last_column = model.columnCount() - 1
    assert sorted(announced) == [(-1, task_row, task_row, last_column), (task_row, 1, 1, last_column)]
