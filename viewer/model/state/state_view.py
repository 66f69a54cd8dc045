"""``StateView``: one report's checklist and review records read against the report, and changes planned.

The base of ``ReportState`` without the file: progress, review counts and orphans are read here, and a
change is planned here (pure: nothing changes until ``ReportState.apply``).
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import Any

from viewer.model.state.changes import Changes, Clock, ReviewCounts, StateError
from viewer.model.state.document import Records
from viewer.model.state.records import (
    ChecklistItem,
    Mark,
    RecordError,
    ReviewMark,
    Status,
    new_item,
    next_time,
)
from viewer.model.state.targets import action_tasks, review_targets
from viewer.model.types import Report


class StateView:
    """The records of one report (orphans included) and the report's actions and reviewable items."""

    def __init__(self, report: Report, clock: Clock) -> None:
        self._report = report
        self._clock = clock
        self._records = Records()
        self._reindex()

    # --- the report ------------------------------------------------------------------------------------

    @property
    def report(self) -> Report:
        return self._report

    @property
    def report_id(self) -> str:
        return self._report.meta.id

    def _reindex(self) -> None:
        self._tasks_of = action_tasks(self._report)
        self._targets = {t.id: t for t in review_targets(self._report)}
        # Task by id: the Overview asks for every task's progress (a scan of the tasks each was quadratic).
        self._task_by_id = {t.id: t for t in reversed(self._report.tasks)}

    # --- reading ---------------------------------------------------------------------------------------

    def checklist(self) -> dict[str, ChecklistItem]:
        """Every checklist record by action id (orphans included); a copy."""
        return dict(self._records.checklist)

    def review(self) -> dict[str, ReviewMark]:
        """Every review mark by item id (orphans included); a copy."""
        return dict(self._records.review)

    def item(self, action_id: str) -> ChecklistItem | None:
        """The record of an action, None when it was never changed."""
        return self._records.checklist.get(action_id)

    def status(self, action_id: str) -> Status:
        record = self._records.checklist.get(action_id)
        return record.status if record else Status.TODO

    def is_done(self, action_id: str) -> bool:
        return self.status(action_id) == Status.DONE

    def mark(self, item_id: str) -> ReviewMark | None:
        """The review mark of a fact, enterprise, honour or task; None when never marked."""
        return self._records.review.get(item_id)

    def mark_of(self, item_id: str) -> Mark:
        record = self._records.review.get(item_id)
        return record.mark if record else Mark.UNREVIEWED

    def marked_among(self, ids: Container[str]) -> int:
        """How many of ``ids`` carry a review mark (checked or questioned): a pass over the marks recorded, not over
        ``ids`` (the Figures tab counts the 10k-fact report's figures not yet reviewed as 10,000 less this)."""
        return sum(1 for item_id, record in self._records.review.items()
                   if record.mark is not Mark.UNREVIEWED and item_id in ids)

    def task_progress(self, task_id: str) -> tuple[int, int]:
        """(done, total) actions of a task; (0, 0) for an unknown task."""
        task = self._task_by_id.get(task_id)
        if task is None:
            return (0, 0)
        checklist = self._records.checklist
        done = sum(1 for a in task.actions if (record := checklist.get(a.id)) is not None
                   and record.status == Status.DONE)
        return (done, len(task.actions))

    def overall_progress(self) -> tuple[int, int]:
        """(done, total) over every action of the report (orphans do not count)."""
        return (sum(1 for a in self._tasks_of if self.is_done(a)), len(self._tasks_of))

    def review_counts(self) -> ReviewCounts:
        """Checked / questioned / not yet reviewed over the report's reviewable items."""
        marks = [self.mark_of(i) for i in self._targets]
        return ReviewCounts(marks.count(Mark.CHECKED), marks.count(Mark.QUESTIONED), marks.count(Mark.UNREVIEWED))

    def questioned(self) -> list[str]:
        """Ids of the items marked questioned, in report order (orphans last)."""
        ids = [i for i in self._targets if self.mark_of(i) == Mark.QUESTIONED]
        return ids + sorted(i for i, m in self._records.review.items()
                            if i not in self._targets and m.mark == Mark.QUESTIONED)

    def is_action(self, item_id: str) -> bool:
        return item_id in self._tasks_of

    def is_review_target(self, item_id: str) -> bool:
        return item_id in self._targets

    def orphaned_checklist(self) -> dict[str, ChecklistItem]:
        """Checklist records whose action the current report no longer has."""
        return {k: v for k, v in sorted(self._records.checklist.items()) if k not in self._tasks_of}

    def orphaned_review(self) -> dict[str, ReviewMark]:
        """Review marks whose item the current report no longer has."""
        return {k: v for k, v in sorted(self._records.review.items()) if k not in self._targets}

    # --- planning changes (pure: nothing changes until ``apply``) ------------------------------------------

    def plan_item(self, action_id: str, **fields: Any) -> Changes:
        """The change setting ``fields`` (status, note, owner, due) of one action; empty when nothing differs."""
        return self.plan_items([action_id], **fields)

    def plan_items(self, action_ids: Iterable[str], **fields: Any) -> Changes:
        """One change setting the same ``fields`` on several actions (a bulk step)."""
        now = self._clock()
        out: dict[str, ChecklistItem | None] = {}
        for action_id in action_ids:
            if action_id not in self._tasks_of:
                what = "an orphaned item" if action_id in self._records.checklist else "not an action"
                raise StateError(f"'{action_id}' is {what} of report {self.report_id}")
            old = self._records.checklist.get(action_id)
            try:
                new = (old.with_changes(next_time(now, old.updated), **fields) if old
                       else new_item(now, **fields))
            except RecordError as exc:
                raise StateError(str(exc)) from None
            if not new.same_content(old) and not (old is None and new.same_content(new_item(now))):
                out[action_id] = new
        return Changes(checklist=out)

    def plan_task_status(self, task_id: str, status: Status) -> Changes:
        """Give every action of a task the same status, as one change."""
        task = next((t for t in self._report.tasks if t.id == task_id), None)
        if task is None:
            raise StateError(f"'{task_id}' is not a task of report {self.report_id}")
        return self.plan_items([a.id for a in task.actions], status=status)

    def plan_mark(self, item_id: str, mark: Mark, comment: str | None = None) -> Changes:
        """Mark a fact, enterprise, honour or task; ``comment`` None keeps the current comment.

        Clearing (``Mark.UNREVIEWED``) keeps a record with its time, so a colleague's older mark does
        not come back on import.
        """
        if item_id not in self._targets:
            raise StateError(f"'{item_id}' is not a fact, enterprise, honour or task of report {self.report_id}")
        old = self._records.review.get(item_id)
        text = comment if comment is not None else (old.comment if old else "")
        try:
            new = ReviewMark(mark, next_time(self._clock(), old.updated if old else None), text)
        except RecordError as exc:
            raise StateError(str(exc)) from None
        if new.same_content(old) or (old is None and mark == Mark.UNREVIEWED and not text):
            return Changes()
        return Changes(review={item_id: new})

    def snapshot(self, changes: Changes) -> Changes:
        """The current records of the ids ``changes`` touches: applying it undoes ``changes``."""
        return Changes(
            checklist={k: self._records.checklist.get(k) for k in changes.checklist},
            review={k: self._records.review.get(k) for k in changes.review},
        )
