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

from viewer.model.atomic_file import atomic_write, fsync_dir

__all__ = ["atomic_write", "fsync_dir"]  # re-exported: the state's writers import them from here

MAX_STATE_BYTES = 64 * 1024 * 1024


def read_state_bytes(path: Path) -> bytes | None:
    """The file's bytes, None when it does not exist; OSError for anything else (too large included)."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_STATE_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError):
        # No folder means no file yet; saving will say what is wrong with the folder.
        return None
    if len(raw) > MAX_STATE_BYTES:
        raise OSError(errno.EFBIG, f"larger than {MAX_STATE_BYTES // 2**20} MiB")
    return raw


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


def error_kind(exc: OSError) -> str:
    """A key for why a write failed: 'read_only', 'disk_full', 'missing', 'not_a_folder', 'is_a_folder', 'other'."""
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "read_only"
    if code in (errno.ENOSPC, errno.EDQUOT):
        return "disk_full"
    if code == errno.ENOENT:
        return "missing"
    if code in (errno.ENOTDIR, errno.EEXIST):
        return "not_a_folder"
    if code == errno.EISDIR:
        return "is_a_folder"
    return "other"


def describe_os_error(exc: OSError, path: Path) -> str:
    """A sentence for the user saying why ``path`` could not be written."""
    folder = path.parent
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"the folder {folder} is read-only or not yours (permission denied)"
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk holding {folder} is full"
    if code == errno.ENOENT:
        return f"the folder {folder} no longer exists"
    if code in (errno.ENOTDIR, errno.EEXIST):
        return f"{folder} is not a folder"
    if code == errno.EISDIR:
        return f"{path} is a folder, not a file"
    return f"{exc.strerror or exc} ({folder})"
