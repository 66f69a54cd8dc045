"""The words around a figure that tell what kind of fact it is: up or down, a level, a qualifier (近, 超过,
以上, 左右), and from them the fact's kind (a growth rate, a share, a threshold, a target …)."""

from __future__ import annotations

import re

from viewer.model.draft.figures import Figure
from viewer.model.draft.numbers import Family
from viewer.model.types import FactKind, Qualifier

_OVER = re.compile(r"(?:突破|超过|超|逾|多于)$")
_NEARLY = re.compile(r"(?:近|接近|将近|逼近|近乎)$")
_ABOUT = re.compile(r"(?:约|大约|约为|约合)$")
_AT_LEAST_AFTER = re.compile(r"^(?:以上|及以上|之上)")
_ABOUT_AFTER = re.compile(r"^(?:左右|上下)")
_UP = r"增长|增速|增幅|提高|提升|上升|上涨|增加|扩大|回升|多增|增|高于|快于"
_DOWN = r"下降|降低|减少|回落|下跌|降幅|缩小|收窄|减|降|低于|慢于"
_LEVEL = r"达到|达|为|是|占|占比|比重|比例|率|份额|强度|到|至"
_KEYWORD = re.compile(rf"(?P<down>{_DOWN})|(?P<level>{_LEVEL})|(?P<up>{_UP})")
_LEVEL_SHIFT = re.compile(r"(?:提高|提升|上升|增加|增长|下降|降低|减少|扩大)(?:到|至)$")


def last_keyword(prefix: str) -> str | None:
    if _LEVEL_SHIFT.search(prefix):
        return "level"  # 提高到15%: the level reached, not the change
    found = None
    for m in _KEYWORD.finditer(prefix):
        found = m.lastgroup
    return found


def verb_of(prefix: str) -> str:
    found = ""
    for m in re.finditer(rf"{_UP}|{_DOWN}", prefix):
        found = m.group()
    return found


def qualifier_of(prefix: str, suffix: str, figure: Figure) -> Qualifier:
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


def kind_of(family: Family, keyword: str | None, qualifier: Qualifier, target: bool, prefix: str) -> FactKind:
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
    if qualifier in (Qualifier.OVER, Qualifier.AT_LEAST) and not re.search(r"(?:增长|增加(?!值)|提高)[^，]*$",
                                                                           prefix):
        return FactKind.THRESHOLD
    return FactKind.COUNT if family == Family.COUNT else FactKind.AMOUNT
