"""The shared vocabulary of indicators: what a fact measures, so that figures of different reports line up.

The bundled vocabulary is ``data/indicators.yaml``; the user's own file (``viewer.model.paths.user_indicators_path``,
the same format) is merged over it: an entry with a known id adds its variants and replaces the fields it gives,
a new id adds an indicator. A problem in the user's file never stops anything: the entry is left out and the
problem (file, line, column, what) is kept for the window to show.

``Vocabulary.propose`` finds the indicator a fact states from its Chinese label, kind and unit (the drafter
proposes it, the reviewer confirms or changes it): the longest name or variant the label contains, among the
indicators whose kind and unit family fit the fact's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from viewer.model.errors import ReportError
from viewer.model.measures import is_average_growth
from viewer.model.paths import indicators_path, user_indicators_path
from viewer.model.safe_read import describe_read_error, read_regular
from viewer.model.types import Fact, FactKind
from viewer.model.units import UNITS

MAX_VOCABULARY_BYTES = 4 * 1024 * 1024
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
# Quotation marks and spaces are left out when a label is matched: “小巨人” and "小巨人" are one name.
_IGNORED = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()（）]")


class IndicatorKind(StrEnum):
    """What an indicator measures, which decides the facts it may name."""

    GROWTH_RATE = "growth_rate"
    AVERAGE_GROWTH = "average_growth"
    AMOUNT = "amount"
    COUNT = "count"
    SHARE = "share"
    RANK = "rank"


# The fact kinds each indicator kind may name (a target of the same measure always may).
_FACT_KINDS: dict[IndicatorKind, frozenset[FactKind]] = {
    IndicatorKind.GROWTH_RATE: frozenset({FactKind.GROWTH_RATE, FactKind.TARGET}),
    IndicatorKind.AVERAGE_GROWTH: frozenset({FactKind.GROWTH_RATE, FactKind.TARGET}),
    IndicatorKind.AMOUNT: frozenset({FactKind.AMOUNT, FactKind.THRESHOLD, FactKind.TARGET}),
    IndicatorKind.COUNT: frozenset({FactKind.COUNT, FactKind.THRESHOLD, FactKind.TARGET}),
    IndicatorKind.SHARE: frozenset({FactKind.SHARE, FactKind.TARGET}),
    IndicatorKind.RANK: frozenset({FactKind.RANK}),
}


@dataclass(frozen=True)
class Indicator:
    """One indicator: id, Chinese name and the variants reports write, English name, unit family, kind."""

    id: str
    zh: str
    en: str
    unit_family: str
    kind: IndicatorKind
    variants: tuple[str, ...] = ()
    user: bool = False  # defined (or changed) by the user's own file

    def name(self, lang: str) -> str:
        """The indicator's name in ``lang`` ('zh' or 'en')."""
        return self.en if lang == "en" and self.en else self.zh

    def names(self) -> tuple[str, ...]:
        """The Chinese name and every variant."""
        return (self.zh, *self.variants)


@dataclass(frozen=True)
class VocabularyProblem:
    """An entry of a vocabulary file that was left out, and why."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "") + (f":{self.column}" if self.column else "")
        return f"{where}: {self.message}"


def unit_family(unit: str) -> str:
    """The base quantity of a unit ('亿元' -> 'yuan', '%' -> 'percent'); the unit itself when it is unknown."""
    known = UNITS.get(unit)
    return known[2] if known is not None else unit


def fits(indicator: Indicator, kind: FactKind, unit: str, average: bool) -> bool:
    """Whether a fact of ``kind`` in ``unit`` (an average growth rate when ``average``) may state ``indicator``."""
    if kind not in _FACT_KINDS[indicator.kind] or unit_family(unit) != indicator.unit_family:
        return False
    if kind == FactKind.GROWTH_RATE:
        return average == (indicator.kind == IndicatorKind.AVERAGE_GROWTH)
    return True


def normalise(label: str) -> str:
    """A label as names are matched: without spaces and quotation marks, Latin letters in lower case."""
    return _IGNORED.sub("", label).lower()


class Vocabulary:
    """Indicators by id, in the order they were defined, with what was wrong with the files read."""

    def __init__(self, indicators: Iterable[Indicator], problems: Iterable[VocabularyProblem] = ()) -> None:
        self._by_id: dict[str, Indicator] = {i.id: i for i in indicators}
        self.problems: list[VocabularyProblem] = list(problems)
        # Every name, longest first, with the indicators it names: what ``propose`` tries.
        names: dict[str, list[Indicator]] = {}
        for indicator in self._by_id.values():
            for name in indicator.names():
                key = normalise(name)
                if key and indicator not in names.setdefault(key, []):
                    names[key].append(indicator)
        self._names = sorted(names.items(), key=lambda item: -len(item[0]))

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, indicator_id: object) -> bool:
        return indicator_id in self._by_id

    def get(self, indicator_id: str | None) -> Indicator | None:
        """The indicator ``indicator_id`` (None when there is none)."""
        return self._by_id.get(indicator_id) if indicator_id else None

    def all(self) -> list[Indicator]:
        """Every indicator, bundled ones first, in file order."""
        return list(self._by_id.values())

    def name(self, indicator_id: str, lang: str) -> str:
        """The name of ``indicator_id`` in ``lang``; the id itself for one this vocabulary lacks."""
        indicator = self._by_id.get(indicator_id)
        return indicator.name(lang) if indicator is not None else indicator_id

    def propose(self, label_zh: str, kind: FactKind, unit: str, *, average: bool = False) -> Indicator | None:
        """The indicator a fact with this Chinese label, kind and unit states: the longest name or variant its
        label contains among those that fit (kind and unit family); None when none does."""
        label = normalise(label_zh)
        for name, indicators in self._names:
            if name in label:
                for indicator in indicators:
                    if fits(indicator, kind, unit, average):
                        return indicator
        return None

    def propose_for(self, fact: Fact) -> Indicator | None:
        """``propose`` for a report's fact."""
        return self.propose(fact.label.zh, fact.kind, fact.unit, average=is_average_growth(fact))


# --- reading ------------------------------------------------------------------------------------------

_default: tuple[tuple[str, int, int], Vocabulary] | None = None


def default_vocabulary() -> Vocabulary:
    """The bundled vocabulary with the user's file merged over it, read again when the user's file changes."""
    global _default
    user_file = user_indicators_path()
    try:
        st = user_file.stat()
        stamp = (str(user_file), st.st_size, st.st_mtime_ns)
    except OSError:
        stamp = (str(user_file), -1, -1)
    if _default is None or _default[0] != stamp:
        _default = (stamp, load_vocabulary(user_file))
    return _default[1]


def load_vocabulary(user_file: Path | None = None, *, bundled: Path | None = None) -> Vocabulary:
    """The bundled vocabulary with the user's file merged over it (``user_file``: default the user's own;
    a missing user file is no problem). A broken bundled file raises ReportError; the user's never does."""
    bundled = bundled or indicators_path()
    entries, base_problems = read_vocabulary_file(bundled)
    base = [_complete(e) for e in entries]
    problems = base_problems + [VocabularyProblem(str(bundled), f"'{e.id}': {e.missing()}") for e in entries
                                if e.missing()]
    if problems:
        raise ReportError.single(str(bundled), "; ".join(str(p) for p in problems))
    user_file = user_file if user_file is not None else user_indicators_path()
    if not user_file.exists():
        return Vocabulary(base)
    extra, problems = read_vocabulary_file(user_file)
    return Vocabulary(*merge(base, extra, str(user_file), problems))


@dataclass(frozen=True)
class Entry:
    """An entry of a vocabulary file as written: a user's entry for a known id may give only some fields."""

    id: str
    zh: str = ""
    en: str = ""
    unit_family: str = ""
    kind: IndicatorKind | None = None
    variants: tuple[str, ...] = ()
    line: int | None = None
    column: int | None = None

    def missing(self) -> str:
        """What a new indicator lacks ('' when nothing)."""
        lacking = [name for name, value in (("zh", self.zh), ("unit_family", self.unit_family), ("kind", self.kind))
                   if not value]
        return f"a new indicator needs {', '.join(lacking)}" if lacking else ""


def _complete(entry: Entry, user: bool = False) -> Indicator:
    assert entry.kind is not None
    return Indicator(entry.id, entry.zh, entry.en, entry.unit_family, entry.kind, entry.variants, user)


def merge(base: Iterable[Indicator], extra: Iterable[Entry], file: str = "",
          problems: Iterable[VocabularyProblem] = ()) -> tuple[list[Indicator], list[VocabularyProblem]]:
    """``extra`` (a user's entries) over ``base``: a known id takes the fields an entry gives and adds its variants,
    a new id must give every field; returns the indicators and the problems (those of ``problems`` first)."""
    merged = {i.id: i for i in base}
    found = list(problems)
    for entry in extra:
        old = merged.get(entry.id)
        if old is None:
            lacking = entry.missing()
            if lacking:
                found.append(VocabularyProblem(file, f"'{entry.id}': {lacking}", entry.line, entry.column))
            else:
                merged[entry.id] = _complete(entry, user=True)
            continue
        zh = entry.zh or old.zh
        # The old name stays a variant when the user renames an indicator: labels written with it still match.
        variants = [v for v in dict.fromkeys((*old.variants, *entry.variants, old.zh)) if v != zh]
        merged[entry.id] = replace(old, zh=zh, en=entry.en or old.en, unit_family=entry.unit_family or old.unit_family,
                                   kind=entry.kind or old.kind, variants=tuple(variants), user=True)
    return list(merged.values()), found


def read_vocabulary_file(path: Path) -> tuple[list[Entry], list[VocabularyProblem]]:
    """The entries of one vocabulary file and the problems of those left out (file, line, column, what)."""
    from viewer.model.loader import decode_text
    from viewer.model.yaml_source import parse_yaml

    name = str(path)
    try:
        text = decode_text(read_regular(path, MAX_VOCABULARY_BYTES), name)
        doc = parse_yaml(text, name)
    except OSError as exc:
        return [], [VocabularyProblem(name, describe_read_error(exc, "indicator file"))]
    except ReportError as exc:
        return [], [VocabularyProblem(name, p.message, p.line, p.column) for p in exc.problems]
    data = doc.data
    items = data.get("indicators") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return [], [VocabularyProblem(name, "an indicator file is a mapping with a list 'indicators'", 1, 1)]
    entries: list[Entry] = []
    problems: list[VocabularyProblem] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        pos = doc.position(("indicators", i))
        line, column = (pos.line, pos.column) if pos else (None, None)
        try:
            entry = _entry(item, line, column)
        except ValueError as exc:
            problems.append(VocabularyProblem(name, f"indicators[{i}]: {exc}", line, column))
            continue
        if entry.id in seen:
            problems.append(VocabularyProblem(name, f"indicators[{i}]: the id '{entry.id}' is used twice", line,
                                              column))
            continue
        seen.add(entry.id)
        entries.append(entry)
    return entries, problems


_FIELDS = frozenset({"id", "zh", "en", "variants", "unit_family", "kind"})


def _entry(item: Any, line: int | None, column: int | None) -> Entry:
    if not isinstance(item, Mapping):
        raise ValueError("an indicator is a mapping with id, zh, en, variants, unit_family and kind")
    unknown = sorted(str(k) for k in item if k not in _FIELDS)
    if unknown:
        raise ValueError(f"unknown field '{unknown[0]}' (known: {', '.join(sorted(_FIELDS))})")
    indicator_id = item.get("id")
    if not isinstance(indicator_id, str) or not _ID.match(indicator_id):
        raise ValueError("'id' must be lowercase letters, digits, '.', '_' or '-' (at most 80)")
    kind_text = item.get("kind")
    kind: IndicatorKind | None = None
    if kind_text is not None:
        try:
            kind = IndicatorKind(kind_text)
        except ValueError:
            known = ", ".join(k.value for k in IndicatorKind)
            raise ValueError(f"'kind' must be one of {known}, not {kind_text!r}") from None
    variants = item.get("variants", [])
    if not isinstance(variants, list) or not all(isinstance(v, str) and v.strip() for v in variants):
        raise ValueError("'variants' must be a list of names")
    zh, en, family = (_text(item, key) for key in ("zh", "en", "unit_family"))
    return Entry(indicator_id, zh, en, family, kind, tuple(v.strip() for v in variants), line, column)


def _text(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be text")
    return value.strip()
