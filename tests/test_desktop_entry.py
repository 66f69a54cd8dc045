"""The application icon renders at small and large sizes; `install-desktop` puts the freedesktop entry, the icon,
the AppStream metadata and the app's own file types under $XDG_DATA_HOME from the installed package, and the
freedesktop validators accept them; `uninstall-desktop` removes them."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from viewer import APP_ID
from viewer.cli import main
from viewer.commands.desktop import desktop_entry, install_desktop, installed_files
from viewer.model.paths import default_report_path, resource


def _render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def _opaque_share(image: QImage) -> float:
    pixels = [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]
    return sum(1 for pixel in pixels if pixel.alpha() > 200) / len(pixels)


def _blue_share(image: QImage) -> float:
    pixels = [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]
    opaque = [pixel for pixel in pixels if pixel.alpha() > 200]
    return sum(1 for p in opaque if p.blue() > p.red() + 40) / len(opaque)


def test_icon_renders_at_16_and_256_pixels(qapp) -> None:
    renderer = QSvgRenderer(str(resource("icons/report-viewer.svg")))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 64, 64)
    for size in (16, 256):
        image = _render(renderer, size)
        # A page filling most of the square, mostly blue ink, with transparent corners.
        assert 0.5 < _opaque_share(image) < 0.95, size
        assert _blue_share(image) > 0.4, size
        assert image.pixelColor(0, 0).alpha() == 0 and image.pixelColor(size - 1, size - 1).alpha() == 0


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_install_desktop_puts_four_files_under_xdg_data_home(tmp_path: Path, monkeypatch, capsys) -> None:
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert main(["install-desktop"]) == 0
    expected = {
        home / "applications" / f"{APP_ID}.desktop",
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        home / "metainfo" / f"{APP_ID}.metainfo.xml",
        home / "mime" / "packages" / f"{APP_ID}.xml",
    }
    assert {Path(line) for line in capsys.readouterr().out.split()} == expected
    assert all(path.is_file() for path in expected)

    entry = _entry(home / "applications" / f"{APP_ID}.desktop")
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Icon"] == APP_ID
    assert entry["Name"] and entry["Name[zh_CN]"] == "产业报告查看器"
    assert entry["Categories"].split(";")[:2] == ["Office", "Viewer"]
    # The app's own types only: report data and report packages, not every YAML file.
    assert [t for t in entry["MimeType"].split(";") if t] == [
        "application/x-industry-report+yaml", "application/x-industry-report-package"]
    # Exec runs the program that ran the command, by its absolute path (a venv need not be on PATH); no path
    # into a checkout: the files come from the installed package.
    program = entry["Exec"].removesuffix(" %f")
    assert Path(entry["TryExec"]).is_absolute()
    assert program.startswith(entry["TryExec"]) or program.startswith(f'"{entry["TryExec"]}')
    svg = (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes()
    assert svg == resource("icons/report-viewer.svg").read_bytes()

    # Again: the same files, replaced in place; then uninstall removes all four and nothing else.
    (home / "applications" / "other.desktop").write_text("[Desktop Entry]\n", encoding="utf-8")
    assert main(["install-desktop"]) == 0
    capsys.readouterr()
    assert main(["uninstall-desktop"]) == 0
    assert {Path(line) for line in capsys.readouterr().out.split()} == expected
    assert not any(path.exists() for path in expected)
    assert (home / "applications" / "other.desktop").is_file()
    assert main(["uninstall-desktop"]) == 0  # nothing left to remove is not an error


def test_data_home_option_and_default(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert main(["install-desktop"]) == 0
    assert (tmp_path / "home" / ".local" / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    assert main(["install-desktop", "--data-home", str(tmp_path / "elsewhere")]) == 0
    assert (tmp_path / "elsewhere" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


def test_exec_quotes_a_path_with_spaces_and_special_characters() -> None:
    template = resource(f"desktop/{APP_ID}.desktop").read_text(encoding="utf-8")
    text = desktop_entry(template, ["/opt/My Apps/100%/report-viewer", "-m", 'a"b'])
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line == 'Exec="/opt/My Apps/100%%/report-viewer" -m "a\\\\"b" %f'
    assert "TryExec=/opt/My Apps/100%/report-viewer" in text.splitlines()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None or shutil.which("appstreamcli") is None,
                    reason="desktop-file-validate / appstreamcli not installed (apt install desktop-file-utils "
                    "appstream); CI does not need them")
def test_installed_files_pass_the_freedesktop_validators(tmp_path: Path) -> None:
    home = tmp_path / "data home"  # a space in the path: Exec must be quoted for the validator to pass
    install_desktop(home, [str(tmp_path / "my venv" / "bin" / "report-viewer")])
    files = installed_files(home)
    desktop = subprocess.run(["desktop-file-validate", str(files[f"desktop/{APP_ID}.desktop"])],
                             capture_output=True, text=True, timeout=60)
    assert desktop.returncode == 0 and not desktop.stdout.strip(), desktop.stdout + desktop.stderr
    appstream = subprocess.run(["appstreamcli", "validate", "--no-net",
                                str(files[f"desktop/{APP_ID}.metainfo.xml"])],
                               capture_output=True, text=True, timeout=60)
    assert appstream.returncode == 0, appstream.stdout + appstream.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database not installed (apt install shared-mime-info)")
def test_reports_and_packages_get_the_apps_types_other_yaml_does_not(tmp_path: Path) -> None:
    # The desktop's view: Qt's MIME database reads the shared-mime-info database install-desktop updated.
    home = tmp_path / "data"
    install_desktop(home, ["report-viewer"])
    assert (home / "mime" / "mime.cache").is_file()
    samples = tmp_path / "samples"
    samples.mkdir()
    report_text = default_report_path().read_bytes()
    (samples / "fujian.report.yaml").write_bytes(report_text)
    (samples / "fujian-report").write_bytes(report_text)  # no telling name: found by its content
    (samples / "other.yaml").write_text("name: something else\nitems: [1, 2]\n", encoding="utf-8")
    (samples / "bundle.irv").write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip
    probe = ("import sys; from PySide6.QtCore import QMimeDatabase; db = QMimeDatabase();"
             "print(*(db.mimeTypeForFile(p).name() for p in sys.argv[1:]))")
    env = dict(os.environ, XDG_DATA_HOME=str(home))
    result = subprocess.run([sys.executable, "-c", probe, *(str(samples / n) for n in
                             ("fujian.report.yaml", "fujian-report", "other.yaml", "bundle.irv"))],
                            capture_output=True, text=True, env=env, timeout=60, check=True)
    named, sniffed, other, package = result.stdout.split()
    assert named == sniffed == "application/x-industry-report+yaml"
    assert other in ("application/yaml", "application/x-yaml", "text/x-yaml")
    assert package == "application/x-industry-report-package"
