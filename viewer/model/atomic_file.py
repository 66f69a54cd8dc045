"""The one writer: a file is replaced only with consent, atomically, never through a symbolic link.

Every file the app writes goes through ``atomic_write``: the checklist state, its exports, drafted reports,
chart exports, the report PDF, window renders and cache entries.

- Consent: without ``overwrite`` an existing name is never replaced, also not one taken meanwhile (the last
  step is a hard link, or a rename that refuses to replace, which fail if the name exists).
- Atomic: the data goes to a temporary file in the same folder, is flushed and fsync'ed, then takes the
  target's name (``os.replace``), and the folder is fsync'ed so the rename survives a power cut. A crash or a
  full disk leaves the old file or the new one, never half of one.
- Links: a target that is a symbolic link is refused (never written through, never replaced); so is one
  that is a folder, a FIFO or a device. Temporary files are created with ``O_EXCL | O_NOFOLLOW``.
- Names: a name longer than the file system allows is refused with a clear error before anything is made.
- Clean-up: temporary files are named ``.<name>.irv-<pid>-<random>.tmp``; the first write into a folder
  removes those whose process has ended (a writer killed with SIGKILL), so none is left forever.
- File systems without hard links (FAT, exFAT, some network shares) fall back to a rename that refuses to
  replace; folders that cannot be fsync'ed are skipped. Both are tested by simulating the failure.

``describe_write_error`` and ``write_error_kind`` word a failure for the user.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys
import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from viewer.model.safe_read import NotRegularFileError, SymlinkRefusedError


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once, at import (on the main thread): reading the umask means setting it, which must never
# happen while another thread (chart export compresses and writes in a worker) creates files.
_UMASK = _read_umask()

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CREATE_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
                 | getattr(os, "O_BINARY", 0))
TEMP_MARK = "irv"
_TEMP = re.compile(r"^\..*\." + TEMP_MARK + r"-(\d+)-[0-9a-f]{8}\.tmp$", re.DOTALL)
# A temporary file this old is stale whatever its process id says (process ids are reused).
STALE_AFTER_S = 24 * 3600
# Hard links are not supported: FAT/exFAT (EPERM), network shares and FUSE (ENOTSUP, ENOSYS, EINVAL).
_NO_LINKS = frozenset(e for e in (errno.EPERM, errno.ENOTSUP, getattr(errno, "EOPNOTSUPP", errno.ENOTSUP),
                                  errno.ENOSYS, errno.EMLINK, errno.EXDEV, errno.EINVAL))
# fsync answers these where it is not supported (some network and FUSE file systems); the data is written.
_NO_FSYNC = frozenset((errno.EINVAL, errno.ENOTSUP, getattr(errno, "EOPNOTSUPP", errno.ENOTSUP), errno.EBADF))
DEFAULT_NAME_MAX = 255

_swept: set[str] = set()


class NameTooLongError(OSError):
    """The file name (or the whole path) is longer than the file system allows."""


class TargetExistsError(FileExistsError):
    """The target exists and may not be replaced (no ``overwrite``)."""


def name_max(folder: Path) -> int:
    """The longest file name (in bytes) the file system of ``folder`` allows."""
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return DEFAULT_NAME_MAX


def check_target(path: Path, *, overwrite: bool) -> None:
    """Raise (an OSError) unless ``data`` may be written to ``path``; nothing is created.

    FileExistsError without ``overwrite``; SymlinkRefusedError for a link; IsADirectoryError or
    NotRegularFileError for anything but a regular file; NameTooLongError; FileNotFoundError or
    NotADirectoryError for a missing folder.
    """
    limit = name_max(path.parent) if path.parent.is_dir() else DEFAULT_NAME_MAX
    size = len(os.fsencode(path.name))
    if size > limit:
        raise NameTooLongError(errno.ENAMETOOLONG, f"the file name is {size} bytes long; the file system allows "
                               f"{limit}", str(path))
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        if not path.parent.is_dir():
            code = errno.ENOTDIR if path.parent.exists() else errno.ENOENT
            raise (NotADirectoryError if code == errno.ENOTDIR else FileNotFoundError)(
                code, "the folder does not exist" if code == errno.ENOENT else "not a folder", str(path.parent)
            ) from None
        return
    if stat.S_ISLNK(info.st_mode):
        raise SymlinkRefusedError(errno.ELOOP, "is a symbolic link; the app does not write through or replace "
                                  "links (name the file itself)", str(path))
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFileError(errno.EINVAL, "is not a regular file (a FIFO or a device)", str(path))
    if not overwrite:
        raise TargetExistsError(errno.EEXIST, "file exists", str(path))


def atomic_write(path: Path, data: bytes, *, overwrite: bool = False, shared: bool = False,
                 durable: bool = True) -> None:
    """Put ``data`` at ``path`` atomically; OSError when any step fails (the target is then untouched).

    ``overwrite=False`` raises FileExistsError rather than replace a file, also one created meanwhile.
    ``shared=True`` gives the file the permissions of an ordinary new file (as the umask allows);
    otherwise it stays private to the user, as the temporary file was made. ``durable=False`` skips the
    fsyncs (cache entries: losing one costs a re-parse, not data).
    """
    path = Path(path)
    check_target(path, overwrite=overwrite)
    folder = path.parent
    sweep_stale_temp_files(folder)
    tmp, fd = _create_temp(path)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if durable:
                _fsync(fd)
        finally:
            os.close(fd)
        if shared:
            with contextlib.suppress(OSError):  # FAT and some shares have no permissions to set
                os.chmod(tmp, 0o666 & ~_UMASK)
        if overwrite:
            check_target(path, overwrite=True)  # a link planted meanwhile is refused, not replaced
            os.replace(tmp, path)
        else:
            try:
                _publish_without_replacing(tmp, path)
            except FileExistsError:
                raise TargetExistsError(errno.EEXIST, "file exists (created meanwhile)", str(path)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        fsync_dir(folder)


def _create_temp(path: Path) -> tuple[Path, int]:
    """A new temporary file beside ``path`` (``O_EXCL | O_NOFOLLOW``), with a name the file system takes."""
    suffix_len = len(f".{TEMP_MARK}-{os.getpid()}-00000000.tmp") + 1
    room = max(1, min(name_max(path.parent), DEFAULT_NAME_MAX) - suffix_len)
    stem = os.fsencode(path.name)[:room].decode("utf-8", "ignore") or "file"
    for _ in range(100):
        tmp = path.with_name(f".{stem}.{TEMP_MARK}-{os.getpid()}-{secrets.token_hex(4)}.tmp")
        try:
            return tmp, os.open(tmp, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))  # pragma: no cover


def _fsync(fd: int) -> None:
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _NO_FSYNC:
            raise


def _publish_without_replacing(tmp: Path, path: Path) -> None:
    """Give ``tmp`` the name ``path`` unless that name exists (FileExistsError), atomically."""
    try:
        os.link(tmp, path, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_LINKS and not isinstance(exc, NotImplementedError):
            raise
        rename_noreplace(tmp, path)  # no hard links here (FAT, exFAT, some shares)
        return
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def _renameat2() -> Callable[[int, bytes, int, bytes, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        func = libc.renameat2
    except (OSError, AttributeError, ImportError):
        return None
    func.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
    func.restype = ctypes.c_int
    return func


_AT_FDCWD = -100
_RENAME_NOREPLACE = 1


def rename_noreplace(src: Path, dst: Path) -> None:
    """Rename ``src`` to ``dst``, FileExistsError if ``dst`` exists; atomic where the system allows it.

    Windows' rename refuses an existing target by itself; Linux has renameat2(RENAME_NOREPLACE), which FAT,
    exFAT and CIFS support. Elsewhere the name is first taken with an exclusive create, then replaced.
    """
    if os.name == "nt":  # pragma: no cover - Windows
        os.rename(src, dst)
        return
    func = _renameat2()
    if func is not None:
        import ctypes

        if func(_AT_FDCWD, os.fsencode(src), _AT_FDCWD, os.fsencode(dst), _RENAME_NOREPLACE) == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, getattr(errno, "EOPNOTSUPP", errno.ENOTSUP)):
            raise OSError(code, os.strerror(code), str(dst))
    _reserve_then_replace(src, dst)


def _reserve_then_replace(src: Path, dst: Path) -> None:
    """Take the name with an exclusive create (FileExistsError if taken), then rename over that placeholder."""
    fd = os.open(dst, _CREATE_FLAGS, 0o600)
    os.close(fd)
    try:
        os.replace(src, dst)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(dst)
        raise


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable; skipped where folders cannot be opened or synced (FAT, shares)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (and FUSE mounts) refuse fsync on a folder; the rename is done
    finally:
        os.close(fd)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # pragma: no cover - os.kill would end the process on Windows: rely on the age
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def sweep_stale_temp_files(folder: Path, *, force: bool = False) -> int:
    """Remove this app's temporary files in ``folder`` left by writers that died (once per folder and process,
    unless ``force``); how many were removed. Only names of the app's own pattern are touched."""
    key = os.path.abspath(folder)
    if key in _swept and not force:
        return 0
    _swept.add(key)
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _TEMP.match(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER_S
            if old or not _process_alive(int(match.group(1))):
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


# --- wording -------------------------------------------------------------------------------------------------

class WriteErrorKind(StrEnum):
    """Why a write failed (the window words each kind in its language)."""

    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    MISSING = "missing"  # the folder is gone
    NOT_A_FOLDER = "not_a_folder"
    IS_A_FOLDER = "is_a_folder"  # the file's name is taken by a folder
    EXISTS = "exists"
    SYMLINK = "symlink"
    NAME_TOO_LONG = "name_too_long"
    NOT_REGULAR = "not_regular"
    OTHER = "other"


def write_error_kind(exc: OSError) -> WriteErrorKind:
    """Why a write failed."""
    if isinstance(exc, SymlinkRefusedError):
        return WriteErrorKind.SYMLINK
    if isinstance(exc, NameTooLongError) or exc.errno == errno.ENAMETOOLONG:
        return WriteErrorKind.NAME_TOO_LONG
    if isinstance(exc, NotRegularFileError):
        return WriteErrorKind.NOT_REGULAR
    if isinstance(exc, TargetExistsError):
        return WriteErrorKind.EXISTS
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WriteErrorKind.READ_ONLY
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return WriteErrorKind.DISK_FULL
    if code == errno.ENOENT:
        return WriteErrorKind.MISSING
    if code in (errno.ENOTDIR, errno.EEXIST):
        return WriteErrorKind.NOT_A_FOLDER
    if code == errno.EISDIR:
        return WriteErrorKind.IS_A_FOLDER
    return WriteErrorKind.OTHER


def describe_write_error(exc: OSError, path: Path) -> str:
    """A sentence for the user saying why ``path`` could not be written."""
    folder = path.parent
    kind = write_error_kind(exc)
    if kind in ("symlink", "not_regular") and exc.filename:
        path = Path(os.fsdecode(exc.filename))  # the file refused may be another than the target (its lock file)
    if kind == "symlink":
        return f"{path} is a symbolic link; links are never written through or replaced (name the file itself)"
    if kind == "name_too_long":
        return f"the name is too long for the file system ({exc.strerror})"
    if kind == "not_regular":
        return f"{path} is not a regular file (a FIFO or a device); choose another name"
    if kind == "exists":
        return f"{path} already exists"
    if kind == "read_only":
        return f"the folder {folder} is read-only or not yours (permission denied)"
    if kind == "disk_full":
        return f"the disk holding {folder} is full (no space left)"
    if kind == "missing":
        return f"the folder {folder} does not exist"
    if kind == "not_a_folder":
        return f"{folder} is not a folder"
    if kind == "is_a_folder":
        return f"{path} is a folder, not a file"
    return f"{exc.strerror or exc} ({folder})"
