"""Turning the figures of each sentence into draft facts: kind, value, unit, qualifier, scope, period,
label and the shortest clause that quotes it; before/after pairs (从16个增加到21个) become two facts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.model.draft import labels
from viewer.model.draft.figures import Figure, find_figures, scope_before
from viewer.model.draft.numbers import NUMBER, Family, arabic_value
from viewer.model.draft.periods import PeriodContext, PeriodMention, find_periods, resolve, section_context
from viewer.model.draft.text import Piece, clauses, sentences
from viewer.model.types import FactKind, Qualifier, Scope

_PAIR_VERB = r"(?:增加|提高|提升|上升|扩大|增长|跃升|攀升|下降|减少|降低|缩小|回落|升|增|降|减|前移|后移)?(?:到|至)"
_YEAR_OF = r"(?:(?:19|20)\d{2}年(?:底|末)?的?)?"
# 从2018年的1520家增加到2022年的2310家, 从28.1%提高到近30%: the words between the two ends.
_PAIR_BETWEEN = re.compile(rf"{_PAIR_VERB}{_YEAR_OF}(?:近|约|超过|超|突破)?")
_BARE_PAIR = re.compile(rf"(?:从|由)(?P<num>{NUMBER}){_PAIR_VERB}$")
_FROM = re.compile(rf"(?:从|由){_YEAR_OF}$")
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
# 到2025年 sets a target; 2018年到2022年 is a range of past years.
_TARGET = re.compile(r"力争|目标|确保|争取|预期|预计|计划|(?:^|[，,：:])到(?:19|20)\d{2}年(?:底|末)?")
_LEVEL_SHIFT = re.compile(r"(?:提高|提升|上升|增加|增长|下降|降低|减少)(?:到|至)$")


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


@dataclass
class _Unit:
    figures: list[Figure]
    before: Figure | None = None  # the "from" end of a before/after pair
    between: str = ""  # the words between the two ends of a pair (增加到, 提高到近)


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
    heads: list[str] = field(default_factory=list)  # opening noun phrase of each earlier clause
    had_facts: list[bool] = field(default_factory=list)
    last_subject: str = ""
    previous: list[DraftFact] = field(default_factory=list)  # facts of the previous clause
    planning: bool = False  # the section sets out tasks or requirements: its figures are targets


def extract_facts(sections: list[tuple[str, list[Piece], bool, Piece | None]], default_scope: Scope
                  ) -> list[DraftFact]:
    """Every fact of the given sections (id, paragraphs, whether it plans ahead, heading line), in order."""
    out: list[DraftFact] = []
    carried = PeriodContext()
    for section_id, paragraphs, planning, heading in sections:
        if not paragraphs:
            continue
        whole = "\n".join(p.text for p in ([heading] if heading else []) + paragraphs)
        context = section_context(whole)
        if context.period is None and context.label is None and context.year is None and not planning:
            context = carried  # a section that names no period continues the one before
        elif context.year:
            carried = context
        for paragraph in paragraphs:
            for sentence in sentences(paragraph):
                out += _sentence_facts(sentence, section_id, context, default_scope, planning)
    return out


def _sentence_facts(sentence: Piece, section: str, context: PeriodContext, default_scope: Scope,
                    planning: bool) -> list[DraftFact]:
    parts = clauses(sentence)
    if not parts:
        return []
    target = _TARGET.search(sentence.text)
    state = _Sentence(sentence, section, context, default_scope, find_periods(sentence.text, sentence.start),
                      sentence.start + target.start() if target else None, labels.sentence_head(parts[0].text),
                      planning=planning)
    out: list[DraftFact] = []
    for clause in parts:
        figures = find_figures(clause)
        if any(not f.digitless for f in figures):
            # 超百亿元工业企业达67家: a magnitude without digits only describes what the count counts.
            figures = [f for f in figures if not f.digitless]
        facts = _clause_facts(clause, figures, state) if figures else []
        out += facts
        state.previous = facts
        state.heads.append(labels.sentence_head(clause.text))
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
            if _FROM.search(before_text) and _PAIR_BETWEEN.fullmatch(between) and f.family == g.family:
                units.append(_Unit([g], before=f, between=between))
                i += 2
                continue
        bare = _BARE_PAIR.search(before_text)
        if bare and f.family != Family.RANK:
            start = cs + bare.start("num")
            end = cs + bare.end("num")
            units.append(_Unit([f], before=Figure(start, end, arabic_value(bare.group("num")), f.unit, f.family)))
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
        out += _unit_facts(clause, unit, prefix, suffix, segments, state)
    return out


def _unit_facts(clause: Piece, unit: _Unit, prefix: str, suffix: str, segments: list[Piece] | None,
                state: _Sentence) -> list[DraftFact]:
    first = unit.figures[0]
    family = first.family
    keyword = _last_keyword(prefix)
    down = keyword == "down"
    yearly = "年均" in prefix
    target = state.planning or (state.target_at is not None and state.target_at < first.start)
    target = target and family != Family.RANK
    qualifier = _qualifier(unit.between or prefix, suffix, first)
    kind = _kind(family, keyword, qualifier, target, prefix)
    measured = _kind(family, keyword, qualifier, False, prefix)  # what a target sets: a growth rate, an amount…
    scope = _scope(first, prefix, state)
    raw_subject = labels.subject_before(prefix)
    subjects, rank_for = _subjects(raw_subject, prefix, suffix, unit, family, state)
    verb = _verb(prefix)

    facts: list[DraftFact] = []
    for k, figure in enumerate(unit.figures):
        for subject in subjects[k]:
            value = -figure.value if down and kind == FactKind.GROWTH_RATE else figure.value
            label = labels.compose(measured, subject, scope=scope, yearly=yearly, down=down,
                                   points=family == Family.POINTS, verb=verb) or clause.text[:40]
            if kind == FactKind.TARGET:
                label += "目标"
            quote = _quote(clause, segments, figure)
            period, period_label = _period(figure, state, yearly)
            fact = DraftFact(kind, value, figure.unit, quote, label, scope,
                             Qualifier.OVER if figure.more and qualifier == Qualifier.EXACT else qualifier,
                             period, period_label, state.section, (figure.start, figure.end), subject,
                             rank_for=rank_for[k] if rank_for else None)
            if unit.before is not None:
                facts += _pair(fact, unit.before, state)
            else:
                facts.append(fact)
    return facts


def _scope(figure: Figure, prefix: str, state: _Sentence) -> Scope:
    """The scope written with a rank (世界第一) or before the figure in its clause; a rank may take it from
    earlier in the sentence (全国…，…居第3位); else the report's default."""
    found = figure.scope or scope_before(prefix)
    if found is None and figure.family == Family.RANK:
        found = scope_before(state.piece.text[: figure.start - state.piece.start])
    return found or state.default_scope


def _subjects(raw: str, prefix: str, suffix: str, unit: _Unit, family: Family, state: _Sentence
              ) -> tuple[list[list[str]], list[DraftFact] | None]:
    """One list of subjects per figure (a single rank over 己内酰胺、钨材料 gives two)."""
    n = len(unit.figures)
    rank_for: list[DraftFact] | None = None
    items: list[str] | None = None
    if n > 1:
        items = labels.split_items(raw, n)
        if items is None and raw.split("分别")[0] in labels.GENERIC and len(state.previous) == n:
            rank_for = list(state.previous)
            items = [f.subject + raw.split("分别")[0] for f in state.previous]
        per_figure = [[s] for s in (items or [raw] * n)]
    else:
        split = None
        if family == Family.RANK and ("等" in raw or "、" in raw):
            count = len([p for p in re.split("、", raw.split("等")[0]) if p])
            split = labels.split_items(raw, count) if count > 1 else None
        per_figure = [split or [raw]]
    resolved: list[list[str]] = []
    for subjects in per_figure:
        done = []
        for s in subjects:
            if family in (Family.COUNT, Family.QUANTITY) and (not s or labels.is_enumeration(s)):
                s = labels.noun_after(suffix) or s
            verbal = labels.PREDICATE.match(s)
            if verbal:
                rest = labels.subject_before(s[verbal.end():])
                # 实现工业总产值: the measure follows the verb; 成为我省规模最先(超万亿元): it is in an earlier clause
                s = rest if rest.endswith(labels.MEASURE_NOUNS) else "".join(
                    w for w in labels.GENERIC if w and w in s)
            if family in (Family.COUNT, Family.QUANTITY) and 0 < len(s) <= 3 and s not in labels.GENERIC:
                s += labels.noun_after(suffix)  # 培育|45个|国家先进制造业集群 -> 培育国家先进制造业集群
            compared = labels.COMPARED.search(prefix) if family == Family.POINTS else None
            if compared:
                # 比全国高 / 较2021年提高 / 高于全部规上工业 (0.6个百分点): a gap to something else, in points.
                base = labels.subject_before(prefix[: compared.start()])
                base = _context_subject(state) + base if base in labels.GENERIC else base
                s = base + ("" if re.search(r"(率|比重|占比|增速|增幅|降幅)$", base) else "增速") + compared.group()
            elif s.startswith("占"):
                s = _context_subject(state) + s  # (工业用电量)占全社会用电量的65%
            if s in labels.GENERIC:
                s = _context_subject(state) + s
            else:
                state.last_subject = re.sub(r"(增速|增幅|规模|总量)$", "", s)
            done.append(s)
        resolved.append(done)
    return resolved, rank_for


def _context_subject(state: _Sentence) -> str:
    """What a vague subject (规模, 增速) belongs to: the subject of the last fact when the clause before
    stated one, else the opening noun phrase of the nearest earlier clause that has one."""
    for head, had in zip(reversed(state.heads), reversed(state.had_facts), strict=True):
        if had and state.last_subject:
            return state.last_subject
        if head:
            return head
    return state.last_subject or state.head


def _quote(clause: Piece, segments: list[Piece] | None, figure: Figure) -> Piece:
    if segments:
        for piece in segments:
            if piece.contains(figure.start, figure.end):
                return piece
    return clause


def _period(figure: Figure, state: _Sentence, yearly: bool = False) -> tuple[str | None, str | None]:
    before = [p for p in state.periods if p.end <= figure.lead]
    mention = before[-1] if before else None
    years = sorted({p.period for p in before if p.period and len(p.period) == 4})
    if yearly and len(years) >= 2 and not (mention and mention.first_year):
        return f"{years[0]}–{years[-1]}", None  # 年均 after 从2018年的…到2022年的…: over those years
    year = next((p.last_year or p.period[:4] for p in reversed(before) if p.period), None)
    return resolve(mention, state.context, year)


def _pair(after: DraftFact, before_figure: Figure, state: _Sentence) -> list[DraftFact]:
    """The two facts of 从A…到B: A on its own, B with the comparison A -> B."""
    ranges = [p for p in state.periods if p.first_year and p.end <= before_figure.lead]
    first_year = ranges[-1].first_year if ranges else None
    last_year = ranges[-1].last_year if ranges else None
    own = [p for p in state.periods if p.end <= before_figure.lead]
    if not ranges and own and own[-1].period and len(own[-1].period) == 4 and own[-1].period != after.period:
        # 从2018年的1520家增加到2022年的2310家: each end has its own year.
        first_year, last_year = own[-1].period, after.period if after.period and len(after.period) == 4 else None
    before = DraftFact(after.kind, before_figure.value, before_figure.unit, after.quote, after.label, after.scope,
                       Qualifier.EXACT, first_year or after.period, None if first_year else after.period_label,
                       after.section, (before_figure.start, before_figure.end), after.subject)
    if last_year:
        after.period, after.period_label = last_year, None
    after.comparison = {"from": before.value, "to": after.value}
    if first_year and last_year:
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
    if qualifier in (Qualifier.OVER, Qualifier.AT_LEAST) and not re.search(r"(?:增长|增加|提高)[^，]*$", prefix):
        return FactKind.THRESHOLD
    return FactKind.COUNT if family == Family.COUNT else FactKind.AMOUNT
