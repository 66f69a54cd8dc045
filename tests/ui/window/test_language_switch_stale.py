"""A language switch retranslates the tab on show and only marks hidden tabs; each is rebuilt on its next visit."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ALL_TABS = ("overview", "statistics", "enterprises", "tasks", "source", "figures")


def _section_filter_texts(figures) -> list[str]:
    combo = figures.section_filter
    return [combo.itemText(i) for i in range(1, combo.count())]  # after "All sections"


def _in_language(figures, report, lang: str) -> bool:
    titles = {section.title.get(lang) for section in report.sections}
    texts = _section_filter_texts(figures)
    return bool(texts) and all(text in titles for text in texts)


def test_hidden_tabs_are_not_rebuilt_at_switch_time_but_on_their_visit(make_main_window, monkeypatch) -> None:
    window = make_main_window(None, "zh")
    window.show()
    overview = window.set_current_tab("overview")
    figures = window.set_current_tab("figures")
    report = window.context.report
    calls: list[str] = []
    monkeypatch.setattr(overview, "rebuild", lambda *a, **k: calls.append("overview"))
    original_fill = figures._fill_filters
    monkeypatch.setattr(figures, "_fill_filters", lambda: (calls.append("figures"), original_fill()))

    window.set_language("en")  # from the Figures tab: the Overview is hidden
    assert calls == ["figures"]

    monkeypatch.undo()
    calls.clear()
    monkeypatch.setattr(figures, "_fill_filters", lambda: (calls.append("figures"), original_fill()))
    window.set_current_tab("overview")
    window.set_language("zh")  # from the Overview: Figures is hidden and keeps its English filters for now
    assert calls == []
    assert _in_language(figures, report, "en")
    window.set_current_tab("figures")  # its visit redoes them in Chinese
    assert calls == ["figures"]
    assert _in_language(figures, report, "zh")


def test_every_tab_shows_the_new_language_after_its_visit(make_main_window, qtbot) -> None:
    window = make_main_window(None, "zh")
    window.show()
    for key in ALL_TABS:
        window.set_current_tab(key)
    window.set_current_tab("tasks")
    report = window.context.report
    window.set_language("en")
    for key in ALL_TABS:
        window.set_current_tab(key)
    overview = window.built_tab("overview")
    assert overview._captions["meeting"].title() == "Meeting"
    assert overview.findChild(QLabel, "meetingTitle").text() == report.meta.title.en
    assert overview.tiles[0].label.text().endswith(overview.tiles[0].fact.label.en)
    figures = window.built_tab("figures")
    assert _in_language(figures, report, "en")
    enterprises = window.built_tab("enterprises")
    assert enterprises.enterprise_model.index(0, 0).data() == report.enterprises[0].name.en
    tasks = window.built_tab("tasks")
    assert report.tasks[0].title.en in tasks.tree.model().index(0, 0).data()
    qtbot.waitUntil(lambda: window.built_tab("source").panel.title() == "What this passage backs")
    # Statistics: tests/ui/statistics/test_statistics_deferred.py (its charts are built again when shown).


def test_a_hidden_table_is_measured_on_its_visit_not_at_the_switch(make_main_window, qtbot, monkeypatch) -> None:
    window = make_main_window(None, "zh")
    window.show()
    enterprises = window.set_current_tab("enterprises")
    window.set_current_tab("overview")
    view = enterprises.enterprise_view
    fits: list[int] = []
    original = view.resizeRowsToContents
    monkeypatch.setattr(view, "resizeRowsToContents", lambda: (fits.append(1), original()))
    window.set_language("en")
    qtbot.wait(50)  # the fit scheduled by the model's dataChanged would have run by now
    assert fits == []
    window.set_current_tab("enterprises")
    qtbot.waitUntil(lambda: bool(fits))
    report = window.context.report
    assert enterprises.enterprise_model.index(0, 0).data() == report.enterprises[0].name.en


def test_hidden_figures_and_task_models_are_retranslated_on_their_visit(make_main_window, qtbot) -> None:
    # Telling every row of a hidden table that its text changed cost the 10k report's switch ~30-50 ms (Figures:
    # its proxy filtered 10,000 rows again) and ~20-45 ms (Tasks).
    window = make_main_window(None, "zh")
    figures = window.set_current_tab("figures")
    tasks = window.set_current_tab("tasks")
    window.set_current_tab("overview")
    report = window.context.report
    told: list[str] = []
    figures.model.dataChanged.connect(lambda *_: told.append("figures"))
    tasks.model.dataChanged.connect(lambda *_: told.append("tasks"))
    window.set_language("en")
    assert told == []
    window.set_current_tab("figures")
    assert told == ["figures"]
    label = figures.proxy.index(0, figures.model.LABEL).data()
    assert label in {fact.label.zh for fact in report.facts} or label in {fact.label.en for fact in report.facts}
    window.set_current_tab("tasks")
    assert "tasks" in told
    assert report.tasks[0].title.en in tasks.tree.model().index(0, 0).data()
    told.clear()
    window.set_language("zh")  # shown: told at once
    assert told and set(told) == {"tasks"}
    assert report.tasks[0].title.zh in tasks.tree.model().index(0, 0).data()
