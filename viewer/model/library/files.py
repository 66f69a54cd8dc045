"""Adding a report to the library: copied with its source text into a folder of its own in the library's folder,
never over an existing file; drafting a text into the library.

A report is checked first (it must load, so that what enters the library is what the window can open); its
source text keeps its place relative to the report (``sources/x.txt`` stays ``sources/x.txt``) inside a new
folder named after the report's id (``<id>``, else ``<id>-2`` …), so reports with the same names never collide.
Files are written through the one atomic writer; a report already inside one of the library's folders is not
copied.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from viewer.model.atomic_file import atomic_write
from viewer.model.loader import MAX_REPORT_BYTES, MAX_SOURCE_BYTES, load_report
from viewer.model.safe_read import read_beneath, read_regular

MAX_FOLDERS_TRIED = 1000


def inside(path: Path, folders: Sequence[Path]) -> Path | None:
    """The library folder ``path`` lies in (None: none of them)."""
    resolved = path.resolve()
    for folder in folders:
        try:
            resolved.relative_to(folder.resolve())
        except (ValueError, OSError):
            continue
        return folder
    return None


def free_folder(parent: Path, name: str) -> Path:
    """``parent/name``, else ``name-2``, ``name-3`` …: a folder that does not exist yet."""
    for n in range(1, MAX_FOLDERS_TRIED + 1):
        candidate = parent / (name if n == 1 else f"{name}-{n}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(f"{parent}: no free folder name for {name}")


def add_report(path: Path, library: Path) -> Path:
    """Copy the report (or report package) at ``path`` into ``library``; returns the copy's path (see
    ``add_report_file``; a package is one file, copied as it is, under a name no file has yet)."""
    from viewer.model.package import is_package_name

    if not is_package_name(path):
        return add_report_file(path, library)
    load_report(path)  # it must open
    from viewer.model.package import MAX_PACKAGE_BYTES

    data = read_regular(path, MAX_PACKAGE_BYTES)
    stem = path.stem or "report"
    for n in range(1, MAX_FOLDERS_TRIED + 1):
        target = library / (path.name if n == 1 else f"{stem}-{n}{path.suffix}")
        if not target.exists():
            library.mkdir(parents=True, exist_ok=True)
            atomic_write(target, data)
            return target
    raise FileExistsError(f"{library}: no free file name for {path.name}")


def add_report_file(path: Path, library: Path) -> Path:
    """Copy the report at ``path`` and its source text into a new folder of ``library``; returns the copy's path.

    ReportError when the report does not load (nothing is copied); OSError when a file cannot be written (what
    was written is left, never half a file)."""
    loaded = load_report(path)
    relative = loaded.report.meta.source
    report_bytes = read_regular(path, MAX_REPORT_BYTES)
    source_bytes = read_beneath(path.parent, relative, MAX_SOURCE_BYTES)
    folder = free_folder(library, loaded.report.meta.id)
    target = folder / path.name
    source_target = folder / relative
    source_target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(source_target, source_bytes)
    atomic_write(target, report_bytes)
    return target


def draft_into_library(text_path: Path, library: Path) -> Path:
    """Draft a report from the text at ``text_path`` into a new folder of ``library`` (the text copied beside it);
    returns the drafted report's path. DraftError when it cannot be drafted."""
    from viewer.model.draft import draft_file

    folder = free_folder(library, text_path.stem or "draft")
    drafted = draft_file(text_path, folder / f"{text_path.stem or 'draft'}.yaml")
    return drafted.yaml_path
