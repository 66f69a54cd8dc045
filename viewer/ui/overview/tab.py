"""The Overview tab: meeting card, headline figures, section summaries, the tasks with their progress.

Everything is built from the loaded report. The page is rebuilt on a new report or a language switch
(it is small); progress bars alone update on ``state_changed``.
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from viewer.model.types import Fact, Report
from viewer.ui.common.cached_paint import CachedGroupBox, CachedLabel
from viewer.ui.context import AppContext
from viewer.ui.overview.fact_tile import FactTile
from viewer.ui.state.review_actions import attach_review_menu, badged

HEADLINE_TAG = "headline"
TILE_COLUMNS = 4  # at most; fewer in a narrow window (tile_columns)
TILE_MIN_WIDTH = 220  # a tile narrower than this cuts its figure or wraps its label into a tower
TILE_MARGINS = 70  # the page's and the box's margins and a vertical scroll bar, around the tiles
# Task rows built at once; the rest this many per turn of the event loop (1,000 tasks built at once stalled the
# window for half a second when a large report was opened).
TASK_ROWS_PER_TURN = 100


def tile_columns(width: int) -> int:
    """How many tile columns fit a headline box ``width`` pixels wide (1 to TILE_COLUMNS)."""
    return max(1, min(TILE_COLUMNS, width // TILE_MIN_WIDTH))


class ElidingButton(QPushButton):
    """A flat push button whose text is cut with '…' when narrow, instead of making the page wider than the
    window (a long task title gave a 640 px window a horizontal scroll bar and clipped tiles)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("0. …") + 16, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 400), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(0, self.width() - 12))
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


class OverviewTab(QWidget):
    """A scrollable summary page of the report."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.tiles: list[FactTile] = []
        self.progress_bars: dict[str, QProgressBar] = {}
        self._captions: dict[str, QGroupBox] = {}
        self._tasks_of: Report | None = None  # the report whose task rows are built
        self._headline_facts: tuple[Report | None, list[Fact]] = (None, [])
        self.stale_language = False  # the language changed while the tab was hidden: rebuilt on its next visit
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Our own viewport widget, kept: asking the scroll area for its default one makes PySide look up the
        # Python type of an object it has not seen, which creates every QWidget subclass's type and enums
        # (QWizard, QFileDialog, ...; ~30 ms before the first frame).
        self._viewport = QWidget()
        self.scroll_area.setViewport(self._viewport)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        context.report_changed.connect(self.rebuild)
        context.language_changed.connect(self._on_language_changed)
        context.state_changed.connect(self.update_progress)
        self.rebuild()

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        # A hidden tab is only marked: the page (0.6-0.8 s on the 10k report) is rebuilt when it is next shown,
        # so a language switch from another tab does not stall on a page nobody sees.
        if not self.isVisibleTo(self.window()):  # hidden in the window (shown or not yet)
            self.stale_language = True
        else:
            self.rebuild(keep_tasks=True)

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale_language:
            self.rebuild(keep_tasks=True)
        super().showEvent(event)

    @Slot()
    def rebuild(self, keep_tasks: bool = False) -> None:
        """Build the page anew from the current report and language. The task rows are kept and only change their
        texts when the tasks are the same ones, in the same order (``keep_tasks``: the same report in another
        language; or a report opened again, a new version of it): 500 rows of buttons and bars built again took
        a third of a second on the 10k report."""
        report = self._context.report
        lang = self._context.lang
        self.stale_language = False
        same = self._tasks_of is not None and (
            self._tasks_of is report if keep_tasks
            else [t.id for t in self._tasks_of.tasks] == [t.id for t in report.tasks])
        kept = self._captions.get("tasks") if same else None
        current = self.scroll_area.widget()
        if kept is not None and current is not None and kept.parentWidget() is current:
            self._rebuild_in_place(current, kept, report, lang, keep_tasks)
            return
        page = QWidget()
        page.setObjectName("overviewPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 16, 16, 16)
        column.setSpacing(14)
        self._captions = {}
        column.addWidget(self._meeting_card(report, lang))
        column.addWidget(self._headlines(report, lang))
        column.addWidget(self._sections(report, lang))
        column.addWidget(self._retext_tasks(kept, report, lang) if kept is not None else self._tasks(report, lang))
        self._tasks_of = report
        column.addStretch(1)
        self.scroll_area.setWidget(page)  # deletes the previous page
        # QScrollArea makes the page and its viewport fill their background, and Qt paints such opaque
        # widgets in a pass of their own on top of the window's: every label and tile of the page was
        # painted twice each time the tab was shown. Both show the window colour behind them anyway.
        page.setAutoFillBackground(False)
        self._viewport.setAutoFillBackground(False)
        self._retranslate()
        # Rows kept for the same report in another language keep their bars: their counts do not depend on the
        # language (500 tasks: 40 ms). Rows kept for a report opened again are counted afresh.
        self.update_progress(bars=not (keep_tasks and kept is not None))

    def _rebuild_in_place(self, page: QWidget, kept: QGroupBox, report: Report, lang: str, keep_tasks: bool) -> None:
        """The page's boxes above the kept task rows built anew in their places, the rows re-texted. Moving the
        500 task rows of the 10k report to a new page made Qt polish and measure them all again (~0.1 s of a
        language switch's 0.18-0.23 s); the page, its scroll position and the task box stay."""
        old = self._captions
        self._captions = {}
        column = page.layout()
        assert column is not None  # the page is made with its column
        for key, make in (("meeting", self._meeting_card), ("headlines", self._headlines),
                          ("sections", self._sections)):
            box = make(report, lang)
            column.replaceWidget(old[key], box)
            shiboken6.delete(old[key])  # at once, as setWidget deleted the old page
        self._retext_tasks(kept, report, lang)
        self._tasks_of = report
        self._retranslate()
        self.update_progress(bars=not keep_tasks)

    def location(self) -> int:
        """How far the page is scrolled, for Back and Forward."""
        return self.scroll_area.verticalScrollBar().value()

    def go_to_location(self, value: int) -> None:
        self.scroll_area.verticalScrollBar().setValue(value)

    def _meeting_card(self, report: Report, lang: str) -> QGroupBox:
        meta = report.meta
        box = CachedGroupBox()
        box.setObjectName("meetingCard")
        self._captions["meeting"] = box
        outer = QVBoxLayout(box)
        title = CachedLabel(meta.title.get(lang), wrap=True)
        title.setObjectName("meetingTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        locale = QLocale()
        # What the text does not state is unknown (None) and says so; never a made-up value.
        unknown = self.tr("to fill in")
        day = meta.meeting_date
        rows = [
            (self.tr("Date"), unknown if day is None else locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)),
            (self.tr("Place"), meta.place.get(lang) if meta.place else unknown),
            (self.tr("Format"), meta.format.get(lang) if meta.format else unknown),
            (self.tr("Report by"), meta.reporter.get(lang) if meta.reporter else unknown),
            (self.tr("Publisher"), meta.publisher.get(lang) if meta.publisher else unknown),
            (self.tr("Published"), meta.published.strftime("%Y-%m-%d %H:%M") if meta.published else unknown),
        ]
        for caption, value in rows:
            # Not wrapped: a word-wrapped label in a form layout gets one line's height and clips the rest.
            field = CachedLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(CachedLabel(caption), field)
        self.source_link: QLabel | None = None
        if meta.source_url:
            self.source_link = source_link_label(meta.source_url)
            form.addRow(CachedLabel(self.tr("Web page")), self.source_link)
        outer.addLayout(form)
        return box

    def _headlines(self, report: Report, lang: str) -> QGroupBox:
        box = CachedGroupBox()
        box.setObjectName("headlines")
        self._captions["headlines"] = box
        grid = self._tile_grid = QGridLayout(box)
        grid.setSpacing(10)
        self.tiles = []
        self._columns = 0
        if self._headline_facts[0] is not report:  # a language switch keeps them (10k facts looked at: ~10 ms)
            self._headline_facts = (report, report.facts_with(tag=HEADLINE_TAG))
        facts = self._headline_facts[1]
        for fact in facts:
            tile = FactTile(fact, lang)
            tile.activated.connect(self._context.show_source)
            attach_review_menu(tile, self._context, fact.id)
            self.tiles.append(tile)
        self._place_tiles(tile_columns(self.width() - TILE_MARGINS))
        if not facts:
            self._no_headlines: CachedLabel | None = CachedLabel()
            grid.addWidget(self._no_headlines, 0, 0, 1, TILE_COLUMNS)
        else:
            self._no_headlines = None
        return box

    def _place_tiles(self, columns: int) -> None:
        """Lay the tiles out in ``columns`` columns (the window's width decides how many)."""
        if columns == self._columns or not self.tiles:
            return
        self._columns = columns
        grid = self._tile_grid
        for tile in self.tiles:
            grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles):
            grid.addWidget(tile, i // columns, i % columns)
        for col in range(TILE_COLUMNS):
            grid.setColumnStretch(col, 1 if col < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.tiles:
            self._place_tiles(tile_columns(self.width() - TILE_MARGINS))

    def _sections(self, report: Report, lang: str) -> QGroupBox:
        box = CachedGroupBox()
        box.setObjectName("sections")
        self._captions["sections"] = box
        layout = QVBoxLayout(box)
        for section in report.sections:
            title = CachedLabel(section.title.get(lang), wrap=True)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            summary = CachedLabel(section.summary.get(lang), wrap=True)
            summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(title)
            layout.addWidget(summary)
        if not report.sections:
            # hide(), not setVisible(True): a parentless box made visible opens as a window of its own.
            box.hide()
        return box

    def _retext_tasks(self, box: QGroupBox, report: Report, lang: str) -> QGroupBox:
        """The task rows already built, with their texts in ``lang`` (moved to the new page by its layout); rows
        still to be built get them when they are."""
        self._captions["tasks"] = box
        for task in report.tasks:
            button = self.task_buttons.get(task.id)
            if button is None:
                break  # built by the rows' job, from the report and language of then
            text = f"{task.number}. {task.title.get(lang)}"
            button.setProperty("baseText", text)  # shown, with its review badge, by update_progress right after
            button.setToolTip(f"{text}\n{task.aim.get(lang)}")
        return box

    def _tasks(self, report: Report, lang: str) -> QGroupBox:
        box = CachedGroupBox()
        box.setObjectName("tasks")
        self._captions["tasks"] = box
        # Each turn's rows are a block of their own (a grid in a widget), stacked in the box: adding a block moves
        # the blocks, not every row built before it. In one grid, the 10k report's 500 rows were moved and resized
        # some 250 times each while the blocks came in (247,000 Move events), and 2,000 rows took 40 s to settle.
        blocks = QVBoxLayout(box)
        blocks.setSpacing(0)  # the grids' own spacing is kept between blocks (below)
        # The box grows to hold a new block before laying it out (QWidget.setMinimumSize resizes at once), so the
        # blocks before it are moved, never laid out again at a squeezed height.
        blocks.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.progress_bars = {}
        self.task_buttons: dict[str, QPushButton] = {}
        self._add_task_rows(box, blocks, 0, TASK_ROWS_PER_TURN, report, lang)
        blocks.addStretch(1)  # space the box is given beyond its rows stays below them, as in one grid
        if len(report.tasks) > TASK_ROWS_PER_TURN:
            QTimer.singleShot(0, partial(self._more_task_rows, box, blocks, TASK_ROWS_PER_TURN))
        if not report.tasks:
            box.hide()  # see _sections
        return box

    def task_rows_pending(self) -> bool:
        """Whether task rows are still being built (a turn of the event loop at a time)."""
        return len(self.task_buttons) < len(self._tasks_of.tasks) if self._tasks_of is not None else False

    def _more_task_rows(self, box: QGroupBox, blocks: QVBoxLayout, start: int) -> None:
        """The next rows of the task list, if the box is still this tab's (a rebuild made a new one otherwise)."""
        report = self._tasks_of
        if report is None or self._captions.get("tasks") is not box or len(self.task_buttons) != start:
            return
        end = start + TASK_ROWS_PER_TURN
        self._add_task_rows(box, blocks, start, end, report, self._context.lang)
        self._update_task_rows([task.id for task in report.tasks[start:end]])
        if end < len(report.tasks):
            QTimer.singleShot(0, partial(self._more_task_rows, box, blocks, end))

    def _add_task_rows(self, box: QGroupBox, blocks: QVBoxLayout, start: int, end: int, report: Report,
                       lang: str) -> None:
        block = QWidget()
        # Never squeezed: while the box has not yet grown for a new block, a block that may shrink is laid out
        # small and then again at its size, and with it every row in it.
        block.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(block)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        if start:
            grid.setContentsMargins(0, max(0, grid.verticalSpacing()), 0, 0)  # the spacing between two rows
        for row, task in enumerate(report.tasks[start:end]):
            # A push button's text is never rich text, so a data title shows literally.
            button = ElidingButton(f"{task.number}. {task.title.get(lang)}")
            button.setToolTip(f"{task.number}. {task.title.get(lang)}\n{task.aim.get(lang)}")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px 4px;")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(partial(self._context.select_item.emit, task.id))
            button.setProperty("baseText", button.text())
            attach_review_menu(button, self._context, task.id)
            bar = QProgressBar()
            bar.setRange(0, len(task.actions))
            bar.setFormat("%v/%m")
            bar.setMaximumWidth(220)
            grid.addWidget(button, row, 0)
            grid.addWidget(bar, row, 1)
            self.progress_bars[task.id] = bar
            self.task_buttons[task.id] = button
        blocks.insertWidget(blocks.count() - 1 if start else blocks.count(), block)  # above the stretch

    @Slot()
    def update_progress(self, bars: bool = True) -> None:
        """Refresh the task progress bars (``bars``) and review badges from the checklist state."""
        lang = self._context.lang
        for tile in self.tiles:
            tile.label.setText(badged(self._context, tile.fact.id, tile.fact.label.get(lang)))
        self._update_task_rows(list(getattr(self, "task_buttons", {})), bars)

    def _update_task_rows(self, task_ids: list[str], bars: bool = True) -> None:
        for task_id in task_ids:
            button = self.task_buttons[task_id]
            button.setText(badged(self._context, task_id, button.property("baseText") or button.text()))
            if not bars:
                continue
            bar = self.progress_bars[task_id]
            done, total = self._context.task_progress(task_id)
            bar.setRange(0, max(total, 1))
            bar.setValue(done)
            bar.setFormat(f"{done}/{total}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.scroll_area.setAccessibleName(self.tr("Overview of the report"))
        # Only captions: report texts follow context.language_changed, which rebuilds the page.
        captions = {
            "meeting": self.tr("Meeting"),
            "headlines": self.tr("Headline figures (click one to see its sentence)"),
            "sections": self.tr("Sections"),
            "tasks": self.tr("Tasks and checklist progress"),
        }
        for key, box in getattr(self, "_captions", {}).items():
            box.setTitle(captions[key])
        no_headlines = getattr(self, "_no_headlines", None)  # made by the first build
        if no_headlines is not None:
            no_headlines.setText(self.tr("This report marks no headline figures."))


def source_link_label(url: str) -> QLabel:
    """The report's web page as a link showing its own address. Nothing is fetched: the system browser opens it
    only when the reader clicks it (or presses Enter on it); an address that is not http(s) is plain text."""
    from html import escape

    from viewer.model.format import is_web_link

    label = QLabel()
    label.setObjectName("sourceLink")
    label.setToolTip(url)
    if not is_web_link(url):
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(url)
        return label
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(f'<a href="{escape(url, quote=True)}">{escape(url)}</a>')
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                  | Qt.TextInteractionFlag.TextSelectableByMouse)
    label.linkActivated.connect(lambda _href: open_web_page(url))
    return label


def open_web_page(url: str) -> bool:
    """Open ``url`` in the system's browser (the reader clicked it)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl(url))
