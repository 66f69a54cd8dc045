"""The fast PNG encoder (viewer/charts/png.py: Up filter, zlib level 1) loses nothing: Qt reads back every pixel."""

from __future__ import annotations

from PySide6.QtGui import QImage

from viewer.charts.definitions import chart_specs
from viewer.charts.png import encode_png
from viewer.charts.render import render_image
from viewer.charts.sizes import RenderSize


def test_the_fast_png_encoder_is_lossless_and_records_the_dpi(qapp, fujian) -> None:
    for spec in chart_specs(fujian.report, "zh")[:3]:
        image = render_image(spec, RenderSize(701, 433, 150))  # an odd width: rows are not word-aligned
        decoded = QImage.fromData(encode_png(image), "PNG")
        assert not decoded.isNull()
        rgb = QImage.Format.Format_RGB888
        assert decoded.convertToFormat(rgb) == image.convertToFormat(rgb)
        assert decoded.dotsPerMeterX() == image.dotsPerMeterX() == round(150 / 0.0254)
