"""The vocabulary of indicators: the bundled file, the user's file merged over it, and proposals from labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.model.draft import draft_report
from viewer.model.errors import ReportError
from viewer.model.library.indicators import IndicatorKind, default_vocabulary, load_vocabulary
from viewer.model.loader import load_report
from viewer.model.paths import examples_dir
from viewer.model.types import FactKind


def test_the_bundled_vocabulary_names_the_issue_s_indicators_in_both_languages() -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.problems == []
    for indicator_id, zh in (("industrial-va-growth", "规上工业增加值增速"),
                             ("industrial-investment-growth", "工业投资增速"),
                             ("digital-economy-size", "数字经济规模")):
        indicator = vocabulary.get(indicator_id)
        assert indicator is not None and indicator.zh == zh and indicator.en
    assert all(i.en and i.unit_family for i in vocabulary.all())


def test_every_example_figure_with_an_indicator_is_what_its_label_proposes() -> None:
    vocabulary = load_vocabulary()
    for path in sorted(examples_dir().glob("*.yaml")):
        for fact in load_report(path).report.facts:
            if fact.indicator is not None:
                assert fact.indicator in vocabulary
                proposed = vocabulary.propose_for(fact)
                assert proposed is not None and proposed.id == fact.indicator, (path.name, fact.id)


@pytest.mark.parametrize(("label", "kind", "unit", "average", "expected"), [
    ("全省规上工业增加值增长", FactKind.GROWTH_RATE, "%", False, "industrial-va-growth"),
    ("规模以上工业增加值增速", FactKind.GROWTH_RATE, "%", False, "industrial-va-growth"),
    ("规上工业增加值增长目标", FactKind.TARGET, "%", False, "industrial-va-growth"),
    ("工业增加值年均增速", FactKind.GROWTH_RATE, "%", True, "industrial-va-avg-growth"),
    ("工业增加值", FactKind.AMOUNT, "万亿元", False, "industrial-va"),
    ("新增国家专精特新“小巨人”企业", FactKind.COUNT, "家", False, "new-little-giants"),
    ("国家专精特新\"小巨人\"企业", FactKind.COUNT, "家", False, "little-giants"),
    # A rank of a growth rate is not the growth rate; an amount is not a count.
    ("规上工业增加值增速东部地区排名", FactKind.RANK, "位", False, None),
    ("数字经济规模", FactKind.COUNT, "家", False, None),
    ("上述企业产值增速", FactKind.GROWTH_RATE, "%", False, None),
])
def test_a_proposal_fits_the_fact_s_kind_and_unit(label: str, kind: FactKind, unit: str, average: bool,
                                                   expected: str | None) -> None:
    proposed = load_vocabulary().propose(label, kind, unit, average=average)
    assert (proposed.id if proposed else None) == expected


def test_the_user_s_file_extends_and_changes_the_vocabulary_and_its_problems_are_reported(tmp_path: Path) -> None:
    user = tmp_path / "indicators.yaml"
    user.write_text(
        "indicators:\n"
        "  - id: industrial-va-growth\n"
        "    variants: [工业经济增速]\n"
        "  - id: robots-density\n"
        "    zh: 工业机器人密度\n"
        "    en: Industrial robot density\n"
        "    unit_family: items\n"
        "    kind: count\n"
        "  - id: half-done\n"
        "    zh: 只有名字\n"
        "  - id: Bad Id\n"
        "    zh: 坏\n", "utf-8")
    vocabulary = load_vocabulary(user)
    assert vocabulary.propose("全省工业经济增速", FactKind.GROWTH_RATE, "%").id == "industrial-va-growth"
    assert vocabulary.get("industrial-va-growth").zh == "规上工业增加值增速"  # unchanged where not given
    robots = vocabulary.get("robots-density")
    assert robots is not None and robots.user and robots.kind == IndicatorKind.COUNT
    assert vocabulary.get("half-done") is None
    problems = [str(p) for p in vocabulary.problems]
    assert len(problems) == 2
    assert problems[0].startswith(f"{user}:11:") and "'id'" in problems[0]  # Bad Id, with its line
    assert "half-done" in problems[1] and "unit_family, kind" in problems[1]


def test_a_broken_user_file_is_a_problem_never_an_error_and_a_broken_bundled_file_is(tmp_path: Path) -> None:
    user = tmp_path / "indicators.yaml"
    user.write_text("indicators: [unclosed\n", "utf-8")
    vocabulary = load_vocabulary(user)
    assert len(vocabulary) == len(load_vocabulary()) and len(vocabulary.problems) == 1
    with pytest.raises(ReportError):
        load_vocabulary(bundled=user)


def test_the_drafter_proposes_indicators_from_the_user_s_vocabulary_too(temporary_library_dirs: Path) -> None:
    text = ("2024年某省工业工作会议\n来源：某省工业和信息化厅 时间：2024-01-20 10:00\n\n"
            "2023年全省规上工业增加值增长7.1%，工业机器人密度达到320台。\n")
    drafted = draft_report(text, source_name="source.txt")
    by_label = {f.label.zh: f.indicator for f in drafted.report.facts}
    assert "industrial-va-growth" in by_label.values()
    assert 'indicator: "industrial-va-growth"' in drafted.yaml_text
    user = temporary_library_dirs / "indicators.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text("indicators:\n  - {id: robot-density, zh: 工业机器人密度, en: Robot density, unit_family: units, "
                    "kind: amount}\n", "utf-8")
    assert default_vocabulary().get("robot-density") is not None
    drafted = draft_report(text, source_name="source.txt")
    assert "robot-density" in {f.indicator for f in drafted.report.facts}
