"""File -> New report from text…: choose a report's text, draft a data file beside it, open the draft.

The drafting itself is ``viewer.model.draft.draft_file`` (pure Python); this module only asks for the
file, picks a name that never overwrites an existing report, and tells the user what to fill in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from viewer.model.draft import DraftedFile, DraftError, draft_file
from viewer.ui.common.widgets import fill
from viewer.ui.window import dialogs


def free_yaml_path(source: Path) -> Path:
    """``NAME.yaml`` beside the source, else ``NAME-draft.yaml``, ``NAME-draft-2.yaml``…: never an existing file."""
    candidate = source.with_suffix(".yaml")
    n = 1
    while candidate.exists():
        candidate = source.with_name(f"{source.stem}-draft{'' if n == 1 else f'-{n}'}.yaml")
        n += 1
    return candidate


def new_report_from_text(window: QMainWindow, open_report: Callable[[Path], object],
                         source: str | Path | None = None) -> DraftedFile | None:
    """Ask for a text file (unless ``source`` is given), draft it, save the YAML beside it and open it with
    ``open_report`` (the window's); ``window`` is the dialogs' parent and shows the summary in its status bar."""
    if source is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("DraftFromText", "New report from text"), "",
            QCoreApplication.translate("DraftFromText", "Report texts (*.txt);;All files (*)")
        )
        if not chosen:
            return None
        source = chosen
    path = Path(source)
    try:
        drafted = draft_file(path, free_yaml_path(path))
    except DraftError as exc:
        dialogs.show_message(window, QCoreApplication.translate("DraftFromText", "Cannot draft a report"), str(exc))
        return None
    open_report(drafted.yaml_path)
    summary = drafted.result.summary
    window.statusBar().showMessage(fill(QCoreApplication.translate("DraftFromText", "Drafted %1: %2"),
                                        drafted.yaml_path.name, summary.lines()[0]), 10000)
    notes = summary.lines()[1:]
    if notes:
        dialogs.show_message(
            window, QCoreApplication.translate("DraftFromText", "Draft report"),
            fill(QCoreApplication.translate(
                "DraftFromText", "Wrote %1. Every item is marked as a draft; review them against their quotes."),
                 str(drafted.yaml_path)) + "\n\n" + "\n".join(notes),
        )
    return drafted
