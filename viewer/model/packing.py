"""Making and unpacking report packages (viewer.model.package) for the command line and the window.

``pack`` re-reads and re-validates the report (a package holds only a report that opens), takes its source
text from where the report names it, and adds the review export when asked. ``unpack`` checks the whole
package (and the report in it) before it writes anything, then writes each file through the one atomic
writer, only inside the folder given and never over a file without consent.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from viewer.model.atomic_file import atomic_write, check_target, describe_write_error
from viewer.model.errors import ReportError
from viewer.model.loader import MAX_REPORT_BYTES, LoadedReport, decode_text, load_package, parse_report, read_bytes
from viewer.model.package import REVIEW, Package, PackageError, package_bytes, read_package


def packed_report(loaded: LoadedReport, review: str | None = None) -> bytes:
    """The package of ``loaded`` (a report file or a package) with ``review`` (a review export's JSON text).

    The report file is read again and validated with its source text: what is packed is a report that opens.
    ReportError when it no longer does (changed on disk meanwhile), PackageError for an unpackable name.
    """
    if loaded.is_package:
        try:
            package = read_package(loaded.path)
        except PackageError as exc:
            raise ReportError.single(str(loaded.path), str(exc)) from None
        again = load_package(loaded.path)
        name, raw = package.report_name, package.report_bytes
    else:
        raw = read_bytes(loaded.path, MAX_REPORT_BYTES, "report file")
        again = parse_report(decode_text(raw, str(loaded.path)), str(loaded.path), loaded.path.parent)
        name = loaded.path.name
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return package_bytes(name, raw, _posix(again.report.meta.source), again.source_text, review, created)


def _posix(relative: str) -> str:
    return str(PurePosixPath(relative.replace("\\", "/")))


def write_package(path: Path, data: bytes, overwrite: bool = False) -> None:
    """Write a package's bytes atomically (OSError as the writer raises it: exists, link, disk full …)."""
    atomic_write(path, data, overwrite=overwrite, shared=True)


@dataclass(frozen=True)
class Unpacked:
    """What ``unpack`` wrote: the report file, its source text and the review export (when there was one)."""

    report: Path
    source: Path
    review: Path | None
    loaded: LoadedReport


def unpack(package_path: Path, out_dir: Path, overwrite: bool = False) -> Unpacked:
    """Write the package's report, source text and review export into ``out_dir`` (created when missing).

    Everything is checked first: the package (PackageError), the report in it (ReportError), and every target
    (OSError: a file there without ``overwrite``, a symbolic link, a folder on the way that leads outside
    ``out_dir``); only then is anything written.
    """
    package = read_package(package_path)
    loaded = load_package(package_path)
    files: list[tuple[Path, bytes]] = [
        (out_dir / package.report_name, package.report_bytes),
        (out_dir / PurePosixPath(package.source_name), package.source_bytes),
    ]
    if package.review is not None:
        files.append((out_dir / REVIEW, package.review.encode("utf-8")))
    _check_targets(out_dir, files, overwrite)
    for target, data in files:
        target.parent.mkdir(parents=True, exist_ok=True)
        _inside(out_dir, target)  # again, now that the folders exist: none of them may be a link leading out
        atomic_write(target, data, overwrite=overwrite, shared=True)
    return Unpacked(files[0][0], files[1][0], files[2][0] if package.review is not None else None, loaded)


def _check_targets(out_dir: Path, files: list[tuple[Path, bytes]], overwrite: bool) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise NotADirectoryError(20, "not a folder", str(out_dir))
    for target, _data in files:
        _inside(out_dir, target)
        if target.parent.is_dir():
            check_target(target, overwrite=overwrite)


def _inside(out_dir: Path, target: Path) -> None:
    """OSError unless ``target``'s folder, with every link resolved, lies inside ``out_dir``."""
    base = Path(os.path.realpath(out_dir))
    folder = Path(os.path.realpath(target.parent))
    if folder != base and base not in folder.parents:
        raise OSError(18, "a folder on the way is a link leading outside the folder to unpack into", str(target))


def describe_unpack_error(exc: OSError, path: Path) -> str:
    """A sentence for the user saying why ``path`` could not be written."""
    return describe_write_error(exc, path)


__all__ = ["Package", "Unpacked", "describe_unpack_error", "packed_report", "unpack", "write_package"]
