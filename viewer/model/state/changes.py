"""The values passed around the checklist state: a change, the event after it, notices, counts, errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from viewer.model.state.records import ChecklistItem, ReviewMark

Clock = Callable[[], dt.datetime]


class StateError(ValueError):
    """A change that cannot be made (unknown id, invalid value); the message is for the user."""


class ReadOnlyStateError(StateError):
    """The state is open read-only (another instance holds it, or the file cannot be read)."""


class NoticeKind(StrEnum):
    """What a ``Notice`` is about; the window words each kind in the interface language."""

    INFO = "info"  # only the English message
    MOVED_ASIDE = "moved_aside"  # the unreadable file was moved aside on opening (detail, moved_to, recovered)
    MOVED_LATER = "moved_later"  # the unreadable file was moved aside once this instance could write (moved_to)
    PROBLEMS_READ_ONLY = "problems_read_only"  # the file has problems; what could be read is shown (detail)


class ReadOnlyKind(StrEnum):
    """Why the state is open read-only."""

    HELD = "held"  # another Report Viewer holds the state file's lock
    UNREADABLE = "unreadable"  # the file cannot be read
    REQUESTED = "requested"  # opened read-only on purpose
    UNWRITABLE = "unwritable"  # the lock could not be made (the folder cannot be written)


class SaveErrorKind(StrEnum):
    """Why the last save failed, when it was not the write itself (that is a ``WriteErrorKind``)."""

    HELD = "held"  # another Report Viewer took the lock
    ASIDE_FAILED = "aside_failed"  # the unreadable file could not be moved aside
    TOO_LARGE = "too_large"  # the file would be larger than the app reads back (MAX_STATE_BYTES)


@dataclass(frozen=True)
class Notice:
    """Something the user must be told about the state file (shown in the window, printed by the CLI).

    ``kind`` (a ``NoticeKind``) with ``detail`` (what was wrong),
    ``moved_to`` and ``recovered`` (records kept; None when the file could not be used at all) let the
    window word it in the interface language; ``message`` is the English sentence.
    """

    message: str
    moved_to: Path | None = None
    kind: NoticeKind = NoticeKind.INFO
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
