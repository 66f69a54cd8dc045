"""The search dock (Ctrl+F): one box over facts, enterprises, honours, tasks, actions and the source text.

Each hit shows what it is, a figure's value and period, and a snippet with the matching text highlighted
(``HitDelegate``: the snippet is escaped before it is drawn as rich text, so a report's text never acts as markup).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLineEdit,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from viewer.model.search import Hit, HitKind, SearchIndex
from viewer.model.state import Mark
from viewer.ui.common.badges import mark_colour
from viewer.ui.common.in_background import InBackground
from viewer.ui.common.kinds import kind_name
from viewer.ui.common.roles import Role
from viewer.ui.common.widgets import fill, plain_label
from viewer.ui.context import AppContext
from viewer.ui.state.review_actions import badged, review_menu, review_target

AnyIndex = QModelIndex | QPersistentModelIndex


class HitListModel(QAbstractListModel):
    """Search hits, each shown as "kind · label — value, period" over a snippet of the matching text."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._hits: list[Hit] = []
        context.state_changed.connect(self.retranslate)  # review badges

    def set_hits(self, hits: list[Hit]) -> None:
        """Replace the hits."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit:
        """The hit in ``row``."""
        return self._hits[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            target = self.target(hit)
            shown = badged(self._context, target, heading(hit)) if target else heading(hit)
            return f"{shown}\n{hit.snippet}"
        if role == Role.HEADING:
            return heading(hit)
        if role == Role.MARK:
            target, state = self.target(hit), self._context.state
            return state.mark_of(target).value if target and state is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == Role.HIT:
            return hit
        return None

    def target(self, hit: Hit) -> str | None:
        """The reviewable item a hit stands for (None for source text and actions)."""
        return review_target(self._context, hit.key)

    def retranslate(self) -> None:
        """Kind names changed language."""
        if self._hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hits) - 1, 0))


def heading(hit: Hit) -> str:
    """What a hit is: 'Figure · label — 5.7%, 2022' (value and period for figures and honours)."""
    where = f"{kind_name(hit.kind)} · {hit.label}" if hit.label else kind_name(hit.kind)
    # The separator in the window's language (Chinese: '，'), as the value and period are.
    figure = QCoreApplication.translate("SearchPanel", ", ").join(t for t in (hit.value, hit.period) if t)
    return f"{where} — {figure}" if figure else where


def hit_html(hit: Hit, palette: QPalette, review_mark: str | None = None, selected: bool = False) -> str:
    """The hit as escaped rich text: its review badge in colour, its heading in bold, the snippet with the match
    highlighted. The badge stands on the list's base colour and a selected row's match is drawn inverted: in their
    own colours on the selection's they could not be seen."""
    start, end = hit.match
    text = hit.snippet
    mark = palette.color(QPalette.ColorRole.Highlight)
    on_mark = palette.color(QPalette.ColorRole.HighlightedText)
    if selected:
        mark, on_mark = on_mark, mark
    highlighted = (f"<span style='background-color:{mark.name()}; color:{on_mark.name()}'>"
                   f"{escape(text[start:end])}</span>") if end > start else ""
    review = Mark(review_mark) if review_mark else Mark.UNREVIEWED
    colour = mark_colour(review)
    base = palette.color(QPalette.ColorRole.Base)
    badge = (f"<span style='background-color:{base.name()}; color:{colour.name()}'><b>&nbsp;{review.badge}&nbsp;</b>"
             "</span> ") if colour is not None else ""
    return (f"{badge}<b>{escape(heading(hit))}</b><br/>{escape(text[:start])}{highlighted}{escape(text[end:])}")


SIZE_CACHE = 4096  # sizes of hits kept (a few keystrokes' worth of the 300 hits shown)
SIZE_BATCH = 50  # hits sized per event-loop turn (each lays out its rich text: ~0.2 ms)


class HitDelegate(QStyledItemDelegate):
    """Draws a hit as two lines of rich text (heading, snippet with the match highlighted), wrapped to the list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[object, ...], QSize] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(3)
        document.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document.setHtml(hit_html(index.data(Role.HIT), option.palette, index.data(Role.MARK), selected))
        document.setTextWidth(max(50, option.rect.width()))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = ""  # the background, selection and focus from the style; the text drawn below
        style = cell.widget.style() if cell.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, cell.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        group = QPalette.ColorGroup.Normal
        role = QPalette.ColorRole.HighlightedText if option.state & QStyle.StateFlag.State_Selected \
            else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(group, role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        hit = index.data(Role.HIT)
        # The list asks every row's size on each keystroke; most hits stay from one keystroke to the next and
        # the match's highlight (colours only) does not change the size: laid out once per text and width.
        key = (heading(hit), hit.snippet, index.data(Role.MARK), width, option.font.key())
        size = self._sizes.get(key)
        if size is None:
            if isinstance(view, QListView):
                option = QStyleOptionViewItem(option)
                option.rect.setWidth(width)
            document = self._document(option, index)
            size = QSize(int(document.idealWidth()), int(document.size().height()) + 2)
            if len(self._sizes) >= SIZE_CACHE:
                self._sizes.clear()
            self._sizes[key] = size
        return QSize(size)


class SearchDock(QDockWidget):
    """A dock with the search box and the list of hits; activating a hit jumps to it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDock")
        self._context = context
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self._on_text_changed)
        self._building: InBackground | None = None  # the report's index, built in a worker on the first keystroke
        self.box.returnPressed.connect(self._activate_first)
        self.model = HitListModel(context, self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-measured when the dock is resized
        # Rows laid out a batch per event-loop turn: sizing a hit lays out its rich text, and the first keystroke on a
        # 10k-fact report sized 300 hits in one turn (0.3 s of 0.75, profiled)
        self.results.setLayoutMode(QListView.LayoutMode.Batched)
        self.results.setBatchSize(SIZE_BATCH)
        self.results.setAlternatingRowColors(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(self._on_activated)
        self.results.clicked.connect(self._on_activated)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.customContextMenuRequested.connect(self._show_menu)
        self.count = plain_label()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.box)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.setWidget(body)
        self.setMinimumWidth(280)
        context.report_changed.connect(self._on_report_changed)
        context.language_changed.connect(self._on_language_changed)
        self._retranslate()

    def focus_box(self) -> None:
        """Put the keyboard in the box, its text selected for a new search."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    @property
    def _index(self) -> SearchIndex:
        # Built when first searched (an empty box searches nothing), shared with the Source tab.
        return SearchIndex.of(self._context.report, self._context.loaded.source_text)

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        """Search as the user types. The first keystroke on a report builds its index (0.1-0.2 s on a 10,000-fact
        report, pure Python) in a worker thread while the event loop turns here (the window paints; keys typed
        meanwhile wait in the box), then searches what the box holds."""
        report, source = self._context.report, self._context.loaded.source_text
        if text.strip() and SearchIndex.known(report, source) is None:
            if self._building is not None:
                return  # the outer call searches the box's text when the index is there
            self._building = InBackground(lambda: SearchIndex.of(report, source), self, "search index")
            loop = QEventLoop()
            self._building.done.connect(loop.quit)
            self._building.failed.connect(loop.quit)
            try:
                loop.exec()
            finally:
                self._building.deleteLater()
                self._building = None
            text = self.box.text()
        self.search(text)  # an index of another report (opened meanwhile) is built here

    @Slot(str)
    def search(self, text: str) -> list[Hit]:
        """Run ``text`` and list the hits."""
        hits = self._index.search(text, self._context.lang) if text.strip() else []
        self.model.set_hits(hits)
        self._update_count()
        return hits

    def activate(self, row: int) -> None:
        """Jump to hit ``row``: source-text hits select that text, items open where they are shown."""
        hit = self.model.hit(row)
        if hit.kind == HitKind.SOURCE and hit.offset is not None:
            self._context.show_source_span.emit(hit.offset, hit.offset + hit.length)
        elif hit.kind == HitKind.FACT and hit.key is not None:
            self._context.show_source.emit(hit.key)
        elif hit.key is not None:
            self._context.select_item.emit(hit.key)

    def _show_menu(self, pos) -> None:
        menu = self.hit_menu(pos)
        if menu is not None:
            menu.exec(self.results.viewport().mapToGlobal(pos))

    def hit_menu(self, pos) -> QMenu | None:
        """The review menu of the hit at viewport position ``pos`` (None for source text or an action)."""
        index = self.results.indexAt(pos)
        target = self.model.target(index.data(Role.HIT)) if index.isValid() else None
        return review_menu(self._context, target, self.results) if target else None

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activate(index.row())

    @Slot()
    def _activate_first(self) -> None:
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0, 0))
            self.activate(0)

    @Slot()
    def _on_report_changed(self) -> None:
        self._on_text_changed(self.box.text())

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._retranslate()
        self._on_text_changed(self.box.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.box.setPlaceholderText(self.tr("Figures, enterprises, honours, tasks, source text…"))
        self.box.setAccessibleName(self.tr("Search the report"))
        self.box.setAccessibleDescription(self.tr("Words or a number as written or as shown (20,000 finds 2万); "
                                                  "Enter opens the first hit."))
        self.results.setAccessibleName(self.tr("Search results"))
        self._update_count()

    def _update_count(self) -> None:
        if not self.box.text().strip():
            self.count.setText(self.tr("Type to search the whole report."))
        else:
            count = self.model.rowCount()
            # Plurals by count: English has no translation file to give "%n" its forms.
            self.count.setText(self.tr("1 hit") if count == 1 else fill(self.tr("%1 hits"), count))
