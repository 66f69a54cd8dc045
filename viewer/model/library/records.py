"""What the library keeps about a report, a search hit and a figure: plain values read from the index.

The index stores these as rows (viewer.model.library.db); a report itself is loaded only when it is opened.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from viewer.model.types import Fact, FactKind, Qualifier, Scope, Text


class FileStatus(StrEnum):
    """What the library made of a file."""

    OK = "ok"  # a report that loads
    ERROR = "error"  # a report with problems (listed, with the first problem, so the user can fix it)
    IGNORED = "ignored"  # a YAML file that is not a report (never listed)


class HitKind(StrEnum):
    """What a library search hit is; the order is the order kinds are named in."""

    FACT = "fact"
    ENTERPRISE = "enterprise"
    HONOUR = "honour"
    TASK = "task"
    ACTION = "action"
    NOTE = "note"  # a checklist item's note (the user's own text)
    COMMENT = "comment"  # a review mark's comment (the user's own text)


@dataclass(frozen=True)
class LibraryReport:
    """One report of the library, as its columns show it."""

    path: Path
    folder: Path
    status: FileStatus
    problem: str
    report_id: str
    title: Text
    region: Text | None
    year: int | None
    review_year: int | None
    publisher: Text | None
    meeting_date: dt.date | None
    facts: int
    tasks: int
    actions: int
    enterprises: int
    honours: int
    drafted: int  # items still marked as drafts
    example: bool
    done: int = 0  # checklist items done (from the user's state file)
    checked: int = 0  # review marks 'checked'
    questioned: int = 0

    @property
    def ok(self) -> bool:
        return self.status == FileStatus.OK

    @property
    def accepted(self) -> bool:
        """A report that loads and has no item left as a draft."""
        return self.ok and self.drafted == 0

    @property
    def reviewable(self) -> int:
        """How many items can carry a review mark (facts, enterprises, honours, tasks)."""
        return self.facts + self.enterprises + self.honours + self.tasks

    def name(self, lang: str) -> str:
        """The title in ``lang``; the file name for a report that does not load."""
        return self.title.get(lang) if self.title.zh else self.path.name


@dataclass(frozen=True)
class LibraryHit:
    """One search hit: the report it is in, what it is, and the snippet that matched."""

    path: Path
    report_title: Text
    region: Text | None
    year: int | None
    example: bool
    kind: HitKind
    key: str  # the item's id in its report (a fact, task, action, enterprise or honour)
    label: Text
    snippet: str
    match: tuple[int, int]  # where in the snippet the match is
    value: Text | None = None  # a figure's value as shown, in both languages
    period: str = ""

    def heading(self, lang: str) -> str:
        """'label — value, period' in ``lang``."""
        figure = ", ".join(t for t in (self.value.get(lang) if self.value else "", self.period) if t)
        label = self.label.get(lang)
        return f"{label} — {figure}" if figure else label


@dataclass(frozen=True)
class IndicatorPoint:
    """A figure of one indicator in one report: the fact (value, unit, qualifier, period, quote) and where it
    comes from."""

    path: Path
    report_id: str
    report_title: Text
    region: Text | None  # whose figure it is: the report's region, or national for a national figure
    report_year: int | None
    review_year: int | None
    example: bool
    fact: Fact  # its ``indicator`` is the one compared: set in the report, or proposed (``indicator_set``)
    year: int | None  # the year the value is of (None: the text does not say)
    indicator_set: bool  # set in the report (False: proposed by the library from the fact's label)

    @property
    def is_target(self) -> bool:
        return self.fact.kind == FactKind.TARGET



def fact_from_row(fact_id: str, label_zh: str, label_en: str | None, value: float, unit: str, period: str | None,
                  period_label_zh: str | None, period_label_en: str | None, kind: str, scope: str, qualifier: str,
                  quote: str, section: str | None, draft: int, tags: str, indicator: str | None) -> Fact:
    """A Fact rebuilt from its index row (the row holds what was validated when the report was indexed)."""
    period_label = Text(zh=period_label_zh, en=period_label_en or "") if period_label_zh else None
    return Fact(id=fact_id, label=Text(zh=label_zh, en=label_en or ""), value=value, unit=unit, period=period,
                period_label=period_label, kind=FactKind(kind), scope=Scope(scope), qualifier=Qualifier(qualifier),
                tags=tuple(t for t in tags.split(" ") if t), section=section, quote=quote, draft=bool(draft),
                indicator=indicator)
