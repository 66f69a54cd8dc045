"""Chinese by default, English on request; switching updates the open window without a restart."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from viewer.ui.app.run import choose_language
from viewer.ui.common.i18n import system_language


def _tab_texts(window) -> list[str]:
    return [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]


def test_chinese_interface_by_default(make_main_window) -> None:
    window = make_main_window(None, "zh")
    assert _tab_texts(window) == ["概览", "统计图表", "企业成就", "任务清单", "原文", "数据核对"]
    assert window.menus.file_menu.title() == "文件(&F)"


def test_switching_language_updates_every_visible_string(make_main_window, qtbot) -> None:
    window = make_main_window(None, "zh")
    report = window.context.report
    for key in ("overview", "enterprises", "tasks", "source"):
        window.set_current_tab(key)
    window.set_current_tab("overview")
    window.menus.language_actions["en"].trigger()

    assert window.context.lang == "en"
    assert _tab_texts(window) == ["Overview", "Statistics", "Enterprises", "Tasks", "Source", "Figures"]
    assert window.menus.file_menu.title() == "&File"
    assert window.menus.open_action.text() == "&Open report…"
    overview = window.built_tab("overview")
    assert overview._captions["meeting"].title() == "Meeting"
    assert overview.findChild(QLabel, "meetingTitle").text() == report.meta.title.en
    assert overview.tiles[0].label.text() == overview.tiles[0].fact.label.en
    enterprises = window.built_tab("enterprises")
    assert enterprises.enterprise_model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert enterprises.enterprise_model.index(0, 0).data() == report.enterprises[0].name.en
    assert enterprises.enterprise_box.title() == "Enterprises and projects"
    tasks = window.built_tab("tasks")
    assert report.tasks[0].title.en in tasks.tree.model().index(0, 0).data()
    # Qt's own widgets follow too once the LanguageChange events are delivered.
    qtbot.waitUntil(lambda: window.built_tab("source").panel.title() == "What this passage backs")

    window.menus.language_actions["zh"].trigger()
    assert _tab_texts(window)[0] == "概览"
    assert enterprises.enterprise_model.index(0, 0).data() == report.enterprises[0].name.zh
    qtbot.waitUntil(lambda: window.built_tab("source").panel.title() == "此段原文支撑的内容")
    assert QSettings().value("ui/language", type=str) == "zh"


def test_language_choice_remembered_else_system(make_main_window) -> None:
    assert choose_language(None) == system_language()
    window = make_main_window(None, "zh")
    window.set_language("en")
    assert choose_language(None) == "en"
    assert choose_language("zh") == "zh"
