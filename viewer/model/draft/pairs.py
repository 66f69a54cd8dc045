"""Figures that go together: a before/after pair (从16个增加到21个, 由2020年的59.6%提高到65.3%) and a list of
figures of one kind (A、B和C); a pair becomes a fact with its comparison, and a second fact for the start when
the start has a year of its own."""

from __future__ import annotations

import re

from viewer.model.draft.fact_types import ESTIMATE_TAG, DraftFact, Sentence, Unit
from viewer.model.draft.figures import Figure
from viewer.model.draft.numbers import NUMBER, Family, arabic_value
from viewer.model.draft.periods import label_period
from viewer.model.draft.placement import figure_period
from viewer.model.draft.text import Piece
from viewer.model.types import Qualifier

_PAIR_VERB = r"(?:增加|提高|提升|上升|扩大|增长|跃升|攀升|下降|减少|降低|缩小|回落|升|增|降|减|前移|后移)?(?:到|至)"
_YEAR_OF = r"(?:(?:19|20)\d{2}年(?:底|末)?的?)?"
# 从2018年的1520家增加到2022年的2310家, 从28.1%提高到近30%: the words between the two ends.
_PAIR_BETWEEN = re.compile(rf"{_PAIR_VERB}{_YEAR_OF}(?:近|约|超过|超|突破)?")
_FROM_QUALIFIER = r"(?P<q>近|约|超过|超|逾|不足|不到)?"
_BARE_PAIR = re.compile(rf"(?:从|由){_FROM_QUALIFIER}(?P<num>{NUMBER}){_PAIR_VERB}$")
_FROM = re.compile(rf"(?:从|由){_YEAR_OF}{_FROM_QUALIFIER}$")
_FROM_QUALIFIERS = {"近": Qualifier.NEARLY, "约": Qualifier.ABOUT, "超过": Qualifier.OVER, "超": Qualifier.OVER,
                    "逾": Qualifier.OVER}
_GROUP_JOIN = {"、", "和", "及", "与"}
_YEARS = re.compile(r"(?:19|20)\d{2}–(?:19|20)\d{2}")


def group_units(clause: Piece, figures: list[Figure]) -> list[Unit]:
    text, cs = clause.text, clause.start
    units: list[Unit] = []
    i = 0
    while i < len(figures):
        f = figures[i]
        before_text = text[: f.lead - cs]
        if i + 1 < len(figures):
            g = figures[i + 1]
            between = text[f.end - cs: g.lead - cs]
            start = _FROM.search(before_text)
            if start and _PAIR_BETWEEN.fullmatch(between) and f.family == g.family:
                units.append(Unit([g], before=f, between=between,
                                   before_qualifier=_FROM_QUALIFIERS.get(start.group("q") or "", Qualifier.EXACT)))
                i += 2
                continue
        bare = _BARE_PAIR.search(before_text)
        if bare and f.family != Family.RANK:
            start_at = cs + bare.start("num")
            end = cs + bare.end("num")
            units.append(Unit([f], before=Figure(start_at, end, arabic_value(bare.group("num")), f.unit, f.family),
                               before_qualifier=_FROM_QUALIFIERS.get(bare.group("q") or "", Qualifier.EXACT)))
            i += 1
            continue
        j = i
        while (j + 1 < len(figures) and figures[j + 1].family == f.family
               and text[figures[j].end - cs: figures[j + 1].lead - cs] in _GROUP_JOIN):
            j += 1
        units.append(Unit(figures[i: j + 1]))
        i = j + 1
    return units


def pair_facts(after: DraftFact, before_figure: Figure, qualifier: Qualifier, state: Sentence) -> list[DraftFact]:
    """The facts of 从A…到B: B with the comparison A -> B, and A on its own when it has a period of its own
    (从2019年的46家增加到2024年的1432家). Without one (从8%提高到9.5%左右) A would be a second fact of B's period
    with another value: the comparison alone states it."""
    ranges = [p for p in state.periods if p.first_year and p.end <= before_figure.lead]
    first_year = ranges[-1].first_year if ranges else None
    last_year = ranges[-1].last_year if ranges else None
    own = [p for p in state.periods if p.end <= before_figure.lead]
    if not ranges and own and own[-1].period and len(own[-1].period) == 4:
        if own[-1].period != after.period:
            # 从2018年的1520家增加到2022年的2310家: each end has its own year.
            first_year, last_year = own[-1].period, after.period if after.period and len(after.period) == 4 else None
        elif re.search(r"(?:从|由)$", state.piece.text[: own[-1].start - state.piece.start]):
            # 由2020年的59.6%提高到65.3%: the year is the start's; the end is in the period of the sentence.
            period, _label = figure_period(before_figure, state, before=own[-1].start)
            if period and len(period) == 4 and period != own[-1].period:
                first_year, last_year = own[-1].period, period
    if not first_year and after.period and _YEARS.fullmatch(after.period) and (
            after.period_label is None or label_period(after.period_label, after.period[-4:]) == after.period):
        # 千亿产业集群从16个增加到21个 in a review of 2018年到2022年 (五年来): the range's ends, 16 in 2018 and 21 in
        # 2022; not when the range is another's (五年来 in a section that also names 2013—2022).
        first_year, last_year = after.period.split("–")
    if not first_year or first_year == (last_year or after.period):
        after.comparison = {"from": before_figure.value, "to": after.value}
        return [after]
    before = DraftFact(after.kind, before_figure.value, before_figure.unit, after.quote, after.label, after.scope,
                       qualifier, first_year, None,
                       after.section, (before_figure.start, before_figure.end), after.subject,
                       unknown_unit=after.unknown_unit, tags=[t for t in after.tags if t != ESTIMATE_TAG])
    if last_year:
        after.period, after.period_label = last_year, None
    after.comparison = {"from": before.value, "to": after.value}
    if last_year:
        after.comparison.update({"from_period": first_year, "to_period": last_year})
    return [before, after]
