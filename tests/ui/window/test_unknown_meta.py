"""Meta data the text does not state is unknown and says so (【待填写】 / "to fill in") everywhere the report
is shown: the Overview, the status bar, About, the whole-report PDF and chart captions. Never a made-up date."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.model.draft_samples.samples import CITY
from viewer.charts.definitions import chart_specs
from viewer.charts.report_html import overview_html
from viewer.model.draft import draft_file
from viewer.model.loader import LoadedReport, load_report
from viewer.ui.window.dialogs import AboutDialog

UNKNOWN = {"zh": "【待填写】", "en": "to fill in"}


@pytest.fixture
def undated(tmp_path: Path) -> LoadedReport:
    """A report drafted from a text that states no publisher, dates, place, format or reporter."""
    source = tmp_path / "city.txt"
    source.write_text(CITY.text, encoding="utf-8")
    loaded = load_report(draft_file(source).yaml_path)
    meta = loaded.report.meta
    assert (meta.publisher, meta.published, meta.meeting_date, meta.place, meta.format, meta.reporter) == (
        None, None, None, None, None, None)
    return loaded


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_window_shows_unknown_meta_as_to_fill_in(make_main_window, undated: LoadedReport, lang: str, qtbot):
    window = make_main_window(undated, lang)
    tab = window.set_current_tab("overview")
    texts = [label.text() for label in tab.findChildren(QLabel)]
    assert texts.count(UNKNOWN[lang]) == 6  # date, place, format, report by, publisher, published
    assert not [t for t in texts if "2000" in t or "1月1日" in t or "January 1" in t]
    assert window.report_label.text() == f"{UNKNOWN[lang]} · {UNKNOWN[lang]}"
    about = AboutDialog(undated.report, lang)
    qtbot.addWidget(about)
    assert UNKNOWN[lang] in about.data_source.text()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pdf_and_charts_show_unknown_meta_as_to_fill_in(undated: LoadedReport, lang: str):
    html = overview_html(undated.report, lang)
    assert html.count(UNKNOWN[lang]) == 6
    assert "2000-01-01" not in html
    specs = chart_specs(undated.report, lang)
    assert specs  # a drafted report has charts
    for spec in specs:
        assert UNKNOWN[lang] in spec.caption and "2000" not in spec.caption
