"""The report data types: what a report file holds, as plain frozen dataclasses.

Everything here is immutable once loaded. Ids are stable strings, unique within a report;
every figure, enterprise achievement, honour and task carries the verbatim ``quote`` it
comes from, so the viewer can always show where a number was read.

Validation is pydantic's (viewer.model.validation builds it from these classes when a file is read), but
this module does not import pydantic: a report opened from the cache is built without it, and start-up
does not wait for pydantic to import or compile schemas it will not use. The constraints are the markers
of viewer.model.constraints in ``Annotated[...]``; ``__pydantic_config__`` is pydantic's documented hook for
configuring stdlib dataclasses (a plain dict here, so nothing is imported).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Any, ClassVar, Final, Literal

from viewer.model.constraints import (
    Doc,
    ExactInt,
    Length,
    NotANumber,
    Pattern,
    Range,
    Strict,
    StrictFinite,
    Visible,
)

SCHEMA_VERSION: Final = 1

# Unknown keys are errors, not silently dropped: a misspelt field must not vanish from a report.
_CONFIG: dict[str, Any] = {"extra": "forbid"}

Id = Annotated[
    str,
    Pattern(r"^[a-z0-9][a-z0-9._-]{0,79}$"),
    Doc("Stable id: lowercase letters, digits, '.', '_' or '-', at most 80 characters."),
]
Quote = Annotated[
    str,
    Length(min=2, max=2000),
    Visible,
    Doc("Verbatim substring of the report's source text that states this item."),
]
Period = Annotated[
    str,
    Pattern(r"^(\d{4}(-(0[1-9]|1[0-2]))?|\d{4}[–-]\d{4}|\d{4}-(0[1-9]|1[0-2])[–-](0[1-9]|1[0-2]))$"),
    Doc(
        "A year (2022), a month (2022-11), a range of years (2018–2022) or of months "
        "within a year (2022-01–2022-11 written 2022-01–11)."
    ),
]
Figure = Annotated[float, StrictFinite]
# true or false as written: "off", "yes" or 0 are not booleans.
Flag = Annotated[bool, Strict]


class _Record:
    """Base of the report types (each a ``dataclass(frozen=True, kw_only=True)``): the validation config.

    The types a report holds many of are ``slots=True`` (no ``__dict__`` per object): the 10k-fact report has
    some 43,000 of them, and a dict each took 10 MiB of the window's memory. This base has no ``__dict__`` of its
    own either (empty ``__slots__``), or every subclass would get one back. ``Report`` (one per report) keeps its
    ``__dict__`` for the cached fact index."""

    __slots__ = ()
    __pydantic_config__: ClassVar[dict[str, Any]] = _CONFIG


@dataclass(frozen=True, kw_only=True, slots=True)
class Text(_Record):
    """A string in Chinese with its English rendering (English may be left empty in drafts)."""

    zh: Annotated[str, Length(min=1, max=4000), Visible]
    en: Annotated[str, Length(max=4000), Visible] = ""

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


# Report files write a comparison as from/to; those are Python keywords, hence the longer field names.
COMPARISON_ALIASES = {"from_value": "from", "to_value": "to"}


def _comparison_alias(name: str) -> str:
    return COMPARISON_ALIASES.get(name, name)


@dataclass(frozen=True, kw_only=True, slots=True)
class Comparison(_Record):
    """A before -> after pair stated in the text (rank 7 -> 6, clusters 16 -> 21)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {
        **_CONFIG, "alias_generator": _comparison_alias, "validate_by_name": True,
    }

    from_value: Figure
    to_value: Figure
    from_period: Period | None = None
    to_period: Period | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Fact(_Record):
    """One quantitative statement of the text."""

    id: Id
    label: Text
    value: Figure
    unit: Annotated[str, Doc("A unit from the known set, written as in Chinese (%, 万亿元, 家, 位, ...).")]
    period: Period | None = None
    period_label: Annotated[
        Text | None, Doc("The period as the text words it when it names no year (五年来).")
    ] = None
    kind: FactKind
    scope: Scope = Scope.PROVINCE
    qualifier: Qualifier = Qualifier.EXACT
    comparison: Comparison | None = None
    tags: tuple[Id, ...] = ()
    section: Annotated[Id | None, Doc("The section whose text holds the quote.")] = None
    quote: Quote
    draft: Flag = False
    indicator: Annotated[
        Id | None,
        Doc("The shared indicator this fact states (an id of data/indicators.yaml or of the user's own "
            "vocabulary), so that the library can line it up with other reports' figures."),
    ] = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Achievement(_Record):
    text: Text
    quote: Quote
    facts: Annotated[tuple[Id, ...], Doc("Ids of facts this achievement states.")] = ()
    section: Id | None = None


class EntityKind(StrEnum):
    ENTERPRISE = "enterprise"
    PROJECT = "project"
    BASE = "base"


@dataclass(frozen=True, kw_only=True, slots=True)
class Enterprise(_Record):
    """A named enterprise, project or industrial base and what the text says it achieved."""

    id: Id
    name: Text
    kind: EntityKind = EntityKind.ENTERPRISE
    achievements: Annotated[tuple[Achievement, ...], Length(min=1)]
    tags: tuple[Id, ...] = ()
    draft: Flag = False


@dataclass(frozen=True, kw_only=True, slots=True)
class Honour(_Record):
    """A national-level title, with the facts that give its count and (where stated) national rank."""

    id: Id
    title: Text
    count_fact: Id
    rank_fact: Id | None = None
    draft: Flag = False


@dataclass(frozen=True, kw_only=True, slots=True)
class Action(_Record):
    """A concrete action of a task: one checklist item."""

    id: Id
    text: Text
    quote: Quote
    draft: Flag = False


@dataclass(frozen=True, kw_only=True, slots=True)
class Task(_Record):
    id: Id
    number: Annotated[int, Strict, Range(ge=1, le=99)]
    title: Text
    aim: Text
    quote: Quote
    actions: Annotated[tuple[Action, ...], Length(min=1)]
    draft: Flag = False


class SectionKind(StrEnum):
    OPENING = "opening"
    REVIEW = "review"
    MULTI_YEAR_REVIEW = "multi_year_review"
    REQUIREMENTS = "requirements"
    TASKS = "tasks"
    FORMAT = "format"
    OTHER = "other"


@dataclass(frozen=True, kw_only=True, slots=True)
class Section(_Record):
    id: Id
    kind: SectionKind
    title: Text
    summary: Text
    text: Annotated[str, Length(min=1, max=200_000), Visible, Doc("The section's text, verbatim from the source.")]


# A meta field the text does not state is written as null: it must be given, but may be unknown.
_UNKNOWN = "null when the text does not state it (shown as 'to fill in')."


@dataclass(frozen=True, kw_only=True, slots=True)
class Meta(_Record):
    id: Id
    title: Text
    publisher: Annotated[Text | None, Doc(f"Who published the text; {_UNKNOWN}")]
    published: Annotated[dt.datetime | None, NotANumber, Doc(f"When the text was published; {_UNKNOWN}")]
    meeting_date: Annotated[dt.date | None, NotANumber, Doc(f"The day of the meeting; {_UNKNOWN}")]
    place: Annotated[Text | None, Doc(f"Where the meeting was held; {_UNKNOWN}")]
    format: Annotated[Text | None, Doc(f"How it was held (video conference, …); {_UNKNOWN}")]
    reporter: Annotated[Text | None, Doc(f"Who gave the work report; {_UNKNOWN}")]
    source: Annotated[
        str, Length(min=1, max=500), Visible, Doc("Path of the source text, relative to the report file.")
    ]
    source_url: Annotated[
        Annotated[str, Length(max=2000), Visible] | None, Doc("Where the text was published (not fetched).")
    ] = None
    version: Annotated[str, Length(max=40), Visible] = "1"
    region: Annotated[
        Text | None,
        Doc("The region the report is about; when left out the library reads it from the publisher, title or place."),
    ] = None
    example: Annotated[
        bool, Doc("An example written for demonstration (a fictional region): labelled so wherever it appears."),
    ] = False


@dataclass(frozen=True, kw_only=True)
class Report(_Record):
    """A whole report: meta, sections, facts, enterprises, honours and tasks."""

    schema_version: Annotated[Literal[1], ExactInt] = SCHEMA_VERSION
    meta: Meta
    sections: tuple[Section, ...] = ()
    facts: tuple[Fact, ...] = ()
    enterprises: tuple[Enterprise, ...] = ()
    honours: tuple[Honour, ...] = ()
    tasks: tuple[Task, ...] = ()

    def fact(self, fact_id: str) -> Fact:
        """The fact with this id (KeyError when there is none)."""
        return self._fact_index[fact_id]

    @cached_property
    def _fact_index(self) -> dict[str, Fact]:
        # Not a field: stored in the instance's __dict__ on first use, ignored by ==, hash and repr.
        return {f.id: f for f in self.facts}

    def actions(self) -> list[tuple[Task, Action]]:
        """Every task action, in order, with its task: the checklist items."""
        return [(task, action) for task in self.tasks for action in task.actions]

    def facts_with(self, *, kind: FactKind | None = None, tag: str | None = None) -> list[Fact]:
        """Facts of a kind and/or carrying a tag, in report order."""
        return [
            f for f in self.facts if (kind is None or f.kind == kind) and (tag is None or tag in f.tags)
        ]
