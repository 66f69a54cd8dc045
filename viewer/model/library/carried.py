"""Tasks carried over: last year's tasks and actions beside this year's review of them and the checklist.

For two consecutive reports of one region (the meeting of year N and of year N+1), each of year N's tasks is
shown with its actions and the state the reviewer recorded for them (status, note), next to the passages of
year N+1's review sections that speak of it most closely: the sentences sharing the most character pairs with
the task's title, aim and actions. Those passages are suggestions to read, never a verdict.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from viewer.model.library.records import LibraryReport
from viewer.model.library.tokens import index_text
from viewer.model.state.document import Records, decode
from viewer.model.state.records import ChecklistItem
from viewer.model.state.storage import read_state_bytes
from viewer.model.types import Action, Report, Section, SectionKind, Task

PASSAGES_PER_TASK = 2
MIN_SHARED = 3  # character pairs a sentence must share with a task to be offered beside it
_SENTENCE_END = re.compile(r"(?<=[。；;！？!?])|\n+")
_REVIEWS = (SectionKind.REVIEW, SectionKind.MULTI_YEAR_REVIEW)


@dataclass(frozen=True)
class CarriedAction:
    action: Action
    item: ChecklistItem | None  # what the reviewer recorded for it (None: nothing yet)


@dataclass(frozen=True)
class CarriedTask:
    task: Task
    actions: tuple[CarriedAction, ...]
    passages: tuple[str, ...]  # sentences of this year's review that speak of it, closest first

    @property
    def done(self) -> int:
        return sum(1 for a in self.actions if a.item is not None and a.item.status.value == "done")


@dataclass(frozen=True)
class CarriedOver:
    previous: Report
    current: Report
    review: tuple[Section, ...]  # this year's review sections
    tasks: tuple[CarriedTask, ...]


def consecutive_pairs(reports: Sequence[LibraryReport]) -> list[tuple[LibraryReport, LibraryReport]]:
    """(last year's, this year's) reports of one region, for every region and year the library has both of;
    the latest first."""
    by_key: dict[tuple[str, int], LibraryReport] = {}
    for r in reports:
        if r.ok and r.region is not None and r.year is not None:
            key = (r.region.zh, r.year)
            # Two reports of one region and year: the accepted one, then the one with fewer drafts.
            if key not in by_key or (r.drafted, str(r.path)) < (by_key[key].drafted, str(by_key[key].path)):
                by_key[key] = r
    pairs = [(by_key[(region, year - 1)], r) for (region, year), r in by_key.items() if (region, year - 1) in by_key]
    return sorted(pairs, key=lambda pair: (-(pair[1].year or 0), pair[1].region.zh if pair[1].region else ""))


def read_records(state_dir: Path | None, report_id: str) -> Records:
    """The user's checklist and review records of ``report_id``, read without taking the state's lock (nothing is
    written); empty when there are none or the file cannot be read."""
    if state_dir is None:
        return Records()
    try:
        raw = read_state_bytes(state_dir / f"{report_id}.json")
    except OSError:
        return Records()
    return decode(raw, report_id).records if raw is not None else Records()


def sentences(text: str) -> list[str]:
    """The sentences of a text, stripped, without empty ones."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _pairs(*texts: str) -> set[str]:
    return {t for t in index_text(*texts).split(" ") if len(t) == 2 or t.isascii()}


def carried_over(previous: Report, current: Report, records: Records | None = None) -> CarriedOver:
    """Year N's tasks (``previous``) with the reviewer's records and year N+1's (``current``) review passages."""
    review = tuple(s for s in current.sections if s.kind in _REVIEWS)
    candidates = [(sentence, _pairs(sentence)) for section in review for sentence in sentences(section.text)]
    checklist = records.checklist if records is not None else {}
    tasks = []
    for task in previous.tasks:
        wanted = _pairs(task.title.zh, task.aim.zh, *(a.text.zh for a in task.actions))
        scored = []
        for i, (sentence, pairs) in enumerate(candidates):
            shared = len(wanted & pairs)
            if shared >= MIN_SHARED:
                # Shared pairs, a little less for long sentences (which share more by chance).
                scored.append((shared / math.sqrt(max(len(pairs), 1)), -i, sentence))
        scored.sort(reverse=True)
        passages = tuple(s for _score, _i, s in scored[:PASSAGES_PER_TASK])
        actions = tuple(CarriedAction(a, checklist.get(a.id)) for a in task.actions)
        tasks.append(CarriedTask(task, actions, passages))
    return CarriedOver(previous, current, review, tuple(tasks))
