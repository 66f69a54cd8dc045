"""Turning the figures of each sentence into draft facts: kind, value, unit, qualifier, scope, period,
label and the shortest clause that quotes it; a before/after pair (从16个增加到21个) is a fact with its
comparison, and a second fact for the start when the text gives the start its own year (2018年到2022年…).

The parts: the types (``fact_types``), the words that set a fact's kind and qualifier (``fact_words``), its
scope, period and quote (``placement``), its subject (``subjects``) and pairs and lists of figures (``pairs``)."""

from __future__ import annotations

import re

from viewer.model.draft import labels
from viewer.model.draft.fact_types import ESTIMATE_TAG, UNKNOWN_UNIT_TAG, DraftFact, Sentence, Unit
from viewer.model.draft.fact_words import kind_of, last_keyword, qualifier_of, verb_of
from viewer.model.draft.figures import Figure, find_figures
from viewer.model.draft.numbers import Family
from viewer.model.draft.pairs import group_units, pair_facts
from viewer.model.draft.periods import PeriodContext, find_periods, section_context
from viewer.model.draft.placement import figure_period, figure_quote, figure_scope, later_year
from viewer.model.draft.subjects import figure_subjects
from viewer.model.draft.text import DraftError, Piece, clauses, sentences
from viewer.model.types import FactKind, Qualifier, Scope

# Words that set a target for the figures after them in their clause (力争…增长6%); 到2025年 opening a clause
# too (2018年到2022年 is a range of past years). 预计 is no target word: it estimates a result (预计全年增长5.8%).
_TARGET = re.compile(r"力争|目标|确保|争取|计划|^(?:力争|争取)?到(?:19|20)\d{2}年(?:底|末)?")
# A clause that is nothing but a target word (力争实现：, 到2025年底，, 目标是): the clauses after it are targets.
_BARE_TARGET = re.compile(r"^(?:(?:力争|争取|确保|计划|目标|主要目标|预期目标)(?:是|为|实现|达到|到)?|到|全年|今年|"
                          r"明年|"
                          r"(?:19|20)\d{2}年(?:底|末)?|[，,：:\s])+$")
_ESTIMATE = re.compile(r"预计|预估|有望|初步统计|初步核算")
# Words after a count that are no noun (2310家以上, 200家左右, 120艘，): the count's noun came before it.
_NOT_NOUN_AFTER = re.compile(r"^(?:以上|及以上|左右|上下|之上|多|余|的|是|为|[，,。；;、和及与或]|$)")


class OutputBudget:
    """The bytes a draft may still take when written (a report file may have at most so many): drafting
    stops with DraftError as soon as the facts found would pass it, so a text far too rich for one report
    is refused after a part of it, not after all of it."""

    PER_FACT = 280  # the bytes a fact takes besides its quote and label (keys, value, kind, id …)

    def __init__(self, limit: int, left: int, text_length: int) -> None:
        self.limit, self.left, self.text_length, self.facts = limit, left, max(1, text_length), 0

    def spend(self, facts: list[DraftFact], at: int) -> None:
        for fact in facts:
            self.left -= self.PER_FACT + 3 * (len(fact.quote.text) + len(fact.label))
        self.facts += len(facts)
        if self.left < 0:
            raise DraftError(f"the draft would be more than the {self.limit // 2**20} MiB a report file may have "
                             f"(passed after {self.facts} facts, at {at / self.text_length:.0%} of the text): "
                             f"draft the text in parts")


def extract_facts(sections: list[tuple[str, list[Piece], bool, Piece | None]], default_scope: Scope,
                  year: str | None = None, regions: list[str] | None = None, budget: OutputBudget | None = None
                  ) -> list[DraftFact]:
    """Every fact of the given sections (id, paragraphs, whether it plans ahead, heading line), in order.

    ``year`` is the year the report reviews (a section naming no period is about it; 新的一年 is the next);
    ``regions`` the report's own region names, which labels leave out.
    """
    out: list[DraftFact] = []
    base = PeriodContext(year, None, year) if year else PeriodContext()
    carried = base
    pattern = labels.region_pattern(regions or [])
    for section_id, paragraphs, planning, heading in sections:
        if not paragraphs:
            continue
        whole = "\n".join(p.text for p in ([heading] if heading else []) + paragraphs)
        context = section_context(whole, year)
        if context.period is None and context.label is None and context.year is None:
            # A section that names no period continues the one before (a plan: the year after the review).
            context = _next_year(year) if planning else carried
        elif context.year and not planning:
            carried = context
        for paragraph in paragraphs:
            found = [f for sentence in sentences(paragraph)
                     for f in _sentence_facts(sentence, section_id, context, default_scope, planning, year, pattern)]
            if budget is not None:
                budget.spend(found, paragraph.end)
            out += found
    return out


def _next_year(year: str | None) -> PeriodContext:
    if not year:
        return PeriodContext()
    following = str(int(year) + 1)
    return PeriodContext(following, None, following)


def _sentence_facts(sentence: Piece, section: str, context: PeriodContext, default_scope: Scope,
                    planning: bool, year: str | None, regions: re.Pattern[str]) -> list[DraftFact]:
    parts = clauses(sentence)
    if not parts:
        return []
    state = Sentence(sentence, section, context, default_scope, find_periods(sentence.text, sentence.start, year),
                      None, labels.sentence_head(parts[0].text, regions), regions, year, planning=planning)
    out: list[DraftFact] = []
    targeting = False  # an earlier clause of the sentence set targets (力争…增长6%，工业投资增长10%)
    for clause in parts:
        figures = find_figures(clause)
        if any(not f.digitless for f in figures):
            # 超百亿元工业企业达67家: a magnitude without digits only describes what the count counts.
            figures = [f for f in figures if not f.digitless]
        target = _TARGET.search(clause.text)
        state.target_at = clause.start if targeting else (clause.start + target.start() if target else None)
        estimate = _ESTIMATE.search(clause.text)
        state.estimate_at = clause.start + estimate.start() if estimate else None
        facts = _clause_facts(clause, figures, state) if figures else []
        if target is not None and not targeting:
            # A target word carries over only from a clause that sets targets itself or is nothing else:
            # 确保重点产业链稳定运行，全年…预计突破8000亿元 is a result.
            targeting = any(f.start >= clause.start + target.start() for f in figures) or bool(
                _BARE_TARGET.fullmatch(clause.text))
        out += facts
        state.previous = facts
        state.earlier += facts
        state.heads.append(labels.sentence_head(clause.text, regions))
        state.had_facts.append(bool(facts))
    return out


def _segments(clause: Piece, figures: list[Figure]) -> list[Piece] | None:
    """A clause listing one figure per 、-item (企业技术中心71家、绿色工厂114家) split into its items."""
    pieces: list[Piece] = []
    pos = 0
    for m in re.finditer("、", clause.text + "、"):
        chunk = clause.text[pos: m.start()]
        if chunk:
            pieces.append(Piece(clause.start + pos, clause.start + m.start(), chunk))
        pos = m.end()
    if len(pieces) < 2:
        return None
    for piece in pieces:
        inner = [f for f in figures if piece.contains(f.start, f.end)]
        if len(inner) != 1:
            return None
        words = piece.text[: inner[0].lead - piece.start]
        if len(re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", words)) < 2:
            return None
    return pieces


def _clause_facts(clause: Piece, figures: list[Figure], state: Sentence) -> list[DraftFact]:
    cs = clause.start
    units = group_units(clause, figures)
    segments = _segments(clause, figures)
    out: list[DraftFact] = []
    pos = cs
    for index, unit in enumerate(units):
        lead = (unit.before or unit.figures[0]).lead
        prefix = clause.text[pos - cs: lead - cs]
        last = unit.figures[-1]
        if index + 1 < len(units):
            following = units[index + 1]
            next_lead = (following.before or following.figures[0]).lead
        else:
            next_lead = clause.end
        suffix = clause.text[last.end - cs: next_lead - cs]
        pos = last.end
        noun = ""
        if last.family in (Family.COUNT, Family.QUANTITY) and not _NOT_NOUN_AFTER.match(suffix):
            # 培育15家国家级智能制造示范工厂、126家…: the count's noun follows it; the next item starts after it.
            noun = labels.noun_after(suffix)
            pos = last.end + len(noun)
        out += _unit_facts(clause, unit, prefix, suffix, segments, state, noun)
    return out


def _unit_facts(clause: Piece, unit: Unit, prefix: str, suffix: str, segments: list[Piece] | None,
                state: Sentence, noun: str = "") -> list[DraftFact]:
    first = unit.figures[0]
    family = first.family
    keyword = last_keyword(prefix)
    down = keyword == "down"
    yearly = "年均" in prefix
    target = state.planning or (state.target_at is not None and state.target_at < first.start)
    target = target and family != Family.RANK
    qualifier = qualifier_of(unit.between or prefix, suffix, first)
    measured = kind_of(family, keyword, qualifier, False, prefix)  # what a target sets: a growth rate, an amount…
    scope = figure_scope(first, prefix, state)
    raw_subject = labels.subject_before(prefix, state.regions)
    subjects, rank_for = figure_subjects(raw_subject, prefix, suffix, unit, family, state, noun)
    verb = verb_of(prefix)
    estimated = state.estimate_at is not None and state.estimate_at < first.start

    facts: list[DraftFact] = []
    for k, figure in enumerate(unit.figures):
        period, period_label = figure_period(figure, state, yearly)
        # A figure of a year after the one reviewed is a plan's (2025年…增长7% in a review of 2024).
        planned = target or (family != Family.RANK and later_year(period, state.year))
        kind = kind_of(family, keyword, qualifier, planned, prefix)
        for subject in subjects[k]:
            value = -figure.value if down and kind == FactKind.GROWTH_RATE else figure.value
            label = labels.compose(measured, subject, scope=scope, yearly=yearly, down=down,
                                   points=family == Family.POINTS, verb=verb) or clause.text[:40]
            if kind == FactKind.TARGET:
                label += "目标"
            quote = figure_quote(clause, segments, figure)
            fact = DraftFact(kind, value, figure.unit, quote, label, scope,
                             Qualifier.OVER if figure.more and qualifier == Qualifier.EXACT else qualifier,
                             period, period_label, state.section, (figure.start, figure.end), subject,
                             rank_for=rank_for[k] if rank_for else None, unknown_unit=figure.unknown_unit)
            if estimated and kind != FactKind.TARGET:
                fact.tags.append(ESTIMATE_TAG)
            if figure.unknown_unit:
                fact.tags.append(UNKNOWN_UNIT_TAG)
            if unit.before is not None:
                facts += pair_facts(fact, unit.before, unit.before_qualifier, state)
            else:
                facts.append(fact)
    return facts
