"""Edit mode's form for the selected figure: every field the drafter writes, each applied when it is left."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from viewer.model.format import number
from viewer.model.types import Fact, FactKind, Qualifier, Scope
from viewer.ui.common.fact_names import kind_label, qualifier_label, scope_label
from viewer.ui.common.widgets import fill, plain_label
from viewer.ui.context import AppContext


def _plain(value: float) -> str:
    return number(value).replace(",", "")


class FactForm(QGroupBox):
    """The fields of one fact; a changed field is one edit (and one undo step) when the field is left."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factForm")
        self._context = context
        self._fact_id: str | None = None
        self._filling = False
        self.edits: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        for name in ("label.zh", "label.en", "value", "unit", "qualifier", "kind", "scope", "period", "comparison",
                     "tags", "section", "indicator"):
            widget: QWidget
            if name in ("qualifier", "kind", "scope", "section", "indicator"):
                combo = QComboBox()
                combo.setObjectName(f"form_{name}")
                combo.activated.connect(lambda _i, n=name: self._apply(n))
                self.combos[name] = widget = combo
            else:
                line = QLineEdit()
                line.setObjectName(f"form_{name}")
                line.editingFinished.connect(lambda n=name: self._apply(n))
                self.edits[name] = widget = line
            label = plain_label()
            self._labels[name] = label
            form.addRow(label, widget)
        self.problems = plain_label(wrap=True)
        self.problems.setObjectName("factProblems")
        self.problems.setStyleSheet("color: #c0392b")
        form.addRow(self.problems)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptFact")
        self.accept_button.clicked.connect(self._accept)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteFact")
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self._retranslate()

    def show_fact(self, fact: Fact | None) -> None:
        """Fill the form from ``fact`` (None: empty and disabled)."""
        self._filling = True
        try:
            self._fact_id = fact.id if fact is not None else None
            self.setEnabled(fact is not None)
            self._fill_combos(fact)
            if fact is None:
                for edit in self.edits.values():
                    edit.clear()
                self.problems.clear()
                return
            c = fact.comparison
            values = {"label.zh": fact.label.zh, "label.en": fact.label.en, "value": _plain(fact.value),
                      "unit": fact.unit, "period": fact.period or "", "tags": ", ".join(fact.tags),
                      "comparison": "" if c is None else f"{_plain(c.from_value)} → {_plain(c.to_value)}"}
            for name, text in values.items():
                if self.edits[name].text() != text:
                    self.edits[name].setText(text)
                self.edits[name].setCursorPosition(0)
            for name, value in (("qualifier", fact.qualifier.value), ("kind", fact.kind.value),
                                ("scope", fact.scope.value), ("section", fact.section or ""),
                                ("indicator", fact.indicator or "")):
                combo = self.combos[name]
                combo.setCurrentIndex(max(0, combo.findData(value)))
            editor = self._context.editor
            lines = editor.problem_lines(fact.id) if editor is not None else []
            self.problems.setText("\n".join(lines))
            self.problems.setVisible(bool(lines))
            self.accept_button.setEnabled(fact.draft)
        finally:
            self._filling = False

    def _fill_combos(self, fact: Fact | None = None) -> None:
        entries = {
            "qualifier": [(qualifier_label(q), q.value) for q in Qualifier],
            "kind": [(kind_label(k), k.value) for k in FactKind],
            "scope": [(scope_label(s), s.value) for s in Scope],
            "section": [("—", "")] + [(s.title.get(self._context.lang), s.id) for s in self._context.report.sections],
            "indicator": self._indicator_entries(fact),
        }
        for name, items in entries.items():
            combo = self.combos[name]
            if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == items:
                continue
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)

    def _indicator_entries(self, fact: Fact | None) -> list[tuple[str, str]]:
        """'—' (none), then the indicator the fact's label suggests (marked so), then every indicator of the
        vocabulary (the bundled one with the user's own); an id the vocabulary lacks is kept as it is."""
        from viewer.model.library.indicators import default_vocabulary

        vocabulary = default_vocabulary()
        lang = self._context.lang
        proposed = vocabulary.propose_for(fact) if fact is not None else None
        entries = [("—", "")]
        if proposed is not None:
            entries.append((fill(self.tr("%1 (suggested by its label)"), proposed.name(lang)), proposed.id))
        entries += [(i.name(lang), i.id) for i in vocabulary.all() if proposed is None or i.id != proposed.id]
        if fact is not None and fact.indicator and fact.indicator not in vocabulary:
            entries.append((fact.indicator, fact.indicator))
        return entries

    def value_text(self, name: str) -> str:
        if name in self.combos:
            return str(self.combos[name].currentData() or "")
        return self.edits[name].text()

    @Slot()
    def _apply(self, name: str) -> None:
        editor = self._context.editor
        if self._filling or self._fact_id is None or editor is None:
            return
        editor.edit(self._fact_id, name, self.value_text(name))

    def _accept(self) -> None:
        if self._fact_id is not None and self._context.editor is not None:
            self._context.editor.accept([self._fact_id])

    def _delete(self) -> None:
        if self._fact_id is not None and self._context.editor is not None:
            self._context.editor.delete([self._fact_id])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Correct this figure"))
        names = {"label.zh": self.tr("Label (Chinese)"), "label.en": self.tr("Label (English)"),
                 "value": self.tr("Value"), "unit": self.tr("Unit"), "qualifier": self.tr("Qualifier"),
                 "kind": self.tr("Kind"), "scope": self.tr("Scope"), "period": self.tr("Period"),
                 "comparison": self.tr("Before → after"), "tags": self.tr("Tags"), "section": self.tr("Section"),
                 "indicator": self.tr("Indicator")}
        for name, label in self._labels.items():
            label.setText(names[name])
        self.edits["period"].setPlaceholderText(self.tr("2022, 2022-11, 2018–2022"))
        self.edits["comparison"].setPlaceholderText(self.tr("7 → 6"))
        self.accept_button.setText(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Checked against its quote: no longer a draft"))
        self.delete_button.setText(self.tr("Delete"))
        if self._fact_id is not None:
            try:
                self._fill_combos(self._context.report.fact(self._fact_id))
            except KeyError:
                self._fill_combos()


