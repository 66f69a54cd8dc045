"""The drafter on texts other than Fujian's: every pattern, each sample with its expected facts.

Recall and precision are asserted per sample; matched facts must also agree on kind, scope, qualifier
and period. The same texts are drafted again from GBK and BOM-marked files.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests.model.draft_samples.matching import Item, Score, match
from tests.model.draft_samples.samples import CITY, NATIONAL, PROVINCE, SAMPLES, Expected, Sample
from viewer.model.draft import DraftError, decode_source, draft_file, draft_report
from viewer.model.loader import load_report
from viewer.model.provenance import Provenance
from viewer.model.types import Report


def _expected_items(sample: Sample) -> list[Item]:
    items = []
    for n, e in enumerate(sample.facts):
        at = sample.text.find(e.where)
        assert at >= 0 and sample.text.count(e.where) == 1, f"fragment not unique in the sample: {e.where}"
        items.append(Item(str(n), e.value, e.unit, at, at + len(e.where)))
    return items


def _drafted_items(report: Report, text: str) -> list[Item]:
    spans = Provenance(report, text)
    return [Item(f.id, f.value, f.unit, spans.span(f.id).start, spans.span(f.id).end) for f in report.facts]


def _score(sample: Sample, report: Report) -> Score:
    return match(_expected_items(sample), _drafted_items(report, sample.text))


def _period(fact) -> str | None:
    return fact.period or (fact.period_label.zh if fact.period_label else None)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.name)
def test_recall_and_precision(sample: Sample):
    drafted = draft_report(sample.text, source_name="source.txt")
    score = _score(sample, drafted.report)
    print(f"{sample.name}: {len(score.matched)} matched of {len(sample.facts)} expected, "
          f"{len(drafted.report.facts)} drafted; {score.describe()}")
    assert score.recall >= 0.95, score.describe()
    assert score.precision >= 0.90, score.describe()


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.name)
def test_matched_facts_have_the_expected_kind_scope_qualifier_and_period(sample: Sample):
    drafted = draft_report(sample.text, source_name="source.txt")
    facts = {f.id: f for f in drafted.report.facts}
    wrong = []
    for expected_item, drafted_item in _score(sample, drafted.report).matched:
        e: Expected = sample.facts[int(expected_item.key)]
        f = facts[drafted_item.key]
        # The period as the text words it (五年来) or the years it means (2018–2022): either is right.
        period = e.period if e.period in (f.period, f.period_label.zh if f.period_label else None) else _period(f)
        got = (f.kind.value, f.scope.value, f.qualifier.value, period)
        if got != (e.kind, e.scope, e.qualifier, e.period):
            wrong.append((e.where, e.value, got, (e.kind, e.scope, e.qualifier, e.period)))
    assert wrong == []


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.name)
def test_tasks_and_enterprises(sample: Sample):
    report = draft_report(sample.text, source_name="source.txt").report
    assert [t.number for t in report.tasks] == list(range(1, sample.tasks + 1))
    assert [e.name.zh for e in report.enterprises] == list(sample.enterprises)
    assert all(t.actions and t.draft for t in report.tasks)
    assert all(e.draft for e in report.enterprises) and all(f.draft for f in report.facts)


def test_before_after_pairs_with_years_and_qualifiers():
    report = draft_report(CITY.text, source_name="source.txt").report
    after = next(f for f in report.facts if f.value == 2310)
    assert (after.comparison.from_value, after.comparison.from_period, after.comparison.to_period) == (
        1520, "2018", "2022")
    share = next(f for f in draft_report(NATIONAL.text, source_name="s.txt").report.facts if f.value == 30)
    assert (share.comparison.from_value, share.qualifier.value) == (28.1, "nearly")


def test_labels_are_drafted_from_context():
    labels = {f.quote: f.label.zh for f in draft_report(CITY.text, source_name="s.txt").report.facts}
    assert labels["全市实现工业总产值1.2万亿元"] == "工业总产值"
    assert labels["比上年增长8.5%"] == "工业总产值增速"
    assert labels["全市规上工业企业利润总额下降2.1%"] == "规上工业企业利润总额降幅"
    province = {f.quote: f.label.zh for f in draft_report(PROVINCE.text, source_name="s.txt").report.facts}
    assert province["增速居东部沿海省份第2位"] == "规上工业增加值增速东部地区排名"
    assert province["工业投资增长10%左右"] == "工业投资增速目标"


def test_meta_from_the_source_line_and_the_opening():
    report = draft_report(PROVINCE.text, source_name="s.txt")
    meta = report.report.meta
    assert (meta.publisher.zh, meta.published.isoformat(), meta.meeting_date.isoformat(), meta.place.zh,
            meta.reporter.zh) == ("江苏省工业和信息化厅", "2023-02-10T10:30:00+08:00", "2023-02-09", "南京",
                                  "省工业和信息化厅厅长谢志成")
    assert report.summary.needs_filling == ["format"]
    assert meta.format is None


def test_unknown_meta_is_null_and_the_summary_names_it():
    drafted = draft_report(CITY.text, source_name="s.txt")
    assert drafted.summary.needs_filling == ["publisher", "published", "meeting_date", "place", "format", "reporter"]
    assert "meta.place" in "\n".join(drafted.summary.lines())
    meta = drafted.report.meta
    assert (meta.publisher, meta.published, meta.meeting_date, meta.place, meta.format, meta.reporter) == (
        None, None, None, None, None, None)
    assert "meeting_date: null" in drafted.yaml_text and "published: null" in drafted.yaml_text
    # The year in the title is no date: nothing is made up (it used to be 2022-01-01, or 2000-01-01).
    assert "-01-01" not in drafted.yaml_text


def test_a_meeting_day_without_a_year_anywhere_is_unknown():
    drafted = draft_report("工业工作会议召开\n3月2日，全市工业工作会议在苏州召开。全市工业增加值增长7.2%。\n",
                           source_name="s.txt")
    assert drafted.report.meta.meeting_date is None and drafted.report.meta.published is None
    assert drafted.report.meta.place.zh == "苏州"


def test_sections_by_meeting_phrases():
    kinds = [s.kind.value for s in draft_report(PROVINCE.text, source_name="s.txt").report.sections]
    assert kinds == ["opening", "review", "requirements", "tasks"]
    kinds = [s.kind.value for s in draft_report(NATIONAL.text, source_name="s.txt").report.sections]
    assert kinds == ["opening", "review", "multi_year_review", "tasks"]


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("gbk", b""), ("gb18030", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16", b"")],
)
def test_encodings_draft_the_same_facts(tmp_path: Path, encoding: str, prefix: bytes):
    source = tmp_path / "report.txt"
    source.write_bytes(prefix + PROVINCE.text.encode(encoding))
    drafted = draft_file(source)
    assert drafted.yaml_path == tmp_path / "report.yaml"
    # The source is not UTF-8 as it stands, so a UTF-8 copy is written where the draft names it.
    assert drafted.source_path == (tmp_path / "sources" / "report.txt").resolve()
    assert drafted.source_path.read_text(encoding="utf-8") == PROVINCE.text
    loaded = load_report(drafted.yaml_path)
    plain = draft_report(PROVINCE.text, source_name="sources/report.txt", report_id="report").report
    assert [(f.value, f.unit, f.quote) for f in loaded.report.facts] == [(f.value, f.unit, f.quote)
                                                                         for f in plain.facts]


def test_utf8_source_in_the_folder_is_named_as_it_is(tmp_path: Path):
    source = tmp_path / "city.txt"
    source.write_text(CITY.text, encoding="utf-8")
    drafted = draft_file(source, tmp_path / "city.yaml", report_id="city-2022", title="城市工业")
    assert drafted.source_path == source.resolve()
    report = load_report(drafted.yaml_path).report
    assert (report.meta.id, report.meta.title.zh, report.meta.source) == ("city-2022", "城市工业", "city.txt")
    assert not (tmp_path / "sources").exists()


def test_decoding():
    assert decode_source("增长5%".encode("gbk")) == ("增长5%", "gb18030")
    assert decode_source(codecs.BOM_UTF8 + "增长5%".encode()) == ("增长5%", "utf-8-sig")
    with pytest.raises(DraftError, match="binary"):
        decode_source(b"abc\x00def")
    with pytest.raises(DraftError, match="UTF-8 mark"):
        decode_source(codecs.BOM_UTF8 + b"\xff\xfe\xfa")


def test_refuses_empty_text_and_bad_ids(tmp_path: Path):
    with pytest.raises(DraftError, match="empty"):
        draft_report(" \n\u3000\n", source_name="s.txt")
    with pytest.raises(DraftError, match="not a valid id"):
        draft_report(CITY.text, source_name="s.txt", report_id="Bad Id")
    existing = tmp_path / "city.yaml"
    existing.write_text("keep", encoding="utf-8")
    (tmp_path / "city.txt").write_text(CITY.text, encoding="utf-8")
    with pytest.raises(DraftError, match="already exists"):
        draft_file(tmp_path / "city.txt")
    assert existing.read_text(encoding="utf-8") == "keep"


def test_ordinals_years_and_names_are_not_facts():
    text = ("标题\n会议指出，第一批试点于2022年12月启动，“十四五”规划第三季度评估完成，"
            "5G网络覆盖所有县城，入选“2022年中国品牌500强”，加快打造万亿级产业集群，前三季度工作有序推进。")
    assert draft_report(text, source_name="s.txt").report.facts == ()
