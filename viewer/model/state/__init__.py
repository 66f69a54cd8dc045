"""The user's checklist and review state: records, the owning ``ReportState``, storage and sharing.

Pure Python (no Qt). The window wraps a ``ReportState`` in its context and changes it only through
undo commands; the ``tasks`` command uses it directly.
"""

from __future__ import annotations

from viewer.model.state.changes import (
    Changes,
    Notice,
    ReadOnlyStateError,
    ReviewCounts,
    StateError,
    StateEvent,
)
from viewer.model.state.location import ENV_VAR, resolve_state_dir
from viewer.model.state.records import (
    ChecklistItem,
    Mark,
    RecordError,
    ReviewMark,
    Status,
    parse_mark,
    parse_status,
)
from viewer.model.state.report_state import ReportState, state_file_name

__all__ = [
    "ENV_VAR",
    "Changes",
    "ChecklistItem",
    "Mark",
    "Notice",
    "ReadOnlyStateError",
    "RecordError",
    "ReportState",
    "ReviewCounts",
    "ReviewMark",
    "StateError",
    "StateEvent",
    "Status",
    "parse_mark",
    "parse_status",
    "resolve_state_dir",
    "state_file_name",
]
