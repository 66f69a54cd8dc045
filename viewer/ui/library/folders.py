"""The library's folders: which folders it lists (the first is where added reports are copied), and whether the
bundled reports (the Fujian report and the examples) are shown with them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.common.widgets import plain_label


class FoldersDialog(QDialog):
    """Edit the list of folders; ``folders()`` and ``bundled()`` give the result once accepted."""

    def __init__(self, folders: list[Path], bundled: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryFolders")
        self.setWindowTitle(self.tr("Library folders"))
        self.list = QListWidget()
        self.list.setObjectName("folderList")
        for folder in folders:
            self.list.addItem(str(folder))
        self.list.setCurrentRow(0)
        self.add_button = QPushButton(self.tr("Add folder…"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove from the list"))
        self.remove_button.setObjectName("removeFolder")
        self.remove_button.clicked.connect(self._remove)
        self.default_button = QPushButton(self.tr("Add new reports here"))
        self.default_button.setObjectName("defaultFolder")
        self.default_button.clicked.connect(self._make_default)
        self.bundled_box = QCheckBox(self.tr("Show the bundled reports (the Fujian 2023 report and the examples)"))
        self.bundled_box.setObjectName("showBundled")
        self.bundled_box.setChecked(bundled)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.default_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("The library lists the reports in these folders and the folders in "
                                             "them. Reports added to the library are copied into the first one; "
                                             "removing a folder from the list deletes nothing."), wrap=True))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.bundled_box)
        layout.addWidget(box)
        self.list.currentRowChanged.connect(self._enable)
        self._enable()

    def folders(self) -> list[Path]:
        return [Path(self.list.item(i).text()) for i in range(self.list.count())]

    def bundled(self) -> bool:
        return self.bundled_box.isChecked()

    def add_folder(self, folder: Path) -> None:
        if str(folder) not in [self.list.item(i).text() for i in range(self.list.count())]:
            self.list.addItem(str(folder))
        self._enable()

    def _add(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of reports"))
        if chosen:
            self.add_folder(Path(chosen))

    def _remove(self) -> None:
        if self.list.count() > 1:
            self.list.takeItem(self.list.currentRow())
        self._enable()

    def _make_default(self) -> None:
        row = self.list.currentRow()
        if row > 0:
            self.list.insertItem(0, self.list.takeItem(row))
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self, _row: int = 0) -> None:
        self.remove_button.setEnabled(self.list.count() > 1 and self.list.currentRow() >= 0)
        self.default_button.setEnabled(self.list.currentRow() > 0)
