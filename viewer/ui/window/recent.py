"""The list of recently opened reports, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8
KEY = "recent/reports"


def recent_reports(settings: QSettings) -> list[str]:
    """The remembered report paths, most recent first."""
    value = settings.value(KEY, [], type=list)
    assert isinstance(value, list)  # type=list: QSettings converts (a single remembered path too)
    return [str(v) for v in value if v][:MAX_RECENT]


def add_recent(settings: QSettings, path: str | Path) -> list[str]:
    """Put ``path`` first in the list (once), keep at most ``MAX_RECENT``; returns the new list."""
    path = str(Path(path).resolve())
    paths = [path] + [p for p in recent_reports(settings) if p != path]
    settings.setValue(KEY, paths[:MAX_RECENT])
    return paths[:MAX_RECENT]


def remove_recent(settings: QSettings, path: str) -> list[str]:
    """Forget ``path`` (a report that no longer exists); returns the new list."""
    paths = [p for p in recent_reports(settings) if p != path]
    settings.setValue(KEY, paths)
    return paths
