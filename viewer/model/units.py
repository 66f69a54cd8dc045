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
    # Units the drafter (viewer/model/draft) finds in other reports.
    "万美元": ("10k US dollars", 1e4, "usd"),
    "千瓦时": ("kWh", 1.0, "kwh"),
    "万千瓦时": ("10 MWh", 1e4, "kwh"),
    "亿千瓦时": ("100 GWh", 1e8, "kwh"),
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


def unit_label(unit: str, lang: str) -> str:
    """The unit as shown in ``lang``: Chinese as written, English from the table."""
    if lang == "en":
        return UNITS.get(unit, (unit, None, ""))[0]
    return unit
