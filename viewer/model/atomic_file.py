"""Writing a file so that a crash or a full disk leaves either the old file or the new one, never half.

The content goes to a temporary file in the same folder, is flushed and fsync'ed, then takes the target's
name (``os.replace``, or a hard link when an existing file must not be replaced), and the folder itself is
fsync'ed so the rename survives a power cut. The one implementation behind the checklist state, its
exports, drafted reports and chart exports.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once, at import (on the main thread): reading the umask means setting it, which must never
# happen while another thread (chart export compresses and writes in a worker) creates files.
_UMASK = _read_umask()


def atomic_write(path: Path, data: bytes, *, overwrite: bool = True, shared: bool = False) -> None:
    """Put ``data`` at ``path`` atomically and durably; OSError when any step fails (target untouched).

    ``overwrite=False`` raises FileExistsError rather than replace a file, also one created meanwhile.
    ``shared=True`` gives the file the permissions of an ordinary new file (as the umask allows);
    otherwise it stays private to the user, as the temporary file was made.
    """
    if not overwrite and path.exists():
        raise FileExistsError(errno.EEXIST, "file exists", str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if shared:
            os.chmod(tmp, 0o666 & ~_UMASK)
        if overwrite:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if the name was taken since the check above
            os.unlink(tmp)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable; a no-op where directories cannot be opened or synced."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (and FUSE mounts) refuse fsync on a directory; the rename is still done.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)
