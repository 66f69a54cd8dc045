"""Correcting a report: the file kept as a round-trip YAML tree, edits as undoable changes, checks per item,
and an atomic save that only writes what validates. Pure Python (no Qt): the window adapts it.
"""

from viewer.model.edit.document import MISSING, Change, ReportDocument
from viewer.model.edit.editor import accept, delete_item, draft_items, edit_field, locate, new_fact
from viewer.model.edit.fields import EditProblem, InputError
from viewer.model.edit.problems import build_report, report_problems

__all__ = ["MISSING", "Change", "EditProblem", "InputError", "ReportDocument", "accept", "build_report",
           "delete_item", "draft_items", "edit_field", "locate", "new_fact", "report_problems"]
