"""Writing export files safely: a temporary file in the target folder, fsync, then an atomic rename.

Nothing is ever left half-written, and an existing file is replaced only when the caller says so
(without ``overwrite`` the final step is a hard link, which fails if the name was taken meanwhile).
"""

from __future__ import annotations

import os
import string
from pathlib import Path

from viewer.model.atomic_file import TargetExistsError, atomic_write, describe_write_error

DEFAULT_TEMPLATE = "{index:02d}-{id}.{ext}"
TEMPLATE_FIELDS = ("index", "id", "ext", "lang", "title")


class ExportError(Exception):
    """An export that cannot be done; the message is one line for the user."""


def check_template(template: str) -> None:
    """Raise ExportError unless ``template`` uses only the known fields and yields a plain file name."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise ExportError(f"bad file-name template {template!r}: {exc}") from None
    unknown = [f for f in fields if f.split(".")[0].split("[")[0] not in TEMPLATE_FIELDS]
    if unknown:
        raise ExportError(f"unknown field {{{unknown[0]}}} in file-name template "
                          f"(known: {', '.join('{' + f + '}' for f in TEMPLATE_FIELDS)})")
    if "{ext}" not in template:
        raise ExportError("the file-name template must contain {ext}")
    sample = file_name(template, 1, "chart", "png", "zh", "title")
    if not sample or sample in (".", "..") or "/" in sample or "\\" in sample or "\x00" in sample:
        raise ExportError(f"the file-name template {template!r} does not give a plain file name")


def file_name(template: str, index: int, chart_id: str, ext: str, lang: str, title: str) -> str:
    """The file name for one chart; path separators in a title are replaced so it stays one name."""
    safe_title = "".join("_" if ch in '/\\:*?"<>|\x00' else ch for ch in title).strip() or chart_id
    try:
        return template.format(index=index, id=chart_id, ext=ext, lang=lang, title=safe_title)
    except (KeyError, IndexError, ValueError) as exc:
        raise ExportError(f"bad file-name template {template!r}: {exc}") from None


def check_output_dir(directory: Path, create: bool = True) -> None:
    """Make sure ``directory`` exists (creating it if asked) and is writable; ExportError otherwise."""
    if directory.exists() and not directory.is_dir():
        raise ExportError(f"not a directory: {directory}")
    if not directory.exists():
        if not create:
            raise ExportError(f"no such directory: {directory}")
        try:
            directory.mkdir(parents=True)
        except OSError as exc:
            raise ExportError(f"cannot create directory {directory}: {exc.strerror or exc}") from None
    if not os.access(directory, os.W_OK | os.X_OK):
        raise ExportError(f"directory is not writable: {directory}")


def write_atomic(path: Path, data: bytes, overwrite: bool = False) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder; never a partial file.

    Raises FileExistsError when ``path`` exists and ``overwrite`` is false, ExportError on other errors (a
    symbolic link, a name too long, a full disk).
    """
    try:
        atomic_write(path, data, overwrite=overwrite, shared=True)
    except TargetExistsError:
        raise
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {describe_write_error(exc, path)}") from None
