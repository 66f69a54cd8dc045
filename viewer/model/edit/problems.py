"""What is wrong with an edited report, item by item: the checks a report file gets when it is opened."""

from __future__ import annotations

import re

from viewer.model.edit.document import ReportDocument
from viewer.model.edit.editor import _code_of, item_at
from viewer.model.edit.fields import EditProblem
from viewer.model.types import Report

# check_all's English findings, by what they are about (viewer.model.checks words them).
_FINDINGS = (
    (re.compile(r"^unknown unit '(?P<v>[^']*)'"), "unit"),
    (re.compile(r"^a rank is a whole number"), "rank"),
    (re.compile(r"^a rank has the unit"), "rank_unit"),
    (re.compile(r"^an? \w+ cannot be negative"), "negative"),
    (re.compile(r"^a share is between 0 and 100"), "share"),
    (re.compile(r"^the comparison ends at"), "comparison_end"),
    (re.compile(r"^the period '(?P<v>[^']*)' ends before it starts"), "period_order"),
    (re.compile(r"^the quote is"), "quote"),
    (re.compile(r"^duplicate id '(?P<v>[^']*)'"), "duplicate"),
    (re.compile(r"larger than any figure"), "too_large"),
    (re.compile(r"^no (fact|section) has the id '(?P<v>[^']*)'"), "reference"),
    (re.compile(r"is an? \w+, not an? \w+$"), "reference"),
)


def build_report(doc: ReportDocument) -> Report:
    """The document as a report (pydantic-validated); ValidationError when an item does not read as its type."""
    from viewer.model.validation import validate_report

    return validate_report(doc.plain())


def report_problems(doc: ReportDocument, report: Report | None = None) -> dict[str | None, list[EditProblem]]:
    """Every problem of the document by the id of the item it is in ('meta'; None for the report as a whole)."""
    from viewer.model.checks import check_all
    from viewer.model.validation import ValidationError

    out: dict[str | None, list[EditProblem]] = {}
    if report is None:
        try:
            report = build_report(doc)
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                path = tuple(p for p in err["loc"] if isinstance(p, str | int))
                loc = ".".join(str(p) for p in path if isinstance(p, str))
                out.setdefault(item_at(doc, path), []).append(
                    EditProblem(loc, _code_of(err["type"], err["msg"], loc), err["msg"]))
            return out
    for path, message in check_all(report, doc.source_text):
        field = ".".join(str(p) for p in path[2:] if isinstance(p, str)) or ".".join(map(str, path))
        out.setdefault(item_at(doc, path), []).append(classify(field, message))
    return out


def classify(field: str, message: str) -> EditProblem:
    """A finding of the checks as a problem with a code (the value it names, if any, as ``values``)."""
    for pattern, code in _FINDINGS:
        found = pattern.search(message)
        if found is not None:
            value = found.groupdict().get("v")
            return EditProblem(field, code, message, (value,) if value else ())
    return EditProblem(field, "other", message)
