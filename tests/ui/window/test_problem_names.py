"""The problems dialog names every field in the window's language (会议日期, not meta.meeting_date) and the
report's details as such (报告信息, not meta)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.model.errors import ReportError
from viewer.model.loader import load_report
from viewer.ui.common.i18n import Translations

BROKEN = (MINI_REPORT.replace("  meeting_date: 2024-01-18\n", "  meeting_date: tomorrow\n", 1)
          .replace("  format: {zh: 现场会议, en: on-site meeting}\n", "  format: {zh: '', en: on-site meeting}\n", 1)
          .replace("    value: 8.2\n", "    value: eight\n", 1))


@pytest.fixture
def chinese(qapp):
    translations = Translations()
    translations.install("zh")
    yield
    translations.remove()


def test_problem_fields_are_named_in_the_windows_language(chinese, tmp_path: Path) -> None:
    from viewer.ui.window.dialogs import ReportErrorDialog

    path = write_mini_report(tmp_path, BROKEN)
    with pytest.raises(ReportError) as caught:
        load_report(path)
    dialog = ReportErrorDialog(caught.value)
    rows = [[dialog.table.topLevelItem(i).text(c) for c in range(4)] for i in range(dialog.table.topLevelItemCount())]
    by_field = {row[2]: row for row in rows}
    assert set(by_field) == {"会议日期", "中文形式", "数值"}, rows
    assert by_field["会议日期"][1] == by_field["中文形式"][1] == "报告信息"
    assert not any("meta" in cell for row in rows for cell in row[1:])
    assert "meta.meeting_date" in dialog.problems.toPlainText()  # the text for the file's author keeps the path
