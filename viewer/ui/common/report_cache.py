"""The GUI's cache of parsed reports: Qt's per-user cache folder, or $REPORT_VIEWER_CACHE_DIR."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from viewer.model.cache import ENV_CACHE_DIR, ReportCache


def report_cache() -> ReportCache:
    """The cache the window loads reports through (QStandardPaths.CacheLocation/reports by default)."""
    override = os.environ.get(ENV_CACHE_DIR)
    if override:
        return ReportCache(Path(override))
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return ReportCache(Path(base) / "reports")
