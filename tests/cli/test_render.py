"""`report-viewer render`: the window at one tab to a PNG of the requested size; bad arguments are one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import write_mini_report
from viewer.cli import main
from viewer.commands.render import ALL_TABS, parse_size


@pytest.mark.parametrize("tab", ALL_TABS)
def test_render_each_tab_to_a_png_of_the_requested_size(tmp_path: Path, tab: str, capsys) -> None:
    out = tmp_path / f"{tab}.png"
    assert main(["render", "--tab", tab, "--out", str(out), "--size", "900x600"]) == 0
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (900, 600)
    assert capsys.readouterr().out.strip() == str(out)
    # Not a blank image: a window has text and frames in more than a couple of colours.
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 600, 7)}
    assert len(colours) > 5


def test_rendering_the_library_touches_no_library_of_the_user_s(tmp_path: Path, temporary_library_dirs: Path) -> None:
    out = tmp_path / "library.png"
    before = os.environ["REPORT_VIEWER_LIBRARY_INDEX_DIR"]
    assert main(["render", "--tab", "library", "--out", str(out), "--size", "900x600"]) == 0
    assert os.environ["REPORT_VIEWER_LIBRARY_INDEX_DIR"] == before
    assert not temporary_library_dirs.exists()  # neither its folder nor its index was made


def test_render_small_report_in_english(tmp_path: Path) -> None:
    report = write_mini_report(tmp_path / "mini")
    out = tmp_path / "overview-en.png"
    assert main(["render", "--tab", "overview", "--out", str(out), "--lang", "en", "--report", str(report)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 820)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "x.png"], "render needs --tab"),
        (["--tab", "charts", "--out", "x.png"], "unknown tab 'charts'"),
        (["--tab", "overview"], "render needs --out"),
        (["--tab", "overview", "--out", "x.jpg"], "--out must name a .png file"),
        (["--tab", "overview", "--out", "no/such/dir/x.png"], "does not exist"),
        (["--tab", "overview", "--out", "x.png", "--lang", "fr"], "unknown language 'fr'"),
        (["--tab", "overview", "--out", "x.png", "--size", "big"], "--size must be WIDTHxHEIGHT"),
        (["--tab", "overview", "--out", "x.png", "--size", "10x10"], "between 320 and 8192"),
    ],
)
def test_bad_arguments_are_one_line_errors(tmp_path: Path, capsys, monkeypatch, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["render", *args]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("report-viewer: ")
    assert message in err
    assert not (tmp_path / "x.png").exists()


def test_broken_report_lists_problems_and_exits_1(tmp_path: Path, capsys) -> None:
    from tests.conftest import MINI_REPORT

    report = write_mini_report(tmp_path / "broken", MINI_REPORT.replace("    value: 8.2\n", "    value: x\n"))
    assert main(["render", "--tab", "overview", "--out", str(tmp_path / "o.png"), "--report", str(report)]) == 1
    assert "facts[0].value" in capsys.readouterr().err
    assert not (tmp_path / "o.png").exists()


def test_parse_size() -> None:
    assert parse_size("1280x800") == (1280, 800)
    assert parse_size(" 640 X 480 ") == (640, 480)
    with pytest.raises(ValueError):
        parse_size("1280")


def test_render_command_line_without_display(tmp_path: Path) -> None:
    # A real process with neither DISPLAY nor QT_QPA_PLATFORM: render must pick offscreen itself.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "tasks.png"
    result = subprocess.run(
        [sys.executable, "-m", "viewer", "render", "--tab", "tasks", "--out", str(out), "--size", "800x500"],
        capture_output=True, text=True, env=env, timeout=120, cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 500)
    # Qt's offscreen plugin warns on every window with a minimum size; a render prints nothing but its errors.
    assert result.stderr == ""


def test_render_statistics_draws_every_thumbnail(tmp_path: Path) -> None:
    # Tall enough that all seven thumbnails are in view: each must show its chart, none the blank card.
    out = tmp_path / "statistics.png"
    assert main(["render", "--tab", "statistics", "--out", str(out), "--size", "1000x1700"]) == 0
    image = QImage(str(out))
    list_width = 230  # the thumbnail column at the left

    def coloured(top: int) -> int:
        return sum(1 for y in range(top, top + 170, 2) for x in range(8, list_width, 2)
                   if image.pixelColor(x, y).saturation() > 90 and image.pixelColor(x, y).value() < 235)

    # Every band of a thumbnail's height below the selected first one holds a chart's coloured bars or markers.
    assert all(coloured(top) > 20 for top in range(300, 1300, 170))


def test_render_in_the_dark_theme(tmp_path: Path) -> None:
    out = tmp_path / "overview-dark.png"
    assert main(["render", "--tab", "overview", "--out", str(out), "--theme", "dark", "--size", "900x600"]) == 0
    image = QImage(str(out))
    assert image.pixelColor(450, 300).lightness() < 100  # the window's background is dark
    assert main(["render", "--tab", "overview", "--out", str(out), "--theme", "blue"]) == 1


def test_a_size_below_the_windows_smallest_is_rendered_at_that_not_scaled(tmp_path: Path, capsys) -> None:
    # The checklist's columns hold the window wider than 500 px: the image was that window squeezed to 500 px
    # (every glyph resampled, blurred); now it is the window as drawn, and the command says so.
    out = tmp_path / "tasks.png"
    assert main(["render", "--tab", "tasks", "--out", str(out), "--size", "500x400"]) == 0
    image = QImage(str(out))
    assert image.width() > 500 and image.height() >= 400
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out)
    assert f"rendered at {image.width()}x{image.height()}" in captured.err
