"""One writer per state file: an exclusive, non-blocking OS lock on ``<state file>.lock``.

The lock file stays open while the state is open. The operating system releases the lock when the
process ends in any way (a crash or SIGKILL included), so a stale lock can never keep the user out;
the file itself is left in place (removing it would race with an instance taking it). The holder
writes its process id into the file so the second instance can say who has it.

POSIX uses ``fcntl.flock``; Windows ``msvcrt.locking`` on one byte far past the process id (Windows refuses
other processes' reads of a locked byte, and the second instance must read who holds it). Network file systems that do
not implement these locks make every instance a writer; the state folder is a local folder by default.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from viewer.model.safe_read import NotRegularFileError, SymlinkRefusedError, read_regular

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # no fcntl on Windows: the lock checks for None
    import msvcrt


# Windows: the byte locked (locking past the end of a file is allowed there).
_WINDOWS_LOCK_BYTE = 1 << 20
_LOCK_FLAGS = (os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0))


def _open_lock_file(path: Path) -> int:
    """The lock file, opened (created) without following a symbolic link and only when it is a regular file:
    a link planted in its place is refused, never written through; a FIFO never blocks."""
    try:
        fd = os.open(path, _LOCK_FLAGS, 0o600)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK) and path.is_symlink():
            raise SymlinkRefusedError(errno.ELOOP, "the lock file is a symbolic link (not followed)",
                                      str(path)) from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise NotRegularFileError(errno.EINVAL, "the lock file is not a regular file", str(path))
    return fd


class StateLock:
    """The exclusive lock of one state file; ``acquire`` never blocks."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock: True when held, False when another process (or object) holds it.

        OSError when the lock file cannot be created (a read-only or missing folder).
        """
        if self._fd is not None:
            if self._still_ours():
                return True
            self.release()
        fd = _open_lock_file(self.path)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                os.lseek(fd, _WINDOWS_LOCK_BYTE, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK):
                return False
            raise
        self._fd = fd
        with contextlib.suppress(OSError):
            # Who holds it, for the other instance's banner; the lock itself does not depend on this.
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
        return True

    def _still_ours(self) -> bool:
        """False when the lock file was deleted or replaced (e.g. the folder was removed and made again)."""
        assert self._fd is not None
        try:
            return os.fstat(self._fd).st_ino == os.stat(self.path).st_ino
        except OSError:
            return False

    def release(self) -> None:
        """Give the lock up (closing the descriptor releases it)."""
        if self._fd is not None:
            if fcntl is None:  # pragma: no cover - Windows releases a closed file's locks only "eventually"
                with contextlib.suppress(OSError):
                    os.lseek(self._fd, _WINDOWS_LOCK_BYTE, os.SEEK_SET)
                    msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    def holder_pid(self) -> int | None:
        """The process id written by the holder, when it can be read."""
        try:
            text = read_regular(self.path, 64, follow=False).decode("ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return int(text) if text.isdigit() else None
