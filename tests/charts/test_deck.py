"""The PowerPoint deck, opened again with python-pptx: 16:9, a slide per chart with its title and caption, native
charts carrying the values (bars, columns, rank lines), a picture for the rank ladder, every figure's quote in the
speaker notes, and Chinese in the East-Asian font slot."""

from __future__ import annotations

import io

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE_TYPE

from viewer.charts.deck import EA_FONT, deck_bytes, is_native
from viewer.charts.definitions import chart_specs
from viewer.charts.render import png_bytes
from viewer.charts.sizes import RenderSize

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _picture(spec, width, height, dpi):
    return png_bytes(spec, RenderSize(width, height, dpi))


@pytest.fixture(scope="module", params=["zh", "en"])
def deck(request, fujian, qapp):
    specs = chart_specs(fujian.report, request.param)
    return specs, Presentation(io.BytesIO(deck_bytes(fujian.report, specs, request.param, _picture)))


def test_a_16_by_9_deck_with_a_title_slide_and_a_slide_per_chart(deck, fujian):
    specs, prs = deck
    assert prs.slide_width * 9 == prs.slide_height * 16 or abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.001
    slides = list(prs.slides)
    assert len(slides) == 1 + len(specs) == 8
    lang = specs[0].lang
    assert slides[0].shapes.title.text == fujian.report.meta.title.get(lang)
    for slide, spec in zip(slides[1:], specs, strict=True):
        assert slide.shapes.title.text == spec.title
        caption = next(s for s in slide.shapes if s.name == "caption")
        assert spec.caption in caption.text_frame.text


def test_bars_columns_and_rank_lines_are_native_charts_with_their_values(deck):
    specs, prs = deck
    kinds = {"bars": XL_CHART_TYPE.BAR_CLUSTERED, "columns": XL_CHART_TYPE.COLUMN_CLUSTERED,
             "slope": XL_CHART_TYPE.LINE_MARKERS}
    natives = 0
    for slide, spec in zip(list(prs.slides)[1:], specs, strict=True):
        charts = [s.chart for s in slide.shapes if s.has_chart]
        if not is_native(spec):
            assert charts == []
            continue
        natives += 1
        assert len(charts) == len(spec.panels)
        for chart, panel in zip(charts, spec.panels, strict=True):
            assert chart.chart_type == kinds[panel.style.value]
            assert tuple(chart.plots[0].categories) == panel.categories
            values = [v for series in chart.plots[0].series for v in series.values if v is not None]
            assert values == [m.value for m in panel.marks]
            # Each value labelled as the text words it.
            labels = [p.data_label.text_frame.text for series in chart.plots[0].series
                      for p in series.points if p.data_label.has_text_frame]
            assert labels == [m.value_text + (f" {m.note}" if m.note else "") for m in panel.marks]
    assert natives == 6


def test_the_five_year_slide_keeps_each_unit_in_a_chart_of_its_own(deck):
    specs, prs = deck
    index = [s.id for s in specs].index("five-year-changes")
    charts = [s.chart for s in list(prs.slides)[1 + index].shapes if s.has_chart]
    assert [c.chart_type for c in charts] == [XL_CHART_TYPE.COLUMN_CLUSTERED, XL_CHART_TYPE.LINE_MARKERS,
                                             XL_CHART_TYPE.COLUMN_CLUSTERED]
    ranks = charts[1]
    assert list(ranks.plots[0].series[0].values) == [7.0, 6.0]
    assert ranks.value_axis.reverse_order  # 1st at the top


def test_the_embedded_workbook_carries_the_data(deck):
    from openpyxl import load_workbook

    specs, prs = deck
    chart = next(s.chart for s in list(prs.slides)[1].shapes if s.has_chart)
    book = load_workbook(io.BytesIO(chart.part.chart_workbook.xlsx_part.blob))
    sheet = book.active
    values = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values == [m.value for m in specs[0].panels[0].marks]


def test_the_rank_ladder_is_a_high_dpi_picture_with_alt_text(deck):
    specs, prs = deck
    index = [s.id for s in specs].index("national-rankings")
    slide = list(prs.slides)[1 + index]
    pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 1
    picture = pictures[0]
    width_px = picture.image.size[0]
    assert width_px / (picture.width / 914400) >= 290  # about 300 dpi at its size on the slide
    assert picture._element.nvPicPr.cNvPr.get("descr") == specs[index].title


def test_speaker_notes_hold_every_figure_with_its_quote(deck):
    specs, prs = deck
    for slide, spec in zip(list(prs.slides)[1:], specs, strict=True):
        notes = slide.notes_slide.notes_text_frame.text
        for mark in spec.complete().marks():
            assert mark.quote in notes and mark.value_text in notes


def test_chinese_is_set_in_the_east_asian_font_slot(deck):
    _specs, prs = deck
    for slide in prs.slides:
        runs = [r for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs for r in p.runs]
        for shape in slide.shapes:
            if shape.has_chart:
                space = shape.chart._chartSpace
                assert all(rpr.find(f"{A}ea") is not None for rpr in space.iter(f"{A}defRPr", f"{A}rPr"))
        for run in runs:
            ea = run.font._rPr.find(f"{A}ea")
            assert ea is not None and ea.get("typeface") == EA_FONT and ea.get("charset") == "-122"
    theme_part = next(r.target_part for r in prs.slide_masters[0].part.rels.values()
                      if r.reltype.endswith("/theme"))
    theme = etree.fromstring(theme_part.blob)
    assert [e.get("typeface") for e in theme.iter(f"{A}ea")][:2] == [EA_FONT, EA_FONT]


def test_a_chart_cut_to_its_first_items_says_so_on_the_slide(many, qapp):
    specs = chart_specs(many.report, "en")
    prs = Presentation(io.BytesIO(deck_bytes(many.report, specs[:1], "en", _picture)))
    slide = list(prs.slides)[1]
    caption = next(s for s in slide.shapes if s.name == "caption").text_frame.text
    assert "Showing the first" in caption
    chart = next(s.chart for s in slide.shapes if s.has_chart)
    assert len(list(chart.plots[0].categories)) == len(specs[0].panels[0].categories) < 250
    assert slide.notes_slide.notes_text_frame.text.count("Quote:") == len(specs[0].complete().marks())


def test_bar_axes_leave_room_for_the_labels():
    from viewer.charts.deck import nice_ceiling

    assert [nice_ceiling(v) for v in (0.4, 1.0, 6.4, 22.1, 453.7, 639.6, 26000)] == pytest.approx(
        [0.4, 1, 8, 25, 500, 800, 30000])
