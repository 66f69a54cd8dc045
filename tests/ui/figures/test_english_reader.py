"""The English reader: every quote is marked as the Chinese original, with the English label beside it."""

from __future__ import annotations

from viewer.ui.overview.fact_tile import FactTile


def test_quotes_are_marked_and_english_labels_stand_beside_them(make_main_window) -> None:
    window = make_main_window(None, "en")
    report = window.context.report
    enterprises = window.set_current_tab("enterprises")
    enterprises.enterprise_view.selectRow(0)
    assert enterprises.detail.quote_caption.text().startswith("Chinese original")
    assert enterprises.detail.english.text().startswith("English: ") and not enterprises.detail.english.isHidden()
    tasks = window.set_current_tab("tasks")
    task = report.tasks[0]
    assert tasks.select_key(task.id)
    assert task.title.en in tasks.detail.english.text()
    tile = window.set_current_tab("overview").findChildren(FactTile)[0]
    assert tile.fact.label.en in tile.toolTip() and "Chinese original: " + tile.fact.quote in tile.toolTip()


def test_the_source_tab_shows_the_sections_english_summary(make_main_window) -> None:
    window = make_main_window(None, "en")
    section = window.context.report.sections[1]
    window.context.show_source.emit(section.id)
    source = window.built_tab("source")
    assert source.section_at_cursor() is section or source.section_at_cursor().id == section.id
    text = source.section_summary.text()
    assert section.title.zh in text and section.title.en in text and section.summary.en in text
