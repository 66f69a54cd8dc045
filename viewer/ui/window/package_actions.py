"""File -> Save as package… and the review work a package brings when it is opened.

A report package (viewer.model.package) is the report, its source text and optionally the reviewer's work in
one ``.irv`` file. Saving asks where, and whether to include the review work; opening a package that carries
review work offers to merge it into the reader's checklist (the later change wins per item, as Import does),
as one undo step. Imported when first used, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from viewer.model.errors import ReportError
from viewer.model.loader import LoadedReport
from viewer.model.package import SUFFIX, PackageError
from viewer.ui.common.widgets import fill
from viewer.ui.context import AppContext

if TYPE_CHECKING:
    from viewer.model.state.exchange import ImportPreview

FOLDER_KEY = "package/folder"  # QSettings: where a package was last saved
translate = QCoreApplication.translate


def has_review_work(context: AppContext) -> bool:
    """Whether the reader has recorded anything (a mark, a comment, a status, a note, an owner, a due date)."""
    state = context.state
    return state is not None and bool(state.checklist() or state.review())


def save_package(context: AppContext, parent: QWidget | None, path: str | Path | None = None,
                 include_review: bool | None = None) -> Path | None:
    """Ask for a file name (unless ``path``) and whether to include the review work (unless
    ``include_review``), then write the package; the path written, or None (cancelled, or an error shown)."""
    from viewer.model.packing import packed_report, write_package
    from viewer.model.state.storage import describe_os_error

    title = translate("PackageActions", "Save as package")
    if path is None:
        folder = str(QSettings().value(FOLDER_KEY, "", type=str)) or \
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggestion = str(Path(folder) / f"{context.report.meta.id}{SUFFIX}")
        packages = translate("PackageActions", "Report packages (*.irv)")
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggestion, packages)
        if not chosen:
            return None
        path = chosen
    target = Path(path)
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
        # The file dialog asked about the name it was given; this one was never asked about.
        if target.exists() and QMessageBox.question(
                parent, title, fill(translate("PackageActions", "%1 already exists. Replace it?"), target.name)) \
                != QMessageBox.StandardButton.Yes:
            return None
    if include_review is None:
        include_review = has_review_work(context) and ask_include_review(parent)
    review = None
    if include_review and context.state is not None:
        from viewer.model.state.exchange import export_json

        review = export_json(context.state, context.lang)
    try:
        write_package(target, packed_report(context.loaded, review), overwrite=True)
    except (ReportError, PackageError) as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    except OSError as exc:
        QMessageBox.warning(parent, title, fill(translate("PackageActions", "Could not write %1: %2"), target,
                                                describe_os_error(exc, target)))
        return None
    QSettings().setValue(FOLDER_KEY, str(target.parent))
    return target


def ask_include_review(parent: QWidget | None) -> bool:
    """Whether to put the review work in the package."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("PackageActions", "Save as package"),
                      translate("PackageActions", "Include your review work in the package?"),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setInformativeText(translate(
        "PackageActions", "Review marks and comments, and the checklist's statuses, notes, owners and due "
                               "dates. A colleague who opens the package can merge them into their own."))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


Confirm = Callable[["ImportPreview"], bool]


def offer_review_merge(context: AppContext, loaded: LoadedReport, parent: QWidget | None,
                       confirm: Confirm | None = None) -> ImportPreview | None:
    """When ``loaded`` is a package carrying review work, show what merging it would do and merge it when the
    reader agrees (one undo step). Returns the preview applied, or None."""
    session = context.session
    if loaded.review is None or session is None:
        return None
    from viewer.model.state.exchange import ImportFileError

    try:
        preview = session.preview_import(loaded.review)
    except ImportFileError as exc:
        QMessageBox.warning(parent, translate("PackageActions", "Review work in the package"),
                            fill(translate("PackageActions", "Not merged: %1"), str(exc)))
        return None
    changes = preview.changes()
    if not changes or not (confirm or (lambda p: _confirm(p, parent)))(preview):
        return None
    session.apply_import(preview, fill(translate("PackageActions", "Merge %1 review records from %2"),
                                       len(changes.checklist) + len(changes.review), loaded.path.name))
    return preview


def _confirm(preview: ImportPreview, parent: QWidget | None) -> bool:
    c = preview.counts()
    box = QMessageBox(QMessageBox.Icon.Question, translate("PackageActions", "Review work in the package"),
                      translate("PackageActions",
                                "This package carries a reviewer's marks, comments and checklist. Merge them into "
                          "yours? For each item the later change wins."),
                      QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Ignore, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(fill(translate("PackageActions",
                                          "Added: %1, changed: %2, unchanged: %3, ignored (yours is newer): %4"),
                                c["added"], c["changed"], c["unchanged"], c["ignored_older"]))
    box.setDefaultButton(QMessageBox.StandardButton.Apply)
    return box.exec() == QMessageBox.StandardButton.Apply
