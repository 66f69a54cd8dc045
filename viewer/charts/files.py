"""Writing export files safely: a temporary file in the target folder, fsync, then an atomic rename.

Nothing is ever left half-written, and an existing file is replaced only when the caller says so
(without ``overwrite`` the final step is a hard link, which fails if the name was taken meanwhile).
"""

from __future__ import annotations

import os
import re
import string
from pathlib import Path

from viewer.model.atomic_file import TargetExistsError, atomic_write, describe_write_error

DEFAULT_TEMPLATE = "{index:02d}-{id}.{ext}"
TEMPLATE_FIELDS = ("index", "id", "ext", "lang", "title")


class ExportError(Exception):
    """An export that cannot be done; the message is one line for the user."""


# Characters no file name may hold on some system the files may travel to (Windows, macOS, Linux).
_RESERVED = '/\\:*?"<>|'
# The width and padding a number may take: 'd', '02d', '3', '03' (at most nine digits wide).
_INDEX_SPEC = re.compile(r"0?[1-9]?d?")
MAX_NAME = 200  # characters of a sample name (the file system's own limit is checked when writing)


def check_template(template: str) -> None:
    """Raise ExportError (one line) unless ``template`` uses only the known fields, plainly (no attribute,
    index, conversion or width but the index's), and yields a plain, visible file name."""
    from viewer.model.sanitise import find_hidden, marker, show_hidden

    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ExportError(f"bad file-name template {_quoted(template)}: {exc}") from None
    for literal, field, spec, conversion in parts:
        hidden = find_hidden(literal, "")
        if hidden is not None:
            raise ExportError(f"the file-name template holds the hidden character "
                              f"{marker(hidden.group())[1:-1]}; a file name must be plain text")
        reserved = next((ch for ch in literal if ch in _RESERVED), None)
        if reserved is not None:
            raise ExportError(f"the file-name template holds {reserved!r}, which a file name cannot hold "
                              "(the files go into the chosen folder)")
        if field is None:
            continue
        name = field.split(".")[0].split("[")[0]
        if name not in TEMPLATE_FIELDS:
            raise ExportError(f"unknown field {{{show_hidden(field, '')[:40]}}} in file-name template "
                              f"(known: {', '.join('{' + f + '}' for f in TEMPLATE_FIELDS)})")
        if "." in field:
            raise ExportError(f"{{{name}.…}}: attribute access is not allowed in a file-name template")
        if "[" in field:
            raise ExportError(f"{{{name}[…]}}: an index is not allowed in a file-name template")
        if conversion is not None:
            raise ExportError(f"{{{name}!{conversion}}}: a conversion is not allowed in a file-name template")
        if spec and not (name == "index" and _INDEX_SPEC.fullmatch(spec)):
            raise ExportError(f"{{{name}:{_quoted(spec, 20)}}}: not an allowed format in a file-name template "
                              "(only the index's width, as in {index:02d})")
    if not any(field == "ext" for _, field, _, _ in parts):
        raise ExportError("the file-name template must contain {ext}")
    sample = file_name(template, 1, "chart", "png", "zh", "title")
    if sample.startswith("."):
        raise ExportError("the file-name template gives a name that starts with '.' (a hidden file)")
    if sample != sample.strip():
        raise ExportError("the file-name template gives a name that starts or ends with a space")
    if sample.endswith("."):
        raise ExportError("the file-name template gives a name that ends with a dot")
    if len(sample) > MAX_NAME:
        raise ExportError(f"the file-name template gives names {len(sample)} characters long; at most "
                          f"{MAX_NAME}")


def _quoted(text: str, limit: int = 80) -> str:
    shown = repr(text)
    return shown if len(shown) <= limit else shown[:limit - 1] + "…"


def file_name(template: str, index: int, chart_id: str, ext: str, lang: str, title: str) -> str:
    """The file name for one chart; path separators in a title are replaced so it stays one name."""
    safe_title = "".join("_" if ch in '/\\:*?"<>|\x00' else ch for ch in title).strip() or chart_id
    try:
        return template.format(index=index, id=chart_id, ext=ext, lang=lang, title=safe_title)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError, MemoryError, OverflowError) as exc:
        raise ExportError(f"bad file-name template {_quoted(template)}: {str(exc)[:100]}") from None


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
