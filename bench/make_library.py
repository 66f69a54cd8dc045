"""A synthetic library for `make bench`: N reports (default 500) of 34 regions over many years, drafted-size and
bundled-size mixed, written from real templates so that every file validates.

Templates: the bundled Fujian report (about 48 KB, 44 figures: "bundled-size") and reports drafted from the
samples of tests/model/draft_samples ("drafted-size", 3 to 20 KB). Each generated report is a template with its
own id, region, meeting date and periods shifted to its year, and its growth rates and counts varied; quotes and
sections stay the template's (the source text is shared), so every file loads and every figure keeps a sentence.
``python bench/make_library.py DIR [--reports N]``.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from viewer.model.draft import draft_file  # noqa: E402
from viewer.model.draft.emit import dump  # noqa: E402
from viewer.model.paths import default_report_path  # noqa: E402

REGIONS = [("北京市", "Beijing"), ("天津市", "Tianjin"), ("河北省", "Hebei"), ("山西省", "Shanxi"),
           ("内蒙古自治区", "Inner Mongolia"), ("辽宁省", "Liaoning"), ("吉林省", "Jilin"),
           ("黑龙江省", "Heilongjiang"),
           ("上海市", "Shanghai"), ("江苏省", "Jiangsu"), ("浙江省", "Zhejiang"), ("安徽省", "Anhui"),
           ("福建省", "Fujian"), ("江西省", "Jiangxi"), ("山东省", "Shandong"), ("河南省", "Henan"),
           ("湖北省", "Hubei"), ("湖南省", "Hunan"), ("广东省", "Guangdong"), ("广西壮族自治区", "Guangxi"),
           ("海南省", "Hainan"), ("重庆市", "Chongqing"), ("四川省", "Sichuan"), ("贵州省", "Guizhou"),
           ("云南省", "Yunnan"), ("西藏自治区", "Tibet"), ("陕西省", "Shaanxi"), ("甘肃省", "Gansu"),
           ("青海省", "Qinghai"), ("宁夏回族自治区", "Ningxia"), ("新疆维吾尔自治区", "Xinjiang"),
           ("示例市", "Example City"), ("演示市", "Demo City"), ("样例县", "Sample County")]
_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")


def templates(folder: Path) -> list[tuple[str, dict, Path]]:
    """(name, report data, source file) of every template, the sources copied into ``folder/sources``."""
    sources = folder / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    out = []
    fujian = default_report_path()
    data = yaml.safe_load(fujian.read_text("utf-8"))
    source = sources / "fujian.txt"
    shutil.copyfile(fujian.parent / data["meta"]["source"], source)
    out.append(("bundled", data, source))
    from tests.model.draft_samples.classes import CLASS_SAMPLES
    from tests.model.draft_samples.heldout import HELD_OUT_SAMPLES
    from tests.model.draft_samples.samples import SAMPLES

    with tempfile.TemporaryDirectory() as tmp:
        for sample in (*SAMPLES, *CLASS_SAMPLES, *HELD_OUT_SAMPLES):
            text = Path(tmp) / f"{sample.name}.txt"
            text.write_text(sample.text, "utf-8")
            drafted = draft_file(text)
            source = sources / f"{sample.name}.txt"
            shutil.copyfile(text, source)
            out.append(("drafted", yaml.safe_load(drafted.yaml_path.read_text("utf-8")), source))
    return out


def _shift(text: str, delta: int) -> str:
    return _YEAR.sub(lambda m: str(int(m.group(0)) + delta), text)


def variant(data: dict, source: Path, index: int, region: tuple[str, str], year: int, rng: random.Random) -> dict:
    """The template ``data`` as report ``index`` of ``region`` for the meeting of ``year``."""
    report = yaml.safe_load(yaml.safe_dump(data, allow_unicode=True))  # a deep copy of plain data
    meta = report["meta"]
    base = int(str(meta.get("meeting_date") or "2024-01-01")[:4])
    delta = year - base
    meta["id"] = f"bench-{index:04d}"
    meta["source"] = f"sources/{source.name}"
    meta["region"] = {"zh": region[0], "en": region[1]}
    meta["title"] = {"zh": f"{region[0]}{year}年工业和信息化工作会议（测试库）",
                     "en": f"{region[1]} {year} (bench library)"}
    meta["meeting_date"] = f"{year}-02-0{1 + index % 8}"
    meta["published"] = f"{year}-02-0{1 + index % 8}T09:00:00+08:00"
    for fact in report.get("facts", []):
        if fact.get("period"):
            fact["period"] = _shift(str(fact["period"]), delta)
        comparison = fact.get("comparison") or {}
        for key in ("from_period", "to_period", "from", "to"):
            if isinstance(comparison.get(key), str):
                comparison[key] = _shift(comparison[key], delta)
        fact["tags"] = [_shift(t, delta) for t in fact.get("tags", [])]
        if fact.get("kind") == "growth_rate" and fact.get("unit") == "%" and not fact.get("comparison"):
            fact["value"] = round(max(0.1, float(fact["value"]) * rng.uniform(0.6, 1.4)), 1)
        elif fact.get("kind") == "count" and not fact.get("comparison"):
            fact["value"] = max(1, round(float(fact["value"]) * rng.uniform(0.7, 1.3)))
    return report


def write_library(folder: Path, reports: int = 500, seed: int = 7) -> list[Path]:
    """Write ``reports`` reports (and their shared sources) into ``folder``; returns their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    bases = templates(folder)
    bundled = [t for t in bases if t[0] == "bundled"]
    drafted = [t for t in bases if t[0] == "drafted"]
    paths = []
    for i in range(reports):
        region = REGIONS[i % len(REGIONS)]
        year = 2010 + i // len(REGIONS)
        _kind, data, source = bundled[0] if i % 3 == 0 else drafted[i % len(drafted)]
        path = folder / f"bench-{i:04d}.yaml"
        path.write_text(dump(variant(data, source, i, region, year, rng)), "utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--reports", type=int, default=500)
    args = parser.parse_args(argv)
    paths = write_library(args.folder, args.reports)
    print(f"{len(paths)} reports in {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
