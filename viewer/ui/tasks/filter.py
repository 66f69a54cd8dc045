"""Which tasks and actions the Tasks tab shows for a status and text filter, computed in plain Python.

The searchable text of every task and action is lowercased once per report; a filter change is one pass
over those strings (a few milliseconds for 5,000 actions) instead of a Qt proxy calling back into Python
for every row. Notes and owners come from the checklist state at filter time, so they are never stale.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from viewer.model.state import Status
from viewer.model.types import Task


class _Record(Protocol):
    @property
    def status(self) -> Status: ...
    @property
    def note(self) -> str: ...
    @property
    def owner(self) -> str: ...


@dataclass(frozen=True)
class TaskFilter:
    """Only actions with one of ``statuses`` (None: any) whose texts contain ``text`` (lowercased; '' any).

    A task shows while any of its actions does; with no status filter, a task whose own title (or number)
    contains the text shows with all its actions.
    """

    statuses: frozenset[str] | None = None
    text: str = ""

    @classmethod
    def of(cls, statuses: frozenset[str] | None, text: str) -> TaskFilter:
        """A filter with ``text`` stripped and lowercased (the form the matching expects)."""
        return cls(statuses, text.strip().lower())

    def is_active(self) -> bool:
        """Whether the filter hides anything at all."""
        return self.statuses is not None or bool(self.text)


# Shown rows: the report positions of the tasks shown, and for each of them the positions of its actions shown.
Layout = tuple[Sequence[int], Sequence[Sequence[int]]]


def full_layout(tasks: Sequence[Task]) -> Layout:
    """Every task with every action: the rows shown when nothing is filtered."""
    return range(len(tasks)), [range(len(t.actions)) for t in tasks]


class TaskSearchTexts:
    """The lowercased searchable texts of a report's tasks (title, number) and actions (id, texts)."""

    def __init__(self, tasks: Sequence[Task]) -> None:
        self.tasks = tuple(tasks)
        self.task_texts = [" ".join([t.title.zh, t.title.en, str(t.number)]).lower() for t in self.tasks]
        self.action_texts = [[" ".join([a.id, a.text.zh, a.text.en]).lower() for a in t.actions] for t in self.tasks]

    def action_text(self, task_row: int, action_row: int, record: _Record | None) -> str:
        """Every text of one action, lowercased: id, both languages, and its note and owner when it has a record."""
        text = self.action_texts[task_row][action_row]
        return text if record is None else " ".join([text, record.note, record.owner]).lower()

    def layout(self, flt: TaskFilter, records: Mapping[str, _Record]) -> Layout:
        """The rows ``flt`` lets through; ``records`` are the checklist records by action id (status, note, owner)."""
        if not flt.is_active():
            return full_layout(self.tasks)
        statuses, text = flt.statuses, flt.text
        rows: list[int] = []
        children: list[Sequence[int]] = []
        for t, task in enumerate(self.tasks):
            if statuses is None and text in self.task_texts[t]:
                rows.append(t)
                children.append(range(len(task.actions)))
                continue
            texts = self.action_texts[t]
            kept = []
            for a, action in enumerate(task.actions):
                record = records.get(action.id)
                if statuses is not None:
                    status = record.status if record is not None else Status.TODO
                    if status.value not in statuses:
                        continue
                if text and text not in (texts[a] if record is None else self.action_text(t, a, record)):
                    continue
                kept.append(a)
            if kept:
                rows.append(t)
                children.append(kept)
        return rows, children
