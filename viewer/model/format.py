"""Formatting numbers and text for display, the same in the CLI, the UI and the charts."""

from __future__ import annotations

import unicodedata

from viewer.model.texts import keeps_source_wording, message
from viewer.model.types import Fact, FactKind, Qualifier
from viewer.model.units import base_unit, unit_label

# English names of the large numbers a converted Chinese multiplier (万, 亿, 万亿) reaches.
_LARGE = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def number(value: float) -> str:
    """A value as the text writes it: no trailing zeros, no exponent for the sizes reports use."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}" if abs(value) >= 10000 else str(int(value))
    if abs(value) < 1e-4:
        # Six decimals would show 4.9e-324 (or 0.00003) as 0: give its significant digits instead.
        return f"{value:.6g}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def english_number(value: float) -> str:
    """A number as English writes it: 2,920 / 20,000 / 356,000 / 12 million / 1.96 trillion."""
    value = float(f"{value:.12g}")  # 1.96 × 10^12 as stated, not its binary neighbour
    for size, name in _LARGE:
        if abs(value) >= size:
            return f"{number(float(f'{value / size:.12g}'))} {name}"
    if value == int(value):
        return f"{int(value):,}"
    if abs(value) < 1e-4:
        return number(value)  # its significant digits (4.94066e-324), never 0
    whole, _, fraction = number(value).partition(".")
    return f"{int(whole.replace(',', '')):,}.{fraction}" if fraction else f"{int(whole.replace(',', '')):,}"


def english_amount(value: float, unit: str) -> tuple[str, str]:
    """(number, unit) in English: a Chinese multiplier becomes part of the number (2 万家 -> 20,000 enterprises)."""
    base = base_unit(unit)
    if base is not None:
        unit, scale = base[0], base[1]
        value = value * scale
    return english_number(value), unit_label(unit, "en")


def _with_unit(n: str, unit: str) -> str:
    return f"{n}{unit}" if unit in ("%", "") else f"{n} {unit}"


def fact_value(fact: Fact, lang: str = "zh") -> str:
    """'5.7%', '第6位' / 'No. 6', '1.96万亿元' / '1.96 trillion yuan', with '超过' / 'over' where stated."""
    n = number(fact.value)
    if fact.kind == FactKind.RANK:
        return message("value.rank_top" if fact.qualifier == Qualifier.TOP else "value.rank", lang, n=n)
    # Chinese writes the unit right after the number, as the text does; English writes a real English number
    # (2万家 -> 20,000 enterprises, not '2 10k enterprises') and the unit after a space, except % (and no unit).
    value = f"{n}{unit_label(fact.unit, lang)}" if keeps_source_wording(lang) else \
        _with_unit(*english_amount(fact.value, fact.unit))
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
    if keeps_source_wording(lang):
        unit = unit_label(fact.unit, lang)
        return f"{number(c.from_value)}{unit} → {number(c.to_value)}{unit}"
    before, after = (_with_unit(*english_amount(v, fact.unit)) for v in (c.from_value, c.to_value))
    return f"{before} → {after}"


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


def is_web_link(url: str) -> bool:
    """Whether ``url`` is an http(s) address: the only kind the window and the PDF make a link of."""
    return url.lower().startswith(("https://", "http://")) and len(url) > 8 and not any(
        ch.isspace() or ord(ch) < 32 for ch in url)
