"""Where state files live: ``--state-dir``, else ``$REPORT_VIEWER_STATE_DIR``, else the user's data folder.

The window passes Qt's ``QStandardPaths.writableLocation(AppDataLocation)`` as the default. The command
line has no Qt application, so ``platform_data_dir`` computes the same folder for the organization and
application names the window sets (``viewer/ui/app/run.py``; a test keeps the two in step):

- Linux and other Unix: ``$XDG_DATA_HOME/IndustryReportViewer/report-viewer`` when ``XDG_DATA_HOME`` is an
  absolute path, else ``~/.local/share/IndustryReportViewer/report-viewer``;
- macOS: ``~/Library/Application Support/IndustryReportViewer/report-viewer``;
- Windows: ``%APPDATA%\\IndustryReportViewer\\report-viewer``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

ENV_VAR = "REPORT_VIEWER_STATE_DIR"
# The same names viewer/ui/app/run.py gives QApplication (QStandardPaths builds AppDataLocation from them).
ORGANIZATION = "IndustryReportViewer"
APPLICATION = "report-viewer"


def platform_data_dir(
    organization: str = ORGANIZATION,
    application: str = APPLICATION,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> Path:
    """The folder Qt's AppDataLocation names for these names, computed without Qt."""
    env = os.environ if environ is None else environ
    platform = platform or sys.platform
    home = Path(env.get("HOME") or Path.home())
    if platform.startswith("win"):
        base = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        # Qt ignores a relative XDG_DATA_HOME, as the XDG specification asks.
        base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share"
    parts = [p for p in (organization, application) if p]
    return base.joinpath(*parts)


def resolve_state_dir(
    option: str | os.PathLike[str] | None,
    default: Callable[[], Path] = platform_data_dir,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """The state folder: the option, else the environment variable, else ``default()``. Not created here."""
    env = os.environ if environ is None else environ
    if option:
        return Path(option).expanduser()
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    return default()
