"""The bundled fonts: register them with Qt once, then use them for the UI, charts and every export.

Machines without a CJK font would otherwise show Chinese as boxes. The Chinese font is a subset of Noto Sans CJK
SC, the Latin one a subset of Noto Sans (both SIL OFL 1.1, see resources/fonts/README.md). Chinese text is set in
the CJK font (its Latin letters and digits included, as before); English text in the Latin font first, with the
CJK font for any Chinese in it: drawn by the CJK font, English quotes and apostrophes came out full width.
Characters outside both subsets fall back to whatever fonts the system has, through Qt's normal font fallback.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from viewer.model.paths import resource

# Regular first: its family name is the one the app asks for; Bold joins the same family as its bold style.
FONT_FILES: tuple[str, ...] = (
    "fonts/NotoSansCJKsc-Regular-subset.otf",
    "fonts/NotoSansCJKsc-Bold-subset.otf",
)
LATIN_FONT_FILES: tuple[str, ...] = (
    "fonts/NotoSans-Regular-latin-subset.ttf",
    "fonts/NotoSans-Bold-latin-subset.ttf",
)
LICENCE_FILE = "fonts/OFL.txt"

_font_ids: list[int] = []
_family: str | None = None
_latin_family: str | None = None


def _still_registered() -> bool:
    # Font ids survive as long as Qt's font database does; a test may have torn the application down.
    return bool(_font_ids) and all(QFontDatabase.applicationFontFamilies(font_id) for font_id in _font_ids)


def register_bundled_font() -> str:
    """Add the bundled font files to Qt's font database (once) and return their family name.

    Needs a QGuiApplication (or QApplication). Raises RuntimeError naming the file when a file is missing
    or Qt cannot load it, so a broken install fails loudly instead of showing boxes.
    """
    global _family, _latin_family
    if _family is not None and _still_registered():
        return _family
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_bundled_font() needs a QGuiApplication; create the application first")
    ids: list[int] = []
    families: list[str] = []
    latin: list[str] = []
    for relative in (*FONT_FILES, *LATIN_FONT_FILES):
        path = resource(relative)
        if not path.is_file():
            raise RuntimeError(f"bundled font file is missing: {path}")
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            raise RuntimeError(f"Qt could not load the bundled font file: {path}")
        ids.append(font_id)
        (latin if relative in LATIN_FONT_FILES else families).extend(QFontDatabase.applicationFontFamilies(font_id))
    if not families or not latin:
        raise RuntimeError(f"the bundled font file names no font family: {resource(FONT_FILES[0])}")
    _font_ids[:] = ids
    _family, _latin_family = families[0], latin[0]
    return _family


def font_families(lang: str = "zh") -> list[str]:
    """The bundled families for text in ``lang``: the CJK font for Chinese; Latin first, then CJK, for English."""
    cjk = register_bundled_font()
    return [cjk] if lang != "en" or _latin_family is None else [_latin_family, cjk]


def bundled_font(point_size: float | None = None, bold: bool = False, lang: str = "zh") -> QFont:
    """A QFont of the bundled families for ``lang``; `point_size` None keeps the application's default size."""
    font = QFont(QGuiApplication.font())
    font.setFamilies(font_families(lang))
    if point_size is not None:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    return font

