"""The window's Export dialog offers CSV, as `report-viewer export --format csv` does: each chart's complete data."""

from __future__ import annotations

import csv
import io

import pytest

from viewer.ui.context import AppContext
from viewer.ui.export.dialog import ExportDialog

pytestmark = pytest.mark.usefixtures("qt_user_paths")


def test_the_export_dialog_writes_a_charts_data_as_csv(qtbot, fujian, tmp_path):
    dialog = ExportDialog(AppContext(fujian, "en"), "honours", "csv")
    qtbot.addWidget(dialog)
    assert "csv" in dialog.format_boxes and dialog.format_boxes["csv"].isChecked()
    dialog.folder_edit.setText(str(tmp_path))
    dialog.run()
    assert dialog.written == [tmp_path / "05-honours.csv"]
    rows = list(csv.DictReader(io.StringIO(dialog.written[0].read_text("utf-8-sig"))))
    assert len(rows) >= 7 and all(row for row in rows)
