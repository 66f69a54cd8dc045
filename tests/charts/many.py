"""A synthetic report with many items in every chart (more than any chart draws), written for the tests.

Every chart definition finds ``n`` items: growth rates, average growth rates, before -> after counts and
ranks, national ranks, honours, key projects and enterprise sizes; each fact's quote is a sentence of the
source text, so the report loads and validates like a real one.
"""

from __future__ import annotations

from pathlib import Path

import yaml


def _fact(fact_id: str, zh: str, en: str, value: float, unit: str, kind: str, tags: list[str], quote: str,
          **extra: object) -> dict:
    return {"id": fact_id, "label": {"zh": zh, "en": en}, "value": value, "unit": unit, "kind": kind,
            "tags": tags, "quote": quote, **extra}


def many_items_report(n: int) -> tuple[dict, str]:
    """The report as plain data (source file ``many-source.txt``) and its source text."""
    facts: list[dict] = []
    honours: list[dict] = []
    for i in range(n):
        facts += [
            _fact(f"growth-{i}", f"第{i}号产业增加值", f"Sector {i} value added", round(1 + i * 0.3, 1), "%",
                  "growth_rate", ["review-2022", "growth"], f"第{i}号产业增加值增长{round(1 + i * 0.3, 1)}%",
                  period="2022"),
            _fact(f"avg-{i}", f"第{i}号指标年均", f"Indicator {i} average", 2.0 + i % 9, "%", "growth_rate",
                  ["five-year"], f"第{i}号指标年均增长{2 + i % 9}%", period="2018–2022"),
            _fact(f"change-{i}", f"第{i}号产业集群", f"Cluster {i}", 20.0 + i, "个", "count", ["five-year"],
                  f"第{i}号产业集群从{10 + i}个增加到{20 + i}个",
                  comparison={"from": 10 + i, "to": 20 + i, "from_period": "2018", "to_period": "2022"}),
            _fact(f"rank-change-{i}", f"第{i}号总量全国位次", f"National rank of output {i}", 1.0 + i % 20, "位",
                  "rank", ["five-year"], f"第{i}号总量从全国第{2 + i % 20}位提高到第{1 + i % 20}位",
                  scope="national",
                  comparison={"from": 2 + i % 20, "to": 1 + i % 20, "from_period": "2018", "to_period": "2022"}),
            _fact(f"rank-{i}", f"第{i}号指标全国位次", f"National rank of indicator {i}", 1.0 + i, "位", "rank",
                  ["review-2022", "ranking"], f"第{i}号指标居全国第{1 + i}位", scope="national", period="2022"),
            _fact(f"honour-count-{i}", f"第{i}类国家级荣誉", f"National honour {i}", 5.0 + i, "家", "count",
                  ["honour"], f"第{i}类国家级荣誉{5 + i}家"),
            _fact(f"project-{i}", f"第{i}批重点项目", f"Key projects, batch {i}", 100.0 + i, "个", "count",
                  ["review-2022", "projects"], f"第{i}批重点项目{100 + i}个开工", period="2022"),
            _fact(f"size-{i}", f"第{i}档规模企业", f"Enterprises of size class {i}", 50.0 + i, "家", "count",
                  ["enterprise-size"], f"第{i}档规模企业达{50 + i}家"),
        ]
        honours.append({"id": f"honour-{i}", "title": {"zh": f"第{i}类国家级荣誉", "en": f"National honour {i}"},
                        "count_fact": f"honour-count-{i}"})
    source = "多项目合成报告\n" + "\n".join(f"{f['quote']}。" for f in facts) + "\n"
    report = {
        "schema_version": 1,
        "meta": {
            "id": "many-items",
            "title": {"zh": "多项目合成报告", "en": "Synthetic report with many items"},
            "publisher": {"zh": "测试", "en": "Tests"},
            "published": "2023-02-01T09:58:00+08:00",
            "meeting_date": "2023-01-31",
            "place": {"zh": "福州", "en": "Fuzhou"},
            "format": {"zh": "工作会议", "en": "Work conference"},
            "reporter": {"zh": "测试", "en": "Tests"},
            "source": "many-source.txt",
        },
        "facts": facts,
        "honours": honours,
    }
    return report, source


def write_many_items_report(folder: Path, n: int) -> Path:
    """Write the report and its source into ``folder``; return the report's path."""
    report, source = many_items_report(n)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "many-source.txt").write_text(source, encoding="utf-8")
    path = folder / "many.yaml"
    path.write_text(yaml.safe_dump(report, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
