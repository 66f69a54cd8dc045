"""Formatting numbers and text for display, the same in the CLI, the UI and the charts."""

from __future__ import annotations

import unicodedata

from viewer.model.types import Fact, FactKind, Qualifier
from viewer.model.units import unit_label

_QUALIFIER = {
    Qualifier.OVER: ("超过", "over "),
    Qualifier.AT_LEAST: ("", "≥ "),
    Qualifier.ABOUT: ("约", "about "),
    Qualifier.NEARLY: ("近", "nearly "),
    Qualifier.TOP: ("前", "top "),
}


def number(value: float) -> str:
    """A value as the text writes it: no trailing zeros, no exponent for the sizes reports use."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}" if abs(value) >= 10000 else str(int(value))
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def fact_value(fact: Fact, lang: str = "zh") -> str:
    """'5.7%', '第6位' / 'No. 6', '1.96万亿元' / '1.96 trillion yuan', with '超过' / 'over' where stated."""
    n = number(fact.value)
    prefix_zh, prefix_en = _QUALIFIER.get(fact.qualifier, ("", ""))
    if fact.kind == FactKind.RANK:
        if fact.qualifier == Qualifier.TOP:
            return f"前{n}" if lang == "zh" else f"top {n}"
        return f"第{n}位" if lang == "zh" else f"No. {n}"
    unit = unit_label(fact.unit, lang)
    if lang == "zh":
        text = f"{n}{unit}"
        return f"{prefix_zh}{text}" if fact.qualifier != Qualifier.AT_LEAST else f"{text}以上"
    sep = "" if unit in ("%", "") else " "
    return f"{prefix_en}{n}{sep}{unit}".strip()


def comparison_text(fact: Fact, lang: str = "zh") -> str:
    """'7 → 6' style text for a fact's before -> after pair, or '' when it has none."""
    c = fact.comparison
    if c is None:
        return ""
    if fact.kind == FactKind.RANK:
        return f"第{number(c.from_value)}位 → 第{number(c.to_value)}位" if lang == "zh" else \
            f"No. {number(c.from_value)} → No. {number(c.to_value)}"
    unit = unit_label(fact.unit, lang)
    sep = "" if lang == "zh" or unit == "%" else " "
    return f"{number(c.from_value)}{sep}{unit} → {number(c.to_value)}{sep}{unit}"


def period_text(fact: Fact, lang: str = "zh") -> str:
    """The period as given ('2022', '2018–2022') or as the text words it."""
    if fact.period:
        return fact.period
    if fact.period_label:
        return fact.period_label.get(lang)
    return ""


def display_width(text: str) -> int:
    """Terminal columns: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """Left-align ``text`` in ``width`` terminal columns."""
    return text + " " * max(0, width - display_width(text))
