"""The units a fact may carry, written as the Chinese text writes them, with English names."""

from __future__ import annotations

import re
from itertools import pairwise

# unit -> (English unit, multiplier to the base quantity, base quantity).
# The multiplier lets a chart put 1.96 万亿元 and 6700 亿元 on one axis; None where not additive.
UNITS: dict[str, tuple[str, float | None, str]] = {
    "%": ("%", 1.0, "percent"),
    "个百分点": ("percentage points", 1.0, "percentage_point"),
    "元": ("yuan", 1.0, "yuan"),
    "万元": ("10k yuan", 1e4, "yuan"),
    "亿元": ("100 million yuan", 1e8, "yuan"),
    "万亿元": ("trillion yuan", 1e12, "yuan"),
    "美元": ("US dollars", 1.0, "usd"),
    "亿美元": ("100 million US dollars", 1e8, "usd"),
    "家": ("enterprises", 1.0, "enterprises"),
    "万家": ("10k enterprises", 1e4, "enterprises"),
    "个": ("", 1.0, "items"),
    "项": ("items", 1.0, "items"),
    "位": ("rank", None, "rank"),
    "倍": ("times", None, "ratio"),
    "人": ("people", 1.0, "people"),
    "万人": ("10k people", 1e4, "people"),
    "辆": ("vehicles", 1.0, "vehicles"),
    "万辆": ("10k vehicles", 1e4, "vehicles"),
    "吨": ("tonnes", 1.0, "tonnes"),
    "万吨": ("10k tonnes", 1e4, "tonnes"),
    "千瓦": ("kW", 1.0, "watts"),
    "万千瓦": ("10 MW", 1e4, "watts"),
    "GWh": ("GWh", 1.0, "energy"),
    "座": ("", 1.0, "items"),
    "条": ("", 1.0, "items"),
    "件": ("", 1.0, "items"),
    "年": ("years", None, "years"),
    # Units the drafter (viewer/model/draft) finds in other reports.
    "万美元": ("10k US dollars", 1e4, "usd"),
    "千瓦时": ("kWh", 1.0, "kwh"),
    "万千瓦时": ("10 MWh", 1e4, "kwh"),
    "亿千瓦时": ("100 GWh", 1e8, "kwh"),
    "万度": ("10 MWh", 1e4, "kwh"),  # 度 is the everyday name of a kilowatt-hour
    "亿度": ("100 GWh", 1e8, "kwh"),
    "亿千瓦": ("100 GW", 1e8, "watts"),
    "吉瓦": ("GW", 1e6, "watts"),
    "吉瓦时": ("GWh", 1.0, "energy"),
    "吨标准煤": ("tonnes of coal equivalent", 1.0, "tce"),
    "万吨标准煤": ("10k tonnes of coal equivalent", 1e4, "tce"),
    "亿吨": ("100 million tonnes", 1e8, "tonnes"),
    "标箱": ("TEU", 1.0, "teu"),
    "万标箱": ("10k TEU", 1e4, "teu"),
    "台": ("units", 1.0, "units"),
    "万台": ("10k units", 1e4, "units"),
    "套": ("sets", 1.0, "sets"),
    "万套": ("10k sets", 1e4, "sets"),
    "平方米": ("m²", 1.0, "area"),
    "万平方米": ("10k m²", 1e4, "area"),
    "亩": ("mu", 1.0, "land"),
    "万亩": ("10k mu", 1e4, "land"),
    "公里": ("km", 1.0, "length"),
    "万个": ("10k", 1e4, "items"),
    "户": ("households", 1.0, "households"),
    "万户": ("10k households", 1e4, "households"),
    "名": ("people", 1.0, "people"),
    "所": ("institutions", 1.0, "institutions"),
    "款": ("models", 1.0, "items"),
    "种": ("kinds", 1.0, "items"),
}

# Counter words (量词) a report counts things in, with their English; each also with 万 and 亿 before it
# (3.6万户, 2.07亿户). A count never shares an axis with another counter's (ships and flights).
COUNTERS: dict[str, str] = {
    "艘": "ships", "架": "aircraft", "架次": "flights", "台套": "sets", "幢": "buildings", "栋": "buildings",
    "根": "pieces", "张": "sheets", "片": "pieces", "颗": "pieces", "只": "pieces", "头": "head", "列": "trains",
    "部": "units", "批": "batches", "次": "times", "人次": "person-times", "处": "sites", "宗": "cases",
    "起": "cases", "例": "cases", "份": "copies", "本": "volumes", "册": "volumes", "篇": "articles",
    "场": "events", "届": "sessions", "轮": "rounds", "对": "pairs", "间": "rooms", "棵": "trees",
    "株": "plants", "盏": "lamps", "口": "wells", "块": "pieces", "家": "enterprises", "个": "", "项": "items",
    "座": "", "条": "", "件": "", "人": "people", "户": "households", "名": "people", "所": "institutions",
    "款": "models", "种": "kinds", "台": "units", "套": "sets", "辆": "vehicles", "家次": "enterprise visits",
    "户次": "household visits", "台次": "unit-times", "车次": "vehicle trips",
}
for _counter, _english in COUNTERS.items():
    UNITS.setdefault(_counter, (_english, 1.0, f"count-{_counter}"))
    UNITS.setdefault("万" + _counter, (f"10k {_english}".strip(), 1e4, UNITS[_counter][2]))
    UNITS.setdefault("亿" + _counter, (f"100 million {_english}".strip(), 1e8, UNITS[_counter][2]))

# A counter word the list above lacks (眼 for wells), with 万/亿 before it or not: a drafted fact may carry
# one until a reviewer has checked it (viewer.model.checks); a reviewed fact needs a known unit.
COUNTER_PATTERN = r"(?:万|亿)?[\u4e00-\u9fff]{1,2}"
_COUNTER_WORD = re.compile(COUNTER_PATTERN)


def is_counter_word(unit: str) -> bool:
    """Whether ``unit`` has the shape of a counter word (one or two Chinese characters, 万/亿 before), and is
    not a mistyped one (:func:`unit_mistake`)."""
    return _COUNTER_WORD.fullmatch(unit) is not None and unit_mistake(unit) is None


def unit_mistake(unit: str) -> str | None:
    """What is wrong with a unit the table lacks that is surely a typo, or None: a character or the whole unit
    written twice (艘艘, 万万艘, 万家万家), or a multiplier alone (万, 亿万)."""
    if unit in UNITS:
        return None
    if unit and all(ch in "万亿千百十" for ch in unit):
        return "a multiplier alone is no unit (it goes before one: 万家, 亿元)"
    half = len(unit) // 2
    if half > 1 and len(unit) % 2 == 0 and unit[:half] == unit[half:]:
        return f"it writes '{unit[:half]}' twice (write '{unit[:half]}')"
    doubled = next((a for a, b in pairwise(unit) if a == b), None)
    if doubled is not None:
        return f"it writes '{doubled}' twice (write '{unit.replace(doubled * 2, doubled, 1)}')"
    return None


def measure_units() -> list[str]:
    """The known units that are not counter words (%, 亿元, 吨 …), for messages."""
    return [u for u in UNITS if u not in COUNTERS and not (u[:1] in "万亿" and u[1:] in COUNTERS)]


def unit_label(unit: str, lang: str) -> str:
    """The unit as shown in ``lang``: Chinese as written, English from the table."""
    if lang == "en":
        return UNITS.get(unit, (unit, None, ""))[0]
    return unit


# The multipliers Chinese writes in a number or a unit (2万家, 1.96万亿元), by value; longest first for matching.
MULTIPLIERS: dict[str, float] = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3}


def base_unit(unit: str) -> tuple[str, float] | None:
    """For a unit with a Chinese multiplier (万家, 亿元, 万吨…): its unit without it and the multiplier, else None."""
    if not any(m in unit for m in ("万", "亿")):
        return None
    _en, scale, quantity = UNITS.get(unit, ("", None, ""))
    if scale is None or scale <= 1:
        return None
    base = next((u for u, (_e, s, q) in UNITS.items() if q == quantity and s == 1.0 and "万" not in u), None)
    return (base, scale) if base is not None else None
