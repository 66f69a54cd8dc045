"""Problems of an edit in the window's language: what is wrong, with the field's name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from viewer.model.edit import EditProblem
from viewer.ui.common.widgets import fill


def field_name(field: str) -> str:
    """The translated name of a field ('label.en' -> 'English label')."""
    names = {
        "label.zh": QCoreApplication.translate("EditWording", "Chinese label"),
        "label.en": QCoreApplication.translate("EditWording", "English label"),
        "label": QCoreApplication.translate("EditWording", "label"),
        "value": QCoreApplication.translate("EditWording", "value"),
        "unit": QCoreApplication.translate("EditWording", "unit"),
        "qualifier": QCoreApplication.translate("EditWording", "qualifier"),
        "kind": QCoreApplication.translate("EditWording", "kind"),
        "scope": QCoreApplication.translate("EditWording", "scope"),
        "period": QCoreApplication.translate("EditWording", "period"),
        "comparison": QCoreApplication.translate("EditWording", "before → after"),
        "comparison.to": QCoreApplication.translate("EditWording", "before → after"),
        "tags": QCoreApplication.translate("EditWording", "tags"),
        "section": QCoreApplication.translate("EditWording", "section"),
        "quote": QCoreApplication.translate("EditWording", "quote"),
        "id": QCoreApplication.translate("EditWording", "id"),
        "meeting_date": QCoreApplication.translate("EditWording", "meeting date"),
        "published": QCoreApplication.translate("EditWording", "publication time"),
    }
    if field in names:
        return names[field]
    base, _, lang = field.partition(".")
    if lang in ("zh", "en") or not lang:
        what = {
            "title": QCoreApplication.translate("EditWording", "title"),
            "name": QCoreApplication.translate("EditWording", "name"),
            "aim": QCoreApplication.translate("EditWording", "aim"),
            "text": QCoreApplication.translate("EditWording", "text"),
            "summary": QCoreApplication.translate("EditWording", "summary"),
            "place": QCoreApplication.translate("EditWording", "place"),
            "format": QCoreApplication.translate("EditWording", "format"),
            "publisher": QCoreApplication.translate("EditWording", "publisher"),
            "reporter": QCoreApplication.translate("EditWording", "reporter"),
            "source": QCoreApplication.translate("EditWording", "source text file"),
            "source_url": QCoreApplication.translate("EditWording", "web page"),
        }.get(base, base)
        if not lang:
            return what
        template = QCoreApplication.translate("EditWording", "Chinese %1") if lang == "zh" else \
            QCoreApplication.translate("EditWording", "English %1")
        return fill(template, what)
    return field


def problem_text(problem: EditProblem) -> str:
    """One sentence saying what is wrong, in the window's language."""
    name = field_name(problem.field)
    value = problem.values[0] if problem.values else problem.detail
    templates = {
        "required": QCoreApplication.translate("EditWording", "%1: required"),
        "empty": QCoreApplication.translate("EditWording", "%1: may not be empty"),
        "too_long": QCoreApplication.translate("EditWording", "%1: too long"),
        "pattern": QCoreApplication.translate("EditWording", "%1: not in the expected form"),
        "period": QCoreApplication.translate(
            "EditWording", "%1: write a year (2022), a month (2022-11), or a range (2018–2022, 2022-01–11)"),
        "invisible": QCoreApplication.translate(
            "EditWording", "%1: contains an invisible or control character; remove it"),
        "number": QCoreApplication.translate("EditWording", "%1: “%2” is not a number"),
        "date": QCoreApplication.translate(
            "EditWording", "%1: “%2” is not a date (2023-01-31, or 2023-02-01T09:58:00+08:00 for a time)"),
        "choice": QCoreApplication.translate("EditWording", "%1: “%2” is not one of the choices"),
        "comparison": QCoreApplication.translate("EditWording", "%1: write it as “7 → 6”"),
        "unit": QCoreApplication.translate("EditWording", "%1: “%2” is not a known unit"),
        "rank": QCoreApplication.translate("EditWording", "%1: a rank is a whole number from 1"),
        "rank_unit": QCoreApplication.translate("EditWording", "%1: a rank has the unit 位"),
        "negative": QCoreApplication.translate("EditWording", "%1: a count or amount cannot be negative"),
        "share": QCoreApplication.translate("EditWording", "%1: a share is between 0 and 100"),
        "comparison_end": QCoreApplication.translate(
            "EditWording", "%1: the comparison must end at the figure's value"),
        "period_order": QCoreApplication.translate("EditWording", "%1: the period ends before it starts"),
        "quote": QCoreApplication.translate("EditWording", "%1: not found in the source text"),
        "duplicate": QCoreApplication.translate("EditWording", "%1: “%2” is used by another item"),
        "too_large": QCoreApplication.translate("EditWording", "%1: larger than any figure a report states"),
        "reference": QCoreApplication.translate("EditWording", "%1: refers to an item that is missing or of "
                                                               "the wrong kind"),
        "not_empty_zh": QCoreApplication.translate("EditWording", "%1: fill in the Chinese text first"),
        "figure_exists": QCoreApplication.translate(
            "EditWording", "The selection's figure is already in the report (%2): it is shown instead"),
        "no_figure": QCoreApplication.translate(
            "EditWording", "The selection holds no figure: select a phrase with a number and its unit"),
    }
    template = templates.get(problem.code)
    if template is None:
        return f"{name}: {problem.detail}"
    return fill(template, name, value)
