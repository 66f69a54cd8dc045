"""Every place the app reads or writes, in one module, the same for the window and the command line.

Bundled files (read-only): beside the package when installed (the wheel's ``viewer/_data`` and
``viewer/_resources``, also inside the frozen application), the repository's ``data/`` and ``resources/`` in a
checkout.

The user's folders, from platformdirs for the platform's conventions, each under ``IndustryReportViewer/
report-viewer`` (the organization and application names the window gives Qt, viewer/ui/app/run.py):

- data: Linux ``$XDG_DATA_HOME`` (~/.local/share), macOS ~/Library/Application Support, Windows %APPDATA%
  (roams with the user);
- cache: Linux ``$XDG_CACHE_HOME`` (~/.cache), macOS ~/Library/Caches, Windows %LOCALAPPDATA% (``cache``
  inside the app's folder);
- state: Linux ``$XDG_STATE_HOME`` (~/.local/state), macOS ~/Library/Application Support, Windows %LOCALAPPDATA%.

What each holds:

- data: the checklist and review state (what the user recorded); the same folder as Qt's AppDataLocation,
  so state recorded by earlier versions is found. ``--state-dir`` / ``$REPORT_VIEWER_STATE_DIR`` override
  it (viewer.model.state.location).
- data, also: ``library/``, the default folder of the report library (``$REPORT_VIEWER_LIBRARY_DIR``), and
  ``indicators.yaml``, the user's own indicators merged over the bundled vocabulary (``$REPORT_VIEWER_INDICATORS``).
- cache: ``reports/``, the one cache of parsed reports (``$REPORT_VIEWER_CACHE_DIR`` overrides it). Losing it
  costs one slower open. ``library/``, the library's SQLite index (``$REPORT_VIEWER_LIBRARY_INDEX_DIR``): rebuilt
  from the reports when missing or damaged.
- state: ``crash-logs/`` (what the window wrote when something went wrong).

Settings (language, window geometry, recent files) are Qt's QSettings, in the platform's own place.
platformdirs is imported when a user folder is first asked for, not at start-up of a command that needs none.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs.api import PlatformDirsABC

_PACKAGE = Path(__file__).resolve().parent.parent

ORGANIZATION = "IndustryReportViewer"
APPLICATION = "report-viewer"
ENV_CACHE_DIR = "REPORT_VIEWER_CACHE_DIR"
ENV_LIBRARY_DIR = "REPORT_VIEWER_LIBRARY_DIR"
ENV_LIBRARY_INDEX_DIR = "REPORT_VIEWER_LIBRARY_INDEX_DIR"
ENV_INDICATORS = "REPORT_VIEWER_INDICATORS"


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def data_dir() -> Path:
    """The folder of bundled reports, their sources and the schema."""
    return _first_existing(_PACKAGE / "_data", _PACKAGE.parent / "data")


def resources_dir() -> Path:
    """The folder of fonts, icons, translations and the desktop entry."""
    return _first_existing(_PACKAGE / "_resources", _PACKAGE.parent / "resources")


def resource(relative: str) -> Path:
    """A file under resources/; refuses absolute paths and '..' so data can never name other files."""
    rel = Path(relative)
    if rel.is_absolute() or ".." in rel.parts:
        raise ValueError(f"not a resource path: {relative!r}")
    return resources_dir() / rel


def examples_dir() -> Path:
    """The bundled example library: reports of fictional regions written to show comparison (data/examples)."""
    return data_dir() / "examples"


def indicators_path() -> Path:
    """The bundled vocabulary of indicators (data/indicators.yaml)."""
    return data_dir() / "indicators.yaml"


def regions_path() -> Path:
    """The bundled names of regions (data/regions.yaml)."""
    return data_dir() / "regions.yaml"


def default_report_path() -> Path:
    """The report opened when none is named: the Fujian 2023 conference."""
    return data_dir() / "fujian-2023.yaml"


# --- the user's folders ------------------------------------------------------------------------------

def _platform_dirs(platform: str | None = None, roaming: bool = True) -> PlatformDirsABC:
    """platformdirs' rules for ``platform`` (default: this one), without an application name: the bases."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        from platformdirs.windows import Windows

        return Windows(roaming=roaming)
    if platform == "darwin":
        from platformdirs.macos import MacOS

        return MacOS(roaming=roaming)
    from platformdirs.unix import Unix

    return Unix(roaming=roaming)


# The XDG defaults, for an XDG_*_HOME that is set but relative: the specification says to ignore it (as Qt
# does); platformdirs would use it, relative to whatever the current folder is.
_XDG_DEFAULTS = {"data": "~/.local/share", "cache": "~/.cache", "state": "~/.local/state"}


def _base(kind: str, platform: str | None, roaming: bool = True) -> Path:
    platform = platform or sys.platform
    base = getattr(_platform_dirs(platform, roaming), f"user_{kind}_dir")
    if not platform.startswith(("win", "darwin")) and not os.path.isabs(base):
        base = os.path.expanduser(_XDG_DEFAULTS[kind])
    return Path(base, ORGANIZATION, APPLICATION)


def user_data_dir(platform: str | None = None) -> Path:
    """The user's data folder of the app (checklist and review state live here by default)."""
    return _base("data", platform)


def user_cache_dir(platform: str | None = None) -> Path:
    """The app's cache folder (everything in it can be rebuilt)."""
    base = _base("cache", platform)
    # %LOCALAPPDATA% holds data and cache alike on Windows: the cache gets its own subfolder (as Qt does).
    return base / "cache" if (platform or sys.platform).startswith("win") else base


def user_state_dir(platform: str | None = None) -> Path:
    """The app's state folder: what it keeps about its own runs (crash logs), not what the user recorded."""
    return _base("state", platform, roaming=False)


def report_cache_dir() -> Path:
    """The one cache of parsed reports, for the window and the command line: ``$REPORT_VIEWER_CACHE_DIR``, else
    ``reports`` in the cache folder."""
    override = os.environ.get(ENV_CACHE_DIR)
    return Path(override) if override else user_cache_dir() / "reports"


def crash_log_dir() -> Path:
    """Where the window writes crash logs: ``crash-logs`` in the state folder."""
    return user_state_dir() / "crash-logs"


def library_dir() -> Path:
    """The default folder of the report library (where reports added to it are copied): ``$REPORT_VIEWER_LIBRARY_DIR``,
    else ``library`` in the data folder."""
    override = os.environ.get(ENV_LIBRARY_DIR)
    return Path(override) if override else user_data_dir() / "library"


def library_index_dir() -> Path:
    """Where the library's index lives: ``$REPORT_VIEWER_LIBRARY_INDEX_DIR``, else ``library`` in the cache folder."""
    override = os.environ.get(ENV_LIBRARY_INDEX_DIR)
    return Path(override) if override else user_cache_dir() / "library"


def user_indicators_path() -> Path:
    """The user's own indicators, merged over the bundled ones: ``$REPORT_VIEWER_INDICATORS``, else
    ``indicators.yaml`` in the data folder."""
    override = os.environ.get(ENV_INDICATORS)
    return Path(override) if override else user_data_dir() / "indicators.yaml"
