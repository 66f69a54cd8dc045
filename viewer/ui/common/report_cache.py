"""The window's cache of parsed reports: the same one the command line uses (viewer.model.paths)."""

from __future__ import annotations

from viewer.model.cache import ReportCache, default_cache


def report_cache() -> ReportCache:
    """The cache the window loads reports through: ``reports`` in the user's cache folder, or
    ``$REPORT_VIEWER_CACHE_DIR``."""
    return default_cache()
