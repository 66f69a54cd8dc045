"""The bundled Chinese font: Chinese renders as real glyphs even where the system has no CJK font at all."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo, QRawFont

from viewer.charts import font as font_module
from viewer.charts.font import FONT_FILES, LICENCE_FILE, bundled_font, register_bundled_font
from viewer.model.paths import resource

REPO = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter, because fontconfig reads its configuration once per process: the test
# environment below leaves it a single Latin font, and the probe reports what Qt can do with Chinese
# before and after the bundled font is registered.
PROBE = r"""
import json, sys
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QGuiApplication, QImage, QPainter, QRawFont

app = QGuiApplication(sys.argv)
WS = QFontDatabase.WritingSystem.SimplifiedChinese


def render(font, text):
    image = QImage(64, 64, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPoint(8, 48), text)
    painter.end()
    return image


def ink(image):
    # Number of pixels that are not white.
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).value() < 250)


def differing(a, b):
    return sum(1 for y in range(a.height()) for x in range(a.width()) if a.pixelColor(x, y) != b.pixelColor(x, y))


def support(font):
    raw = QRawFont.fromFont(font)
    return {
        "raw_family": raw.familyName(),
        "raw_supports": [raw.supportsCharacter(ch) for ch in "工业"],
        "metrics_in_font": [QFontMetrics(font).inFontUcs4(ord(ch)) for ch in "工业"],
    }


default = QFont(QGuiApplication.font())
default.setPixelSize(40)
before = {
    "all_families": QFontDatabase.families(),
    "chinese_families": QFontDatabase.families(WS),
    "default_family": default.family(),
    **support(default),
}
tofu = render(default, "工")

from viewer.charts.font import bundled_font, register_bundled_font

family = register_bundled_font()
ours = bundled_font()
ours.setPixelSize(40)
gong, ye = render(ours, "工"), render(ours, "业")
after = {
    "family": family,
    "family_writing_systems_has_chinese": WS in QFontDatabase.writingSystems(family),
    "chinese_families": QFontDatabase.families(WS),
    **support(ours),
    "ink_gong": ink(gong),
    "ink_ye": ink(ye),
    "ink_tofu": ink(tofu),
    "gong_vs_ye": differing(gong, ye),
    "gong_vs_tofu": differing(gong, tofu),
    "ye_vs_tofu": differing(ye, tofu),
}
print(json.dumps({"before": before, "after": after}, ensure_ascii=False))
"""


def _latin_only_font() -> Path:
    """DejaVu Sans from the system: a common font with Latin, Greek and Cyrillic but no Chinese."""
    candidates = [
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),  # Debian, Ubuntu
        Path("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"),  # Fedora
        Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),  # Arch
        Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    ]
    fc_list = shutil.which("fc-list")
    if fc_list:
        listed = subprocess.run([fc_list, ":family=DejaVu Sans:style=Book", "file"], capture_output=True, text=True)
        candidates += [Path(line.rstrip(": \n")) for line in listed.stdout.splitlines() if line.strip()]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise AssertionError("the font test needs DejaVuSans.ttf (Debian/Ubuntu: apt install fonts-dejavu-core)")


def _isolated_fontconfig(tmp_path: Path) -> dict[str, str]:
    """An environment whose fontconfig sees only a copy of DejaVu Sans, cached inside tmp_path."""
    font_dir = tmp_path / "fonts"
    font_dir.mkdir()
    shutil.copy(_latin_only_font(), font_dir / "DejaVuSans.ttf")
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{font_dir}</dir>\n  <cachedir>{tmp_path / 'fc-cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith(("FONTCONFIG", "QT_"))}
    env.update(
        FONTCONFIG_FILE=str(conf),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        HOME=str(tmp_path),
    )
    return env


@pytest.mark.slow
def test_chinese_renders_as_glyphs_without_any_system_cjk_font(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(probe)], cwd=tmp_path, env=_isolated_fontconfig(tmp_path),
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    before, after = report["before"], report["after"]

    # The set-up really has no Chinese: only DejaVu, which lacks the characters.
    # (Qt lists fontconfig's generic aliases too; they resolve to DejaVu here.)
    real_families = set(before["all_families"]) - {"Monospace", "Sans Serif", "Serif"}
    assert real_families == {"DejaVu Sans"}, before
    assert before["chinese_families"] == []
    assert before["raw_family"] == "DejaVu Sans"
    assert before["raw_supports"] == [False, False]
    assert before["metrics_in_font"] == [False, False]

    # After registration the bundled family is there and itself holds the characters (no fallback involved).
    assert after["family"] == "Noto Sans CJK SC Subset"
    assert after["family_writing_systems_has_chinese"] is True
    assert after["chinese_families"] == [after["family"]]
    assert after["raw_family"] == after["family"]
    assert after["raw_supports"] == [True, True]
    assert after["metrics_in_font"] == [True, True]

    # Real, different glyphs: ink on the page, 工 and 业 differ from each other and from the missing-glyph box.
    assert after["ink_gong"] > 40 and after["ink_ye"] > 40, after
    assert after["gong_vs_ye"] > 40, after
    assert after["gong_vs_tofu"] > 40 and after["ye_vs_tofu"] > 40, after


def test_register_is_idempotent_and_names_the_bundled_family(qapp) -> None:
    family = register_bundled_font()
    assert register_bundled_font() == family
    assert family in QFontDatabase.families()
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(family))


def test_bundled_font_sizes_and_weights(qapp) -> None:
    family = register_bundled_font()
    regular = bundled_font(13.5)
    bold = bundled_font(20, bold=True)
    assert regular.pointSizeF() == 13.5 and not regular.bold()
    assert bold.pointSizeF() == 20 and bold.bold()
    assert QFontInfo(regular).family() == family and QFontInfo(bold).family() == family
    # Bold comes from the bundled Bold file, not from synthetic emboldening of the Regular one.
    assert QRawFont.fromFont(bold).styleName() == "Bold"
    assert QRawFont.fromFont(regular).styleName() == "Regular"


def test_font_files_and_licence_are_bundled() -> None:
    for relative in (*FONT_FILES, LICENCE_FILE, "fonts/README.md"):
        assert resource(relative).is_file(), relative
    assert "SIL OPEN FONT LICENSE Version 1.1" in resource(LICENCE_FILE).read_text(encoding="utf-8")


def test_missing_font_file_raises_a_clear_error(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(font_module, "_family", None)
    monkeypatch.setattr(font_module, "FONT_FILES", ("fonts/no-such-font.otf",))
    with pytest.raises(RuntimeError, match=r"bundled font file is missing: .*no-such-font\.otf"):
        register_bundled_font()


def test_unloadable_font_file_raises_a_clear_error(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    broken = tmp_path / "fonts" / "broken.otf"
    broken.parent.mkdir()
    broken.write_bytes(b"this is not a font")
    monkeypatch.setattr(font_module, "_family", None)
    monkeypatch.setattr(font_module, "FONT_FILES", ("fonts/broken.otf",))
    monkeypatch.setattr(font_module, "resource", lambda relative: tmp_path / relative)
    with pytest.raises(RuntimeError, match=r"Qt could not load the bundled font file: .*broken\.otf"):
        register_bundled_font()
