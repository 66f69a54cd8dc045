"""Provenance: each item's quote found at the right place, and the reverse lookup by offset."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MINI_REPORT, MINI_SOURCE, write_mini_report
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path
from viewer.model.provenance import Provenance, achievement_key


def test_every_item_of_the_bundled_report_has_its_quote_located() -> None:
    loaded = load_report(default_report_path())
    prov = Provenance(loaded.report, loaded.source_text)
    report = loaded.report
    keys = [f.id for f in report.facts] + [t.id for t in report.tasks] + [a.id for _, a in report.actions()]
    keys += [achievement_key(e.id, i) for e in report.enterprises for i in range(len(e.achievements))]
    keys += [h.id for h in report.honours]
    for key in keys:
        span = prov.span(key)
        assert span is not None, key
        assert key in prov.keys_at(span.start)


def test_a_fact_quote_is_located_inside_its_section() -> None:
    loaded = load_report(default_report_path())
    prov = Provenance(loaded.report, loaded.source_text)
    sections = {s.id: prov.span(s.id) for s in loaded.report.sections}
    for fact in loaded.report.facts:
        span, section = prov.span(fact.id), sections[fact.section]
        assert section.start <= span.start and span.end <= section.end, fact.id
        assert loaded.source_text[span.start:span.end] == fact.quote


def test_an_action_phrase_that_occurs_earlier_resolves_inside_its_own_task(tmp_path: Path) -> None:
    # "推进项目建设" appears in the review paragraph too; the action must point at its task's sentence.
    source = MINI_SOURCE.replace("星海电子等12个重点项目建成投产。", "星海电子等12个重点项目建成投产。推进项目建设。")
    loaded = load_report(write_mini_report(tmp_path, MINI_REPORT, source))
    prov = Provenance(loaded.report, loaded.source_text)
    first = source.index("推进项目建设")
    action = prov.span("task-1.projects")
    task = prov.span("task-1")
    assert action.start != first
    assert action.start > task.start
    assert source[action.start:action.end] == "推进项目建设"
    assert prov.keys_at(first) == []
