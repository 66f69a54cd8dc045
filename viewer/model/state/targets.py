"""What can carry state in a report: checklist items (task actions) and review targets."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from viewer.model.types import Report, Task, Text


class TargetKind(StrEnum):
    """What a review target is (the ``kind`` column of an exported review)."""

    FACT = "fact"
    ENTERPRISE = "enterprise"
    HONOUR = "honour"
    TASK = "task"


@dataclass(frozen=True, slots=True)
class Target:
    """An item that can be reviewed: its kind, id and name (no ``__dict__``: one per fact, enterprise, honour and
    task, 12,500 in the 10k-fact report)."""

    kind: TargetKind
    id: str
    label: Text


def review_targets(report: Report) -> list[Target]:
    """Every fact, enterprise, honour and task of the report, in report order."""
    out = [Target(TargetKind.FACT, f.id, f.label) for f in report.facts]
    out += [Target(TargetKind.ENTERPRISE, e.id, e.name) for e in report.enterprises]
    out += [Target(TargetKind.HONOUR, h.id, h.title) for h in report.honours]
    out += [Target(TargetKind.TASK, t.id, t.title) for t in report.tasks]
    return out


def action_tasks(report: Report) -> dict[str, Task]:
    """Each action id with the task it belongs to."""
    return {action.id: task for task, action in report.actions()}
