"""The units a fact may carry, written as the Chinese text writes them, with English names."""

from __future__ import annotations

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
}


def is_known(unit: str) -> bool:
    """Whether ``unit`` is one of the known units."""
    return unit in UNITS


def unit_label(unit: str, lang: str) -> str:
    """The unit as shown in ``lang``: Chinese as written, English from the table."""
    if lang == "en":
        return UNITS.get(unit, (unit, None, ""))[0]
    return unit
