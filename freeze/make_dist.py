"""Build the frozen application: ``python freeze/make_dist.py`` (what ``make dist`` and CI run).

Runs PyInstaller on freeze/report-viewer.spec into dist/report-viewer/ (and dist/Industry Report Viewer.app on
macOS), strips the debug information of libpython on Linux (pyenv and some CI Pythons carry ~19 MB of it; the
other libraries come stripped from their wheels), then packs the folder into one archive for users to unpack:
dist/report-viewer-<version>-<platform>.tar.gz on Linux, .zip on Windows and macOS. Prints the sizes.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def strip_libpython(bundle: Path) -> None:
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return
    internal = bundle / "_internal"
    # The interpreter's own libraries only: the wheels' libraries are stripped already, and some (numpy's
    # OpenBLAS, patched by auditwheel) break when stripped.
    for lib in [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]:
        if lib.is_file() and not lib.is_symlink():
            subprocess.run([strip, "--strip-debug", str(lib)], check=True)


def make_icons(folder: Path) -> None:
    """The program icons Windows (.ico) and macOS (.icns) want, drawn from resources/icons/report-viewer.svg
    with Qt (its image plugins write both formats); the spec takes them from build/icons/."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (image plugins need an application)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "report-viewer.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 256, 256))
    painter.end()
    folder.mkdir(parents=True, exist_ok=True)
    for fmt in ("ico", "icns"):
        if not image.save(str(folder / f"report-viewer.{fmt}"), fmt.upper()):
            raise SystemExit(f"could not write the {fmt} icon")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--no-archive", action="store_true", help="leave the folder, make no archive")
    args = parser.parse_args(argv)
    make_icons(ROOT / "build" / "icons")
    env = dict(os.environ, PYQTGRAPH_QT_LIB="PySide6", QT_API="pyside6")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(args.dist), "--workpath", str(args.work),
                    str(ROOT / "freeze" / "report-viewer.spec")], check=True, env=env)
    bundle = args.dist / "report-viewer"
    strip_libpython(bundle)
    print(f"{bundle}: {folder_size(bundle) / 1e6:.1f} MB")
    if not args.no_archive:
        sys.path.insert(0, str(ROOT))
        from viewer import __version__

        base = args.dist / f"report-viewer-{__version__}-{platform_tag()}"
        if sys.platform == "darwin":
            source_dir, name = args.dist, "Industry Report Viewer.app"
        else:
            source_dir, name = args.dist, "report-viewer"
        archive = shutil.make_archive(str(base), "gztar" if sys.platform.startswith("linux") else "zip",
                                      root_dir=source_dir, base_dir=name)
        print(f"{archive}: {Path(archive).stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
