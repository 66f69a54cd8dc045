"""Which tasks and actions a status and text filter lets through (pure Python, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from tests.conftest import write_mini_report
from tests.ui.conftest import UI_REPORT
from viewer.model.loader import load_report
from viewer.model.state import Status
from viewer.ui.tasks.filter import TaskFilter, TaskSearchTexts


@dataclass
class Record:
    status: Status
    note: str = ""
    owner: str = ""


def shown(texts: TaskSearchTexts, flt: TaskFilter, records: dict[str, Record] | None = None) -> dict[str, list[str]]:
    rows, children = texts.layout(flt, records or {})
    return {texts.tasks[t].id: [texts.tasks[t].actions[a].id for a in kept] for t, kept in zip(rows, children,
                                                                                                 strict=True)}


def test_filters_combine_and_a_matching_title_brings_its_actions(tmp_path) -> None:
    texts = TaskSearchTexts(load_report(write_mini_report(tmp_path / "r", UI_REPORT)).report.tasks)
    everything = {"task-1": ["task-1.projects", "task-1.monitoring"], "task-2": ["task-2.cloud", "task-2.platform"]}
    assert shown(texts, TaskFilter()) == everything
    assert shown(texts, TaskFilter.of(None, "  DIGITAL ")) == {"task-2": ["task-2.cloud", "task-2.platform"]}
    assert shown(texts, TaskFilter.of(None, "2")) == {"task-2": ["task-2.cloud", "task-2.platform"]}  # number
    assert shown(texts, TaskFilter.of(None, "推进")) == {"task-1": ["task-1.projects"]}
    records = {"task-1.monitoring": Record(Status.BLOCKED, note="等待审批", owner="Li"),
               "task-2.cloud": Record(Status.DONE)}
    assert shown(texts, TaskFilter.of(None, "审批"), records) == {"task-1": ["task-1.monitoring"]}
    assert shown(texts, TaskFilter.of(None, "li"), records) == {"task-1": ["task-1.monitoring"]}
    not_done = frozenset({"todo", "doing", "blocked"})
    assert shown(texts, TaskFilter.of(not_done, ""), records) == {
        "task-1": ["task-1.projects", "task-1.monitoring"], "task-2": ["task-2.platform"]}
    # With a status filter a task's title no longer brings every action.
    assert shown(texts, TaskFilter.of(frozenset({"todo"}), "digital"), records) == {}
    assert shown(texts, TaskFilter.of(frozenset({"done"}), "cloud"), records) == {"task-2": ["task-2.cloud"]}
    assert shown(texts, TaskFilter.of(None, "no such text"), records) == {}
    assert not TaskFilter.of(None, "  ").is_active()
