"""``ReportState``: the user's checklist and review marks for one report, the one object that owns them.

Every change goes through ``apply`` (validated, then saved at once, atomically). A change that cannot
be written stays in memory (``dirty``), ``save_error`` says why, and the next change or ``retry_save``
writes everything again: nothing recorded is lost while the program runs. Records whose ids the
current report no longer has are kept and reported as orphaned, never dropped.

Only one process writes a state file: ``open`` takes the file's lock; a second instance opens
read-only (``read_only_reason`` says why) and may ``take_over`` once the first has closed.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from viewer.model.atomic_file import WriteErrorKind
from viewer.model.safe_read import (
    FileTooLargeError,
    NotRegularFileError,
    SymlinkRefusedError,
    describe_read_error,
)
from viewer.model.state.changes import (
    Changes,
    Clock,
    Notice,
    NoticeKind,
    ReadOnlyKind,
    ReadOnlyStateError,
    SaveErrorKind,
    StateError,
    StateEvent,
)
from viewer.model.state.document import Records, decode, encode
from viewer.model.state.lock import StateLock
from viewer.model.state.records import ChecklistItem, RecordError, ReviewMark, check_id, utc_now
from viewer.model.state.state_view import StateView
from viewer.model.state.storage import (
    MAX_STATE_BYTES,
    StateTooLargeError,
    atomic_write,
    describe_os_error,
    error_kind,
    move_aside,
    read_state_bytes,
    remove_stale_temp_files,
)
from viewer.model.types import Report


class ReportState(StateView):
    """Checklist items and review marks of one report, validated, persisted and locked (reading and
    planning changes are ``StateView``'s).

    Build it with ``ReportState.open(report, state_dir)`` (a file ``<report id>.json`` in ``state_dir``)
    or ``ReportState.in_memory(report)`` (never saved: previews, tests).
    """

    def __init__(self, report: Report, path: Path | None, *, clock: Clock = utc_now) -> None:
        super().__init__(report, clock)
        self.path = path
        self._lock: StateLock | None = StateLock(path.with_name(path.name + ".lock")) if path else None
        self._listeners: list[Callable[[StateEvent], None]] = []
        self._aside_pending = False
        self.read_only_reason: str | None = None
        self.read_only_kind: ReadOnlyKind | None = None  # why, for the window to word in its language
        self.save_error: str | None = None
        self.save_error_kind: WriteErrorKind | SaveErrorKind | None = None
        # Why, as a phrase without the window's promise to retry (the command line says NOT saved).
        self.save_error_reason: str | None = None
        self.dirty = False
        self.notices: list[Notice] = []

    # --- opening and closing --------------------------------------------------------------------------

    @classmethod
    def in_memory(cls, report: Report, *, clock: Clock = utc_now) -> ReportState:
        """A state that is never written anywhere."""
        return cls(report, None, clock=clock)

    @classmethod
    def open(cls, report: Report, state_dir: Path, *, clock: Clock = utc_now, read_only: bool = False) -> ReportState:
        """The state of ``report`` in ``state_dir`` (created when missing), locked for writing.

        Never raises for file problems: they end up in ``notices``, ``save_error`` or
        ``read_only_reason``, and the state opens with whatever could be read.
        """
        state = cls(report, Path(state_dir) / state_file_name(report.meta.id), clock=clock)
        if read_only:
            state.read_only_reason, state.read_only_kind = "opened read-only", ReadOnlyKind.REQUESTED
        else:
            state._lock_or_read_only()
        state._load()
        return state

    def _lock_or_read_only(self) -> None:
        assert self.path is not None and self._lock is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self._lock.acquire():
                self.read_only_reason, self.read_only_kind = self._held_elsewhere_message(), ReadOnlyKind.HELD
        except OSError as exc:
            # No lock file possible means no file can be written either: saving is retried with each change.
            self.save_error = self._save_error_message(exc)

    def _held_elsewhere_message(self) -> str:
        assert self._lock is not None
        pid = self._lock.holder_pid()
        who = f"another Report Viewer (process {pid})" if pid else "another Report Viewer"
        return f"{who} has this report's checklist open; this window is read-only until it closes"

    def _load(self) -> None:
        assert self.path is not None
        try:
            raw = read_state_bytes(self.path)
        except (NotRegularFileError, SymlinkRefusedError, FileTooLargeError, IsADirectoryError) as exc:
            # Not a file this program reads (a FIFO, a link, a folder, too large): never silently empty. A writer
            # moves it aside whole and starts afresh, saying so; a reader says it cannot show it.
            self._unreadable(exc)
            return
        except OSError as exc:
            # Writing now would replace a file we could not read: never risk that, stay read-only.
            self._release_lock()
            self.read_only_reason = f"cannot read {self.path}: {exc.strerror or exc}; changes cannot be saved"
            self.read_only_kind = ReadOnlyKind.UNREADABLE
            return
        if raw is None:
            return
        decoded = decode(raw, self._report.meta.id)
        if decoded.salvageable:
            self._records = decoded.records
        if not decoded.problems:
            return
        what = "; ".join(decoded.problems[:5]) + (f" (and {len(decoded.problems) - 5} more)"
                                                   if len(decoded.problems) > 5 else "")
        kept = (f"{len(self._records.checklist) + len(self._records.review)} records were recovered"
                if decoded.salvageable else "nothing in it was used")
        if self.read_only:
            self.notices.append(Notice(f"The checklist file {self.path} has problems ({what}); {kept}.",
                                       kind=NoticeKind.PROBLEMS_READ_ONLY, detail=what,
                                       recovered=len(self._records.checklist) + len(self._records.review)
                                       if decoded.salvageable else None))
            return
        self._aside_pending = True
        moved = self._move_aside()
        if moved is not None:
            recovered = len(self._records.checklist) + len(self._records.review) if decoded.salvageable else None
            self.notices.append(Notice(
                f"The checklist file could not be read as it was ({what}). It was moved to {moved}; "
                f"{kept}.", moved, kind=NoticeKind.MOVED_ASIDE, detail=what, recovered=recovered))
        if decoded.salvageable and (self._records.checklist or self._records.review):
            self.dirty = True
            self._persist()

    def _unreadable(self, exc: OSError) -> None:
        assert self.path is not None
        what = describe_read_error(exc, "checklist file")
        if self.read_only:
            self.read_only_reason = f"cannot read {self.path}: {what}"
            self.read_only_kind = ReadOnlyKind.UNREADABLE
            return
        self._aside_pending = True
        moved = self._move_aside()
        if moved is None and not self._aside_pending:
            return  # it went away meanwhile: nothing to move, nothing lost
        if moved is None:
            self._release_lock()
            self.save_error = self.save_error_kind = None  # read-only now: no retry to offer
            self.read_only_reason = f"cannot read {self.path}: {what}; changes cannot be saved"
            self.read_only_kind = ReadOnlyKind.UNREADABLE
            return
        self.notices.append(Notice(f"The checklist file could not be read ({what}). It was moved to {moved}; "
                                   "nothing in it was used.", moved, kind=NoticeKind.MOVED_ASIDE, detail=what))

    def _move_aside(self) -> Path | None:
        assert self.path is not None
        try:
            moved = move_aside(self.path, self._clock())
        except FileNotFoundError:
            self._aside_pending = False
            return None
        except OSError as exc:
            self.save_error_kind = SaveErrorKind.ASIDE_FAILED
            self.save_error = (f"The unreadable checklist file {self.path} could not be moved aside "
                               f"({describe_os_error(exc, self.path)}); it is kept and will be moved before "
                               "the next save.")
            return None
        self._aside_pending = False
        return moved

    def flush(self) -> bool:
        """Write unsaved changes now; True when nothing is left unsaved."""
        if self.dirty and not self.read_only:
            saved = self._persist()
            self._notify(frozenset(), saved=saved)
            return saved
        return not self.dirty

    def close(self) -> bool:
        """Save what is unsaved and release the lock; False when unsaved changes could not be written."""
        saved = self.flush()
        self._release_lock()
        return saved

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()

    def holder_pid(self) -> int | None:
        """The process id of the instance holding the lock, when known."""
        return self._lock.holder_pid() if self._lock is not None else None

    @property
    def read_only(self) -> bool:
        """True when this instance must not write (see ``read_only_reason``)."""
        return self.read_only_reason is not None

    def take_over(self) -> bool:
        """For a read-only instance: take the lock if it is free now and reload the file. True when writable."""
        if self.path is None or self._lock is None:
            return not self.read_only
        if not self.read_only:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self._lock.acquire():
                self.read_only_reason, self.read_only_kind = self._held_elsewhere_message(), ReadOnlyKind.HELD
                return False
        except OSError as exc:
            self.read_only_reason = f"cannot take over: {describe_os_error(exc, self.path)}"
            self.read_only_kind = ReadOnlyKind.UNWRITABLE
            return False
        self.read_only_reason = self.read_only_kind = None
        self._records = Records()
        self._load()
        self._notify(frozenset(self._all_ids()), saved=not self.dirty)
        return not self.read_only

    def reload(self) -> None:
        """Read-only instances: show what the writing instance has saved since."""
        if not self.read_only or self.path is None:
            return
        try:
            raw = read_state_bytes(self.path)
        except OSError:
            return
        if raw is not None:
            decoded = decode(raw, self._report.meta.id)
            if decoded.salvageable:
                self._records = decoded.records
        self._notify(frozenset(self._all_ids()), saved=True)

    # --- listeners -------------------------------------------------------------------------------------

    def add_listener(self, listener: Callable[[StateEvent], None]) -> None:
        """Call ``listener(event)`` after every change and save attempt."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[StateEvent], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, ids: frozenset[str], *, saved: bool) -> None:
        event = StateEvent(ids, saved, self.save_error)
        for listener in list(self._listeners):
            listener(event)

    # --- the report ------------------------------------------------------------------------------------

    def set_report(self, report: Report) -> None:
        """A new version of the same report: records of vanished ids become orphaned, none is dropped."""
        if report.meta.id != self._report.meta.id:
            raise StateError(f"the state belongs to report {self._report.meta.id!r}, not {report.meta.id!r}")
        self._report = report
        self._reindex()
        self._notify(frozenset(self._all_ids()), saved=not self.dirty)

    def _all_ids(self) -> Iterable[str]:
        return set(self._tasks_of) | set(self._targets) | set(self._records.checklist) | set(self._records.review)

    # --- changing ----------------------------------------------------------------------------------------

    def apply(self, changes: Changes) -> bool:
        """Put the records of ``changes`` in place and save at once. True when saved.

        Ids must be well-formed; they need not exist in the report (undoing an import restores orphans).
        ReadOnlyStateError when this instance may not write; a failed save keeps the change in memory.
        """
        if self.read_only:
            raise ReadOnlyStateError(f"cannot change the checklist: {self.read_only_reason}")
        for mapping, kind in ((changes.checklist, ChecklistItem), (changes.review, ReviewMark)):
            for key, value in mapping.items():
                try:
                    check_id(key)
                except RecordError as exc:
                    raise StateError(str(exc)) from None
                if value is not None and not isinstance(value, kind):
                    raise StateError(f"'{key}': expected a {kind.__name__}, not {type(value).__name__}")
        for key, value in changes.checklist.items():
            _put(self._records.checklist, key, value)
        for key, value in changes.review.items():
            _put(self._records.review, key, value)
        self.dirty = True
        saved = self._persist()
        self._notify(changes.ids, saved=saved)
        return saved

    def retry_save(self) -> bool:
        """Try again to write unsaved changes (the window's Retry button). True when all is saved."""
        if not self.dirty and not self._aside_pending:
            return True
        saved = self._persist()
        self._notify(frozenset(), saved=saved)
        return saved

    def _persist(self) -> bool:
        if self.path is None:
            self.dirty = False
            return True
        assert self._lock is not None
        try:
            # The folder may have been removed under us; making it again is how the change gets saved.
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self._lock.acquire():
                self.save_error_kind = SaveErrorKind.HELD
                self.save_error = ("Your changes could not be saved: " + self._held_elsewhere_message()
                                   + ". They are kept in this window only; export them to keep them.")
                return False
            if self._aside_pending:
                moved = self._move_aside()
                if self._aside_pending:
                    return False
                if moved is not None:
                    self.notices.append(Notice(f"The unreadable checklist file was moved to {moved}.", moved,
                                               kind=NoticeKind.MOVED_LATER))
            remove_stale_temp_files(self.path)
            data = encode(self.report_id, self._records)
            if len(data) > MAX_STATE_BYTES:
                raise StateTooLargeError(len(data))  # never write a file this program would not read back
            atomic_write(self.path, data, overwrite=True)
        except (OSError, ValueError) as exc:  # ValueError: text that cannot be encoded (records refuse it)
            error = exc if isinstance(exc, OSError) else OSError(errno.EINVAL, str(exc))
            self.save_error = self._save_error_message(error)
            return False
        self.dirty = False
        self.save_error = self.save_error_kind = None
        return True

    def _save_error_message(self, exc: OSError) -> str:
        assert self.path is not None
        self.save_error_kind = error_kind(exc)
        self.save_error_reason = describe_os_error(exc, self.path)
        return (f"Your changes could not be saved to {self.path}: {describe_os_error(exc, self.path)}. "
                "They are kept in memory and saved with the next change or when you retry.")


def _put(mapping: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        mapping.pop(key, None)
    else:
        mapping[key] = value


def state_file_name(report_id: str) -> str:
    """``<report id>.json``: report ids are already safe file names (checked again here)."""
    try:
        return f"{check_id(report_id)}.json"
    except RecordError:
        raise StateError(f"report id {report_id!r} cannot name a state file") from None
