"""Small widgets shared by the tabs: plain-text labels, filter combo boxes and the quote detail pane."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.context import AppContext


def fill(template: str, *values: object) -> str:
    """Put ``values`` into a translated ``template``'s %1, %2, … in one pass (a value containing '%2' stays).

    A value's hidden characters (a bidi override or an escape sequence in a file name, viewer.model.sanitise)
    are shown as ⟨U+XXXX⟩: every message of the window made here shows what it names as it is written."""
    from viewer.model.sanitise import show_hidden

    return re.sub(r"%(\d)", lambda m: show_hidden(str(values[int(m.group(1)) - 1]))
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), template)


def chinese_font(font: QFont) -> QFont:
    """``font`` with the bundled CJK family first: for text that is Chinese in either interface language (the
    source text, quotes), so its punctuation keeps the CJK forms when the interface is English."""
    try:
        from viewer.charts.font import font_families

        families = font_families("zh")
    except (ModuleNotFoundError, RuntimeError):
        return font
    font = QFont(font)
    font.setFamilies([*families, *(f for f in font.families() if f not in families)])
    return font


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A QLabel that never interprets its text as rich text (data text may contain '<b>' or '<img>')."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


class FilterComboBox(QComboBox):
    """A combo box as wide as its widest entry where the window has room, and narrower (the entry cut) where it
    has not: Qt's policies give one or the other (AdjustToContents held a 640 px window 708 px wide; the minimum
    length alone cut '全部核对状态' to '全部核对状' in any window, six Latin letters being narrower than six
    Chinese characters)."""

    def __init__(self, parent: QWidget | None = None, minimum_letters: int = 6) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(minimum_letters)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()  # the frame, arrow and icon around room for the minimum number of letters
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        room = metrics.horizontalAdvance("x") * self.minimumContentsLength()
        return QSize(hint.width() + max(0, widest - room), hint.height())


def focusable_toolbar(toolbar: QToolBar) -> None:
    """Put the buttons of ``toolbar`` in the Tab order (a QToolBar's buttons take no keyboard focus by default)."""
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None and not action.isSeparator():
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class QuotePane(QWidget):
    """Detail of one quoted item: its heading, extra lines, the verbatim quote and "Show in source".

    The quote is shown in a read-only QPlainTextEdit, which never renders markup.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._key: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = plain_label(wrap=True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.details = plain_label(wrap=True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote_caption = plain_label(wrap=True)
        # The English reader: the item's English label (and text) beside the Chinese quote.
        self.english = plain_label(wrap=True)
        self.english.setObjectName("quoteEnglish")
        self.english.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote = QPlainTextEdit()
        self.quote.setReadOnly(True)
        self.quote.setFont(chinese_font(self.quote.font()))
        self.quote.setObjectName("quote")
        self.quote.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.source_button = QPushButton()
        self.source_button.setObjectName("showInSource")
        self.source_button.clicked.connect(self._on_show_source)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.quote_caption)
        layout.addWidget(self.quote, 1)
        layout.addWidget(self.english)
        layout.addWidget(self.source_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._retranslate()
        self.clear()

    @property
    def key(self) -> str | None:
        """The provenance key of the item shown (None when empty)."""
        return self._key

    def show_item(self, key: str | None, heading: str, quote: str, details: str = "", english: str = "") -> None:
        """Show an item; ``key`` is what "Show in source" jumps to; ``english`` is its English label or text."""
        self._key = key
        self.heading.setText(heading)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.quote.setPlainText(quote)
        self._english = english
        self._show_english()
        self.source_button.setEnabled(key is not None and self._context.provenance.span(key) is not None)

    def clear(self) -> None:
        """Show nothing (no selection)."""
        self.show_item(None, self.tr("Select a row to see the sentence it comes from."), "")

    @Slot()
    def _on_show_source(self) -> None:
        if self._key is not None:
            self._context.show_source.emit(self._key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _show_english(self) -> None:
        english = getattr(self, "_english", "")
        self.english.setText(fill(self.tr("English: %1"), english) if english else "")
        self.english.setVisible(bool(english))

    def _retranslate(self) -> None:
        self.quote_caption.setText(self.tr("Chinese original (quoted from the source text):"))
        self.quote.setAccessibleName(self.tr("Quote from the source text"))
        self.quote.setAccessibleDescription(self.tr("The sentence of the selected row, as the source text words it."))
        self._show_english()
        self.source_button.setText(self.tr("Show in source"))
        if self._key is None:
            self.heading.setText(self.tr("Select a row to see the sentence it comes from."))
