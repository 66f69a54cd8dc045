"""The Source tab: the original text with every quote highlighted, and what the text at the cursor backs.

Highlights are background colours set on the quoted characters of the document by a ``QuoteHighlighter``, a
page at a time as the text comes into view (nothing in the source is ever interpreted as markup).
``ExtraSelection``s were used first: on a large source (20,000 quotes) placing their cursors laid out the whole
document (seconds) and every repaint walked all of them; formats live in the document, are laid out lazily with
their blocks, and cost a repaint nothing. The current quote is the real text selection, scrolled into the middle.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QShowEvent, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.model.format import fact_value
from viewer.model.search import HitKind, ItemLabels
from viewer.model.source_display import SourceDisplay
from viewer.model.state import Mark
from viewer.model.texts import listed
from viewer.ui.common.badges import mark_icon
from viewer.ui.common.kinds import kind_name
from viewer.ui.common.roles import Role
from viewer.ui.common.side_pane import SidePaneSplitter
from viewer.ui.common.theme import is_dark
from viewer.ui.common.turns import next_turn
from viewer.ui.common.widgets import chinese_font, fill, plain_label
from viewer.ui.context import AppContext
from viewer.ui.source.highlighter import QuoteHighlighter
from viewer.ui.source.offsets import SourceMap
from viewer.ui.source.text_view import SourceTextView
from viewer.ui.state.review_actions import badged, review_menu, review_target


class SourceTab(QWidget):
    """The source text with highlighted quotes and a panel listing the items the cursor's text backs."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stale_highlights = False  # the palette changed while the tab was hidden: recoloured when shown
        self._marks_pending = False  # the text is in, its highlights come a turn later (_finish_loading)
        self.text = SourceTextView()
        self.text.selection_text = self.selected_text
        self.text.setObjectName("sourceText")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(chinese_font(font))  # the source is Chinese whatever the interface language
        self._highlighter = QuoteHighlighter(self.text)
        self.items = QStandardItemModel(self)
        self.item_list = QListView()
        self.item_list.setObjectName("backedItems")
        self.item_list.setModel(self.items)
        self.item_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.item_list.setWordWrap(True)
        self.item_list.activated.connect(self._on_item_activated)
        self.item_list.doubleClicked.connect(self._on_item_activated)
        # Review marks on what the passage backs: the same menu (and undo step) as everywhere else.
        self.item_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.item_list.customContextMenuRequested.connect(self._show_item_menu)
        self.hint = plain_label(wrap=True)
        # Edit mode: a selected phrase becomes a new figure (its quote verbatim by construction).
        self.new_figure_button = QPushButton()
        self.new_figure_button.setObjectName("newFigure")
        self.new_figure_button.clicked.connect(self.new_figure_from_selection)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._show_text_menu)
        self.panel = QGroupBox()
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.addWidget(self.hint)
        panel_layout.addWidget(self.item_list, 1)
        panel_layout.addWidget(self.new_figure_button)
        # Beside each section, its English summary where the report has one (the English reader).
        self.section_summary = plain_label(wrap=True)
        self.section_summary.setObjectName("sectionSummary")
        panel_layout.addWidget(self.section_summary)
        splitter = self.splitter = SidePaneSplitter(self.text, self.panel, main_min=480, side_min=220, side_width=320)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.text.cursorPositionChanged.connect(self._on_cursor_moved)
        context.report_changed.connect(self._load)
        context.language_changed.connect(self._on_language_changed)
        context.state_changed.connect(self._on_state_changed)
        if context.editor is not None:
            # A slot of this widget, not a lambda: a tab deleted by a reopen is disconnected with it.
            context.editor.mode_changed.connect(self._on_edit_mode_changed)
        self._retranslate()
        self._load()
        self._update_edit_controls()
        self._show_section_summary()

    # --- public ------------------------------------------------------------------------------------

    def show_key(self, key: str) -> bool:
        """Select and scroll to the quote of item ``key``; False when it has no quote in the text."""
        span = self._context.provenance.span(key)
        if span is None:
            return False
        self.show_span(span.start, span.end)
        return True

    def show_span(self, start: int, end: int) -> None:
        """Select source characters ``start:end`` (Python offsets) and scroll them into the middle."""
        self._finish_loading()
        self._highlighter.colour(start, end)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._map.to_document(start))
        cursor.setPosition(self._map.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self.text.setFocus()

    def location(self) -> tuple[int, int]:
        """The selected source characters (start, end), for Back and Forward."""
        cursor = self.text.textCursor()
        return (self._map.from_document(cursor.selectionStart()), self._map.from_document(cursor.selectionEnd()))

    def go_to_location(self, span: tuple[int, int]) -> None:
        """Select ``span`` again (Back and Forward)."""
        self.show_span(*span)

    def selected_text(self) -> str:
        """The selected source text as shown (line breaks as '\\n', hidden characters as ⟨U+XXXX⟩)."""
        cursor = self.text.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if start == end:
            return ""
        return self._display.visible(self._map.from_document(start), self._map.from_document(end - 1) + 1)

    def keys_at_cursor(self) -> list[str]:
        """Keys of the items whose quotes cover the start of the selection (or the cursor)."""
        cursor = self.text.textCursor()
        return self._context.provenance.keys_at(self._map.from_document(cursor.selectionStart()))

    # --- building ----------------------------------------------------------------------------------

    @Slot()
    def _load(self) -> None:
        source = self._context.loaded.source_text
        if getattr(self, "_shown_source", None) == source:
            # A new version of the same report (an edit): the text, the cursor and the scroll position stay.
            self._apply_highlights()
            self._show_items(self.keys_at_cursor())
            return
        self._shown_source = source
        # Shown, not obeyed: hidden characters as ⟨U+XXXX⟩; a long line in blocks (layout stays linear).
        self._display = SourceDisplay(source)
        self._map = SourceMap(self._display)
        # The highlights and what the text at the start backs come a turn after the text: both need the quotes
        # ordered by position (with the highlight pass 0.05 s of the 10k-fact report's first visit, which showed
        # the text in one turn of 0.16 s). Whatever reads them (show in source, highlight_at) has them made first.
        self._marks_pending = True
        self._cursor_untouched = True
        self._text_loading = True
        try:
            self.text.setPlainText(self._display.shown)
        finally:
            self._text_loading = False
        self._show_items([])
        # A turn of its own (QTimer.singleShot(0) would run it before any waiting timer or input: one stall).
        next_turn(self, self._finish_loading)

    @Slot()
    def _finish_loading(self) -> None:
        """The highlights of a text just loaded and, while the cursor has not moved, what its start backs."""
        if not getattr(self, "_marks_pending", False):
            return
        self._marks_pending = False
        self._apply_highlights()
        if self._cursor_untouched:
            self._on_cursor_moved()  # as setPlainText's cursor move did (the status bar), the list left empty
            self._show_items([])

    def _quote_count(self) -> int:
        # The hint's count, also before the highlights are made (they highlight every quote placed in the text).
        if not hasattr(self, "_map"):
            return 0
        if getattr(self, "_marks_pending", False):
            return self._context.provenance.quote_count()
        return self._highlight_count

    @property
    def highlight_count(self) -> int:
        """How many quotes are highlighted."""
        self._finish_loading()
        return self._highlight_count

    def _apply_highlights(self) -> None:
        self._stale_highlights = False
        # Two alternating shades, so quotes that touch each other still read as separate passages.
        dark = is_dark(self.palette())
        shades = [QColor(120, 96, 20), QColor(96, 76, 30)] if dark else [QColor(255, 236, 150), QColor(255, 214, 120)]
        quoted = self._context.provenance.quote_spans()
        # A generator: the highlighter keeps the starts and ends, not a (start, end) tuple per quote.
        spans = ((span.start, span.end) for span, _key in quoted)
        self._highlighter.reset(spans, self._map, len(self._context.loaded.source_text), shades)
        self._highlight_count = len(quoted)

    def highlight_at(self, offset: int) -> QColor | None:
        """The highlight colour of source character ``offset`` (Python offset), None where nothing is quoted."""
        self._finish_loading()
        if self._stale_highlights:
            self._apply_highlights()
        return self._highlighter.colour_at(offset)

    # --- reactions ---------------------------------------------------------------------------------

    @Slot()
    def _on_cursor_moved(self) -> None:
        if getattr(self, "_text_loading", False):
            return  # the text being put in: its start is described a turn later (_finish_loading)
        self._cursor_untouched = False
        keys = self.keys_at_cursor()
        self._show_items(keys)
        self._update_edit_controls()
        self._show_section_summary()
        window = self.window()
        if isinstance(window, QMainWindow) and keys:
            labels = [self._describe(k) for k in keys]
            backs = listed(self._context.lang, labels, strong=True)
            window.statusBar().showMessage(fill(self.tr("This passage backs: %1"), backs), 10000)

    @property
    def _index(self) -> ItemLabels:
        # What a passage backs, by label only: the search index (every value formatted) is the search dock's.
        return ItemLabels.of(self._context.report)

    def _describe(self, key: str) -> str:
        lang = self._context.lang
        described = self._index.describe(key, lang)
        if described is None:
            return key
        kind, label = described
        text = f"{kind_name(kind)} · {label}"
        if kind == HitKind.FACT:
            text += f": {fact_value(self._context.report.fact(key), lang)}"
        return text

    def _show_items(self, keys: list[str]) -> None:
        self._keys = list(keys)
        self.items.clear()
        for key in keys:
            target = review_target(self._context, key)
            text = self._describe(key)
            item = QStandardItem(badged(self._context, target, text) if target else text)
            item.setData(key, Role.KEY)
            state = self._context.state
            if target and state is not None:
                mark = state.mark_of(target)
                if mark is not Mark.UNREVIEWED:
                    item.setIcon(mark_icon(mark))
            item.setToolTip(self._both_languages(key) or key)
            item.setEditable(False)
            self.items.appendRow(item)
        self._update_hint()

    def _both_languages(self, key: str) -> str:
        """The item's label in Chinese and in English (the English reader sees both beside the quote)."""
        zh, en = self._index.describe(key, "zh"), self._index.describe(key, "en")
        if zh is None or en is None:
            return ""
        return zh[1] if zh[1] == en[1] else f"{zh[1]}\n{en[1]}"

    def _show_item_menu(self, pos) -> None:
        menu = self.item_menu(pos)
        if menu is not None:
            menu.exec(self.item_list.viewport().mapToGlobal(pos))

    def item_menu(self, pos) -> QMenu | None:
        """The review menu of the backed item at viewport position ``pos`` (None for an action or nothing)."""
        target = review_target(self._context, self.item_list.indexAt(pos).data(Role.KEY))
        return review_menu(self._context, target, self.item_list) if target else None

    # --- edit mode: a new figure from the selection ---------------------------------------------------------

    def selection_span(self) -> tuple[int, int] | None:
        """The selected source characters as (start, end) offsets of the source text, None without a selection."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        return self._map.from_document(cursor.selectionStart()), self._map.from_document(cursor.selectionEnd())

    def new_figure_from_selection(self) -> str | None:
        """Make a draft figure from the selection (edit mode); its id, or None."""
        editor = self._context.editor
        span = self.selection_span()
        if editor is None or span is None:
            return None
        if not editor.active and not editor.start():
            return None
        return editor.new_fact(*span)

    def _show_text_menu(self, pos) -> None:
        menu = self.text.createStandardContextMenu(pos)
        editor = self._context.editor
        if editor is not None:
            menu.addSeparator()
            action = menu.addAction(self.tr("New figure from the selection"))
            action.setObjectName("newFigureAction")
            action.setEnabled(self.selection_span() is not None)
            action.triggered.connect(self.new_figure_from_selection)
        menu.exec(self.text.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def section_at_cursor(self):
        """The section whose text holds the cursor (None outside every section)."""
        offset = self._map.from_document(self.text.textCursor().selectionStart())
        for section in self._context.report.sections:
            span = self._context.provenance.span(section.id)
            if span is not None and span.start <= offset < span.end:
                return section
        return None

    def _show_section_summary(self) -> None:
        """The cursor's section: its title in both languages and its English summary beside the Chinese text."""
        section = self.section_at_cursor()
        if section is None:
            self.section_summary.setText("")
            self.section_summary.setVisible(False)
            return
        title = section.title.zh if not section.title.en else f"{section.title.zh} · {section.title.en}"
        lines = [fill(self.tr("Section: %1"), title)]
        if section.summary.en:
            lines.append(fill(self.tr("English summary: %1"), section.summary.en))
        self.section_summary.setText("\n".join(lines))
        self.section_summary.setVisible(True)

    @Slot(bool)
    def _on_edit_mode_changed(self, _on: bool) -> None:
        self._update_edit_controls()

    def _update_edit_controls(self) -> None:
        editor = self._context.editor
        self.new_figure_button.setVisible(editor is not None and editor.active)
        self.new_figure_button.setEnabled(self.selection_span() is not None)

    @Slot()
    def _on_state_changed(self) -> None:
        # While a new report is being taken in, the state may say so before this tab has heard of the report:
        # the items listed are the old report's, and go when the tab loads the new one.
        if getattr(self, "_keys", None) and self._index.report is self._context.report:
            self._show_items(self._keys)

    @Slot(QModelIndex)
    def _on_item_activated(self, index: QModelIndex) -> None:
        key = index.data(Role.KEY)
        described = self._index.describe(key) if key else None
        if described is not None and described[0] != HitKind.FACT:
            self._context.select_item.emit(key)

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._retranslate()
        self._show_items(self._keys)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange and hasattr(self, "_map") and not self._marks_pending:
            # A hidden tab recolours when it is next shown (or asked): a theme switch from another tab does not
            # wait for the 10k report's 20,000 quotes (~50 ms).
            if self.isVisibleTo(self.window()):
                self._apply_highlights()
            else:
                self._stale_highlights = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale_highlights:
            self._apply_highlights()
        super().showEvent(event)

    def _retranslate(self) -> None:
        self.panel.setTitle(self.tr("What this passage backs"))
        self.new_figure_button.setText(self.tr("New figure from the selection"))
        self.new_figure_button.setToolTip(self.tr("Select a phrase with a number and its unit; it becomes a "
                                                  "draft figure quoting it"))
        self.text.setAccessibleName(self.tr("Source text"))
        self.text.setAccessibleDescription(self.tr("The report's original text; quoted passages are highlighted. "
                                                   "Move the cursor into one to hear what it backs."))
        self.item_list.setAccessibleName(self.tr("What this passage backs"))
        self.item_list.setAccessibleDescription(self.tr("Figures, enterprises and actions quoting the passage at "
                                                        "the cursor; Enter opens one in its tab."))
        self._update_hint()

    def _update_hint(self) -> None:
        if getattr(self, "_keys", None):
            self.hint.setText(self.tr("Double-click an entry to open it in its tab."))
        else:
            self.hint.setText(fill(self.tr("%1 highlighted passages are quoted by figures, enterprises or tasks. "
                                           "Click one to see what it backs."), self._quote_count()))
