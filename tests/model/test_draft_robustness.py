"""The drafter never fails on odd text: it drafts a report that validates, or says in one line why not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.model.checks import check_all
from viewer.model.draft import DraftError, draft_report

# Pieces of report text, including the ones that trip a pattern up when they meet in odd orders.
TOKENS = [
    "会议指出", "会议强调", "，", "。", ",", "、", "；", "\n", "\r\n", "\n\n", "\u3000", "2022年", "2018年到2022年",
    "1—11月", "五年来", "全年", "增长", "下降", "5.7%", "１２％", "1,234家", "个百分点", "0.5", "从", "增加到",
    "提高到", "第3位", "第一", "前三", "全国", "世界", "东部地区", "居", "突破", "超过", "超", "万亿元", "千亿元",
    "亿元", "万辆", "家", "个", "等", "宁德时代", "集团", "工厂", "入选", "一是", "二是", "一、", "二、", "（一）",
    "第一，", "把", "作为", "着力", "力争", "到2025年", "以上", "左右", "近", "“", "”", "分别", "数量", "规模",
    "来源：", "时间：2023-02-01 09:58", "1月31日", "在福州召开", "作工作报告", "5G", "9999999999999", "第0位",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=80))
def test_any_text_drafts_a_valid_report_or_a_clear_error(pieces: list[str]):
    text = "".join(pieces)
    try:
        drafted = draft_report(text, source_name="source.txt")
    except DraftError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert check_all(drafted.report, text) == []


def test_one_line_text_without_title():
    text = ("会议指出，2022年全省规上工业增加值增长5.7%，增速居全国第3位，工业投资增长10%以上，"
            "全年新增规上工业企业2000家。")
    drafted = draft_report(text, source_name="s.txt")
    assert [(f.value, f.unit) for f in drafted.report.facts] == [(5.7, "%"), (3, "位"), (10, "%"), (2000, "家")]
    assert "title" in drafted.summary.needs_filling


def test_windows_line_endings_and_full_width_figures():
    text = "标题\r\n\r\n会议指出，2022年工业增加值增长５.７％，工业投资增长１２％。\r\n"
    facts = draft_report(text, source_name="s.txt").report.facts
    assert [(f.value, f.quote) for f in facts] == [(5.7, "2022年工业增加值增长５.７％"), (12, "工业投资增长１２％")]


def test_implausible_figures_are_dropped_not_fatal():
    text = "标题\n会议指出，2022年工业增加值达到9999999999999万亿元，增速居全国第0位，工业投资增长5%。"
    drafted = draft_report(text, source_name="s.txt")
    assert [(f.value, f.unit) for f in drafted.report.facts] == [(5, "%")]
    assert any("dropped" in w for w in drafted.summary.warnings)
