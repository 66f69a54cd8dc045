"""Rendering: exact pixel size and DPI, deterministic output, DPI-proportional lines and text, fonts in files."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QByteArray, QPointF
from PySide6.QtGui import QImage

from viewer.charts.definitions import chart_specs
from viewer.charts.render import chart_scene, pdf_bytes, png_bytes, render_image, svg_bytes
from viewer.charts.sizes import RenderSize, SizeError

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def specs(qapp, fujian):
    return {s.id: s for s in chart_specs(fujian.report, "zh")}


def _load_png(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(QByteArray(data), "PNG")
    return image


def _dark_fraction(image: QImage) -> float:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride = gray.bytesPerLine()
    bits = bytes(gray.constBits())
    dark = sum(1 for y in range(0, gray.height(), 4) for b in bits[y * stride:y * stride + gray.width()] if b < 128)
    return dark / (gray.width() * (gray.height() / 4))


@pytest.mark.parametrize("chart_id", ["growth", "five-year-changes", "national-rankings", "honours",
                                      "key-projects", "enterprise-size", "five-year-growth"])
def test_png_has_the_requested_size_and_dpi_and_is_not_blank(specs, chart_id):
    image = _load_png(png_bytes(specs[chart_id], RenderSize(1200, 800, 150)))
    assert (image.width(), image.height()) == (1200, 800)
    assert image.dotsPerMeterX() == round(150 / 0.0254) == image.dotsPerMeterY()
    assert 0.002 < _dark_fraction(image) < 0.5


def test_the_same_request_gives_the_same_pixels(specs):
    size = RenderSize(900, 600, 96)
    assert png_bytes(specs["honours"], size) == png_bytes(specs["honours"], size)


def _axis_stroke(spec, size: RenderSize) -> int:
    """Width in pixels of the vertical axis line, measured across it at mid-height of the plot."""
    chart = chart_scene(spec, size)
    image = render_image(spec, size)
    area = chart.plots[0].getViewBox().sceneBoundingRect()
    y = round(area.center().y())
    left = round(area.left())
    span = round(8 * size.scale)
    return sum(1 for x in range(left - span, left + span) if QImage.pixelColor(image, x, y).lightness() < 120)


def _title_height(spec, size: RenderSize) -> int:
    """Height of the dark pixels of the title line (the top band of the chart)."""
    image = render_image(spec, size)
    band = round(40 * size.scale)
    rows = [y for y in range(band) if any(image.pixelColor(x, y).lightness() < 100
                                           for x in range(0, image.width() // 3, max(1, round(size.scale))))]
    return rows[-1] - rows[0] + 1


def test_300_dpi_has_proportionally_thicker_lines_and_larger_text(specs):
    spec = specs["key-projects"]
    low = RenderSize.from_cm(16, 10, 96)
    high = RenderSize.from_cm(16, 10, 300)
    assert high.width_px == pytest.approx(low.width_px * 300 / 96, abs=2)
    ratio = 300 / 96
    assert _axis_stroke(spec, high) / _axis_stroke(spec, low) == pytest.approx(ratio, rel=0.35)
    assert _title_height(spec, high) / _title_height(spec, low) == pytest.approx(ratio, rel=0.15)


def test_layout_does_not_depend_on_dpi_for_the_same_physical_size(specs):
    low = chart_scene(specs["growth"], RenderSize.from_cm(16, 10, 96))
    high = chart_scene(specs["growth"], RenderSize.from_cm(16, 10, 300))
    scale = 300 / 96
    for a, b in zip(low.hits, high.hits, strict=True):
        assert b.rect.width() / scale == pytest.approx(a.rect.width(), abs=2.5)
        assert b.rect.top() / scale == pytest.approx(a.rect.top(), abs=2.5)


def test_svg_parses_and_draws_text_as_outlines(specs):
    data = svg_bytes(specs["honours"], RenderSize(1000, 700, 96))
    root = ET.fromstring(data)
    assert root.tag == f"{SVG}svg"
    assert not list(root.iter(f"{SVG}text")), "text would need a CJK font on the reader's machine"
    paths = list(root.iter(f"{SVG}path"))
    assert len(paths) > 15  # one filled outline per line of text, plus the axes
    assert sum(len(p.get("d", "")) for p in paths) > 20000  # glyph outlines are long paths
    assert not list(root.iter(f"{SVG}image")), "a chart is vector, not an embedded picture"


def test_pdf_is_one_vector_page_with_the_font_embedded(specs):
    size = RenderSize.from_cm(15, 10, 300)
    data = pdf_bytes(specs["growth"], size)
    assert data.startswith(b"%PDF")
    assert re.search(rb"/Count 1\b", data)
    assert b"/FontFile2" in data  # the bundled font, embedded
    assert re.search(rb"/BaseFont /\w*Noto", data)
    assert b"/Subtype /Image" not in data
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert box is not None
    assert float(box.group(1)) == pytest.approx(15 / 2.54 * 72, abs=1)
    assert float(box.group(2)) == pytest.approx(10 / 2.54 * 72, abs=1)


def test_english_chart_text_is_english(qapp, fujian):
    spec = next(s for s in chart_specs(fujian.report, "en") if s.id == "honours")
    chart = chart_scene(spec, RenderSize(1000, 700, 96))
    from viewer.charts.text import TextBlock

    texts = [item.text for item in chart.scene.items() if isinstance(item, TextBlock)]
    assert "National-level honours" in texts
    assert not any("\u4e00" <= ch <= "\u9fff" for t in texts for ch in t)


def test_marks_can_be_found_by_position(specs):
    chart = chart_scene(specs["honours"], RenderSize(1000, 700, 96))
    hit = chart.hits[0]
    assert chart.mark_at(hit.rect.center()) is hit.mark
    assert chart.mark_at(QPointF(1, 1)) is None


@pytest.mark.parametrize("text", ["1600", "0x100", "100x", "abcxdef", "99999999x10"])
def test_bad_sizes_are_refused(text):
    with pytest.raises(SizeError):
        RenderSize.parse(text)


def test_size_from_centimetres():
    size = RenderSize.from_cm(14.8, 21.0, 300)  # A5
    assert (size.width_px, size.height_px) == (1748, 2480)
    assert size.width_cm == pytest.approx(14.8, abs=0.01)
