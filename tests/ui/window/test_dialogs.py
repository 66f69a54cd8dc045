"""About (version, data source, font licence), the problem list, and the translators installed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from viewer import __version__
from viewer.model.errors import Problem, ReportError
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path, resource
from viewer.ui.common.i18n import Translations
from viewer.ui.window.dialogs import AboutDialog, ReportErrorDialog


def test_about_names_version_source_and_font_licence(qtbot) -> None:
    report = load_report(default_report_path()).report
    dialog = AboutDialog(report, "zh")
    qtbot.addWidget(dialog)
    text = dialog.data_source.text()
    assert report.meta.publisher.zh in text
    assert (report.meta.source_url or report.meta.source) in text
    labels = [child.text() for child in dialog.findChildren(type(dialog.data_source))]
    assert any(__version__ in label for label in labels)
    licence = resource("fonts/OFL.txt").read_text(encoding="utf-8")
    assert dialog.licence.toPlainText() == licence
    assert "SIL OPEN FONT LICENSE" in licence.upper()


def test_problem_dialog_lists_every_problem_in_plain_text(qtbot) -> None:
    error = ReportError("r.yaml", [
        Problem("r.yaml", "unknown field <b>x</b>", 3, 5, ("facts", 0, "extra")),
        Problem("r.yaml", "required field is missing", 9, 1, ("tasks", 1, "quote")),
    ])
    dialog = ReportErrorDialog(error, note="kept")
    qtbot.addWidget(dialog)
    assert dialog.problems.toPlainText().splitlines() == [
        "r.yaml:3:5: facts[0].extra: unknown field <b>x</b>",
        "r.yaml:9:1: tasks[1].quote: required field is missing",
    ]
    assert dialog.findChild(QDialogButtonBox) is not None


def test_chinese_installs_ours_and_qtbase(qapp) -> None:
    translations = Translations()
    try:
        loaded = translations.install("zh")
        assert any(path.endswith("report_viewer_zh_CN.qm") for path in loaded)
        assert any("qtbase_zh_CN" in path for path in loaded)
        assert qapp.translate("MainWindow", "Overview") == "概览"
        assert translations.install("en") == []
        assert qapp.translate("MainWindow", "Overview") == "Overview"
    finally:
        translations.remove()


def _table(dialog) -> list[list[str]]:
    table = dialog.table
    return [[table.topLevelItem(r).text(c) for c in range(4)] for r in range(table.topLevelItemCount())]


def test_problem_dialog_names_items_by_kind_label_and_id_in_english(qtbot) -> None:
    error = ReportError("r.yaml", [
        Problem("r.yaml", "Input should be a valid number", 21, 12, ("facts", 12, "value"), "fact", "va-growth",
                ("规上工业增加值增长", "Industrial value added growth"), ("value",)),
        Problem("r.yaml", "the quote is not in the source text: “x”", 40, 3, ("tasks", 1, "actions", 0, "quote"),
                "action", "task-2.cloud", ("推动企业上云", "Move enterprises to the cloud"), ("quote",)),
        Problem("r.yaml", "Input should be a valid datetime", 6, 14, ("meta", "published")),
    ])
    dialog = ReportErrorDialog(error, lang="en")
    qtbot.addWidget(dialog)
    rows = _table(dialog)
    assert rows[0] == ["21:12", "Figure “Industrial value added growth” (va-growth)", "value", "must be a number"]
    assert rows[1][1] == "Action “Move enterprises to the cloud” (task-2.cloud)"
    assert rows[1][3] == "the quote is not in the source text: “x”"
    assert rows[2][1:3] == ["Report details", "publication time"]  # not the path meta.published
    assert "facts[12]" not in " ".join(rows[0])
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "3 problems in r.yaml:" in labels


def test_problem_dialog_speaks_chinese(qtbot) -> None:
    translations = Translations()
    try:
        translations.install("zh")
        error = ReportError("r.yaml", [Problem("r.yaml", "Input should be a valid number", 21, 12,
                                               ("facts", 0, "value"), "fact", "va-growth",
                                               ("规上工业增加值增长", "Industrial value added growth"), ("value",))])
        dialog = ReportErrorDialog(error)
        qtbot.addWidget(dialog)
        row = _table(dialog)[0]
        assert row[1] == "数据“规上工业增加值增长”（va-growth）"
        assert "规上工业增加值增长" in row[1] and row[3] == "应为数字"
        assert any(label.text() == "r.yaml 中有 1 个问题：" for label in dialog.findChildren(QLabel))
    finally:
        translations.remove()
