"""What the Library view's Add, Draft from text and Remove do with files: the file dialogs, copying or drafting
into the library's first folder (each new file indexed at once), and moving files to the system's trash after
asking, and which dropped files it takes. The page (``viewer.ui.library.page``) calls these and shows the result;
the texts are the page's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFile
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.model.errors import ReportError
from viewer.model.package import OPENABLE_SUFFIXES
from viewer.ui.common.widgets import fill
from viewer.ui.library.service import LibraryService

TEXT_SUFFIXES = (".txt",)


def ask_reports(parent: QWidget) -> list[Path]:
    """The report files the user picks to add (none when cancelled)."""
    from PySide6.QtWidgets import QFileDialog  # not before the first frame (tests/ui/app/test_startup_imports.py)

    kinds = QCoreApplication.translate("LibraryPage",
                                       "Reports and report packages (*.yaml *.yml *.irv);;All files (*)")
    title = QCoreApplication.translate("LibraryPage", "Add reports to the library")
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, "", kinds)
    return [Path(p) for p in chosen]


def ask_text(parent: QWidget) -> Path | None:
    """The text the user picks to draft a report from (None when cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    title = QCoreApplication.translate("LibraryPage", "Draft a report from a text")
    kinds = QCoreApplication.translate("LibraryPage", "Report texts (*.txt);;All files (*)")
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return Path(chosen) if chosen else None


def copy_reports(service: LibraryService, paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Copy ``paths`` (not yet in the library) into its first folder and index them: (the copies, the problems
    of those refused, each with its file)."""
    from viewer.model.library.files import add_report, inside

    added: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if inside(path, service.all_folders()) is not None:
            continue  # already in the library
        try:
            copy = add_report(path, service.default_folder())
        except ReportError as exc:
            problems.append(str(exc))
            continue
        except OSError as exc:
            from viewer.model.atomic_file import describe_write_error

            problems.append(describe_write_error(exc, Path(exc.filename or path)))
            continue
        service.index.index_file(copy)
        added.append(copy)
    return added, problems


def draft_report(service: LibraryService, path: Path) -> tuple[Path | None, str]:
    """Draft a report from the text ``path`` into the library's first folder and index it: (the draft, '') or
    (None, the problem)."""
    from viewer.model.draft import DraftError
    from viewer.model.library.files import draft_into_library

    try:
        drafted = draft_into_library(path, service.default_folder())
    except (DraftError, OSError) as exc:
        return None, str(exc)
    service.index.index_file(drafted)
    return drafted, ""


def move_to_trash(parent: QWidget, paths: list[Path], confirm: bool = True) -> list[Path]:
    """Move ``paths`` to the system's trash (after asking when ``confirm``); the files moved. A file that could
    not be moved is said so and left as it is."""
    if confirm:
        names = "\n".join(p.name for p in paths)
        which = QCoreApplication.translate("LibraryPage", "this report") if len(paths) == 1 else \
            fill(QCoreApplication.translate("LibraryPage", "%1 reports"), len(paths))
        question = fill(QCoreApplication.translate(
            "LibraryPage", "Move %1 to the trash? Your checklist and review of it are kept.\n\n%2"), which, names)
        title = QCoreApplication.translate("LibraryPage", "Remove from the library")
        if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
            return []
    removed: list[Path] = []
    failed: list[str] = []
    for path in paths:
        if QFile.moveToTrash(str(path)):
            removed.append(path)
        else:
            failed.append(str(path))
    if failed:
        text = QCoreApplication.translate(
            "LibraryPage", "These files could not be moved to the trash (they are unchanged):\n%1")
        QMessageBox.warning(parent, QCoreApplication.translate("LibraryPage", "Remove from the library"),
                            fill(text, "\n".join(failed)))
    return removed


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local report and text files being dropped (nothing else)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in OPENABLE_SUFFIXES + TEXT_SUFFIXES]
