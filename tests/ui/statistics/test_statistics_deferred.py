"""A hidden Statistics tab does not build charts when the language or the report changes: it builds them when
it is shown next (opening a report or switching language waited for charts nobody saw)."""

from __future__ import annotations

from viewer.charts.definitions import chart_specs
from viewer.ui.statistics import tab as statistics_tab


def test_a_hidden_statistics_tab_builds_its_charts_when_shown_again(qtbot, make_main_window, monkeypatch):
    window = make_main_window()
    statistics = window.set_current_tab("statistics")
    built: list[str] = []

    def counting(report, lang):
        built.append(lang)
        return chart_specs(report, lang)

    monkeypatch.setattr(statistics_tab, "chart_specs", counting)
    statistics.build()
    assert built == ["zh"]
    window.set_current_tab("overview")
    window.set_language("en")
    window.open_report(window.context.loaded.path)
    assert built == ["zh"]  # hidden: nothing built for the new language or the report opened again
    statistics = window.set_current_tab("statistics")  # dropped by the open, built again now
    qtbot.waitUntil(lambda: built == ["zh", "en"])
    assert statistics.specs and all(spec.lang == "en" for spec in statistics.specs)
    window.set_language("zh")  # shown: built at once
    assert built == ["zh", "en", "zh"]


def test_a_theme_switch_builds_a_hidden_statistics_tab_when_it_is_shown(qtbot, make_main_window):
    # A hidden Statistics tab drew its chart again in the new colours (~20 ms of the 10k report's theme switch).
    from PySide6.QtWidgets import QApplication

    from viewer.charts.style import DARK, PRINT
    from viewer.ui.common.theme import is_dark

    window = make_main_window()
    statistics = window.set_current_tab("statistics")
    qtbot.waitUntil(lambda: statistics.view.chart is not None)
    assert statistics.view.chart.style.theme is PRINT
    try:
        window.set_current_tab("overview")
        window.set_theme("dark")
        qtbot.waitUntil(lambda: is_dark(statistics.palette()))  # the platform may tell the widgets a turn later
        QApplication.processEvents()
        assert statistics.view.chart.style.theme is PRINT and not statistics._built  # hidden: nothing drawn
        window.set_current_tab("statistics")
        qtbot.waitUntil(lambda: statistics.view.chart.style.theme is DARK)
        assert statistics.view.chart.scene.backgroundBrush().color().lightness() < 80
        window.set_theme("light")  # shown: drawn again as soon as the palette changes
        qtbot.waitUntil(lambda: statistics.view.chart.style.theme is PRINT)
    finally:
        window.set_theme("light")
