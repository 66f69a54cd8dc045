"""The Library view's Tasks carried over page: for two consecutive reports of one region, last year's tasks and
actions with the checklist (status, note) beside what this year's review says of them, and the review itself.

Double-clicking a task or action opens last year's report at it; double-clicking a passage opens this year's
report at that sentence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.model.errors import ReportError
from viewer.model.library import queries
from viewer.model.library.carried import CarriedOver, carried_over, consecutive_pairs, read_records
from viewer.model.library.index import LibraryIndex
from viewer.model.library.records import LibraryReport
from viewer.model.loader import load_report
from viewer.model.state.records import Status
from viewer.ui.common.roles import Role
from viewer.ui.common.widgets import fill, plain_label


class CarriedPane(QWidget):
    """The pair picker, the tree of last year's tasks, and this year's review text.

    Signals:
        open_item(object, str, str): open the report at a path at an item ('item', key) or a sentence ('span', text).
    """

    open_item = Signal(object, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: LibraryIndex | None = None
        self.state_dir: Path | None = None
        self.lang = "zh"
        self.pairs: list[tuple[LibraryReport, LibraryReport]] = []
        self.carried: CarriedOver | None = None
        self.pair_combo = QComboBox()
        self.pair_combo.setObjectName("carriedPair")
        self.pair_combo.currentIndexChanged.connect(self._redraw)
        self.tree = QTreeWidget()
        self.tree.setObjectName("carriedTree")
        self.tree.setColumnCount(4)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setDefaultSectionSize(110)
        self.tree.itemActivated.connect(self._on_item)
        self.review = QPlainTextEdit()
        self.review.setObjectName("carriedReview")
        self.review.setReadOnly(True)
        self.review_caption = plain_label()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.review_caption)
        right_layout.addWidget(self.review, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.note = plain_label(wrap=True)
        self.note.setObjectName("carriedNote")
        pick = QHBoxLayout()
        self.pair_label = plain_label()
        pick.addWidget(self.pair_label)
        pick.addWidget(self.pair_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.note)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def set_index(self, index: LibraryIndex, state_dir: Path | None, lang: str) -> None:
        self.index, self.state_dir, self.lang = index, state_dir, lang
        current = self.pair_combo.currentData()
        self.pairs = consecutive_pairs(queries.list_reports(index))
        self.pair_combo.blockSignals(True)
        self.pair_combo.clear()
        for previous, this in self.pairs:
            region = this.region.get(lang) if this.region else ""
            self.pair_combo.addItem(fill(self.tr("%1: %2 → %3"), region, previous.year or "", this.year or ""),
                                    str(this.path))
        found = self.pair_combo.findData(current)
        self.pair_combo.setCurrentIndex(found if found >= 0 else 0 if self.pairs else -1)
        self.pair_combo.blockSignals(False)
        self._redraw()

    def choose(self, current: Path) -> bool:
        found = self.pair_combo.findData(str(current))
        if found >= 0:
            self.pair_combo.setCurrentIndex(found)
        return found >= 0

    @Slot()
    def _redraw(self) -> None:
        self.tree.clear()
        self.review.clear()
        self.carried = None
        row = self.pair_combo.currentIndex()
        if not 0 <= row < len(self.pairs):
            self.note.setText(self.tr("The library has no two reports of one region from consecutive years."))
            return
        previous, this = self.pairs[row]
        try:
            last, now = load_report(previous.path), load_report(this.path)
        except ReportError as exc:
            self.note.setText(str(exc))
            return
        self.carried = carried_over(last.report, now.report, read_records(self.state_dir, previous.report_id))
        lang = self.lang
        done = sum(t.done for t in self.carried.tasks)
        total = sum(len(t.actions) for t in self.carried.tasks)
        self.note.setText(fill(self.tr("Last year's %1 tasks (%2 of %3 actions done in your checklist) beside what "
                                   "this year's review says; passages are the review's closest sentences, to read, "
                                   "not a verdict."), len(self.carried.tasks), done, total))
        for task in self.carried.tasks:
            item = QTreeWidgetItem([f"{task.task.number}. {task.task.title.get(lang)}",
                                    f"{task.done}/{len(task.actions)}", "", "\n".join(task.passages)])
            item.setData(0, Role.REPORT_PATH, str(previous.path))
            item.setData(0, Role.KEY, task.task.id)
            if task.passages:
                item.setData(3, Role.PASSAGE, task.passages[0])
            item.setToolTip(3, "\n".join(task.passages))
            for carried_action in task.actions:
                record = carried_action.item
                status = (record.status if record else Status.TODO).label(lang)
                child = QTreeWidgetItem([carried_action.action.text.get(lang), status, record.note if record else "",
                                         ""])
                child.setData(0, Role.REPORT_PATH, str(previous.path))
                child.setData(0, Role.KEY, carried_action.action.id)
                child.setToolTip(0, carried_action.action.quote)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        self.tree.setColumnWidth(0, max(self.tree.width() // 3, 220))
        self.tree.resizeColumnToContents(1)
        self.review_caption.setText(fill(self.tr("This year's review (%1)"), this.name(lang)))
        self.review.setPlainText("\n\n".join(f"{s.title.get(lang)}\n{s.text}" for s in self.carried.review))
        self._this_path = this.path

    @Slot(QTreeWidgetItem, int)
    def _on_item(self, item: QTreeWidgetItem, column: int) -> None:
        passage = item.data(3, Role.PASSAGE)
        if column == 3 and passage and self.carried is not None:
            self.open_item.emit(self._this_path, "span", passage)
        elif item.data(0, Role.REPORT_PATH):
            self.open_item.emit(Path(item.data(0, Role.REPORT_PATH)), "item", item.data(0, Role.KEY))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        if self.index is not None:
            self.set_index(self.index, self.state_dir, lang)

    def retranslate(self) -> None:
        self.pair_label.setText(self.tr("Region and years:"))
        self.pair_combo.setAccessibleName(self.tr("Consecutive reports of one region"))
        self.tree.setHeaderLabels([self.tr("Last year's task or action"), self.tr("Checklist"), self.tr("Your note"),
                                   self.tr("What this year's review says")])
        self.tree.setAccessibleName(self.tr("Last year's tasks beside this year's review"))
        self.review.setAccessibleName(self.tr("This year's review"))
