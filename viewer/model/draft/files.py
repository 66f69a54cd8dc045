"""Drafting from a file: read it in whatever encoding it has, place a UTF-8 copy of the source where the
YAML can name it (the same folder or ``sources/`` below it), write the YAML, and check it loads."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from viewer.model.atomic_file import TargetExistsError, atomic_write, check_target, describe_write_error
from viewer.model.draft.build import DraftResult, drop_refused, prepare_draft, report_id_from
from viewer.model.draft.text import DraftError, decode_source, not_a_text
from viewer.model.errors import ReportError
from viewer.model.loader import MAX_REPORT_BYTES, MAX_SOURCE_BYTES, LoadedReport, parse_report
from viewer.model.package import REPORT_FILE_SUFFIXES
from viewer.model.safe_read import describe_read_error, read_regular


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
        raw = read_regular(path, MAX_SOURCE_BYTES)  # a FIFO or device is refused, never read
    except OSError as exc:
        raise DraftError(f"{path}: {describe_read_error(exc, 'file')}") from None
    try:
        return decode_source(raw)
    except DraftError as exc:
        raise DraftError(f"{path}: {exc}") from None


@dataclass(frozen=True)
class DraftPlan:
    """A draft checked before any work: the source read, the names it will be written under (nothing written)."""

    source_path: Path
    yaml_path: Path
    text: str
    encoding: str
    copy_path: Path  # the source itself, or the UTF-8 copy to write in ``sources/``
    report_id: str
    title: str | None
    overwrite: bool


@dataclass(frozen=True)
class ComposedDraft:
    """A draft drafted and validated, ready to write: ``write_draft`` writes it."""

    plan: DraftPlan
    yaml_text: str
    result: DraftResult
    # The draft as the loader read it (report, source text, provenance): what opening the written file gives, so
    # the window shows it without reading and checking the file again.
    loaded: LoadedReport


def draft_file(source: str | os.PathLike[str], out: str | os.PathLike[str] | None = None, *,
               report_id: str | None = None, title: str | None = None, overwrite: bool = False,
               make_folder: bool = True) -> DraftedFile:
    """Draft ``source`` into ``out`` (default: the source's name with ``.yaml``), beside a UTF-8 copy of
    the source when the original cannot be named as it is (another encoding, or outside ``out``'s folder).
    ``make_folder``: create ``out``'s folder when missing (a new library folder); else refuse it (a folder
    the user named, perhaps mistyped).

    Raises DraftError (one line, for the user) when the source cannot be read or is no report text (a report
    file, data, a web page), ``out`` is the source or exists and ``overwrite`` is false, ``out``'s folder is
    missing and not to be made, or a file cannot be written.

    In three steps, which the window runs apart (the drafting in a worker thread, the writing only when the user
    did not cancel): ``plan_draft`` (quick checks), ``compose_draft`` (the work, writes nothing), ``write_draft``.
    """
    plan = plan_draft(source, out, report_id=report_id, title=title, overwrite=overwrite, make_folder=make_folder)
    return write_draft(compose_draft(plan))


def plan_draft(source: str | os.PathLike[str], out: str | os.PathLike[str] | None = None, *,
               report_id: str | None = None, title: str | None = None, overwrite: bool = False,
               make_folder: bool = True) -> DraftPlan:
    """Read ``source`` and check where its draft goes (see draft_file); writes nothing."""
    source_path = Path(source)
    text, encoding = read_source(source_path)
    problem = not_a_text(text, source_path.suffix)
    if problem is not None:
        raise DraftError(f"{source_path}: {problem}")
    yaml_path = Path(out) if out is not None else source_path.with_suffix(".yaml")
    if yaml_path.suffix.lower() not in REPORT_FILE_SUFFIXES:
        raise DraftError(f"{yaml_path}: the draft is written as YAML; name it .yaml")
    try:
        same = yaml_path.samefile(source_path)
    except OSError:  # no such file (or a name the file system refuses: check_target says so below)
        same = False
    if same:
        raise DraftError(f"{yaml_path}: is the text drafted from; name another file for the draft")
    try:
        check_target(yaml_path, overwrite=overwrite)
    except TargetExistsError:
        raise DraftError(f"{yaml_path}: already exists (use --force to replace it)") from None
    except FileNotFoundError:
        if not make_folder:
            raise DraftError(f"no such directory: {yaml_path.parent}") from None
    except NotADirectoryError:
        if not make_folder:
            raise DraftError(f"not a directory: {yaml_path.parent}") from None
    except OSError as exc:
        raise DraftError(f"cannot write {yaml_path}: {describe_write_error(exc, yaml_path)}") from None
    copy_path = _source_copy_path(source_path, yaml_path.parent, encoding, text)
    return DraftPlan(source_path, yaml_path, text, encoding, copy_path,
                     report_id or report_id_from(source_path.name), title, overwrite)


def compose_draft(plan: DraftPlan, progress: Callable[[int, int], None] | None = None) -> ComposedDraft:
    """Draft and validate ``plan``'s text, writing nothing (pure Python: may run in a worker thread).

    ``progress(done, total)`` is called as the text is read (see prepare_draft) and may raise InterruptedError
    to stop; DraftError as draft_file says."""
    folder = plan.yaml_path.parent
    relative = plan.copy_path.relative_to(folder.resolve()).as_posix()
    draft = prepare_draft(plan.text, source_name=relative, report_id=plan.report_id, title=plan.title,
                          progress=progress)
    # The copy is not written yet: the checks read the text it will hold (an existing one is read as the loader does).
    text = plan.text
    reader = None if plan.copy_path.exists() else (lambda _name: text)
    # Validated once, as `report-viewer validate` reads the file (before it is written): what is written loads.
    for _ in range(5):
        yaml_text = draft.yaml(relative)
        size = len(yaml_text.encode("utf-8"))
        if size > MAX_REPORT_BYTES:
            raise DraftError(f"{plan.source_path}: the draft would be {size / 2**20:.0f} MiB, more than the "
                             f"{MAX_REPORT_BYTES // 2**20} MiB a report file may have; draft the text in parts")
        try:
            loaded = parse_report(yaml_text, str(plan.yaml_path), folder, reader)
        except ReportError as exc:  # a drafting slip: leave out what the checks refuse, say so, try again
            draft.summary.warnings += drop_refused(draft.data, [(p.path, p.message) for p in exc.problems])
            continue
        return ComposedDraft(plan, yaml_text, DraftResult(yaml_text, loaded.report, draft.counted(loaded.report)),
                             loaded)
    raise DraftError("the draft does not validate after dropping the items the checks refused")


def write_draft(composed: ComposedDraft) -> DraftedFile:
    """Write the source copy (when one is needed) and the YAML, each atomically; DraftError when a file cannot
    be written."""
    plan = composed.plan
    try:
        plan.yaml_path.parent.mkdir(parents=True, exist_ok=True)
        if not plan.copy_path.exists():
            plan.copy_path.parent.mkdir(parents=True, exist_ok=True)
            _write(plan.copy_path, plan.text, overwrite=False)
        _write(plan.yaml_path, composed.yaml_text, overwrite=plan.overwrite)
    except TargetExistsError as exc:
        raise DraftError(f"{exc.filename}: already exists (use --force to replace it)") from None
    except OSError as exc:
        where = Path(exc.filename) if exc.filename else plan.yaml_path
        raise DraftError(f"cannot write the draft: {describe_write_error(exc, where)}") from None
    return DraftedFile(composed.result, plan.yaml_path, plan.copy_path, plan.encoding)


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
            if read_regular(candidate, MAX_SOURCE_BYTES, follow=False).decode("utf-8") == text:
                return candidate
        except (OSError, UnicodeDecodeError):
            continue
    raise DraftError(f"no free name for the source copy in {folder / 'sources'}")


def _write(path: Path, text: str, overwrite: bool) -> None:
    """Write UTF-8 text through a temporary file, so a failed write never leaves half a file.

    A report is an ordinary file: readable by others as the umask allows (``shared``).
    """
    atomic_write(path, text.encode("utf-8"), shared=True, overwrite=overwrite)
