"""Where state files live: ``--state-dir``, else ``$REPORT_VIEWER_STATE_DIR``, else the user's data folder.

The data folder is ``viewer.model.paths.user_data_dir()`` for the window and the command line alike: the folder
Qt names AppDataLocation for the application's names (a test keeps the two in step), so state recorded by
versions that asked Qt is found.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from viewer.model.paths import user_data_dir

ENV_VAR = "REPORT_VIEWER_STATE_DIR"


def resolve_state_dir(
    option: str | os.PathLike[str] | None,
    default: Callable[[], Path] = user_data_dir,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """The state folder: the option, else the environment variable, else ``default()``. Not created here."""
    env = os.environ if environ is None else environ
    if option:
        return Path(option).expanduser()
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    return default()
