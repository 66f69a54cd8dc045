"""Drafting a report data file from a report's text (no Qt): every figure becomes a fact with its quote,
the numbered tasks become tasks with actions, named enterprises become enterprises; all marked draft.

``draft_report(text, source_name=…)`` works on text; ``draft_file(path, …)`` reads a file in any of
the usual encodings, writes a UTF-8 copy of the source beside the YAML and validates what it wrote.
"""

from __future__ import annotations

from viewer.model.draft.build import DraftResult, DraftSummary, draft_report, report_id_from
from viewer.model.draft.files import DraftedFile, draft_file
from viewer.model.draft.text import DraftError, decode_source

__all__ = ["DraftError", "DraftResult", "DraftSummary", "DraftedFile", "decode_source", "draft_file",
           "draft_report", "report_id_from"]
