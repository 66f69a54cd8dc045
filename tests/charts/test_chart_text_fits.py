"""Chart text at small sizes (a slide's quarter, the PDF's half page): no two texts of a chart overlap, no axis's
tick labels run into each other, and a chart of a few rows cuts no row label short."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from viewer.charts.definitions import chart_specs
from viewer.charts.render import chart_scene
from viewer.charts.sizes import RenderSize
from viewer.charts.text import ChartAxis, TextBlock

SIZES = [RenderSize(640, 400, 96), RenderSize.from_cm(17.8, 11.6, 300)]  # a small export, the PDF's chart slot


def _texts(chart):
    return [item for item in chart.scene.items() if isinstance(item, TextBlock) and item.text]


def _box(item: TextBlock) -> QRectF:
    """Where the text's ink is: its lines' natural width within its box, as aligned."""
    rect = item.sceneBoundingRect()
    return rect.adjusted(1, 1, -1, -1)


def _tick_spans(axis: ChartAxis) -> list[tuple[float, float]]:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    specs = axis.generateDrawSpecs(painter)
    painter.end()
    if specs is None:
        return []
    metrics = QFontMetricsF(axis._label_font)
    horizontal = axis.orientation in ("top", "bottom")
    spans = []
    for rect, _flags, text in specs[2]:
        if horizontal:
            advance = metrics.horizontalAdvance(text)
            spans.append((rect.center().x() - advance / 2, rect.center().x() + advance / 2))
        else:
            spans.append((rect.center().y() - metrics.height() / 2, rect.center().y() + metrics.height() / 2))
    return sorted(spans)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SIZES, ids=["640x400", "pdf"])
def test_no_chart_text_overlaps_at_small_sizes(qapp, fujian, lang, size):
    problems = []
    for spec in chart_specs(fujian.report, lang):
        chart = chart_scene(spec, size)
        texts = _texts(chart)
        if max(len(panel.categories) for panel in spec.panels) <= 4:  # rows of room: no label need be cut
            problems += [f"{spec.id}: {t.lines} cut short" for t in texts if t.lines[-1].endswith("…")]
        for i, a in enumerate(texts):
            for b in texts[i + 1:]:
                if _box(a).intersects(_box(b)):
                    problems.append(f"{spec.id}: {a.lines} over {b.lines}")
        for axis in (item for item in chart.scene.items() if isinstance(item, ChartAxis)):
            spans = _tick_spans(axis)
            for (_, end), (start, _) in itertools.pairwise(spans):
                if start < end:
                    problems.append(f"{spec.id}: {axis.orientation} tick labels overlap")
                    break
    assert problems == []
