"""The test-suite guard against modal dialogs nobody answers (tests/conftest.py) really refuses them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox


def test_static_and_instance_modals_fail_instead_of_blocking(qtbot) -> None:
    with pytest.raises(AssertionError, match=r"QMessageBox\.warning would block"):
        QMessageBox.warning(None, "t", "x")
    with pytest.raises(AssertionError, match=r"QFileDialog\.getOpenFileName would block"):
        QFileDialog.getOpenFileName(None, "t")
    dialog = QDialog()
    qtbot.addWidget(dialog)
    with pytest.raises(AssertionError, match=r"QDialog\.exec would block"):
        dialog.exec()
    box = QMessageBox()
    qtbot.addWidget(box)
    with pytest.raises(AssertionError, match=r"QMessageBox\.exec would block"):
        box.exec()


def test_a_test_can_still_answer_a_dialog(monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert QMessageBox.question(None, "t", "x") == QMessageBox.StandardButton.Yes
