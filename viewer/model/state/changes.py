"""The values passed around the checklist state: a change, the event after it, notices, counts, errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from viewer.model.state.records import ChecklistItem, ReviewMark

Clock = Callable[[], dt.datetime]


class StateError(ValueError):
    """A change that cannot be made (unknown id, invalid value); the message is for the user."""


class ReadOnlyStateError(StateError):
    """The state is open read-only (another instance holds it, or the file cannot be read)."""


@dataclass(frozen=True)
class Notice:
    """Something the user must be told about the state file (shown in the window, printed by the CLI).

    ``kind`` ('moved_aside', 'moved_later', 'problems_read_only') with ``detail`` (what was wrong),
    ``moved_to`` and ``recovered`` (records kept; None when the file could not be used at all) let the
    window word it in the interface language; ``message`` is the English sentence.
    """

    message: str
    moved_to: Path | None = None
    kind: str = "info"
    detail: str = ""
    recovered: int | None = None


@dataclass(frozen=True)
class Changes:
    """New records by id; None removes the record (the item goes back to never changed)."""

    checklist: Mapping[str, ChecklistItem | None] = field(default_factory=dict)
    review: Mapping[str, ReviewMark | None] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.checklist or self.review)

    @property
    def ids(self) -> frozenset[str]:
        """Every id this change touches."""
        return frozenset(self.checklist) | frozenset(self.review)


@dataclass(frozen=True)
class StateEvent:
    """Sent to listeners after every change or save attempt."""

    ids: frozenset[str]
    saved: bool
    save_error: str | None


@dataclass(frozen=True)
class ReviewCounts:
    """How far the review has come over the report's facts, enterprises, honours and tasks."""

    checked: int
    questioned: int
    unreviewed: int

    @property
    def total(self) -> int:
        return self.checked + self.questioned + self.unreviewed
