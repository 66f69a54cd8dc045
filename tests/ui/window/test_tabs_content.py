"""Each tab shows the loaded report's own content, for the bundled report and for a small second one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar

from viewer.model.format import fact_value
from viewer.model.loader import LoadedReport
from viewer.model.provenance import Provenance
from viewer.ui.context import AppContext
from viewer.ui.enterprises.tab import EnterprisesTab
from viewer.ui.overview.tab import OverviewTab
from viewer.ui.source.tab import SourceTab
from viewer.ui.tasks.tab import TasksTab
from viewer.ui.tasks.tree_model import TaskTreeModel


def _label_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_overview_shows_meeting_headlines_sections_and_tasks(make_main_window, any_report: LoadedReport) -> None:
    window = make_main_window(any_report)
    tab = window.set_current_tab("overview")
    assert isinstance(tab, OverviewTab)
    report = any_report.report
    texts = _label_texts(tab)
    assert report.meta.title.zh in texts
    assert report.meta.place.zh in texts
    assert report.meta.reporter.zh in texts
    headline = report.facts_with(tag="headline")
    assert headline, "both reports mark headline facts"
    assert [t.fact.id for t in tab.tiles] == [f.id for f in headline]
    for tile, fact in zip(tab.tiles, headline, strict=True):
        assert tile.label.text() == fact.label.zh
        assert tile.value.text() == fact_value(fact, "zh")
    for section in report.sections:
        assert section.summary.zh in texts
    bars = tab.findChildren(QProgressBar)
    assert len(bars) == len(report.tasks)
    assert [tab.progress_bars[t.id].maximum() for t in report.tasks] == [len(t.actions) for t in report.tasks]
    assert [b.text() for b in tab.task_buttons.values()] == [f"{t.number}. {t.title.zh}" for t in report.tasks]


def test_overview_comparison_shows_before_and_after(make_main_window) -> None:
    window = make_main_window(None, "zh")
    tab = window.set_current_tab("overview")
    with_comparison = [t for t in tab.tiles if t.fact.comparison is not None]
    assert with_comparison, "the bundled report has before -> after headline figures"
    for tile in with_comparison:
        assert "→" in tile.details.text()


def test_enterprises_tables_list_achievements_and_honours(make_main_window, any_report: LoadedReport) -> None:
    window = make_main_window(any_report)
    tab = window.set_current_tab("enterprises")
    assert isinstance(tab, EnterprisesTab)
    report = any_report.report
    achievements = [(e, a) for e in report.enterprises for a in e.achievements]
    model = tab.enterprise_model
    assert model.rowCount() == len(achievements)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [e.name.zh for e, _ in achievements]
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [a.text.zh for _, a in achievements]
    honours = tab.honour_model
    assert honours.rowCount() == len(report.honours)
    for row, honour in enumerate(report.honours):
        assert honours.index(row, 0).data() == honour.title.zh
        assert honours.index(row, 1).data() == fact_value(report.fact(honour.count_fact), "zh")
        rank = fact_value(report.fact(honour.rank_fact), "zh") if honour.rank_fact else ""
        assert honours.index(row, 2).data() == rank


def test_enterprise_filter_and_sort(make_main_window, any_report: LoadedReport, qtbot) -> None:
    window = make_main_window(any_report)
    tab = window.set_current_tab("enterprises")
    first = any_report.report.enterprises[0]
    tab.filter_box.setText(first.name.zh)
    names = {tab.enterprise_proxy.index(r, 0).data() for r in range(tab.enterprise_proxy.rowCount())}
    assert first.name.zh in names
    tab.filter_box.setText("没有这个名字xyz")
    assert tab.enterprise_proxy.rowCount() == 0
    assert tab.honour_proxy.rowCount() == 0
    tab.filter_box.clear()
    assert tab.enterprise_proxy.rowCount() == tab.enterprise_model.rowCount()
    # Sorting the count column sorts by number, not text ("45家" after "114家" as text).
    tab.honour_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    counts = [
        any_report.report.fact(tab.honour_model.row_at(tab.honour_proxy.mapToSource(tab.honour_proxy.index(r, 0))
                                                        .row()).count_fact).value
        for r in range(tab.honour_proxy.rowCount())
    ]
    assert counts == sorted(counts)


def test_tasks_tab_shows_tasks_and_actions(make_main_window, any_report: LoadedReport) -> None:
    # The Tasks tab belongs to the checklist part; here only that it shows this report's tasks and actions.
    window = make_main_window(any_report)
    tab = window.set_current_tab("tasks")
    assert isinstance(tab, TasksTab)
    model = tab.tree.model()
    report = any_report.report
    assert model.rowCount() == len(report.tasks)
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    for text, task in zip(shown, report.tasks, strict=True):
        assert task.title.zh in text
    for task in report.tasks:
        for action in task.actions:
            assert tab.select_key(action.id)
            assert tab.detail.key == action.id
            assert tab.detail.quote.toPlainText() == action.quote


def test_task_tree_model_lists_tasks_and_actions(any_report: LoadedReport) -> None:
    model = TaskTreeModel(AppContext(any_report))
    report = any_report.report
    assert model.rowCount() == len(report.tasks)
    for row, task in enumerate(report.tasks):
        parent = model.index(row, 0)
        assert parent.data() == f"{task.number}. {task.title.zh}"
        assert model.rowCount(parent) == len(task.actions)
        assert [model.index(r, 0, parent).data() for r in range(len(task.actions))] == [a.text.zh for a in task.actions]


def test_source_shows_text_with_every_quote_highlighted(make_main_window, any_report: LoadedReport) -> None:
    window = make_main_window(any_report)
    tab = window.set_current_tab("source")
    assert isinstance(tab, SourceTab)
    assert tab.text.toPlainText() == any_report.source_text.replace("\r\n", "\n")
    spans = Provenance(any_report.report, any_report.source_text).quote_spans()
    assert tab.highlight_count == len(spans) > 0
    # Which of the two alternating shades each character should show: later quotes are coloured over earlier.
    expected: list[int | None] = [None] * len(any_report.source_text)
    for i, (span, _key) in enumerate(spans):
        expected[span.start:span.end] = [i % 2] * (span.end - span.start)
    shown = [tab.highlight_at(offset) for offset in range(len(expected))]
    assert [colour is None for colour in shown] == [shade is None for shade in expected]
    shades = {shade: colour.name() for shade, colour in zip(expected, shown, strict=True) if shade is not None}
    assert len(set(shades.values())) == len(shades)  # neighbours apart, and one colour per shade
    assert all(colour is None or colour.name() == shades[shade] for shade, colour in zip(expected, shown, strict=True))


def test_tabs_are_built_only_when_shown(make_main_window) -> None:
    window = make_main_window(None)
    assert window.current_tab_key() == "overview"
    assert window.built_tab("overview") is not None
    for key in ("statistics", "enterprises", "tasks", "source"):
        assert window.built_tab(key) is None
    window.tab_widget.setCurrentIndex(window.tab_keys().index("tasks"))
    assert isinstance(window.built_tab("tasks"), TasksTab)


def test_another_report_rebuilds_the_tab_shown_and_the_others_when_visited(make_main_window, ui_report_path) -> None:
    window = make_main_window(None)
    for key in ("overview", "enterprises", "tasks", "source"):
        window.set_current_tab(key)
    assert window.open_report(ui_report_path)
    loaded = window.context.loaded
    assert loaded.report.meta.id == "mini-2024"
    # The tab shown follows the new report; the others are built from it when visited.
    assert window.built_tab("source").text.toPlainText() == loaded.source_text
    assert window.built_tab("overview") is None
    assert loaded.report.meta.title.zh in _label_texts(window.set_current_tab("overview"))
    assert window.set_current_tab("enterprises").honour_model.rowCount() == 1
    assert window.set_current_tab("tasks").tree.model().rowCount() == 2
    assert window.windowTitle() == loaded.report.meta.title.zh


def test_missing_tab_module_shows_a_placeholder(qtbot, ui_report_path) -> None:
    from PySide6.QtWidgets import QLabel

    from viewer.model.loader import load_report
    from viewer.ui.window.main_window import MainWindow
    from viewer.ui.window.tabs import DEFAULT_TABS, TabSpec

    specs = (DEFAULT_TABS[0], TabSpec("statistics", "viewer.ui.no_such_tab_module", "Nothing"))
    window = MainWindow(AppContext(load_report(ui_report_path)), tabs=specs)
    qtbot.addWidget(window)
    widget = window.set_current_tab("statistics")
    assert isinstance(widget, QLabel)
    assert widget.property("placeholder") == "statistics"
