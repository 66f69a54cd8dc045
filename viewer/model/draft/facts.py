"""Turning the figures of each sentence into draft facts: kind, value, unit, qualifier, scope, period,
label and the shortest clause that quotes it; a before/after pair (从16个增加到21个) is a fact with its
comparison, and a second fact for the start when the text gives the start its own year (2018年到2022年…)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.model.draft import labels
from viewer.model.draft.figures import Figure, find_figures, leading_scope, scope_before
from viewer.model.draft.numbers import NUMBER, Family, arabic_value
from viewer.model.draft.periods import (
    PeriodContext,
    PeriodMention,
    find_periods,
    label_period,
    resolve,
    section_context,
)
from viewer.model.draft.text import DraftError, Piece, clauses, sentences
from viewer.model.types import FactKind, Qualifier, Scope

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
_OVER = re.compile(r"(?:突破|超过|超|逾|多于)$")
_NEARLY = re.compile(r"(?:近|接近|将近|逼近|近乎)$")
_ABOUT = re.compile(r"(?:约|大约|约为|约合)$")
_AT_LEAST_AFTER = re.compile(r"^(?:以上|及以上|之上)")
_ABOUT_AFTER = re.compile(r"^(?:左右|上下)")
_UP = r"增长|增速|增幅|提高|提升|上升|上涨|增加|扩大|回升|多增|增|高于|快于"
_DOWN = r"下降|降低|减少|回落|下跌|降幅|缩小|收窄|减|降|低于|慢于"
_LEVEL = r"达到|达|为|是|占|占比|比重|比例|率|份额|强度|到|至"
_KEYWORD = re.compile(rf"(?P<down>{_DOWN})|(?P<level>{_LEVEL})|(?P<up>{_UP})")
# Words that set a target for the figures after them in their clause (力争…增长6%); 到2025年 opening a clause
# too (2018年到2022年 is a range of past years). 预计 is no target word: it estimates a result (预计全年增长5.8%).
_TARGET = re.compile(r"力争|目标|确保|争取|计划|^(?:力争|争取)?到(?:19|20)\d{2}年(?:底|末)?")
# A clause that is nothing but a target word (力争实现：, 到2025年底，, 目标是): the clauses after it are targets.
_BARE_TARGET = re.compile(r"^(?:(?:力争|争取|确保|计划|目标|主要目标|预期目标)(?:是|为|实现|达到|到)?|到|全年|今年|"
                          r"明年|"
                          r"(?:19|20)\d{2}年(?:底|末)?|[，,：:\s])+$")
_ESTIMATE = re.compile(r"预计|预估|有望|初步统计|初步核算")
ESTIMATE_TAG = "estimated"  # a result the text estimates (预计全年…): a result, not a target
UNKNOWN_UNIT_TAG = "unknown-unit"  # a counter word the unit table lacks: check it
_LEVEL_SHIFT = re.compile(r"(?:提高|提升|上升|增加|增长|下降|降低|减少|扩大)(?:到|至)$")
# Words after a count that are no noun (2310家以上, 200家左右, 120艘，): the count's noun came before it.
_NOT_NOUN_AFTER = re.compile(r"^(?:以上|及以上|左右|上下|之上|多|余|的|是|为|[，,。；;、和及与或]|$)")
_YEARS = re.compile(r"(?:19|20)\d{2}–(?:19|20)\d{2}")
_NEW = re.compile(r"新(?:增|建|培育|认定|开工|引进|上市|开通|创建|获批)$")


@dataclass
class DraftFact:
    """A fact found in the text, before ids are given and it is written out."""

    kind: FactKind
    value: float
    unit: str
    quote: Piece
    label: str
    scope: Scope
    qualifier: Qualifier
    period: str | None
    period_label: str | None
    section: str
    figure: tuple[int, int]
    subject: str = ""
    comparison: dict[str, object] | None = None
    rank_for: DraftFact | None = None
    id: str = ""
    tags: list[str] = field(default_factory=list)
    unknown_unit: bool = False  # the unit is a counter word the unit table lacks


@dataclass
class _Unit:
    figures: list[Figure]
    before: Figure | None = None  # the "from" end of a before/after pair
    between: str = ""  # the words between the two ends of a pair (增加到, 提高到近)
    before_qualifier: Qualifier = Qualifier.EXACT  # 从近20%: the "from" end's own qualifier


@dataclass
class _Sentence:
    """What the facts of one sentence share."""

    piece: Piece
    section: str
    context: PeriodContext
    default_scope: Scope
    periods: list[PeriodMention]
    target_at: int | None
    head: str
    regions: re.Pattern[str]
    year: str | None = None  # the year the report reviews: a later year is a plan's
    estimate_at: int | None = None  # where 预计 is written in the current clause
    heads: list[str] = field(default_factory=list)  # opening noun phrase of each earlier clause
    had_facts: list[bool] = field(default_factory=list)
    last_subject: str = ""
    previous: list[DraftFact] = field(default_factory=list)  # facts of the previous clause
    earlier: list[DraftFact] = field(default_factory=list)  # facts of the sentence so far
    planning: bool = False  # the section sets out tasks or requirements: its figures are targets


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
    state = _Sentence(sentence, section, context, default_scope, find_periods(sentence.text, sentence.start, year),
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


def _units(clause: Piece, figures: list[Figure]) -> list[_Unit]:
    text, cs = clause.text, clause.start
    units: list[_Unit] = []
    i = 0
    while i < len(figures):
        f = figures[i]
        before_text = text[: f.lead - cs]
        if i + 1 < len(figures):
            g = figures[i + 1]
            between = text[f.end - cs: g.lead - cs]
            start = _FROM.search(before_text)
            if start and _PAIR_BETWEEN.fullmatch(between) and f.family == g.family:
                units.append(_Unit([g], before=f, between=between,
                                   before_qualifier=_FROM_QUALIFIERS.get(start.group("q") or "", Qualifier.EXACT)))
                i += 2
                continue
        bare = _BARE_PAIR.search(before_text)
        if bare and f.family != Family.RANK:
            start_at = cs + bare.start("num")
            end = cs + bare.end("num")
            units.append(_Unit([f], before=Figure(start_at, end, arabic_value(bare.group("num")), f.unit, f.family),
                               before_qualifier=_FROM_QUALIFIERS.get(bare.group("q") or "", Qualifier.EXACT)))
            i += 1
            continue
        j = i
        while (j + 1 < len(figures) and figures[j + 1].family == f.family
               and text[figures[j].end - cs: figures[j + 1].lead - cs] in _GROUP_JOIN):
            j += 1
        units.append(_Unit(figures[i: j + 1]))
        i = j + 1
    return units


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


def _clause_facts(clause: Piece, figures: list[Figure], state: _Sentence) -> list[DraftFact]:
    cs = clause.start
    units = _units(clause, figures)
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


def _unit_facts(clause: Piece, unit: _Unit, prefix: str, suffix: str, segments: list[Piece] | None,
                state: _Sentence, noun: str = "") -> list[DraftFact]:
    first = unit.figures[0]
    family = first.family
    keyword = _last_keyword(prefix)
    down = keyword == "down"
    yearly = "年均" in prefix
    target = state.planning or (state.target_at is not None and state.target_at < first.start)
    target = target and family != Family.RANK
    qualifier = _qualifier(unit.between or prefix, suffix, first)
    measured = _kind(family, keyword, qualifier, False, prefix)  # what a target sets: a growth rate, an amount…
    scope = _scope(first, prefix, state)
    raw_subject = labels.subject_before(prefix, state.regions)
    subjects, rank_for = _subjects(raw_subject, prefix, suffix, unit, family, state, noun)
    verb = _verb(prefix)
    estimated = state.estimate_at is not None and state.estimate_at < first.start

    facts: list[DraftFact] = []
    for k, figure in enumerate(unit.figures):
        period, period_label = _period(figure, state, yearly)
        # A figure of a year after the one reviewed is a plan's (2025年…增长7% in a review of 2024).
        planned = target or (family != Family.RANK and _later_year(period, state.year))
        kind = _kind(family, keyword, qualifier, planned, prefix)
        for subject in subjects[k]:
            value = -figure.value if down and kind == FactKind.GROWTH_RATE else figure.value
            label = labels.compose(measured, subject, scope=scope, yearly=yearly, down=down,
                                   points=family == Family.POINTS, verb=verb) or clause.text[:40]
            if kind == FactKind.TARGET:
                label += "目标"
            quote = _quote(clause, segments, figure)
            fact = DraftFact(kind, value, figure.unit, quote, label, scope,
                             Qualifier.OVER if figure.more and qualifier == Qualifier.EXACT else qualifier,
                             period, period_label, state.section, (figure.start, figure.end), subject,
                             rank_for=rank_for[k] if rank_for else None, unknown_unit=figure.unknown_unit)
            if estimated and kind != FactKind.TARGET:
                fact.tags.append(ESTIMATE_TAG)
            if figure.unknown_unit:
                fact.tags.append(UNKNOWN_UNIT_TAG)
            if unit.before is not None:
                facts += _pair(fact, unit.before, unit.before_qualifier, state)
            else:
                facts.append(fact)
    return facts


def _measured(facts: list[DraftFact], generic: str) -> list[DraftFact]:
    """The facts a vague subject can refer back to: growth rates for 增速/增幅, else any."""
    if generic in ("增速", "增幅", "降幅"):
        return [f for f in facts if f.kind in (FactKind.GROWTH_RATE, FactKind.TARGET) and f.unit == "%"]
    return facts


def _later_year(period: str | None, year: str | None) -> bool:
    return bool(period and year and len(period) == 4 and period.isdigit() and period > year)


def _scope(figure: Figure, prefix: str, state: _Sentence) -> Scope:
    """A rank's scope is written with it (世界第一) or before it in its clause, or earlier in its sentence
    (全国…，…居第3位); any other figure's is the scope its subject opens with (全国规上工业增加值…, 东部地区…),
    never a word inside the subject (新开通国际航线6条); else the report's default."""
    if figure.family == Family.RANK:
        found = figure.scope or scope_before(prefix)
        if found is None:
            found = scope_before(state.piece.text[: figure.start - state.piece.start])
    else:
        found = leading_scope(prefix)
    return found or state.default_scope


def _subjects(raw: str, prefix: str, suffix: str, unit: _Unit, family: Family, state: _Sentence, noun: str = ""
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


def _context_subject(state: _Sentence, family: Family | None = None) -> str:
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


def _quote(clause: Piece, segments: list[Piece] | None, figure: Figure) -> Piece:
    if segments:
        for piece in segments:
            if piece.contains(figure.start, figure.end):
                return piece
    return clause


def _period(figure: Figure, state: _Sentence, yearly: bool = False, before: int | None = None
            ) -> tuple[str | None, str | None]:
    """The period of a figure: the nearest written before it in its sentence (before ``before`` when given),
    else its section's."""
    limit = figure.lead if before is None else before
    mentions = [p for p in state.periods if p.end <= limit]
    mention = mentions[-1] if mentions else None
    years = sorted({p.period for p in mentions if p.period and len(p.period) == 4})
    if yearly and len(years) >= 2 and not (mention and mention.first_year):
        return f"{years[0]}–{years[-1]}", None  # 年均 after 从2018年的…到2022年的…: over those years
    year = next((p.last_year or p.period[:4] for p in reversed(mentions) if p.period), None)
    return resolve(mention, state.context, year, state.year)


def _pair(after: DraftFact, before_figure: Figure, qualifier: Qualifier, state: _Sentence) -> list[DraftFact]:
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
            period, _label = _period(before_figure, state, before=own[-1].start)
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


def _last_keyword(prefix: str) -> str | None:
    if _LEVEL_SHIFT.search(prefix):
        return "level"  # 提高到15%: the level reached, not the change
    found = None
    for m in _KEYWORD.finditer(prefix):
        found = m.lastgroup
    return found


def _verb(prefix: str) -> str:
    found = ""
    for m in re.finditer(rf"{_UP}|{_DOWN}", prefix):
        found = m.group()
    return found


def _qualifier(prefix: str, suffix: str, figure: Figure) -> Qualifier:
    if figure.top:
        return Qualifier.TOP
    if _ABOUT_AFTER.search(suffix):
        return Qualifier.ABOUT
    if _AT_LEAST_AFTER.search(suffix):
        return Qualifier.AT_LEAST
    if _OVER.search(prefix):
        return Qualifier.OVER
    if _NEARLY.search(prefix):
        return Qualifier.NEARLY
    if _ABOUT.search(prefix):
        return Qualifier.ABOUT
    return Qualifier.EXACT


def _kind(family: Family, keyword: str | None, qualifier: Qualifier, target: bool, prefix: str) -> FactKind:
    if family == Family.RANK:
        return FactKind.RANK
    if target:
        return FactKind.TARGET
    if family == Family.POINTS:
        return FactKind.GROWTH_RATE
    if family == Family.PERCENT:
        return FactKind.GROWTH_RATE if keyword in ("up", "down") else FactKind.SHARE
    if family == Family.RATIO:
        return FactKind.GROWTH_RATE if keyword in ("up", "down") else FactKind.AMOUNT
    if qualifier in (Qualifier.OVER, Qualifier.AT_LEAST) and not re.search(r"(?:增长|增加(?!值)|提高)[^，]*$",
                                                                           prefix):
        return FactKind.THRESHOLD
    return FactKind.COUNT if family == Family.COUNT else FactKind.AMOUNT
