"""A report shown before it is checked: the window's cold start paints first and validates after.

A report not in the cache is parsed, validated by pydantic and checked against its source before it can be shown
(``viewer.model.loader.load_report``); on a cold start (a first run, after an upgrade or an edit of the report)
pydantic's import and the build of its validator are most of that, and the first frame waited for them.

``load_unchecked`` reads the file as ``load_report`` does (the same YAML reader, so the same values) and builds the
report with the cache's builders (``viewer.model.cache_build``), which check each field's JSON type, each object's
fields (none unknown, the required ones present) and fill the defaults. Of what validation and the checks add, only
what the window relies on is checked before the first frame (``_safe_to_show``: ids of the form ids take, finite
figures, unique ids, known units, references that lead somewhere); a report that fails it is loaded the checked way
first, as before. The rest (patterns, lengths, hidden characters, ranges, the quotes against the source) is checked
after the first frame: the window shows the report marked as being checked and runs ``load_report`` in a worker
thread (``viewer.ui.window.report_check``); a problem is then shown as on any open, with file, line and column, and
the report is not kept; a checked report that differs from the one shown (a value validation reads otherwise)
replaces it.

Anything the builders cannot take (a value of another type, a date YAML read as a date, a report package) makes
``load_unchecked`` return None, and the caller loads the report the checked way, as before.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from viewer.model.errors import ReportError
from viewer.model.loader import (
    MAX_REPORT_BYTES,
    LoadedReport,
    _from_cache,
    _yaml_input,
    read_bytes,
    read_source,
)
from viewer.model.package import is_package_name, looks_like_package
from viewer.model.types import COMPARISON_ALIASES, Report

if TYPE_CHECKING:
    from viewer.model.cache import ReportCache


def load_unchecked(path: str | os.PathLike[str], cache: ReportCache) -> tuple[LoadedReport, bool] | None:
    """``(report, checked)``: the cached report (checked: True) when the cache holds this file, else the report
    built without validation or checks (False); None when it cannot be built so (load it with ``load_report``)."""
    path = Path(path)
    if is_package_name(path):
        return None
    try:
        raw = read_bytes(path, MAX_REPORT_BYTES, "report file")
    except ReportError:
        return None
    if looks_like_package(raw):
        return None
    cached = _from_cache(cache, raw, path)
    if cached is not None:
        return cached, True
    # Imported on a miss only: a warm start reads JSON (the cache's builders are imported with it, though).
    from viewer.model.cache_build import CacheError, build
    from viewer.model.yaml_source import parse_yaml

    try:
        data = parse_yaml(_yaml_input(raw, str(path)), str(path)).data
        del raw
        if not _as_cached(data):
            return None
        report: Report = build(Report, data)
        if not _safe_to_show(report):
            return None
        source_text = read_source(path.parent, report.meta.source)
    except (ReportError, CacheError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return LoadedReport(report, path, source_text), False


def _as_cached(data: Any) -> bool:
    """Report data as a cache entry holds it, in place: a comparison's keys as written in report files (``from``,
    ``to``) renamed to its field names, as validation reads them, and the meta's dates that YAML read as a date and
    time or a date (unquoted) written in ISO form. False when the data is not a report's mapping or a comparison
    gives a value twice."""
    if not isinstance(data, dict):
        return False
    meta = data.get("meta")
    if isinstance(meta, dict):
        for key, kind in (("published", dt.datetime), ("meeting_date", dt.date)):
            value = meta.get(key)
            if type(value) is kind:  # exactly: a date given for a date and time is validation's to judge
                meta[key] = value.isoformat()
    facts = data.get("facts", [])
    if not isinstance(facts, list):
        return False
    for fact in facts:
        comparison = fact.get("comparison") if isinstance(fact, dict) else None
        if not isinstance(comparison, dict):
            continue
        for name, alias in COMPARISON_ALIASES.items():
            if alias in comparison:
                if name in comparison:
                    return False
                comparison[name] = comparison.pop(alias)
    return True


def _safe_to_show(report: Report) -> bool:
    """Whether the window can show ``report`` before it is checked: every id of the form ids take, every figure
    finite (as validation requires), and no finding of the checks the window relies on (unique ids, known units
    and kinds, references that lead somewhere). What fails here is reported by the checked load, which the caller
    then runs before the first frame. The quotes are checked after it: the window shows an item whose quote is
    not in the source without its place, as it does for any span it cannot find."""
    from viewer.model.checks import check_facts, check_ids, check_references
    from viewer.model.state.records import ID_PATTERN

    # Ids name state files and checklist records (viewer.model.state), which refuse any other.
    ids = [report.meta.id, *(item.id for items in (report.sections, report.facts, report.enterprises,
                                                   report.honours, report.tasks) for item in items),
           *(action.id for task in report.tasks for action in task.actions)]
    if not all(map(ID_PATTERN.match, ids)):
        return False
    for fact in report.facts:
        values = [fact.value] if fact.comparison is None else [
            fact.value, fact.comparison.from_value, fact.comparison.to_value]
        if not all(map(math.isfinite, values)):
            return False
    return not (check_ids(report) or check_facts(report) or check_references(report))
