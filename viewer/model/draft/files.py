"""Drafting from a file: read it in whatever encoding it has, place a UTF-8 copy of the source where the
YAML can name it (the same folder or ``sources/`` below it), write the YAML, and check it loads."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from viewer.model.atomic_file import atomic_write
from viewer.model.draft.build import DraftResult, draft_report, report_id_from
from viewer.model.draft.text import DraftError, decode_source
from viewer.model.errors import ReportError
from viewer.model.loader import MAX_SOURCE_BYTES, parse_report


@dataclass(frozen=True)
class DraftedFile:
    """Where the draft and the source copy it names were written, and what was drafted."""

    result: DraftResult
    yaml_path: Path
    source_path: Path
    encoding: str


def read_source(path: Path) -> tuple[str, str]:
    """The text of a report source and its encoding; DraftError with a one-line reason otherwise."""
    try:
        if path.is_dir():
            raise DraftError(f"{path}: is a directory, not a text file")
        with path.open("rb") as fh:
            raw = fh.read(MAX_SOURCE_BYTES + 1)
    except FileNotFoundError:
        raise DraftError(f"{path}: no such file") from None
    except PermissionError:
        raise DraftError(f"{path}: permission denied") from None
    except OSError as exc:
        raise DraftError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_SOURCE_BYTES:
        raise DraftError(f"{path}: larger than {MAX_SOURCE_BYTES // 2**20} MiB")
    try:
        return decode_source(raw)
    except DraftError as exc:
        raise DraftError(f"{path}: {exc}") from None


def draft_file(source: str | os.PathLike[str], out: str | os.PathLike[str] | None = None, *,
               report_id: str | None = None, title: str | None = None, overwrite: bool = False) -> DraftedFile:
    """Draft ``source`` into ``out`` (default: the source's name with ``.yaml``), beside a UTF-8 copy of
    the source when the original cannot be named as it is (another encoding, or outside ``out``'s folder).

    Raises DraftError (one line, for the user) when the source cannot be read, ``out`` exists and
    ``overwrite`` is false, or a file cannot be written.
    """
    source_path = Path(source)
    text, encoding = read_source(source_path)
    yaml_path = Path(out) if out is not None else source_path.with_suffix(".yaml")
    if yaml_path.suffix.lower() not in (".yaml", ".yml"):
        raise DraftError(f"{yaml_path}: the draft is written as YAML; name it .yaml")
    if yaml_path.exists() and not overwrite:
        raise DraftError(f"{yaml_path}: already exists (use --force to replace it)")
    folder = yaml_path.parent
    copy_path = _source_copy_path(source_path, folder, encoding, text)
    relative = copy_path.relative_to(folder.resolve()).as_posix()
    result = draft_report(text, source_name=relative, report_id=report_id or report_id_from(source_path.name),
                          title=title)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not copy_path.exists():
            copy_path.parent.mkdir(parents=True, exist_ok=True)
            _write(copy_path, text)
        _write(yaml_path, result.yaml_text)
    except OSError as exc:
        raise DraftError(f"cannot write the draft: {exc.strerror or exc}: {exc.filename or yaml_path}") from None
    try:
        parse_report(result.yaml_text, str(yaml_path), folder)
    except ReportError as exc:  # a drafting bug: say so plainly rather than leave a broken file unexplained
        raise DraftError(f"the written draft does not validate: {exc.problems[0]}") from None
    return DraftedFile(result, yaml_path, copy_path, encoding)


def _source_copy_path(source: Path, folder: Path, encoding: str, text: str) -> Path:
    """The source itself when it is UTF-8 inside ``folder``; else ``folder/sources/NAME.txt`` (a free name,
    or one already holding this very text)."""
    folder = folder.resolve()
    resolved = source.resolve()
    if encoding == "utf-8" and folder in resolved.parents:
        return resolved
    stem = source.stem or "source"
    for n in range(1, 1000):
        candidate = folder / "sources" / (f"{stem}.txt" if n == 1 else f"{stem}-{n}.txt")
        if not candidate.exists():
            return candidate
        try:
            if candidate.read_text(encoding="utf-8") == text:
                return candidate
        except (OSError, UnicodeDecodeError):
            continue
    raise DraftError(f"no free name for the source copy in {folder / 'sources'}")


def _write(path: Path, text: str) -> None:
    """Write UTF-8 text through a temporary file, so a failed write never leaves half a file.

    A report is an ordinary file: readable by others as the umask allows (``shared``).
    """
    atomic_write(path, text.encode("utf-8"), shared=True)
