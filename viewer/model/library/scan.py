"""Finding the report files of the library's folders.

Folders are walked a few levels deep (reports are often kept in a folder per year or per region), without
following links to folders (a loop can never make the walk endless) and without hidden files or folders.
Every ``.yaml``/``.yml`` file is a candidate (one that is not a report is noted once and never listed), and every
report package (``.irv``: the report, its source text and maybe a review, in one file).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from viewer.model.package import OPENABLE_SUFFIXES

MAX_DEPTH = 4  # folders below a library folder that are walked
MAX_FILES = 20_000  # candidates per refresh: a folder of the whole disk is not walked to its end


@dataclass(frozen=True)
class FoundFile:
    """A candidate file: where it is, the library folder it was found in, its size and modification time."""

    path: Path
    folder: Path
    size: int
    mtime_ns: int


def candidate_suffixes() -> tuple[str, ...]:
    return OPENABLE_SUFFIXES


def find_reports(folders: Sequence[Path]) -> list[FoundFile]:
    """Every candidate file of ``folders`` (each found once, even where folders overlap), in a stable order."""
    found: dict[Path, FoundFile] = {}
    suffixes = candidate_suffixes()
    for folder in folders:
        try:
            root = folder.resolve()
        except OSError:
            continue
        for entry_path, st in _walk(root, 0):
            if len(found) >= MAX_FILES:
                break
            if entry_path.suffix.lower() in suffixes and entry_path not in found:
                found[entry_path] = FoundFile(entry_path, root, st.st_size, st.st_mtime_ns)
    return sorted(found.values(), key=lambda f: str(f.path))


def _walk(folder: Path, depth: int) -> Iterator[tuple[Path, os.stat_result]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            st = entry.stat(follow_symlinks=True)
            is_link = entry.is_symlink()
        except OSError:
            continue
        if stat.S_ISDIR(st.st_mode):
            if depth < MAX_DEPTH and not is_link:
                yield from _walk(Path(entry.path), depth + 1)
        elif stat.S_ISREG(st.st_mode):
            yield Path(entry.path), st


def stat_or_none(path: Path) -> os.stat_result | None:
    """``path``'s status, None when it is gone or unreadable."""
    try:
        return path.stat()
    except OSError:
        return None


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
