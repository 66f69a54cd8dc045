"""The Source tab across a change of report."""

from __future__ import annotations

from viewer.model.paths import default_report_path
from viewer.ui.common.roles import Role


def test_opening_another_report_while_a_figure_is_selected(make_main_window, ui_report_path) -> None:
    # The checklist session hears of the new report first and says the state changed: the Source tab, still
    # listing the old report's figure, must not look it up in the new report (a KeyError in the event loop).
    window = make_main_window(ui_report_path)
    window.context.show_source.emit("va-growth")
    assert window.current_tab_key() == "source"
    assert window.open_report(default_report_path())
    tab = window.built_tab("source")
    assert window.context.report.meta.id == "fujian-2023"
    assert all(tab.items.item(r).data(Role.KEY) != "va-growth" for r in range(tab.items.rowCount()))
