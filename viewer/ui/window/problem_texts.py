"""A report problem as the window says it: in the interface language, naming the item by kind, label and id.

The model words problems in English for the command line (``FILE:LINE:COLUMN: field.path: message``); here the
known wordings are matched and translated, with what they quote (ids, units, values) carried over. A message
no pattern knows is shown as the model wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from viewer.model.errors import Problem, dotted
from viewer.ui.common.widgets import fill


def _patterns() -> list[tuple[re.Pattern[str], str]]:
    # Literal translate() calls, so that `make translations` finds every template.
    return [
        (re.compile(r"^Input should be a valid number"),
         QCoreApplication.translate("Problems", "must be a number")),
        (re.compile(r"^Input should be a finite number"),
         QCoreApplication.translate("Problems", "must be a finite number")),
        (re.compile(r"^Input should be a valid integer"),
         QCoreApplication.translate("Problems", "must be a whole number")),
        (re.compile(r"^Input should be a valid string"),
         QCoreApplication.translate("Problems", "must be text")),
        (re.compile(r"^Input should be a valid boolean"),
         QCoreApplication.translate("Problems", "must be true or false")),
        (re.compile(r"^Input should be a valid datetime"),
         QCoreApplication.translate("Problems", "must be a date and time (2023-02-01T09:58:00+08:00)")),
        (re.compile(r"^Input should be a valid date"),
         QCoreApplication.translate("Problems", "must be a date (2023-01-31)")),
        (re.compile(r"^Input should be a valid (dictionary|mapping)"),
         QCoreApplication.translate("Problems", "must be a mapping of fields")),
        (re.compile(r"^Input should be a valid (list|tuple)"),
         QCoreApplication.translate("Problems", "must be a list")),
        (re.compile(r"^Input should be (.+)$"),
         QCoreApplication.translate("Problems", "must be %1")),
        (re.compile(r"^String should match pattern"),
         QCoreApplication.translate("Problems", "is not written in the required form")),
        (re.compile(r"^String should have at most (\d+) characters?"),
         QCoreApplication.translate("Problems", "may be at most %1 characters long")),
        (re.compile(r"^String should have at least (\d+) characters?"),
         QCoreApplication.translate("Problems", "must be at least %1 characters long")),
        (re.compile(r"^required field is missing"),
         QCoreApplication.translate("Problems", "a required field is missing")),
        (re.compile(r"^unknown field"),
         QCoreApplication.translate("Problems", "unknown field (not part of the report format)")),
        (re.compile(r"^unknown unit '(.*?)'"),
         QCoreApplication.translate("Problems", "unknown unit “%1”")),
        (re.compile(r"^a rank has the unit '位', not '(.*?)'"),
         QCoreApplication.translate("Problems", "a rank has the unit “位”, not “%1”")),
        (re.compile(r"^a rank is a whole number from 1, not (\S+)"),
         QCoreApplication.translate("Problems", "a rank is a whole number from 1, not %1")),
        (re.compile(r"^a (\w+) cannot be negative \((.*)\)"),
         QCoreApplication.translate("Problems", "a %1 cannot be negative (%2)")),
        (re.compile(r"^a share is between 0 and 100, not (\S+)"),
         QCoreApplication.translate("Problems", "a share is between 0 and 100, not %1")),
        (re.compile(r"^the comparison ends at (\S+) but the fact's value is (\S+)"),
         QCoreApplication.translate("Problems", "the comparison ends at %1 but the figure's value is %2")),
        (re.compile(r"^the period '(.*?)' ends before it starts"),
         QCoreApplication.translate("Problems", "the period “%1” ends before it starts")),
        (re.compile(r"^no section has the id '(.*?)'"),
         QCoreApplication.translate("Problems", "no section has the id “%1”")),
        (re.compile(r"^no fact has the id '(.*?)'"),
         QCoreApplication.translate("Problems", "no figure has the id “%1”")),
        (re.compile(r"^duplicate id '(.*?)' \(first used at (.*)\)"),
         QCoreApplication.translate("Problems", "duplicate id “%1” (first used at %2)")),
        (re.compile(r"^the quote is in the source but not in section '(.*?)': (.*)$"),
         QCoreApplication.translate("Problems", "the quote is in the source text, but not in section “%1”: %2")),
        (re.compile(r"^the quote is not in the source text: (.*)$"),
         QCoreApplication.translate("Problems", "the quote is not in the source text: %1")),
        (re.compile(r"^(\S+) is larger than any figure a report states"),
         QCoreApplication.translate("Problems", "%1 is larger than any figure a report states")),
        (re.compile(r"^no such source text: (.*)$"),
         QCoreApplication.translate("Problems", "the source text file does not exist: %1")),
    ]


def problem_message(problem: Problem) -> str:
    """The problem's message in the interface language (as written by the model when no pattern knows it)."""
    for pattern, template in _patterns():
        match = pattern.match(problem.message)
        if match is not None:
            return fill(template, *match.groups())
    return problem.message


def item_kind_name(kind: str) -> str:
    """'fact' -> 'Figure' / '数据', in the interface language."""
    names = {"fact": QCoreApplication.translate("Problems", "Figure"),
             "task": QCoreApplication.translate("Problems", "Task"),
             "action": QCoreApplication.translate("Problems", "Action"),
             "enterprise": QCoreApplication.translate("Problems", "Enterprise"),
             "honour": QCoreApplication.translate("Problems", "Honour"),
             "section": QCoreApplication.translate("Problems", "Section"),
             "achievement": QCoreApplication.translate("Problems", "Achievement")}
    return names.get(kind, kind)


def problem_item(problem: Problem, lang: str) -> str:
    """What the problem is in: 'Figure “Industrial value added growth” (va-growth)', the report's details, or
    the file's part."""
    if not problem.item_kind:
        if problem.path[:1] == ("meta",):
            return QCoreApplication.translate("Problems", "Report details")
        return dotted(problem.path[:1]) if problem.path else ""
    zh, en = problem.item_label
    label = (en or zh) if lang == "en" else (zh or en)
    name = item_kind_name(problem.item_kind)
    if label and problem.item_id:
        return fill(QCoreApplication.translate("Problems", "%1 “%2” (%3)"), name, label, problem.item_id)
    return f"{name} {problem.item_id or label}".strip()


def problem_field(problem: Problem) -> str:
    """The field within the item or the report's details, by its name in the interface language ('数值',
    '会议日期', '中文标题'); the whole path when the problem is in neither (the text view keeps every path)."""
    from viewer.ui.edit.wording import field_name

    if problem.item_kind:
        path = dotted(problem.item_field)
    elif problem.path[:1] == ("meta",) and len(problem.path) > 1:
        path = dotted(problem.path[1:])
    else:
        return dotted(problem.path)
    name = field_name(path)
    if name == path and "." in path:  # place.fr: the field by name, the rest as written
        head, _, rest = path.partition(".")
        name = f"{field_name(head)}.{rest}"
    return name
