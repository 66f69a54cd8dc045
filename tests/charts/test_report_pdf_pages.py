"""The report PDF's pages: an outline entry for every part, section, task and chart, opening the page that holds
it; the web page's leftovers left out; the report's web page as a link;
and the reviewer's work when asked."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from tests.conftest import MINI_REPORT, MINI_SOURCE, write_mini_report
from viewer.charts.definitions import chart_specs
from viewer.charts.report_html import ReviewWork
from viewer.charts.report_pdf import report_pdf_bytes, review_work
from viewer.model.loader import load_report
from viewer.model.state import Mark, ReportState, Status


def _outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    out: list[tuple[int, str, int]] = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return out


def _squash(text: str) -> str:
    # The bundled font draws the en dash and the figure dash with one glyph, which text extraction reads as '‒'.
    return re.sub(r"\s+", "", text).replace("\u2012", "\u2013")


@pytest.fixture(scope="module", params=["zh", "en"])
def fujian_pdf(request, qapp, fujian):
    data, pages = report_pdf_bytes(fujian, request.param)
    return request.param, PdfReader(io.BytesIO(data)), pages


def test_the_outline_opens_the_page_of_every_part_chart_and_task(fujian_pdf, fujian):
    lang, reader, pages = fujian_pdf
    outline = _outline(reader)
    assert len(reader.pages) == pages
    titles = [t for _, t, _ in outline]
    for spec in chart_specs(fujian.report, lang):
        assert spec.title in titles
    for task in fujian.report.tasks:
        assert any(t.endswith(task.title.get(lang)) for t in titles)
    for section in fujian.report.sections:
        assert section.title.get(lang) in titles
    top = [t for depth, t, _ in outline if depth == 0]
    assert len(top) == 5
    for _, title, page in outline:
        assert _squash(title) in _squash(reader.pages[page].extract_text()), title
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_the_web_pages_leftovers_are_left_out(fujian_pdf, fujian):
    _, reader, _ = fujian_pdf
    assert "附件下载" in fujian.source_text and "扫一扫" in fujian.source_text
    text = "".join(page.extract_text() for page in reader.pages)
    assert "附件下载" not in text and "扫一扫" not in text
    assert "会议以视频形式召开" in _squash(text)  # the report's own last sentence is kept
    assert not reader.pages[-1].extract_text().strip().endswith("页") or len(_squash(
        reader.pages[-1].extract_text())) > 30  # no page holding nothing but its header and footer


def test_the_reports_web_page_is_a_link_and_only_an_http_one(tmp_path, qapp):
    url = "https://gxt.example.gov.cn/zwgk/article.html"
    report = MINI_REPORT.replace("  source: mini-source.txt\n", f"  source: mini-source.txt\n  source_url: {url}\n")
    loaded = load_report(write_mini_report(tmp_path / "a", report, MINI_SOURCE))
    reader = PdfReader(io.BytesIO(report_pdf_bytes(loaded, "en")[0]))
    links = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    assert [link["/A"]["/URI"] for link in links if link.get("/Subtype") == "/Link"] == [url]
    assert url in reader.pages[0].extract_text().replace("\n", "")
    bad = report.replace(url, "javascript:alert(1)")
    reader = PdfReader(io.BytesIO(report_pdf_bytes(load_report(write_mini_report(tmp_path / "b", bad)), "en")[0]))
    assert not [a for a in reader.pages[0].get("/Annots", []) if a.get_object().get("/Subtype") == "/Link"]


def test_the_reviewers_work_is_printed_when_asked(mini_report_path, qapp):
    loaded = load_report(mini_report_path)
    state = ReportState.in_memory(loaded.report)
    assert state.apply(state.plan_mark("va-growth", Mark.QUESTIONED, "8.2 or 8.3? ask the bureau"))
    assert state.apply(state.plan_item("task-1.projects", status=Status.DOING, owner="Zhang Wei", due="2024-03-31",
                                       note="started in Q1"))
    work = review_work(state, "en")
    assert isinstance(work, ReviewWork) and work.items["task-1.projects"] == ("Zhang Wei", "2024-03-31",
                                                                               "started in Q1")
    with_work = PdfReader(io.BytesIO(report_pdf_bytes(loaded, "en", work=work)[0]))
    text = _squash("".join(p.extract_text() for p in with_work.pages))
    for words in ("8.2 or 8.3? ask the bureau", "Zhang Wei", "2024-03-31", "started in Q1", "Questioned"):
        assert _squash(words) in text
    without = _squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(report_pdf_bytes(loaded, "en")[0])).pages))
    assert "ZhangWei" not in without and "askthebureau" not in without
