"""The report data types: what a report file holds, validated by pydantic.

Everything here is immutable once loaded. Ids are stable strings, unique within a report;
every figure, enterprise achievement, honour and task carries the verbatim ``quote`` it
comes from, so the viewer can always show where a number was read.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints

SCHEMA_VERSION = 1

# Characters that change how text looks without being seen: C0/C1 controls (but tab and newline),
# zero-width characters and bidirectional overrides, which can make a label read as something else.
_HIDDEN = {chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]}
_HIDDEN |= set("\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
               "\u2060\u2066\u2067\u2068\u2069\ufeff")


def _visible(text: str) -> str:
    for i, ch in enumerate(text):
        if ch in _HIDDEN:
            raise ValueError(
                f"contains the invisible or control character U+{ord(ch):04X} at position {i + 1}; "
                "remove it (it can make text display as something it is not)"
            )
    return text


Visible = AfterValidator(_visible)

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,79}$"),
    Field(description="Stable id: lowercase letters, digits, '.', '_' or '-', at most 80 characters."),
]
Quote = Annotated[
    str,
    StringConstraints(min_length=2, max_length=2000),
    Visible,
    Field(description="Verbatim substring of the report's source text that states this item."),
]
Period = Annotated[
    str,
    StringConstraints(pattern=r"^(\d{4}(-(0[1-9]|1[0-2]))?|\d{4}[–-]\d{4}|\d{4}-(0[1-9]|1[0-2])[–-](0[1-9]|1[0-2]))$"),
    Field(
        description="A year (2022), a month (2022-11), a range of years (2018–2022) or of months "
        "within a year (2022-01–2022-11 written 2022-01–11)."
    ),
]


class _Frozen(BaseModel):
    # The validators are built on first validation, not at import: a report opened from the cache never
    # validates, and start-up does not wait for pydantic to compile schemas it will not use.
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False, defer_build=True)


class Text(_Frozen):
    """A string in Chinese with its English rendering (English may be left empty in drafts)."""

    zh: Annotated[str, StringConstraints(min_length=1, max_length=4000), Visible]
    en: Annotated[str, StringConstraints(max_length=4000), Visible] = ""

    def get(self, lang: str) -> str:
        """The text in ``lang`` ('zh' or 'en'), falling back to Chinese when no English is given."""
        if lang == "en" and self.en:
            return self.en
        return self.zh


class FactKind(StrEnum):
    GROWTH_RATE = "growth_rate"
    AMOUNT = "amount"
    RANK = "rank"
    COUNT = "count"
    SHARE = "share"
    THRESHOLD = "threshold"
    TARGET = "target"


class Scope(StrEnum):
    PROVINCE = "province"
    EASTERN_REGION = "eastern_region"
    NATIONAL = "national"
    WORLD = "world"


class Qualifier(StrEnum):
    """How the stated number bounds the real one (突破/超过 = over, 以上 = at_least, 前三 = top)."""

    EXACT = "exact"
    OVER = "over"
    AT_LEAST = "at_least"
    ABOUT = "about"
    NEARLY = "nearly"
    TOP = "top"


class Comparison(_Frozen):
    """A before -> after pair stated in the text (rank 7 -> 6, clusters 16 -> 21)."""

    from_value: Annotated[float, Field(strict=True, allow_inf_nan=False)] = Field(alias="from")
    to_value: Annotated[float, Field(strict=True, allow_inf_nan=False)] = Field(alias="to")
    from_period: Period | None = None
    to_period: Period | None = None

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Fact(_Frozen):
    """One quantitative statement of the text."""

    id: Id
    label: Text
    value: Annotated[float, Field(strict=True, allow_inf_nan=False)]
    unit: str = Field(description="A unit from the known set, written as in Chinese (%, 万亿元, 家, 位, ...).")
    period: Period | None = None
    period_label: Text | None = Field(
        default=None, description="The period as the text words it when it names no year (五年来)."
    )
    kind: FactKind
    scope: Scope = Scope.PROVINCE
    qualifier: Qualifier = Qualifier.EXACT
    comparison: Comparison | None = None
    tags: tuple[Id, ...] = ()
    section: Id | None = Field(default=None, description="The section whose text holds the quote.")
    quote: Quote
    draft: bool = False


class Achievement(_Frozen):
    text: Text
    quote: Quote
    facts: tuple[Id, ...] = Field(default=(), description="Ids of facts this achievement states.")
    section: Id | None = None


class EntityKind(StrEnum):
    ENTERPRISE = "enterprise"
    PROJECT = "project"
    BASE = "base"


class Enterprise(_Frozen):
    """A named enterprise, project or industrial base and what the text says it achieved."""

    id: Id
    name: Text
    kind: EntityKind = EntityKind.ENTERPRISE
    achievements: tuple[Achievement, ...] = Field(min_length=1)
    tags: tuple[Id, ...] = ()
    draft: bool = False


class Honour(_Frozen):
    """A national-level title, with the facts that give its count and (where stated) national rank."""

    id: Id
    title: Text
    count_fact: Id
    rank_fact: Id | None = None
    draft: bool = False


class Action(_Frozen):
    """A concrete action of a task: one checklist item."""

    id: Id
    text: Text
    quote: Quote
    draft: bool = False


class Task(_Frozen):
    id: Id
    number: Annotated[int, Field(ge=1, le=99)]
    title: Text
    aim: Text
    quote: Quote
    actions: tuple[Action, ...] = Field(min_length=1)
    draft: bool = False


class SectionKind(StrEnum):
    OPENING = "opening"
    REVIEW = "review"
    MULTI_YEAR_REVIEW = "multi_year_review"
    REQUIREMENTS = "requirements"
    TASKS = "tasks"
    FORMAT = "format"
    OTHER = "other"


class Section(_Frozen):
    id: Id
    kind: SectionKind
    title: Text
    summary: Text
    text: Annotated[str, StringConstraints(min_length=1, max_length=200_000), Visible] = Field(
        description="The section's text, verbatim from the source."
    )


class Meta(_Frozen):
    id: Id
    title: Text
    publisher: Text
    published: dt.datetime
    meeting_date: dt.date
    place: Text
    format: Text
    reporter: Text
    source: Annotated[str, StringConstraints(min_length=1, max_length=500), Visible] = Field(
        description="Path of the source text, relative to the report file."
    )
    source_url: str | None = Field(default=None, description="Where the text was published (not fetched).")
    version: Annotated[str, StringConstraints(max_length=40)] = "1"


class Report(_Frozen):
    """A whole report: meta, sections, facts, enterprises, honours and tasks."""

    schema_version: Literal[1] = SCHEMA_VERSION
    meta: Meta
    sections: tuple[Section, ...] = ()
    facts: tuple[Fact, ...] = ()
    enterprises: tuple[Enterprise, ...] = ()
    honours: tuple[Honour, ...] = ()
    tasks: tuple[Task, ...] = ()

    _fact_index: dict[str, Fact] | None = PrivateAttr(default=None)

    def fact(self, fact_id: str) -> Fact:
        """The fact with this id (KeyError when there is none)."""
        return self._facts_by_id()[fact_id]

    def _facts_by_id(self) -> dict[str, Fact]:
        if self._fact_index is None:
            self._fact_index = {f.id: f for f in self.facts}
        return self._fact_index

    def actions(self) -> list[tuple[Task, Action]]:
        """Every task action, in order, with its task: the checklist items."""
        return [(task, action) for task in self.tasks for action in task.actions]

    def facts_with(self, *, kind: FactKind | None = None, tag: str | None = None) -> list[Fact]:
        """Facts of a kind and/or carrying a tag, in report order."""
        return [
            f for f in self.facts if (kind is None or f.kind == kind) and (tag is None or tag in f.tags)
        ]
