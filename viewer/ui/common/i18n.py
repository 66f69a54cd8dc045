"""Interface translations: our .qm files in resources/i18n plus Qt's own qtbase translations.

Source strings in the code are English (``self.tr("Open report…")``); Chinese is a translation, installed by
default. Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget,
which is how the open window retranslates without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from viewer.model.paths import resource

# Our translation files, per language ('en' needs none: the source strings are English).
APP_CATALOG = "report_viewer"
QT_LOCALES = {"zh": "zh_CN", "en": "en"}


# Qt's own strings our catalogue words anew: qtbase_zh_CN says 撤消 in these and 撤销 in the rest (Undo with no
# step, the Edit menu's default); ours say 撤销 everywhere.
QT_REWORDED = (
    QT_TRANSLATE_NOOP("QUndoStack", "Undo %1"),
    QT_TRANSLATE_NOOP("QUndoGroup", "Undo %1"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
)


def system_language() -> str:
    """'en' when the system locale is English, else Chinese (the default)."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh"


class Translations:
    """The translators installed on the application for the current language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language: str | None = None

    def install(self, lang: str) -> list[str]:
        """Install the translators for ``lang``; returns the .qm files loaded (for the log and tests)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("Translations.install needs a QCoreApplication")
        self.remove()
        self.language = lang
        loaded: list[str] = []
        # Qt's first, ours after it: the translator installed last is asked first, so ours can reword Qt's.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if lang != "en" and qtbase.load(f"qtbase_{QT_LOCALES[lang]}", qt_dir):
            self._installed.append(qtbase)
            loaded.append(f"{qt_dir}/qtbase_{QT_LOCALES[lang]}.qm")
        if lang == "zh":
            ours = QTranslator(app)
            path = resource(f"i18n/{APP_CATALOG}_zh_CN.qm")
            if path.is_file() and ours.load(str(path)):
                self._installed.append(ours)
                loaded.append(str(path))
        for translator in self._installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh"
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return loaded

    def remove(self) -> None:
        """Uninstall every translator this object installed (the interface falls back to English)."""
        app = QCoreApplication.instance()
        if app is not None:
            for translator in self._installed:
                app.removeTranslator(translator)
        self._installed = []
