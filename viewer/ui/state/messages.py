"""The checklist state's problems worded for the window, in the interface language.

The model (Qt-free) gives each problem a kind key and its details; these functions turn them into
translated sentences, keeping paths and technical details as they are. Unknown kinds fall back to the
model's English sentence, so nothing is ever shown empty.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from viewer.model.state import Notice, ReportState
from viewer.ui.common.widgets import fill


def save_error_text(state: ReportState) -> str:
    """Why the last change could not be saved ('' when everything is saved)."""
    if not state.save_error:
        return ""
    folder = state.path.parent if state.path is not None else ""
    reasons = {
        "read_only": fill(QCoreApplication.translate("StateMessages", "the folder %1 is read-only"), folder),
        "disk_full": fill(QCoreApplication.translate("StateMessages", "the disk holding %1 is full"), folder),
        "missing": fill(QCoreApplication.translate("StateMessages", "the folder %1 no longer exists"), folder),
        "not_a_folder": fill(QCoreApplication.translate("StateMessages", "%1 is not a folder"), folder),
        "is_a_folder": fill(QCoreApplication.translate("StateMessages", "%1 is a folder, not a file"), state.path),
        "held": QCoreApplication.translate("StateMessages", "another Report Viewer has this report's checklist open"),
        "aside_failed": QCoreApplication.translate(
            "StateMessages", "the unreadable checklist file could not be moved aside"),
    }
    reason = reasons.get(state.save_error_kind or "")
    if reason is None:
        return state.save_error
    return fill(QCoreApplication.translate(
        "StateMessages", "Checklist changes could not be saved to %1: %2. They are kept in memory and saved "
        "with the next change or when you retry."), state.path, reason)


def read_only_text(state: ReportState) -> str:
    """Why this window may not change the checklist ('' when it may)."""
    if not state.read_only_reason:
        return ""
    kind = state.read_only_kind
    if kind == "held":
        pid = state.holder_pid()
        return fill(QCoreApplication.translate(
            "StateMessages", "Another Report Viewer (process %1) has this report's checklist open; this window "
            "is read-only until it closes."), pid if pid is not None else "?")
    if kind == "unreadable":
        return fill(QCoreApplication.translate(
            "StateMessages", "The checklist file %1 cannot be read; changes cannot be saved (%2)."),
            state.path, state.read_only_reason)
    if kind == "requested":
        return QCoreApplication.translate("StateMessages", "Opened read-only.")
    return state.read_only_reason


def notice_text(notice: Notice) -> str:
    """A notice about the state file (where an unreadable one went, what was recovered)."""
    if notice.kind == "moved_aside":
        if notice.recovered is None:
            kept = QCoreApplication.translate("StateMessages", "nothing in it could be used")
        else:
            kept = fill(QCoreApplication.translate("StateMessages", "%1 records were recovered"), notice.recovered)
        return fill(QCoreApplication.translate(
            "StateMessages", "The checklist file could not be read (%1). It was moved to %2; %3."),
            notice.detail, notice.moved_to, kept)
    if notice.kind == "moved_later":
        return fill(QCoreApplication.translate("StateMessages", "The unreadable checklist file was moved to %1."),
                    notice.moved_to)
    if notice.kind == "problems_read_only":
        return fill(QCoreApplication.translate(
            "StateMessages", "The checklist file has problems (%1); showing what could be read."), notice.detail)
    return notice.message
