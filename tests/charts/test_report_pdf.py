"""The whole report as one A4 PDF: pages, embedded fonts, vector charts, the checklist's progress."""

from __future__ import annotations

import re

import pytest

from viewer.charts.report_html import source_html, tasks_html
from viewer.charts.report_pdf import checklist_statuses, report_pdf_bytes
from viewer.model.state import ReportState
from viewer.model.types import Report


def _state(report: Report, done: str) -> ReportState:
    """A checklist state with one action done."""
    state = ReportState.in_memory(report)
    state.apply(state.plan_item(done, status="done"))
    return state


@pytest.fixture(scope="module")
def fujian_pdf(qapp, fujian):
    first = fujian.report.tasks[0].actions[0].id
    return report_pdf_bytes(fujian, "zh", checklist_statuses(fujian.report, _state(fujian.report, first)))


def test_pdf_has_the_pages_it_reports_and_embeds_the_font(fujian_pdf):
    data, pages = fujian_pdf
    assert pages >= 8
    assert re.search(rb"/Count (\d+)", data).group(1) == str(pages).encode()
    assert b"/FontFile2" in data
    assert re.search(rb"/BaseFont /\w*Noto", data)
    assert b"/Subtype /Image" not in data  # charts are vector drawing
    fonts = set(re.findall(rb"/BaseFont /(\S+)", data))
    assert fonts and all(b"Noto" in f for f in fonts), fonts  # only the bundled font, no system fallback
    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)  # pypdf writes spaces inside
    assert (float(box.group(1)), float(box.group(2))) == pytest.approx((595.3, 841.9), abs=1)  # A4


def test_tasks_show_their_progress(fujian):
    first = fujian.report.tasks[0]
    statuses = checklist_statuses(fujian.report, _state(fujian.report, first.actions[0].id))
    html = tasks_html(fujian.report, "en", statuses)
    assert f"1 / {len(first.actions)}" in html
    assert "Done" in html and "Not started" in html
    assert "已完成" not in html
    assert "<b>Aim: </b>" in html and "<b>Progress: </b>" in html and "：" not in html  # no full-width colon


def test_field_names_end_with_the_colon_of_their_language(fujian):
    statuses = checklist_statuses(fujian.report, None)
    english = tasks_html(fujian.report, "en", statuses)
    assert "<b>Aim: </b>" in english and "<b>Progress: </b>" in english
    assert "：" not in english  # the full-width colon is Chinese punctuation
    chinese = tasks_html(fujian.report, "zh", statuses)
    assert "<b>目标：</b>" in chinese and "<b>进度：</b>" in chinese


def test_without_state_everything_is_not_started(fujian):
    statuses = checklist_statuses(fujian.report, None)
    assert set(statuses.values()) == {"todo"}
    assert len(statuses) == len(fujian.report.actions())


def test_source_text_marks_quotes_and_escapes_markup(mini):
    html = source_html(mini.report, mini.source_text + "\n<b>not markup</b>", "zh")
    assert '<span style="background-color: #fde68a">全年规上工业增加值增长5.7%' in html
    assert "&lt;b&gt;not markup&lt;/b&gt;" in html


def test_english_pdf(qapp, mini):
    data, pages = report_pdf_bytes(mini, "en")
    assert pages >= 3 and data.startswith(b"%PDF")


def test_source_text_shows_hidden_characters_instead_of_obeying_them(mini):
    html = source_html(mini.report, mini.source_text + "\n增长\u202e%1.2-\u202c\x1b[31m", "zh")
    assert "增长⟨U+202E⟩%1.2-⟨U+202C⟩⟨U+001B⟩[31m" in html
    assert "\u202e" not in html and "\x1b" not in html


def test_a_one_line_source_becomes_bounded_paragraphs_in_one_pass(mini):
    from viewer.model.source_display import BLOCK

    line = mini.source_text.replace("\n", " ") * 300
    html = source_html(mini.report, line, "zh")
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", html)
    assert len(paragraphs) > len(line) // BLOCK
    assert all(len(re.sub(r"<[^>]+>", "", p)) <= BLOCK for p in paragraphs)
    # Continued blocks carry no gap between them: one paragraph to the reader.
    assert html.count('style="margin-top: 0px; margin-bottom: 0px;"') == len(paragraphs) - 2
    text = "".join(re.sub(r"<[^>]+>", "", p) for p in paragraphs)
    assert text == line.strip()
    first_quote = mini.report.facts[0].quote
    assert f'<span style="background-color: #fde68a">{first_quote}' in html or first_quote not in line


def test_english_texts_have_no_full_width_punctuation(fujian):
    from viewer.charts.report_html import overview_html

    html = overview_html(fujian.report, "en") + tasks_html(fujian.report, "en", checklist_statuses(fujian.report, None))
    english = html.replace("&quot;", "")
    # Chinese punctuation belongs to Chinese text: an English page has none outside quotes from the source.
    assert not any(ch in english for ch in "：，。；（）")
    assert "over 20,000 enterprises" in html and "10k" not in html
