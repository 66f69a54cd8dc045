"""What a figure is of: its subject from the words before it, split over listed items (A、B均增长9%), a vague
subject (规模, 增速, 总数) resolved from earlier clauses, a count's noun after it, a gap to something else."""

from __future__ import annotations

import re

from viewer.model.draft import labels
from viewer.model.draft.fact_types import DraftFact, Sentence, Unit
from viewer.model.draft.numbers import Family
from viewer.model.types import FactKind

_NEW = re.compile(r"新(?:增|建|培育|认定|开工|引进|上市|开通|创建|获批)$")


def _measured(facts: list[DraftFact], generic: str) -> list[DraftFact]:
    """The facts a vague subject can refer back to: growth rates for 增速/增幅, else any."""
    if generic in ("增速", "增幅", "降幅"):
        return [f for f in facts if f.kind in (FactKind.GROWTH_RATE, FactKind.TARGET) and f.unit == "%"]
    return facts


def figure_subjects(raw: str, prefix: str, suffix: str, unit: Unit, family: Family, state: Sentence, noun: str = ""
              ) -> tuple[list[list[str]], list[DraftFact] | None]:
    """One list of subjects per figure (a single rank over 己内酰胺、钨材料 gives two, a growth rate of
    A、B均增长9% too)."""
    n = len(unit.figures)
    rank_for: list[DraftFact] | None = None
    items: list[str] | None = None
    if n > 1:
        items = labels.split_items(raw, n)
        generic = raw.split("分别")[0]
        if items is None and generic in labels.GENERIC:
            # 数量分别居全国第3位、第4位 after a list of counts; 增速分别居… after one growth rate per clause.
            earlier = state.previous if len(state.previous) == n else _measured(state.earlier, generic)[-n:]
            if len(earlier) == n:
                rank_for = list(earlier) if family == Family.RANK else None
                items = [re.sub(r"(增速|增幅|降幅)$", "", f.subject) + generic for f in earlier]
        per_figure = [[s] for s in (items or [raw] * n)]
    else:
        split = None
        listed = labels.enumeration(raw)
        if family == Family.RANK and ("等" in raw or "、" in raw):
            count = len([p for p in re.split("、", raw.split("等")[0]) if p])
            split = labels.split_items(raw, count) if count > 1 else None
        elif len(listed) > 1 and re.search(r"(?:均|都|皆)[^、，,]{0,8}$", prefix) and not noun:
            split = labels.split_items(raw, len(listed))  # A、B同比均增长9%: the same figure for each
        per_figure = [split or [raw]]
    resolved: list[list[str]] = []
    for subjects in per_figure:
        done = []
        for s in subjects:
            if noun:
                # 培育|15家|国家级智能制造示范工厂: the noun after the count, with 新增 / 新培育 kept (they count
                # only the new ones); 在全省16个先进制造业集群中: without 中.
                new = _NEW.search(s)
                s = (new.group() if new else "") + (noun[:-1] if noun.endswith("中") and "在" in prefix else noun)
            elif family in (Family.COUNT, Family.QUANTITY) and (not s or labels.is_enumeration(s)):
                s = labels.noun_after(suffix) or s
            if family in (Family.COUNT, Family.QUANTITY):
                s = labels.COUNT_VERB.sub("", s, count=1)
                if labels.BARE_COUNT_VERB.fullmatch(s):
                    s = "累计"  # 新建5G基站1.2万个，累计建成8.3万个: the total of what the clause before counts
            verbal = labels.PREDICATE.match(s)
            if verbal:
                rest = labels.subject_before(s[verbal.end():], state.regions)
                # 实现工业总产值: the measure follows the verb; 成为我省规模最先(超万亿元): it is in an earlier clause
                s = rest if rest.endswith(labels.MEASURE_NOUNS) else "".join(
                    w for w in labels.GENERIC if w and w in s)
            if family in (Family.COUNT, Family.QUANTITY) and 0 < len(s) <= 3 and s not in labels.GENERIC:
                s += labels.noun_after(suffix)  # 培育|45个|国家先进制造业集群 -> 培育国家先进制造业集群
            compared = labels.COMPARED.search(prefix) if family == Family.POINTS else None
            if compared:
                # 比全国高 / 较2021年提高 / 高于全部规上工业 (0.6个百分点): a gap to something else, in points; with
                # 分别 each item's own subject (增速分别高于规上工业3.1个和1.9个百分点).
                base = s.split(compared.group())[0] if items else labels.subject_before(
                    prefix[: compared.start()], state.regions)
                base = _context_subject(state, family) + base if base in labels.GENERIC else base
                s = base + ("" if re.search(r"(率|比重|占比|增速|增幅|降幅)$", base) else "增速") + compared.group()
                done.append(s)
                continue  # a gap is no subject later clauses refer back to
            elif s.startswith("占"):
                s = _context_subject(state, family) + s  # (工业用电量)占全社会用电量的65%
            if s in labels.GENERIC:
                context = _context_subject(state, family)
                if s in ("总数", "数量", "总量", "累计") or re.search("累计|总数|共计", prefix):
                    # 新增…279家，总数达到704家 / 新建5G基站3200个，累计达到2.6万个: the total, not the new ones.
                    context = re.sub(r"^新(?:增|培育|认定|建)?", "", context)
                s = context + ("" if s == "累计" else s)
            state.last_subject = re.sub(r"(增速|增幅|规模|总量|总数|数量)$", "", s) or state.last_subject
            done.append(s)
        resolved.append(done)
    if sum(len(d) for d in resolved) > 1 and raw not in labels.GENERIC:
        # A later vague subject (…，连续8年保持全球第一) is of what the items share (新能源汽车产销), not the last item.
        state.last_subject = re.sub(r"(分别|均|都)$", "", raw)
    return resolved, rank_for


def _context_subject(state: Sentence, family: Family | None = None) -> str:
    """What a vague subject (规模, 增速) belongs to: the subject of the last fact when the clause before
    stated one, else the opening noun phrase of the nearest earlier clause that has one. A rank is of a
    size, not of a share: 占全球比重从28.1%提高到30%，连续13年位居世界第一 ranks 制造业增加值."""
    found = state.last_subject or state.head
    for head, had in zip(reversed(state.heads), reversed(state.had_facts), strict=True):
        if had and state.last_subject:
            found = state.last_subject
            break
        if head:
            found = head
            break
    if family == Family.RANK and "占" in found:
        found = found.split("占")[0] or found
    return found
