"""Numbers as Chinese reports write them: Arabic (full- or half-width, 1,234), Chinese numerals for
ranks (第一, 前三), and the units that follow a figure, with what kind of quantity each unit measures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from viewer.model.units import COUNTERS


class Family(StrEnum):
    """What a unit measures, which decides the kind of fact a figure becomes."""

    PERCENT = "percent"
    POINTS = "points"  # 个百分点: a change of a rate
    MONEY = "money"
    QUANTITY = "quantity"  # vehicles, tonnes, kWh, TEU, m²…
    COUNT = "count"  # enterprises, projects, items, people
    RATIO = "ratio"  # 倍
    RANK = "rank"


@dataclass(frozen=True)
class UnitSpec:
    """A unit as written after a number, the unit stored in the fact, and the factor between them."""

    written: str
    unit: str
    factor: float
    family: Family


def _specs() -> list[UnitSpec]:
    table: list[tuple[str, str, float, Family]] = [
        ("%", "%", 1, Family.PERCENT), ("％", "%", 1, Family.PERCENT),
        ("个百分点", "个百分点", 1, Family.POINTS), ("百分点", "个百分点", 1, Family.POINTS),
    ]
    # Money: 千亿元 / 百亿元 / 十亿元 are stored in 亿元 (千亿 = 1000 亿元), as the brief of the format asks.
    for written, unit, factor in (("万亿元", "万亿元", 1), ("千亿元", "亿元", 1000), ("百亿元", "亿元", 100),
                                  ("十亿元", "亿元", 10), ("亿元", "亿元", 1), ("千万元", "万元", 1000),
                                  ("百万元", "万元", 100), ("万元", "万元", 1), ("元", "元", 1),
                                  ("亿美元", "亿美元", 1), ("万美元", "万美元", 1), ("美元", "美元", 1)):
        table.append((written, unit, factor, Family.MONEY))
    for written in ("亿千瓦时", "万千瓦时", "千瓦时", "亿千瓦", "万千瓦", "千瓦", "GWh", "吉瓦时", "吉瓦", "亿度",
                    "万度",
                    "万吨标准煤", "吨标准煤", "亿吨", "万吨", "吨", "万辆", "辆", "万标箱", "标箱",
                    "万台", "台", "万套", "套", "万平方米", "平方米", "万亩", "亩", "公里"):
        table.append((written, written, 1, Family.QUANTITY))
    quantities = {t[0] for t in table}
    for counter in COUNTERS:  # 家, 个, 艘, 架次, 台套 … and 万家, 亿户 …
        for written in (counter, "万" + counter, "亿" + counter):
            if written not in quantities:
                table.append((written, written, 1, Family.COUNT))
    table.append(("倍", "倍", 1, Family.RATIO))
    table.sort(key=lambda t: -len(t[0]))  # longest first: 万亿元 before 亿元, 个百分点 before 个
    return [UnitSpec(*t) for t in table]


UNIT_SPECS = _specs()
UNIT_BY_WRITTEN = {spec.written: spec for spec in UNIT_SPECS}

# What may not follow a unit for it to be one: 个月 is a duration, 万亿级 a class, 家庭 a household, 人民 …
_UNIT_TAIL_BLOCK = {
    "个": "月人",  # 3个月; 个人
    "人": "民均",
    "名": "单称义",
    "条": "件例",
    "种": "类子",
    "所": "有在属",
    "台": "阶",
    "件": "事",
    "家": "庭乡",
    "起": "步来到草飞点航",
    "场": "景所地馆",
    "部": "门署分委长",
    "片": "区",
    "处": "理置长",
    "头": "部",
    "本": "地土级身年",
    "口": "岸径罩号",
    "对": "接外标口比于",
    "间": "接隔",
    "份": "额",
    "张": "家江",
    "根": "据本治",
    "列": "入为支",
    "只": "有是要能",
    "批": "准复次",
    "例": "如",
    "宗": "旨",
    "架": "构",
    "篇": "章",
    "栋": "梁",
    "次": "要级",
}
# Characters after a number that are not counters: time, order, size, class (3月, 5年, 10强, 1号, 2代 …).
NOT_COUNTERS = frozenset("年月日天周时分秒岁号期代级强大成类型倍点度米克升亩里寸尺斤两毫微纳万亿千百十"
                         "位第余多个元以之的为在于是和与及或占达超近约共")
# A counter the table lacks (新打机井120眼): one character after a number (万/亿 may come between), at the
# end of the phrase (punctuation, 以上/左右, a conjunction or the clause's end). Drafted, and flagged.
UNKNOWN_COUNTER = re.compile(
    r"(?P<num>(?<![0-9０-９.．])(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9０-９]+(?:[.．][0-9０-９]+)?))"
    r"(?P<many>多|余)?(?P<unit>[万亿]?[\u4e00-\u9fff])(?=$|[，,。；;、：:！？!?）)”]|以上|左右|和|及|与)"
)

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
CN_NUMERAL = "[一二两三四五六七八九十〇零]+"
ARABIC = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
THOUSANDS = r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"
NUMBER = rf"(?<![0-9０-９.．])(?:{THOUSANDS}|{ARABIC})"
UNIT_PATTERN = "|".join(re.escape(s.written) for s in UNIT_SPECS)
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def arabic_value(text: str) -> float:
    """``'1.96'`` -> 1.96, ``'１２'`` -> 12.0, ``'1,234'`` -> 1234.0."""
    return float(text.translate(_FULL_WIDTH).replace(",", ""))


def chinese_int(text: str) -> int | None:
    """A Chinese numeral up to 99 (一, 十, 十二, 二十, 二十三) as an int; None when it is not one."""
    if not text or any(ch not in _CN_DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _CN_DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def any_int(text: str) -> int | None:
    """An Arabic or Chinese whole number, or None."""
    plain = text.translate(_FULL_WIDTH)
    if plain.isdigit():
        return int(plain)
    return chinese_int(text)


def unit_blocked(written: str, following: str) -> bool:
    """Whether the character after a unit shows it is part of another word (个月, 家庭, 万亿级)."""
    if not following:
        return False
    if following == "级":
        return True
    return following in _UNIT_TAIL_BLOCK.get(written.lstrip("万亿") or written, "")


def unknown_counter(unit: str) -> bool:
    """Whether ``unit`` (from UNKNOWN_COUNTER) may be a counter word: not a known unit, not a time or size."""
    char = unit[-1]
    return char not in NOT_COUNTERS and unit not in UNIT_BY_WRITTEN
