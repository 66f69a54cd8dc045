"""Source tab highlights: coloured in the document itself, on the right characters, recoloured with the theme."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.conftest import MINI_REPORT, MINI_SOURCE, write_mini_report
from viewer.model.loader import load_report
from viewer.ui.common.theme import is_dark
from viewer.ui.source.tab import SourceTab


def _covered(tab: SourceTab, source: str) -> list[bool]:
    return [tab.highlight_at(offset) is not None for offset in range(len(source))]


def test_a_dark_palette_recolours_the_same_passages(make_main_window, ui_report_path: Path) -> None:
    window = make_main_window(ui_report_path)
    tab = window.set_current_tab("source")
    source = window.context.loaded.source_text
    before = [tab.highlight_at(offset) for offset in range(len(source))]
    dark = QPalette(tab.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor(32, 32, 32))
    tab.setPalette(dark)
    after = [tab.highlight_at(offset) for offset in range(len(source))]
    assert [c is None for c in after] == [c is None for c in before]
    assert any(c is not None for c in after)
    assert all(a.lightness() < b.lightness() for a, b in zip(after, before, strict=True) if a is not None)
    # Colouring is not an edit: the text is untouched and there is nothing to undo.
    assert tab.text.toPlainText() == source
    assert not tab.text.document().isUndoAvailable()


def test_highlights_land_on_their_quotes_after_wide_characters_and_windows_line_ends(
    make_main_window, tmp_path: Path
) -> None:
    # '𠀀' takes two UTF-16 units and '\r\n' one paragraph break: both shift Qt positions against Python offsets.
    source = MINI_SOURCE.replace("某市工业工作会议召开", "某市𠀀工业工作会议召开").replace("\n", "\r\n")
    loaded = load_report(write_mini_report(tmp_path, MINI_REPORT, source))
    window = make_main_window(loaded)
    tab = window.set_current_tab("source")
    spans = window.context.provenance.quote_spans()
    expected = [False] * len(source)
    for span, _key in spans:
        expected[span.start:span.end] = [True] * (span.end - span.start)
    covered = _covered(tab, source)
    # The '\n' of a '\r\n' has no position of its own (it reads as its '\r'): compare every other character.
    lone = [i for i in range(len(source)) if not (source[i] == "\n" and i > 0 and source[i - 1] == "\r")]
    assert [covered[i] for i in lone] == [expected[i] for i in lone]
    for span, key in spans:
        assert tab.show_key(key)
        assert tab.selected_text() == source[span.start:span.end].replace("\r\n", "\n")


def test_copying_a_highlighted_passage_gives_plain_text(make_main_window, ui_report_path: Path) -> None:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    window = make_main_window(ui_report_path)
    tab = window.set_current_tab("source")
    source = window.context.loaded.source_text
    start = next(offset for offset in range(len(source)) if tab.highlight_at(offset) is not None)
    end = source.index("\n", start + 1) + 5  # the rest of the highlighted line and a line break
    cursor = tab.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    tab.text.setTextCursor(cursor)
    tab.text.copy()
    copied = QApplication.clipboard().mimeData()
    assert copied.text() == source[start:end]
    assert not copied.hasHtml()  # no highlight colours carried into the user's document


def test_the_app_exits_cleanly_after_copying_from_the_source(tmp_path: Path) -> None:
    # The clipboard outlives Python's own objects; a QMimeData made in Python left on it crashed the exit.
    import os
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent("""
        from PySide6.QtWidgets import QApplication
        from viewer.ui.source.text_view import SourceTextView
        app = QApplication([])
        view = SourceTextView()
        view.setPlainText("会议指出\\n工业增长")
        view.selectAll()
        view.copy()
        print(QApplication.clipboard().text() == "会议指出\\n工业增长")
    """)
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    assert (result.returncode, result.stdout.strip()) == (0, "True"), result.stderr


def test_a_theme_switch_from_another_tab_recolours_the_source_when_it_is_shown(make_main_window, ui_report_path: Path,
                                                                              monkeypatch, qtbot) -> None:
    # Recolouring the 10k report's 20,000 quotes took ~50 ms of a theme switch made on another tab.
    window = make_main_window(ui_report_path)
    tab = window.set_current_tab("source")
    source = window.context.loaded.source_text
    light = [tab.highlight_at(offset) for offset in range(len(source))]
    window.set_current_tab("overview")
    resets: list[object] = []
    reset = tab._highlighter.reset
    monkeypatch.setattr(tab._highlighter, "reset", lambda *args: (resets.append(args), reset(*args)))
    try:
        window.set_theme("dark")
        qtbot.waitUntil(lambda: is_dark(tab.palette()))  # the platform may tell the widgets a turn later
        QApplication.processEvents()
        assert resets == []  # hidden: nothing recoloured yet
        window.set_current_tab("source")
        assert len(resets) == 1
        dark = [tab.highlight_at(offset) for offset in range(len(source))]
        assert [c is None for c in dark] == [c is None for c in light] and any(c is not None for c in dark)
        assert all(a.lightness() < b.lightness() for a, b in zip(dark, light, strict=True) if a is not None)
        window.set_theme("light")  # shown: recoloured at once
        qtbot.waitUntil(lambda: len(resets) == 2)
        assert [tab.highlight_at(offset) for offset in range(len(source))] == light
    finally:
        window.set_theme("light")


def test_the_first_visit_shows_the_text_then_highlights_it_a_turn_later(qtbot, make_main_window, monkeypatch):
    """The text first, in the turn of the visit; the highlights (and what the start backs) in the next: both need
    the quotes ordered by position, which with the highlight pass made the 10k-fact report's visit one 0.16 s
    turn. Asking for a highlight before then makes them at once."""
    from viewer.ui.source.highlighter import QuoteHighlighter

    reset: list[bool] = []
    real = QuoteHighlighter.reset
    monkeypatch.setattr(QuoteHighlighter, "reset", lambda self, *a: (reset.append(True), real(self, *a))[1])
    window = make_main_window()
    tab = window.set_current_tab("source")
    assert tab.text.toPlainText() and reset == []  # the text is there, not yet highlighted
    qtbot.waitUntil(lambda: reset != [])
    spans = window.context.provenance.quote_spans()
    assert reset == [True] and tab.highlight_count == len(spans) > 0
    assert tab.highlight_at(spans[0][0].start) is not None
    assert reset == [True]  # made once


def test_a_highlight_asked_for_before_the_next_turn_is_made_at_once(make_main_window) -> None:
    window = make_main_window()
    tab = window.set_current_tab("source")
    span = window.context.provenance.quote_spans()[0][0]
    assert tab.highlight_at(span.start) is not None



def test_the_highlights_wait_for_the_timers_already_due(qtbot, make_main_window) -> None:
    """A turn of the event loop of their own: ``QTimer.singleShot(0)`` posts an event, which Qt handles before the
    timers that are due, so the bench's heartbeat saw the text and the highlights as one stall. A zero-interval timer
    of the tab's waits its turn among the timers."""
    from PySide6.QtCore import QTimer

    window = make_main_window()
    tab = window.set_current_tab("source")
    waiting = [t for t in tab.findChildren(QTimer) if t.isActive() and t.isSingleShot() and t.interval() == 0]
    assert len(waiting) == 1 and tab._marks_pending
    qtbot.waitUntil(lambda: not tab._marks_pending)
    assert tab.highlight_count > 0
    assert not [t for t in tab.findChildren(QTimer) if t.isActive() and t.interval() == 0]
