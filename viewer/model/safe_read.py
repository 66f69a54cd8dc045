"""The one way the app opens a file to read it: regular files only, never blocking, never more than a limit.

Every file the app reads goes through ``read_regular`` or ``read_beneath``: reports, their source texts,
checklist state files, lock and cache files, imported exports and texts to draft from.

- The file is opened non-blocking (``O_NONBLOCK``), so a FIFO (named pipe) never blocks ``open()``; it is then
  checked with ``fstat`` on the open descriptor: anything but a regular file (FIFO, device, socket, folder) is
  refused before a byte is read.
- The size is checked on the open descriptor before reading, and no more than ``limit + 1`` bytes are ever
  read (a file growing meanwhile is refused too).
- ``follow=False`` (``O_NOFOLLOW``) refuses a symbolic link as the last part of the path: the app's own files
  (state, lock, cache) are never read through a link someone planted in their place.
- ``read_beneath`` reads a file named relative to a folder (a report's ``meta.source``) only when it really lies
  in that folder: a symbolic link that leads outside it is refused, and on POSIX every folder on the way is
  opened without following links, so a link swapped in after the check fails instead of being followed.

Errors are ``OSError``s; ``describe_read_error`` words them for the user.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_READ_FLAGS = os.O_RDONLY | _NONBLOCK | _CLOEXEC | _BINARY
# Walking a relative path folder by folder without following links needs these (POSIX).
_CAN_WALK = bool(_NOFOLLOW and _DIRECTORY) and os.open in os.supports_dir_fd


class NotRegularFileError(OSError):
    """The path names a FIFO, a device, a socket or a folder: nothing the app reads as a file."""


class FileTooLargeError(OSError):
    """The file is larger than the limit for what it should be."""

    def __init__(self, size: int, limit: int, path: str) -> None:
        super().__init__(errno.EFBIG, f"{size} bytes, more than {limit}", path)
        self.size = size
        self.limit = limit


class OutsideFolderError(OSError):
    """A path named relative to a folder leads outside it (through a symbolic link)."""


class SymlinkRefusedError(OSError):
    """The path is a symbolic link where the app does not follow links."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def special_kind(path: str | os.PathLike[str], *, dir_fd: int | None = None) -> str | None:
    """What ``path`` is when it exists and is no regular file ('a FIFO (named pipe)', 'a socket', 'a device',
    'a folder'), found without opening it; None for a regular file or a path that cannot be looked at."""
    try:
        mode = os.stat(path, dir_fd=dir_fd).st_mode if dir_fd is not None else os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    return None if stat.S_ISREG(mode) else _kind(mode)


def _is_symlink(path: str | os.PathLike[str], dir_fd: int | None = None) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path, dir_fd=dir_fd).st_mode) if dir_fd is not None else os.path.islink(path)
    except OSError:
        return False


def open_regular(path: str | os.PathLike[str], *, follow: bool = True, dir_fd: int | None = None) -> int:
    """A read-only descriptor of the regular file at ``path``; OSError (never a block) for anything else."""
    flags = _READ_FLAGS | (0 if follow else _NOFOLLOW)
    try:
        fd = os.open(path, flags, dir_fd=dir_fd) if dir_fd is not None else os.open(path, flags)
    except OSError as exc:
        if not follow and exc.errno in (errno.ELOOP, errno.EMLINK) and _is_symlink(path, dir_fd):
            raise SymlinkRefusedError(errno.ELOOP, "is a symbolic link (not followed)", str(path)) from None
        if exc.errno == errno.EACCES and os.path.isdir(path) and dir_fd is None:
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path)) from None  # Windows
        if exc.errno in (errno.ENXIO, errno.ENODEV, errno.EOPNOTSUPP):  # a socket, a device without its driver
            kind = special_kind(path, dir_fd=dir_fd)
            if kind is not None:
                raise NotRegularFileError(errno.EINVAL, f"is {kind}, not a regular file", str(path)) from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            if stat.S_ISDIR(mode):
                raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
            raise NotRegularFileError(errno.EINVAL, f"is {_kind(mode)}, not a regular file", str(path))
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_fd(fd: int, limit: int, name: str) -> bytes:
    """At most ``limit`` bytes of the open regular file ``fd``; FileTooLargeError beyond (nothing more read)."""
    size = os.fstat(fd).st_size
    if size > limit:
        raise FileTooLargeError(size, limit, name)
    chunks: list[bytes] = []
    total = 0
    want = size + 1  # the whole file in one read (and one byte more, to see the end): no copy to join chunks
    while total <= limit:
        try:
            chunk = os.read(fd, min(limit + 1 - total, max(want, 1 << 22)))
            want = 0
        except BlockingIOError:  # pragma: no cover - a regular file never blocks; kept for odd file systems
            break
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise FileTooLargeError(total, limit, name)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_regular(path: str | os.PathLike[str], limit: int, *, follow: bool = True) -> bytes:
    """The bytes of the regular file ``path`` (at most ``limit``); OSError otherwise, never a block."""
    fd = open_regular(path, follow=follow)
    try:
        return read_fd(fd, limit, str(path))
    finally:
        os.close(fd)


def resolve_beneath(folder: Path, relative: str | os.PathLike[str]) -> Path:
    """``folder / relative`` with every link resolved, when that lies inside ``folder``; OutsideFolderError or
    ValueError (an absolute path, or one with '..') otherwise."""
    rel = Path(relative)
    if rel.is_absolute() or rel.anchor or ".." in rel.parts:
        raise ValueError("the path must be relative to the folder, without '..'")
    base = Path(os.path.realpath(folder))
    real = Path(os.path.realpath(base / rel))
    if real != base and base not in real.parents:
        raise OutsideFolderError(errno.EXDEV, "leads outside the report's folder (through a symbolic link)",
                                 str(folder / rel))
    return real


def read_beneath(folder: Path, relative: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of ``folder / relative``, which must be a regular file inside ``folder`` (see module doc)."""
    real = resolve_beneath(folder, relative)
    base = Path(os.path.realpath(folder))
    parts = real.relative_to(base).parts
    if not parts:
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(folder / relative))
    if not _CAN_WALK:  # pragma: no cover - Windows: the resolved path, checked above, is opened
        return read_regular(real, limit)
    dir_fd = os.open(base, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    try:
        for part in parts[:-1]:
            try:
                next_fd = os.open(part, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=dir_fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK):
                    raise OutsideFolderError(errno.EXDEV, "a folder on the way was replaced by a symbolic link",
                                             str(folder / relative)) from None
                raise
            os.close(dir_fd)
            dir_fd = next_fd
        try:
            fd = open_regular(parts[-1], follow=False, dir_fd=dir_fd)
        except SymlinkRefusedError:
            raise OutsideFolderError(errno.EXDEV, "was replaced by a symbolic link while being opened",
                                     str(folder / relative)) from None
    finally:
        os.close(dir_fd)
    try:
        return read_fd(fd, limit, str(folder / relative))
    finally:
        os.close(fd)


def _mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n < 2**30 else f"{n / 2**30:.1f} GiB"


def describe_read_error(exc: OSError, what: str = "file") -> str:
    """Why a file could not be read, as a short phrase for the user ('no such report file', ...)."""
    if isinstance(exc, FileTooLargeError):
        return f"is {_mib(exc.size)}; a {what} may be at most {exc.limit / 2**20:.0f} MiB"
    if isinstance(exc, NotRegularFileError | OutsideFolderError | SymlinkRefusedError):
        plain = isinstance(exc, OutsideFolderError) or what == "file"
        return f"{exc.strerror}" + ("" if plain else f"; a {what} must be a file")
    code = exc.errno
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        return f"is a directory, not a {what}"
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        return f"no such {what}"
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return f"permission denied: cannot read this {what}"
    if code == errno.ELOOP:
        return "symbolic link loop"
    if code == errno.ENAMETOOLONG:
        return "the name is too long for the file system"
    if code == errno.ENOTDIR:
        return f"no such {what} (a part of the path is not a folder)"
    return f"cannot read: {exc.strerror or exc}"
