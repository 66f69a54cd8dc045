"""What the frozen application leaves out of PySide6 (used by report-viewer.spec; tested in tests/test_freeze.py).

The app uses QtCore, QtGui, QtWidgets and QtSvg (grep ``PySide6.Qt`` in viewer/; pyqtgraph imports QtOpenGL and
QtOpenGLWidgets as well). PyInstaller's PySide6 hooks collect every plugin of those modules and every Qt
translation; the app needs far fewer:

- platforms: the desktop one (xcb on Linux, running under XWayland on Wayland desktops; windows; cocoa),
  offscreen (``render``, ``pdf``, ``export`` and the tests) and minimal. Not eglfs, linuxfb, vnc, wayland, ...
- image formats: SVG (the icon, SVG export) and ICO/ICNS (window icons); PNG, the only raster format the app
  reads or writes, is built into QtGui. Not GIF, JPEG, TIFF, WebP, TGA, WBMP.
- input contexts (ibus/compose: typing Chinese on Linux), the SVG icon engine, the XDG portal theme, styles.
  Not the GTK3 theme (it alone pulls in GTK, Pango, Cairo and a dozen more libraries), not evdev/touch input.
- translations: qtbase_zh_CN.qm only (viewer/ui/common/i18n.py loads no other Qt catalogue).
- Windows: Qt's software OpenGL (opengl32sw.dll, 20 MB): the widgets paint with the raster engine, and the app
  has no OpenGL view.

On Linux, the shared libraries then reached by nothing that is kept are dropped as well (``prune_unreached``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

QT_PREFIX = ("PySide6", "Qt")
# plugin folder -> the plugins kept (file-name stems without the lib prefix), or None: the folder is dropped
KEPT_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa", "qdirect2d"},
    "imageformats": {"qsvg", "qico", "qicns"},
    "iconengines": {"qsvgicon"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "platformthemes": {"qxdgdesktopportal"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
    "generic": None,
    "egldeviceintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    "networkinformation": None,
    "tls": None,
}
KEPT_TRANSLATIONS = {"qtbase_zh_CN.qm"}
DROPPED_FILES = {"opengl32sw.dll"}


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def _stem(name: str) -> str:
    stem = name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_binary(dest: str) -> bool:
    """Whether a collected binary (its path inside the bundle) stays."""
    parts = _parts(dest)
    if parts[-1].lower() in DROPPED_FILES:
        return False
    if parts[:3] != (*QT_PREFIX, "plugins") or len(parts) < 5:
        return True
    kept = KEPT_PLUGINS.get(parts[3], "all")
    if kept == "all":
        return True
    return kept is not None and _stem(parts[-1]) in kept


def keep_data(dest: str) -> bool:
    """Whether a collected data file stays."""
    parts = _parts(dest)
    if parts[:3] == (*QT_PREFIX, "translations"):
        return parts[-1] in KEPT_TRANSLATIONS
    return True


def prune_unreached(
    entries: Iterable[tuple[str, str, str]],
    imports: Callable[[str], Iterable[str]],
    platform: str = sys.platform,
) -> list[tuple[str, str, str]]:
    """Drop the shared libraries (``lib*.so*`` at the bundle's top or under Qt's lib folder) that no kept
    binary needs, directly or through another library. Linux only: elsewhere Qt also loads DLLs by name
    (ANGLE, the software OpenGL), which no import table shows, so the list is left as it is.

    ``entries`` are PyInstaller TOC entries (dest, source, kind); ``imports(source)`` the file names a binary
    needs (its DT_NEEDED).
    """
    entries = list(entries)
    if not platform.startswith("linux"):
        return entries

    def is_library(dest: str) -> bool:
        parts = _parts(dest)
        name = parts[-1]
        return name.startswith("lib") and ".so" in name and (len(parts) == 1 or parts[:3] == (*QT_PREFIX, "lib")
                                                              or parts[0].endswith(".libs"))

    by_name = {_parts(dest)[-1]: (dest, source) for dest, source, _kind in entries if is_library(dest)}
    # libpython is loaded by the launcher, not named by any extension module's DT_NEEDED.
    reached = {name for name in by_name if name.startswith("libpython")}
    todo = [source for dest, source, _kind in entries if not is_library(dest)]
    todo += [by_name[name][1] for name in reached]
    seen_sources: set[str] = set()
    while todo:
        source = todo.pop()
        if source in seen_sources:
            continue
        seen_sources.add(source)
        for needed in imports(source):
            name = PurePosixPath(needed).name
            if name in by_name and name not in reached:
                reached.add(name)
                todo.append(by_name[name][1])
    return [entry for entry in entries if not is_library(entry[0]) or _parts(entry[0])[-1] in reached]


def drop_dangling_links(entries: Iterable[tuple[str, str, str]], kept: Iterable[str]) -> list[tuple[str, str, str]]:
    """Drop SYMLINK entries (dest, relative target, 'SYMLINK') whose target is no longer collected: PyInstaller
    links ``libQt6Network.so.6`` at the bundle's top to ``PySide6/Qt/lib/``, also when that library went."""
    kept_paths = {PurePosixPath(dest.replace("\\", "/")) for dest in kept}
    result = []
    for dest, source, kind in entries:
        if kind == "SYMLINK":
            target = PurePosixPath(dest.replace("\\", "/")).parent / source.replace("\\", "/")
            if PurePosixPath(*[p for p in target.parts if p != "."]) not in kept_paths:
                continue
        result.append((dest, source, kind))
    return result
