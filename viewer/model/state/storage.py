"""Writing the state file so that a crash at any moment leaves either the old or the new file, never half.

The new content goes to a temporary file in the same folder, is flushed and fsync'ed, then renamed
over the target with ``os.replace`` (atomic on POSIX and Windows), and finally the folder itself is
fsync'ed so the rename survives a power cut.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
from pathlib import Path

from viewer.model.atomic_file import WriteErrorKind, atomic_write, describe_write_error, fsync_dir, write_error_kind
from viewer.model.safe_read import read_regular
from viewer.model.state.changes import SaveErrorKind

# Re-exported: the state's writers import them from here.
__all__ = ["atomic_write", "describe_os_error", "error_kind", "fsync_dir"]

MAX_STATE_BYTES = 64 * 1024 * 1024


def read_state_bytes(path: Path) -> bytes | None:
    """The file's bytes, None when it does not exist; OSError for anything else: too large, not a regular file
    (a FIFO never blocks), or a symbolic link (the app's own file is never read through a link)."""
    try:
        return read_regular(path, MAX_STATE_BYTES, follow=False)
    except (FileNotFoundError, NotADirectoryError):
        # No folder means no file yet; saving will say what is wrong with the folder.
        return None


def aside_path(path: Path, when: dt.datetime) -> Path:
    """``name.corrupt-<UTC time>.json`` beside ``path``, numbered when that name is taken."""
    stamp = when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.stem}.corrupt-{stamp}.json")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.corrupt-{stamp}-{n}.json")
    return candidate


def move_aside(path: Path, when: dt.datetime) -> Path:
    """Rename an unreadable state file out of the way (kept, never deleted); the new path."""
    target = aside_path(path, when)
    os.rename(path, target)
    fsync_dir(path.parent)
    return target


def remove_stale_temp_files(path: Path) -> int:
    """Delete temporary files a killed writer left beside ``path`` (only call while holding the lock)."""
    removed = 0
    for tmp in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed += 1
    return removed


class StateTooLargeError(OSError):
    """The state would be larger than the app reads back (MAX_STATE_BYTES): it is not written."""

    def __init__(self, size: int) -> None:
        super().__init__(errno.EFBIG, f"the checklist would be {size / 2**20:.1f} MiB, more than the "
                         f"{MAX_STATE_BYTES // 2**20} MiB this program reads back")
        self.size = size


def error_kind(exc: OSError) -> WriteErrorKind | SaveErrorKind:
    """The writer's kind of failure (viewer.model.atomic_file), or TOO_LARGE."""
    return SaveErrorKind.TOO_LARGE if isinstance(exc, StateTooLargeError) else write_error_kind(exc)


def describe_os_error(exc: OSError, path: Path) -> str:
    """A sentence saying why ``path`` could not be written (the writer's wording)."""
    if isinstance(exc, StateTooLargeError):
        return f"{exc.strerror} (remove orphaned records or undo the import that added them)"
    return describe_write_error(exc, path)
