"""What a fact is, read from its kind, period, scope, unit, comparison and the words of its Chinese label,
so that charts can choose facts in any report, drafted or made by hand, without tags (viewer.charts.definitions).

Tags set by hand (``review-2022``, ``five-year``, ``projects``, ``enterprise-size``) refine: a fact carrying
one is taken as what the tag says, whatever its label; none is ever required.
"""

from __future__ import annotations

import re
from collections import Counter

from viewer.model.types import Fact, FactKind, Report, Scope

_REVIEW_TAG = re.compile(r"^review-(\d{4})$")
_YEAR = re.compile(r"^\d{4}$")
_YEARS = re.compile(r"^(\d{4})[–-](\d{4})$")
# Measures other than an industry's value added (a growth chart of those is not "value added by sector").
_NOT_VALUE_ADDED = re.compile(r"投资|利润|收入|营收|出口|进口|产量|销量|用电|能耗|销售|订单|税")
_PROJECTS = re.compile(r"项目")
# Enterprises counted by size class: above designated size, by revenue, listed, small and medium.
_ENTERPRISE = re.compile(r"企业|公司")
_SIZE_CLASS = re.compile(r"规上|规模|营业收入|营收|产值|上市|亿元|小微|中小|大型|中型|小型")
_NEW_ONES = re.compile(r"新增|新培育|新认定|新上|入选|新建")


def fact_year(fact: Fact) -> int | None:
    """The one year a fact is about: a ``review-YYYY`` tag, else its period when that is a year."""
    for tag in fact.tags:
        m = _REVIEW_TAG.match(tag)
        if m:
            return int(m.group(1))
    if fact.period and _YEAR.match(fact.period):
        return int(fact.period)
    return None


def review_year(report: Report) -> int | None:
    """The year the report looks back on: the latest ``review-YYYY`` tag, else the latest year a result
    (any fact but a target) is stated for."""
    tags = {t for f in report.facts for t in f.tags}  # distinct first: large reports repeat a few tags
    tagged = [int(m.group(1)) for t in tags if (m := _REVIEW_TAG.match(t))]
    if tagged:
        return max(tagged)
    years = {y for f in report.facts if f.kind != FactKind.TARGET and (y := fact_year(f)) is not None}
    return max(years) if years else None


def home_scope(report: Report) -> Scope:
    """Whose figures the report mostly states (the province's, or the country's in a national report)."""
    counts = Counter(f.scope for f in report.facts if f.kind not in (FactKind.RANK, FactKind.TARGET))
    return counts.most_common(1)[0][0] if counts else Scope.PROVINCE


def is_multi_year(fact: Fact) -> bool:
    """Whether a fact looks back over several years: tagged ``five-year``, a period of years (2018–2022),
    a period named as such (五年来), or a comparison across several years."""
    if "five-year" in fact.tags or (fact.period and _YEARS.match(fact.period)):
        return True
    if fact.period_label is not None and re.search(r"[二三四五六七八九十]年|以来|时期|期间", fact.period_label.zh):
        return True
    c = fact.comparison
    return bool(c and c.from_period and c.to_period and _YEAR.match(c.from_period) and _YEAR.match(c.to_period)
                and int(c.to_period) - int(c.from_period) >= 3)


def is_average_growth(fact: Fact) -> bool:
    """An average annual growth rate: over a period of years, or labelled 年均."""
    return ("five-year" in fact.tags or bool(fact.period and _YEARS.match(fact.period))
            or "年均" in fact.label.zh)


def is_value_added(facts: list[Fact]) -> bool:
    """Whether growth rates are all of industries' output or value added (not investment, profits…)."""
    return not any(_NOT_VALUE_ADDED.search(f.label.zh) for f in facts)


def is_project_count(fact: Fact) -> bool:
    """A count of (key) projects: started, completed, signed…"""
    return fact.kind == FactKind.COUNT and ("projects" in fact.tags or bool(_PROJECTS.search(fact.label.zh)))


def is_enterprise_size(fact: Fact, honour_counts: set[str]) -> bool:
    """A number of enterprises of a size class (above designated size, revenue over …, listed): not an
    honour's count, not the year's new ones."""
    if "enterprise-size" in fact.tags:
        return fact.kind in (FactKind.COUNT, FactKind.THRESHOLD)
    label = fact.label.zh
    return (fact.kind in (FactKind.COUNT, FactKind.THRESHOLD) and fact.unit in ("家", "万家")
            and fact.id not in honour_counts and "honour" not in fact.tags and bool(_ENTERPRISE.search(label))
            and bool(_SIZE_CLASS.search(label)) and not _NEW_ONES.search(label))


def is_five_year(fact: Fact) -> bool:
    """A fact of a five-year review (tagged so, 五年来, or a comparison from one year to the fourth after)."""
    if "five-year" in fact.tags or (fact.period_label is not None and "五年" in fact.period_label.zh):
        return True
    c = fact.comparison
    return bool(c and c.from_period and c.to_period and _YEAR.match(c.from_period) and _YEAR.match(c.to_period)
                and int(c.to_period) - int(c.from_period) == 4)
