"""Where and when a figure is: its scope (全国, 世界第一), its period (the nearest written before it, else its
section's) and the piece of text that quotes it."""

from __future__ import annotations

from viewer.model.draft.fact_types import Sentence
from viewer.model.draft.figures import Figure, leading_scope, scope_before
from viewer.model.draft.numbers import Family
from viewer.model.draft.periods import resolve
from viewer.model.draft.text import Piece
from viewer.model.types import Scope


def later_year(period: str | None, year: str | None) -> bool:
    return bool(period and year and len(period) == 4 and period.isdigit() and period > year)


def figure_scope(figure: Figure, prefix: str, state: Sentence) -> Scope:
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


def figure_quote(clause: Piece, segments: list[Piece] | None, figure: Figure) -> Piece:
    if segments:
        for piece in segments:
            if piece.contains(figure.start, figure.end):
                return piece
    return clause


def figure_period(figure: Figure, state: Sentence, yearly: bool = False, before: int | None = None
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
