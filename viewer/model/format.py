"""Formatting numbers and text for display, the same in the CLI, the UI and the charts."""

from __future__ import annotations

import unicodedata

from viewer.model.texts import keeps_source_wording, message
from viewer.model.types import Fact, FactKind, Qualifier
from viewer.model.units import unit_label


def number(value: float) -> str:
    """A value as the text writes it: no trailing zeros, no exponent for the sizes reports use."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}" if abs(value) >= 10000 else str(int(value))
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def fact_value(fact: Fact, lang: str = "zh") -> str:
    """'5.7%', '第6位' / 'No. 6', '1.96万亿元' / '1.96 trillion yuan', with '超过' / 'over' where stated."""
    n = number(fact.value)
    if fact.kind == FactKind.RANK:
        return message("value.rank_top" if fact.qualifier == Qualifier.TOP else "value.rank", lang, n=n)
    unit = unit_label(fact.unit, lang)
    # Chinese writes the unit right after the number; English after a space, except % (and no unit).
    value = f"{n}{unit}" if keeps_source_wording(lang) or unit in ("%", "") else f"{n} {unit}"
    if fact.qualifier == Qualifier.EXACT:
        return value
    return message(f"qualifier.{fact.qualifier.value}", lang, value=value)


def comparison_text(fact: Fact, lang: str = "zh") -> str:
    """'7 → 6' style text for a fact's before -> after pair, or '' when it has none."""
    c = fact.comparison
    if c is None:
        return ""
    if fact.kind == FactKind.RANK:
        return message("value.rank_change", lang, a=number(c.from_value), b=number(c.to_value))
    unit = unit_label(fact.unit, lang)
    sep = "" if keeps_source_wording(lang) or unit == "%" else " "
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
