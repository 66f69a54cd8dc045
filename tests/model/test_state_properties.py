"""Property-based, as tests/model/test_loader_properties.py is for reports: the state file and the checklist
export read back exactly what was written, and no JSON value or damaged byte string makes their readers do
anything but say what is wrong (issue 15)."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.model.state_helpers import mini_report
from viewer.model.sanitise import MULTILINE, ONE_LINE, find_hidden
from viewer.model.state import ReportState
from viewer.model.state.changes import Changes
from viewer.model.state.document import Records, decode, decode_data, encode
from viewer.model.state.exchange import ImportFileError, export_json, read_import
from viewer.model.state.records import MAX_OWNER, ChecklistItem, Mark, ReviewMark, Status

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                          HealthCheck.function_scoped_fixture])
REPORT_ID = "mini-2024"

ids = st.from_regex(r"\A[a-z0-9][a-z0-9._-]{0,20}\Z")
zones = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
times = st.builds(lambda when, zone: when.replace(tzinfo=dt.UTC).astimezone(zone),
                  st.datetimes(dt.datetime(1970, 1, 2), dt.datetime(8999, 12, 30)), zones)
notes = st.text(max_size=60).filter(lambda t: find_hidden(t, MULTILINE) is None)
owners = st.text(max_size=30).filter(lambda t: find_hidden(t, ONE_LINE) is None and len(t) <= MAX_OWNER)
items = st.builds(ChecklistItem, st.sampled_from(list(Status)), times, notes, owners,
                  st.none() | st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
marks = st.builds(ReviewMark, st.sampled_from(list(Mark)), times, notes)
records = st.builds(Records, st.dictionaries(ids, items, max_size=8), st.dictionaries(ids, marks, max_size=8))


@SETTINGS
@given(records)
def test_the_state_file_reads_back_what_was_written(written: Records) -> None:
    raw = encode(REPORT_ID, written)
    decoded = decode(raw, REPORT_ID)
    assert decoded.problems == [] and decoded.salvageable
    assert decoded.records == written
    assert encode(REPORT_ID, decoded.records)[:-60] == raw[:-60]  # the same bytes but the time of saving


ACTIONS = ["task-1.projects", "task-1.monitoring", "task-2.cloud", "task-2.platform"]
FACTS = ["va-growth", "growth-rank", "key-projects"]


@SETTINGS
@given(st.dictionaries(st.sampled_from(ACTIONS) | ids, items, max_size=6),
       st.dictionaries(st.sampled_from(FACTS) | ids, marks, max_size=6))
def test_an_export_imports_back_as_the_same_records(checklist: dict[str, ChecklistItem],
                                                    review: dict[str, ReviewMark]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        report = mini_report(Path(folder) / "r")
        state = ReportState.open(report, Path(folder) / "state")
        try:
            if checklist or review:
                assert state.apply(Changes(checklist=checklist, review=review))
            items_back, marks_back, problems = read_import(export_json(state), REPORT_ID)
        finally:
            state.close()
    assert problems == []
    assert items_back == checklist and marks_back == review


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    | st.sampled_from(["done", "checked", "task-1.projects", "2024-03-01T08:15:00+00:00", "\u202e", "\ud800",
                       "9999-12-31T23:59:59.999999-01:00", "industry-report-viewer/state",
                       "industry-report-viewer/export", REPORT_ID]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["format", "version", "report_id", "checklist", "review", "items", "reviews", "id",
                         "status", "mark", "note", "owner", "due", "comment", "updated"]) | st.text(max_size=6),
        inner, max_size=6),
    max_leaves=25,
)


def _envelope(kind: str, body: Any) -> dict[str, Any]:
    if kind == "state":
        return {"format": "industry-report-viewer/state", "version": 1, "report_id": REPORT_ID, "checklist": body,
                "review": body}
    return {"format": "industry-report-viewer/export", "version": 1, "report_id": REPORT_ID, "items": body,
            "reviews": body}


@SETTINGS
@given(json_values, st.sampled_from(["bare", "state", "export"]))
def test_any_json_value_is_read_or_refused_with_reasons(value: Any, wrap: str) -> None:
    data = value if wrap == "bare" else _envelope(wrap, value)
    decoded = decode_data(data, REPORT_ID)
    assert all(isinstance(p, str) and p and "\n" not in p for p in decoded.problems)
    try:
        _, _, problems = read_import(json.dumps(data), REPORT_ID)
    except ImportFileError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert all(isinstance(p, str) and p and "\n" not in p for p in problems)


GOOD = encode(REPORT_ID, Records(
    {"task-1.projects": ChecklistItem(Status.DONE, dt.datetime(2024, 3, 1, tzinfo=dt.UTC), "备注", "张三",
                                      dt.date(2024, 9, 30))},
    {"va-growth": ReviewMark(Mark.QUESTIONED, dt.datetime(2024, 3, 2, tzinfo=dt.UTC), "来源?")}))


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, len(GOOD)), st.integers(0, 3), st.binary(max_size=4)), max_size=6))
def test_a_damaged_state_file_is_read_or_refused_with_reasons(edits: list[tuple[int, int, bytes]]) -> None:
    raw = bytearray(GOOD)
    for at, cut, insert in edits:
        raw[at:at + cut] = insert
    decoded = decode(bytes(raw), REPORT_ID)
    assert all(isinstance(p, str) and p and "\n" not in p for p in decoded.problems)
    if decoded.salvageable:  # what was recovered is saved and read back as it is
        again = decode(encode(REPORT_ID, decoded.records), REPORT_ID)
        assert again.problems == [] and again.records == decoded.records
