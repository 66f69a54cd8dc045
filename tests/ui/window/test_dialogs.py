"""About (version, data source, font licence), the problem list, and the translators installed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

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
