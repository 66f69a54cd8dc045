"""The types the fact reader (``viewer.model.draft.facts``) passes around: a draft fact, a unit of figures
(one figure, a list of the same kind, or a before/after pair) and what the facts of one sentence share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.model.draft.figures import Figure
from viewer.model.draft.periods import PeriodContext, PeriodMention
from viewer.model.draft.text import Piece
from viewer.model.types import FactKind, Qualifier, Scope

ESTIMATE_TAG = "estimated"  # a result the text estimates (预计全年…): a result, not a target
UNKNOWN_UNIT_TAG = "unknown-unit"  # a counter word the unit table lacks: check it


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
class Unit:
    figures: list[Figure]
    before: Figure | None = None  # the "from" end of a before/after pair
    between: str = ""  # the words between the two ends of a pair (增加到, 提高到近)
    before_qualifier: Qualifier = Qualifier.EXACT  # 从近20%: the "from" end's own qualifier


@dataclass
class Sentence:
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
