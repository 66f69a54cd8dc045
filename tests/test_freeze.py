"""The frozen application (freeze/): what it leaves out of Qt, and — `make test-dist` — the built bundle itself.

The bundle test builds dist/report-viewer with PyInstaller (about a minute) unless $REPORT_VIEWER_BUNDLE names
one already built, then runs it with no Python reachable: no PATH, no PYTHONHOME/PYTHONPATH, no virtualenv,
HOME and every XDG folder in a temporary folder. It opens the window offscreen (every tab, and the GUI program's
own start-up), exports every chart in every format and writes the report PDF. Marked ``dist``: the default
`make test` leaves it out (`-m "not dist"` in pyproject.toml); `make test-dist` and CI run it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "freeze"))
import trim  # noqa: E402  (freeze/trim.py, used by the spec; not part of the package)

sys.path.remove(str(REPO / "freeze"))


# --- what the spec leaves out (fast) -------------------------------------------------------------------

def test_plugins_kept_are_the_ones_the_app_uses() -> None:
    keep = trim.keep_binary
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert keep("PySide6\\Qt\\plugins\\platforms\\qwindows.dll")
    assert keep("PySide6/Qt/plugins/platforms/libqcocoa.dylib")
    assert keep("PySide6/Qt/plugins/imageformats/libqsvg.so") and keep("PySide6/Qt/plugins/iconengines/libqsvgicon.so")
    assert keep("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")
    assert not keep("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert not keep("PySide6/Qt/plugins/platforms/libqeglfs.so")
    assert not keep("PySide6/Qt/plugins/imageformats/libqjpeg.so")
    assert not keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not keep("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so")
    assert not keep("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so")
    assert not keep("PySide6\\opengl32sw.dll")
    # Anything else (libraries, extension modules, a plugin folder nobody listed) stays.
    assert keep("PySide6/Qt/lib/libQt6Core.so.6") and keep("numpy/_core/_multiarray_umath.so")
    assert keep("PySide6/Qt/plugins/somethingnew/libnew.so")


def test_only_the_chinese_qt_catalogue_is_kept() -> None:
    assert trim.keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not trim.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not trim.keep_data("PySide6/Qt/translations/qt_help_zh_CN.qm")
    assert trim.keep_data("viewer/_resources/i18n/report_viewer_zh_CN.qm")


def test_libraries_nothing_kept_needs_are_dropped_on_linux() -> None:
    entries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),  # only the dropped gtk3 theme
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
        ("libz.so.1", "/usr/lib/libz.so.1", "BINARY"),
        ("numpy.libs/libopenblas.so", "/src/libopenblas.so", "BINARY"),
        ("numpy/_core/_umath.so", "/src/_umath.so", "EXTENSION"),
    ]
    needs = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6", "libc.so.6"],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/src/libQt6XcbQpa.so.6": ["libQt6Gui.so.6"],
        "/usr/lib/libpython3.11.so.1.0": ["libz.so.1"],  # the launcher loads libpython: a root
        "/src/_umath.so": ["libopenblas.so"],
    }
    kept = trim.prune_unreached(entries, lambda source: needs.get(source, []), platform="linux")
    assert [dest for dest, _source, _kind in kept] == [
        "PySide6/QtGui.abi3.so", "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "libpython3.11.so.1.0",
        "libz.so.1", "numpy.libs/libopenblas.so", "numpy/_core/_umath.so",
    ]
    # Elsewhere Qt loads DLLs by name that no import table shows: nothing is dropped.
    assert trim.prune_unreached(entries, lambda source: [], platform="win32") == entries


def test_links_to_dropped_libraries_go_too() -> None:
    datas = [("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
             ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
             ("viewer/_data/fujian-2023.yaml", "/src/fujian-2023.yaml", "DATA")]
    kept = trim.drop_dangling_links(datas, ["PySide6/Qt/lib/libQt6Core.so.6", "viewer/_data/fujian-2023.yaml"])
    assert [dest for dest, _source, _kind in kept] == ["libQt6Core.so.6", "viewer/_data/fujian-2023.yaml"]


def test_every_package_folder_has_an_init_module() -> None:
    # PyInstaller collects packages, not namespace folders: viewer/ui/figures/ without __init__.py ran from a
    # checkout but was missing from the frozen app ("No module named 'viewer.ui.figures'").
    folders = {path.parent for path in (REPO / "viewer").rglob("*.py")}
    assert sorted(str(f.relative_to(REPO)) for f in folders if not (f / "__init__.py").is_file()) == []


def test_program_icons_are_drawn_from_the_svg(tmp_path: Path, qapp) -> None:
    from PySide6.QtGui import QImage

    sys.path.insert(0, str(REPO / "freeze"))
    try:
        import make_dist
    finally:
        sys.path.remove(str(REPO / "freeze"))
    make_dist.make_icons(tmp_path)
    for fmt in ("ico", "icns"):
        image = QImage(str(tmp_path / f"report-viewer.{fmt}"))
        assert (image.width(), image.height()) == (256, 256), fmt
        assert image.pixelColor(0, 0).alpha() == 0 and image.pixelColor(128, 128).alpha() == 255


# --- the bundle (make test-dist) -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built folder: $REPORT_VIEWER_BUNDLE, else built now into a temporary folder."""
    given = os.environ.get("REPORT_VIEWER_BUNDLE")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("frozen")
    subprocess.run([sys.executable, str(REPO / "freeze" / "make_dist.py"), "--dist", str(out / "dist"),
                    "--work", str(out / "work"), "--no-archive"], check=True, timeout=1800)
    return out / "dist" / "report-viewer"


def _bare_env(home: Path) -> dict[str, str]:
    """No PATH (so no python on it), no PYTHONHOME/PYTHONPATH/VIRTUAL_ENV: nothing but the bundle to run."""
    return {
        "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
    }


def _python_hidden() -> list[str]:
    """On Linux where a private mount namespace can be had (root, or user namespaces): freeze/without-python.sh,
    which covers every Python installation of the machine, so the bundle runs where no Python exists at all.
    Elsewhere the bare environment alone keeps Python out of reach."""
    script = REPO / "freeze" / "without-python.sh"
    if not sys.platform.startswith("linux"):
        return []
    probe = subprocess.run([str(script), "true"], capture_output=True, timeout=60)
    return [str(script)] if probe.returncode == 0 else []


_HIDE_PYTHON: list[str] | None = None


def _run(bundle: Path, program: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    global _HIDE_PYTHON
    if _HIDE_PYTHON is None:
        _HIDE_PYTHON = _python_hidden()
        print("Python installations hidden:", bool(_HIDE_PYTHON))
    exe = bundle / (program + (".exe" if sys.platform == "win32" else ""))
    env = _bare_env(cwd / "home")
    if sys.platform == "win32":  # Windows needs its own folders on the path to load any DLL
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
    result = subprocess.run([*_HIDE_PYTHON, str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True,
                            encoding="utf-8", timeout=300)
    assert result.returncode == 0, f"{program} {args}: {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.mark.slow
@pytest.mark.dist
def test_frozen_app_runs_without_python(bundle: Path, tmp_path: Path) -> None:
    assert "PATH" not in _bare_env(tmp_path) and "PYTHONHOME" not in _bare_env(tmp_path)
    assert _run(bundle, "report-viewer-cli", "--version", cwd=tmp_path).stdout.startswith("report-viewer ")

    # Every subcommand's module is imported by name: each must be in the bundle.
    from viewer import cli

    for name in cli.COMMANDS:
        assert name in _run(bundle, "report-viewer-cli", name, "--help", cwd=tmp_path).stdout

    report = bundle / "_internal" / "viewer" / "_data" / "fujian-2023.yaml"
    validated = _run(bundle, "report-viewer-cli", "validate", str(report), cwd=tmp_path)
    assert ": OK (" in validated.stdout
    chart_ids = [line.split()[0] for line in _run(bundle, "report-viewer-cli", "charts", cwd=tmp_path
                                                  ).stdout.splitlines() if line.strip()]
    assert len(chart_ids) >= 5

    # Every chart in every format.
    out = tmp_path / "charts"
    _run(bundle, "report-viewer-cli", "export", "--out", str(out), "--format", "png,svg,pdf,csv", cwd=tmp_path)
    for ext in ("png", "svg", "pdf", "csv"):
        files = sorted(out.glob(f"*.{ext}"))
        assert len(files) == len(chart_ids), (ext, files)
        assert all(f.stat().st_size > 200 for f in files)
    assert all(f.read_bytes().startswith(b"\x89PNG") for f in out.glob("*.png"))
    assert all(f.read_bytes().startswith(b"%PDF") for f in out.glob("*.pdf"))

    # The report as one PDF, with the bundled font embedded.
    pdf = tmp_path / "report.pdf"
    _run(bundle, "report-viewer-cli", "pdf", "--out", str(pdf), cwd=tmp_path)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page") + data.count(b"/Type/Page") >= 2
    assert b"NotoSansCJK" in data

    # The window, offscreen, at every tab (each tab's module is imported by name), in both languages.
    from PySide6.QtGui import QImage

    from viewer.ui.window.tabs import DEFAULT_TABS

    for spec in DEFAULT_TABS:
        for lang in ("zh", "en"):
            png = tmp_path / f"{spec.key}-{lang}.png"
            result = _run(bundle, "report-viewer-cli", "render", "--tab", spec.key, "--lang", lang,
                          "--size", "900x600", "--out", str(png), cwd=tmp_path)
            assert result.stderr == ""
            image = QImage(str(png))
            assert (image.width(), image.height()) == (900, 600)
            assert len({image.pixel(x, y) for x in range(0, 900, 9) for y in range(0, 600, 9)}) > 5

    # The GUI program itself opens its window and paints it (then exits: --startup-report). On Windows it is a
    # GUI program, which has no standard output to print the figure to: its exit status says it painted.
    started = _run(bundle, "report-viewer", "--startup-report", cwd=tmp_path)
    if sys.platform != "win32":
        assert float(started.stdout.strip().split()[0]) > 0
