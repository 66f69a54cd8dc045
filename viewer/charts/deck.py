"""Charts as a PowerPoint deck (16:9): a title slide, then one slide per chart with its title and source caption.

Bars, columns and rank lines become native PowerPoint charts that carry their data (an embedded workbook:
*Edit Data* in PowerPoint or WPS changes the chart), one chart per panel side by side, each value labelled as the
text states it ('超过2万家'); any other kind (the national-rank ladder) is a 300-dpi picture of the chart as the
app draws it. The speaker notes of each slide hold every figure's value, period and quote. Chinese text is set in
the East-Asian font slot (``a:ea``, GB2312 charset) as well as the Latin one, in the runs, the charts and the
theme, so PowerPoint and WPS pick a Chinese font for it instead of falling back to boxes or a Latin font.

python-pptx writes the file (and, through XlsxWriter, the charts' workbooks); nothing here is hand-written XML
except the ``a:ea`` elements python-pptx has no property for.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from viewer.charts.spec import ChartSpec, Mark, Panel, PanelStyle
from viewer.charts.style import PRINT
from viewer.model.texts import message
from viewer.model.types import Report

if TYPE_CHECKING:
    from lxml.etree import _Element
    from pptx.chart.chart import Chart
    from pptx.presentation import Presentation
    from pptx.shapes.base import BaseShape
    from pptx.slide import Slide
    from pptx.text.text import TextFrame
    from pptx.util import Length

EMU_PER_INCH = 914400
SLIDE_W_IN, SLIDE_H_IN = 13.333, 7.5  # 16:9
MARGIN_IN = 0.5
TITLE_TOP_IN, TITLE_H_IN = 0.3, 0.9
CHART_TOP_IN, CHART_H_IN = 1.3, 5.15
CAPTION_TOP_IN, CAPTION_H_IN = 6.55, 0.75
PANEL_GAP_IN = 0.3
PICTURE_DPI = 300

# The fonts PowerPoint and WPS on Windows have: a Latin one and, in the East-Asian slot, Microsoft YaHei
# (微软雅黑) with the GB2312 character set; other systems substitute their own Chinese sans-serif.
LATIN_FONT = "Arial"
EA_FONT = "Microsoft YaHei"
EA_CHARSET = "-122"  # GB2312 (134) as the signed byte OOXML writes
NATIVE_STYLES = (PanelStyle.COLUMNS, PanelStyle.BARS, PanelStyle.SLOPE)
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"

# (spec, width px, height px, dpi) -> PNG bytes of the chart drawn without its title and caption.
PictureRenderer = Callable[[ChartSpec, int, int, int], bytes]


def is_native(spec: ChartSpec) -> bool:
    """Whether every panel of ``spec`` becomes a native, editable PowerPoint chart."""
    return bool(spec.panels) and all(p.style in NATIVE_STYLES and p.marks for p in spec.panels)


def deck_bytes(report: Report, specs: Sequence[ChartSpec], lang: str, picture: PictureRenderer) -> bytes:
    """The deck of ``specs`` (charts of ``report`` in ``lang``) as .pptx bytes."""
    from pptx import Presentation as new_presentation
    from pptx.util import Emu

    prs = new_presentation()
    prs.slide_width = Emu(_emu(SLIDE_W_IN))
    prs.slide_height = Emu(_emu(SLIDE_H_IN))
    _theme_fonts(prs)
    _title_slide(prs, report, lang, len(specs))
    for spec in specs:
        _chart_slide(prs, spec, lang, picture)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _emu(inches: float) -> int:
    return round(inches * EMU_PER_INCH)


# --- slides ------------------------------------------------------------------------------------------

def _title_slide(prs: Presentation, report: Report, lang: str, charts: int) -> None:
    from pptx.util import Pt

    slide = prs.slides.add_slide(prs.slide_layouts[0])  # Title Slide
    title, subtitle = slide.placeholders[0], slide.placeholders[1]
    _place(title, 1.0, 2.2, SLIDE_W_IN - 2.0, 1.6)
    _place(subtitle, 1.0, 4.0, SLIDE_W_IN - 2.0, 1.2)
    _set_text(title.text_frame, report.meta.title.get(lang), Pt(36), bold=True)
    unknown = message("unknown", lang)
    meta = report.meta
    publisher = meta.publisher.get(lang) if meta.publisher else unknown
    date = meta.published.date().isoformat() if meta.published else unknown
    _set_text(subtitle.text_frame, message("deck.subtitle", lang, publisher=publisher, date=date, charts=charts),
              Pt(18), colour=PRINT.muted)


def _chart_slide(prs: Presentation, spec: ChartSpec, lang: str, picture: PictureRenderer) -> None:
    from pptx.util import Emu, Pt

    slide = prs.slides.add_slide(prs.slide_layouts[5])  # Title Only: the title is the slide's (outline, a11y)
    title = slide.shapes.title
    _place(title, MARGIN_IN, TITLE_TOP_IN, SLIDE_W_IN - 2 * MARGIN_IN, TITLE_H_IN)
    _set_text(title.text_frame, spec.title, Pt(28), bold=True)
    width = SLIDE_W_IN - 2 * MARGIN_IN
    if is_native(spec):
        count = len(spec.panels)
        panel_w = (width - PANEL_GAP_IN * (count - 1)) / count
        for i, panel in enumerate(spec.panels):
            _native_chart(slide, panel, spec, MARGIN_IN + i * (panel_w + PANEL_GAP_IN), panel_w)
    else:
        px_w, px_h = round(width * PICTURE_DPI), round(CHART_H_IN * PICTURE_DPI)
        bare = replace(spec, title="", caption="", notes=())
        png = picture(bare, px_w, px_h, PICTURE_DPI)
        shape = slide.shapes.add_picture(io.BytesIO(png), Emu(_emu(MARGIN_IN)), Emu(_emu(CHART_TOP_IN)),
                                         Emu(_emu(width)), Emu(_emu(CHART_H_IN)))
        shape.name = spec.id
        # Alternative text: what a screen reader says for the picture.
        shape._element.nvPicPr.cNvPr.set("descr", spec.title)
    caption = slide.shapes.add_textbox(Emu(_emu(MARGIN_IN)), Emu(_emu(CAPTION_TOP_IN)), Emu(_emu(width)),
                                       Emu(_emu(CAPTION_H_IN)))
    caption.name = "caption"
    caption.text_frame.word_wrap = True
    notes = [p.note for p in spec.panels if p.note]
    _set_text(caption.text_frame, " ".join([*notes, spec.caption]) if lang == "en" else "".join(
        [*(n + "。" for n in notes), spec.caption]), Pt(12), colour=PRINT.muted)
    slide.notes_slide.notes_text_frame.text = speaker_notes(spec, lang)
    for paragraph in slide.notes_slide.notes_text_frame.paragraphs:
        for run in paragraph.runs:
            _ea(run.font._rPr)


def speaker_notes(spec: ChartSpec, lang: str) -> str:
    """Every figure of the chart (all items, also those a drawing leaves out): value, period and quote."""
    lines = [spec.title]
    for mark in spec.complete().marks():
        value = mark.value_text + (f" {mark.note}" if mark.note and lang == "en" else mark.note)
        line = message("deck.note", lang, label=mark.label, value=value)
        if mark.period:
            line += message("deck.period", lang, period=mark.period)
        lines.append(line)
        lines.append(message("deck.quote", lang, quote=mark.quote))
    return "\n".join(lines)


# --- native charts -----------------------------------------------------------------------------------

def _native_chart(slide: Slide, panel: Panel, spec: ChartSpec, left_in: float, width_in: float) -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_AXIS_CROSSES, XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
    from pptx.util import Emu, Pt

    names = list(panel.series) or [panel.title or _axis_name(panel.value_axis)]
    by_cell: dict[tuple[int, int], Mark] = {}
    for mark in panel.marks:
        series = mark.series if panel.series else 0
        by_cell.setdefault((series, mark.category), mark)
    data = CategoryChartData(number_format="General")
    data.categories = list(panel.categories)
    for s, name in enumerate(names):
        data.add_series(name, [by_cell[(s, c)].value if (s, c) in by_cell else None
                               for c in range(len(panel.categories))])
    kind = {PanelStyle.COLUMNS: XL_CHART_TYPE.COLUMN_CLUSTERED, PanelStyle.BARS: XL_CHART_TYPE.BAR_CLUSTERED,
            PanelStyle.SLOPE: XL_CHART_TYPE.LINE_MARKERS}[panel.style]
    frame = slide.shapes.add_chart(kind, Emu(_emu(left_in)), Emu(_emu(CHART_TOP_IN)), Emu(_emu(width_in)),
                                   Emu(_emu(CHART_H_IN)), data)
    frame.name = f"{spec.id}-{panel.title}" if panel.title else spec.id
    chart: Chart = frame.chart
    chart.font.size = Pt(12)
    chart.font.name = LATIN_FONT
    chart.has_legend = len(names) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    chart.has_title = bool(panel.title) and len(spec.panels) > 1
    if chart.has_title:
        _set_text(chart.chart_title.text_frame, panel.title, Pt(14), bold=True)
    value_axis, category_axis = chart.value_axis, chart.category_axis
    value_axis.has_title = True
    _set_text(value_axis.axis_title.text_frame, panel.value_axis, Pt(11), colour=PRINT.muted)
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = RGBColor.from_string(PRINT.grid.lstrip("#"))
    category_axis.tick_labels.font.size = Pt(11)
    plot = chart.plots[0]
    if panel.style is PanelStyle.SLOPE:
        # Ranks: 1 at the top, whole places only.
        value_axis.reverse_order = True
        value_axis.minimum_scale = 1
        value_axis.maximum_scale = max(m.value for m in panel.marks) + 1
        value_axis.major_unit = 1
        value_axis.crosses = XL_AXIS_CROSSES.MAXIMUM  # the periods along the bottom, under the last place
    else:
        value_axis.minimum_scale = min(0.0, min(m.value for m in panel.marks))  # bars start at zero
        # Room beyond the longest bar for its label ('492 enterprises No. 5 nationally').
        value_axis.maximum_scale = nice_ceiling(max(m.value for m in panel.marks) * 1.3)
        plot.gap_width = 60
        if panel.style is PanelStyle.BARS:
            category_axis.reverse_order = True  # the first item on top, as in the app
            # ... and the value axis stays at the bottom: it crosses the categories at the last one. python-pptx
            # sets where an axis is crossed only on value axes, so this one attribute is set on the element.
            value_axis._element.find(_C + "crosses").set("val", "max")
    colours = (PRINT.bar,) if len(names) == 1 else PRINT.series
    for s, series in enumerate(plot.series):
        colour = RGBColor.from_string(colours[s % len(colours)].lstrip("#"))
        if panel.style is PanelStyle.SLOPE:
            series.format.line.color.rgb = colour
            series.format.line.width = Pt(2.5)
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = colour
            series.smooth = False
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = colour
        # Each value labelled as the text states it ('超过2万家', '第6位'), not as the bare number.
        for c in range(len(panel.categories)):
            cell = by_cell.get((s, c))
            if cell is None:
                continue
            label = series.points[c].data_label
            label.position = XL_LABEL_POSITION.ABOVE if panel.style is PanelStyle.SLOPE \
                else XL_LABEL_POSITION.OUTSIDE_END
            text = cell.value_text + (f" {cell.note}" if cell.note else "")
            _set_text(label.text_frame, text, Pt(11))
    _ea_all(chart._chartSpace)


def nice_ceiling(value: float) -> float:
    """The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at least ``value``."""
    if value <= 0:
        return 1.0
    import math

    power = 10.0 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10) if step * power >= value - 1e-9)


def _axis_name(value_axis: str) -> str:
    return value_axis


# --- text ----------------------------------------------------------------------------------------------

def _place(shape: BaseShape, left: float, top: float, width: float, height: float) -> None:
    from pptx.util import Emu

    shape.left, shape.top = Emu(_emu(left)), Emu(_emu(top))
    shape.width, shape.height = Emu(_emu(width)), Emu(_emu(height))


def _set_text(frame: TextFrame, text: str, size: Length, bold: bool = False, colour: str | None = None) -> None:
    from pptx.dml.color import RGBColor

    frame.text = text
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = size
            run.font.bold = bold
            run.font.name = LATIN_FONT
            if colour is not None:
                run.font.color.rgb = RGBColor.from_string(colour.lstrip("#"))
            _ea(run.font._rPr)


def _ea(rpr: _Element) -> None:
    """Give a run's (or a default's) properties the East-Asian font and Chinese as its East-Asian language."""
    from lxml import etree

    if rpr.find(f"{{{_A}}}ea") is not None:
        return
    rpr.set("altLang", "zh-CN")
    latin = rpr.find(f"{{{_A}}}latin")
    ea = etree.Element(f"{{{_A}}}ea", typeface=EA_FONT, charset=EA_CHARSET)
    if latin is not None:
        latin.addnext(ea)
        return
    latin = etree.Element(f"{{{_A}}}latin", typeface=LATIN_FONT)
    # latin and ea follow the line, fill, effect and highlight elements and precede the rest.
    before = next((child for child in rpr if etree.QName(child).localname in
                   ("cs", "sym", "hlinkClick", "hlinkMouseOver", "rtl", "extLst")), None)
    if before is not None:
        before.addprevious(latin)
    else:
        rpr.append(latin)
    latin.addnext(ea)


def _ea_all(root: _Element) -> None:
    for tag in ("rPr", "defRPr", "endParaRPr"):
        for rpr in root.iter(f"{{{_A}}}{tag}"):
            _ea(rpr)


def _theme_fonts(prs: Presentation) -> None:
    """The theme's major and minor fonts: Latin, and Microsoft YaHei in the East-Asian slot (was empty)."""
    from lxml import etree

    master = prs.slide_masters[0]
    theme_part = next(rel.target_part for rel in master.part.rels.values() if rel.reltype.endswith("/theme"))
    theme = etree.fromstring(theme_part.blob)
    for font_set in ("majorFont", "minorFont"):
        for element in theme.iter(f"{{{_A}}}{font_set}"):
            latin = element.find(f"{{{_A}}}latin")
            if latin is not None:
                latin.set("typeface", LATIN_FONT)
            ea = element.find(f"{{{_A}}}ea")
            if ea is not None:
                ea.set("typeface", EA_FONT)
                ea.set("charset", EA_CHARSET)
    theme_part._blob = etree.tostring(theme, xml_declaration=True, encoding="UTF-8", standalone=True)


__all__ = ["EA_FONT", "deck_bytes", "is_native", "speaker_notes"]
