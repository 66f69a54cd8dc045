"""The checklist state's problems worded for the window, in the interface language.

The model (Qt-free) gives each problem a kind key and its details; these functions turn them into
translated sentences, keeping paths and technical details as they are. Unknown kinds fall back to the
model's English sentence, so nothing is ever shown empty.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from viewer.model.atomic_file import WriteErrorKind
from viewer.model.state import Notice, ReportState
from viewer.model.state.changes import NoticeKind, ReadOnlyKind, SaveErrorKind
from viewer.ui.common.widgets import fill


def save_error_text(state: ReportState) -> str:
    """Why the last change could not be saved ('' when everything is saved)."""
    if not state.save_error:
        return ""
    folder = state.path.parent if state.path is not None else ""
    k = WriteErrorKind
    reasons: dict[str, str] = {
        k.READ_ONLY: fill(QCoreApplication.translate("StateMessages", "the folder %1 is read-only"), folder),
        k.DISK_FULL: fill(QCoreApplication.translate("StateMessages", "the disk holding %1 is full"), folder),
        k.MISSING: fill(QCoreApplication.translate("StateMessages", "the folder %1 no longer exists"), folder),
        k.NOT_A_FOLDER: fill(QCoreApplication.translate("StateMessages", "%1 is not a folder"), folder),
        k.IS_A_FOLDER: fill(QCoreApplication.translate("StateMessages", "%1 is a folder, not a file"), state.path),
        SaveErrorKind.HELD: QCoreApplication.translate(
            "StateMessages", "another Report Viewer has this report's checklist open"),
        SaveErrorKind.ASIDE_FAILED: QCoreApplication.translate(
            "StateMessages", "the unreadable checklist file could not be moved aside"),
        SaveErrorKind.TOO_LARGE: QCoreApplication.translate(
            "StateMessages", "the checklist would be larger than this program reads back (undo the import or "
            "change that made it grow)"),
        k.SYMLINK: fill(QCoreApplication.translate(
            "StateMessages", "%1 is a symbolic link, which is never written through"), state.path),
    }
    reason = reasons.get(state.save_error_kind) if state.save_error_kind is not None else None
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
    if kind == ReadOnlyKind.HELD:
        pid = state.holder_pid()
        return fill(QCoreApplication.translate(
            "StateMessages", "Another Report Viewer (process %1) has this report's checklist open; this window "
            "is read-only until it closes."), pid if pid is not None else "?")
    if kind == ReadOnlyKind.UNREADABLE:
        return fill(QCoreApplication.translate(
            "StateMessages", "The checklist file %1 cannot be read; changes cannot be saved (%2)."),
            state.path, state.read_only_reason)
    if kind == ReadOnlyKind.REQUESTED:
        return QCoreApplication.translate("StateMessages", "Opened read-only.")
    return state.read_only_reason


def notice_text(notice: Notice) -> str:
    """A notice about the state file (where an unreadable one went, what was recovered)."""
    if notice.kind == NoticeKind.MOVED_ASIDE:
        if notice.recovered is None:
            kept = QCoreApplication.translate("StateMessages", "nothing in it could be used")
        else:
            kept = fill(QCoreApplication.translate("StateMessages", "%1 records were recovered"), notice.recovered)
        return fill(QCoreApplication.translate(
            "StateMessages", "The checklist file could not be read (%1). It was moved to %2; %3."),
            notice.detail, notice.moved_to, kept)
    if notice.kind == NoticeKind.MOVED_LATER:
        return fill(QCoreApplication.translate("StateMessages", "The unreadable checklist file was moved to %1."),
                    notice.moved_to)
    if notice.kind == NoticeKind.PROBLEMS_READ_ONLY:
        return fill(QCoreApplication.translate(
            "StateMessages", "The checklist file has problems (%1); showing what could be read."), notice.detail)
    return notice.message
