"""Strings the window joins from parts use the punctuation of the window's language: full-width '，' '：' '；' in
Chinese ('5.7%, 2022' and '存疑: 口径?' read as English punctuation dropped into Chinese)."""

from __future__ import annotations

import re

import pytest

from viewer.model.state import Mark
from viewer.model.texts import labelled, listed
from viewer.ui.state.review_actions import review_tooltip, set_review_mark

ASCII_JOINS = re.compile(r"(, |: |; )")


def test_the_helpers_punctuate_by_language() -> None:
    assert listed("zh", ["5.7%", "2022"]) == "5.7%，2022" and listed("en", ["5.7%", "2022"]) == "5.7%, 2022"
    assert listed("zh", ["a", "b"], strong=True) == "a；b"
    assert labelled("zh", "存疑", "口径?") == "存疑：口径?" and labelled("en", "Questioned", "why") == "Questioned: why"


@pytest.fixture
def window(make_main_window):
    return make_main_window(None, "zh")


def test_the_chinese_window_joins_with_full_width_punctuation(window, qtbot) -> None:
    context = window.context
    fact = context.report.facts[0]
    assert set_review_mark(context, fact.id, Mark.QUESTIONED, "口径")
    assert review_tooltip(context, fact.id) == "存疑：口径"
    dock = window.show_search()
    dock.box.setText(fact.label.zh)
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0)
    shown = [dock.model.index(r, 0).data() for r in range(dock.model.rowCount())]
    assert not [s for s in shown if ASCII_JOINS.search(s)], shown
    figures = window.set_current_tab("figures")
    figures.table.selectRow(0)
    assert figures.comment_label.text() == "⚠ 存疑：口径"
