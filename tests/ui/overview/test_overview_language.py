"""Switching language on the Overview changes the task rows' texts in place instead of building 2 widgets per
task again (a third of a second on a report of 500 tasks); opening a report builds them anew."""

from __future__ import annotations


def test_task_rows_are_kept_and_retitled_when_the_language_changes(make_main_window):
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
    window.open_report(window.context.loaded.path)  # another report (here the same file again): built anew
    assert set(overview.task_buttons) == {t.id for t in window.context.report.tasks}
    assert all(overview.task_buttons[k] is not buttons[k] for k in buttons)
