"""`report-viewer install-desktop` / `uninstall-desktop`: the app in a Linux desktop's menu, for this user.

install-desktop copies, from the installed package (or the frozen application) — never from a checkout:

- the desktop entry to ``$XDG_DATA_HOME/applications/<APP_ID>.desktop``, its ``Exec`` and ``TryExec`` set to
  the absolute path of the program that ran the command (so it works from a venv that is not on ``PATH``);
- the icon to ``$XDG_DATA_HOME/icons/hicolor/scalable/apps/<APP_ID>.svg``;
- the AppStream metadata to ``$XDG_DATA_HOME/metainfo/<APP_ID>.metainfo.xml``;
- the app's own file types (report data, ``.irv`` report packages; not every YAML file) to
  ``$XDG_DATA_HOME/mime/packages/<APP_ID>.xml``,

then refreshes the desktop's MIME and application databases when their tools are there
(``update-mime-database``, ``update-desktop-database``). uninstall-desktop removes the same four files.
``$XDG_DATA_HOME`` defaults to ``~/.local/share``; ``--data-home`` overrides both.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from viewer import APP_ID
from viewer.cli import error
from viewer.model.paths import resource

# Characters that make an Exec argument need quotes (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home(option: str | None = None) -> Path:
    """``--data-home``, else ``$XDG_DATA_HOME`` when absolute, else ``~/.local/share``."""
    if option:
        return Path(option).expanduser().absolute()
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"


def installed_files(home: Path) -> dict[str, Path]:
    """Where each file goes: resource name -> destination."""
    return {
        f"desktop/{APP_ID}.desktop": home / "applications" / f"{APP_ID}.desktop",
        "icons/report-viewer.svg": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        f"desktop/{APP_ID}.metainfo.xml": home / "metainfo" / f"{APP_ID}.metainfo.xml",
        f"desktop/{APP_ID}.mime.xml": home / "mime" / "packages" / f"{APP_ID}.xml",
    }


def launcher() -> list[str]:
    """The command that opens the window, as an argument list: the frozen app's ``report-viewer``, else the
    console script beside this Python (a venv's ``bin/``), else the one on ``PATH``, else ``python -m viewer``."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        gui = exe.with_name("report-viewer" + exe.suffix)
        return [str(gui if gui.is_file() else exe)]
    beside = Path(sys.executable).parent / "report-viewer"
    if beside.is_file():
        return [str(beside.absolute())]
    found = shutil.which("report-viewer")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "viewer"]


def exec_argument(arg: str) -> str:
    """One Exec argument, quoted as the Desktop Entry Specification asks (its file-level escaping included)."""
    arg = arg.replace("%", "%%")
    if any(ch in _RESERVED for ch in arg):
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        arg = f'"{inner}"'
    # A desktop file's string values escape the backslash once more.
    return arg.replace("\\", "\\\\")


def desktop_entry(template: str, command_line: list[str]) -> str:
    """The packaged entry with ``Exec``/``TryExec`` naming ``command_line``."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(exec_argument(a) for a in command_line) + " %f"
        elif line.startswith("TryExec="):
            # TryExec is a plain path (no quoting); the first argument is the program.
            line = "TryExec=" + command_line[0].replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def _refresh(home: Path) -> None:
    """Let the desktop see the change now (each tool is optional; without it, at the next log-in)."""
    for tool, folder in (("update-mime-database", home / "mime"),
                         ("update-desktop-database", home / "applications")):
        path = shutil.which(tool)
        if path and folder.is_dir():
            subprocess.run([path, str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                           timeout=120)


def install_desktop(home: Path, command_line: list[str] | None = None) -> list[Path]:
    """Install the four files under ``home``; returns their paths."""
    written = []
    for name, target in installed_files(home).items():
        source = resource(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".desktop"):
            text = desktop_entry(source.read_text(encoding="utf-8"), command_line or launcher())
            target.write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    _refresh(home)
    return written


def uninstall_desktop(home: Path) -> list[Path]:
    """Remove what install_desktop put under ``home``; returns the files removed."""
    removed = []
    for target in installed_files(home).values():
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        removed.append(target)
    _refresh(home)
    return removed


def cmd_install_desktop(args: argparse.Namespace) -> int:
    if not sys.platform.startswith("linux") and not args.data_home:
        error("install-desktop is for Linux desktops (freedesktop.org); on Windows and macOS use the frozen app")
        return 2
    try:
        for path in install_desktop(data_home(args.data_home)):
            print(path)
    except OSError as exc:
        error(f"cannot install the desktop entry: {exc.strerror or exc}: {exc.filename}")
        return 1
    return 0


def cmd_uninstall_desktop(args: argparse.Namespace) -> int:
    try:
        for path in uninstall_desktop(data_home(args.data_home)):
            print(path)
    except OSError as exc:
        error(f"cannot remove the desktop entry: {exc.strerror or exc}: {exc.filename}")
        return 1
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `install-desktop` and `uninstall-desktop` (their lines are in viewer.cli.COMMANDS)."""
    parser.add_argument("--data-home", metavar="DIR",
                        help="use DIR instead of $XDG_DATA_HOME (default ~/.local/share)")
    uninstall = parser.prog.endswith("uninstall-desktop")
    parser.set_defaults(handler=cmd_uninstall_desktop if uninstall else cmd_install_desktop)
