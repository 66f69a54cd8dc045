"""Write a valid synthetic report of about 10 MB for the large-report benchmarks.

10,000 facts, 2,000 enterprises (two achievements each), 60 honours, 500 tasks with 5,000 actions, and
sections holding the whole source text, which is long and contains every quote. The file passes
``report-viewer validate``; ``python bench/make_large_report.py DIR`` writes ``large.yaml`` and
``large-source.txt`` into DIR and prints the report's path.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

N_FACTS = 10_000
N_ENTERPRISES = 2_000
N_HONOURS = 60
N_TASKS = 500
ACTIONS_PER_TASK = 10
N_SECTIONS = 16
SECTION_CHARS = 150_000  # a section's text may hold at most 200,000 characters (viewer/model/types.py)

INDUSTRIES = ("电子信息", "先进装备制造", "石油化工", "现代纺织服装", "新材料", "新能源", "生物医药", "食品加工",
              "冶金建材", "数字经济", "软件和信息服务", "汽车及零部件")
INDUSTRIES_EN = ("electronics", "advanced equipment", "petrochemicals", "textiles and apparel", "new materials",
                 "new energy", "biomedicine", "food processing", "metallurgy and building materials",
                 "digital economy", "software and IT services", "vehicles and parts")
CITIES = ("福州", "厦门", "泉州", "漳州", "莆田", "三明", "南平", "龙岩", "宁德", "平潭")
VERBS = ("推进", "加快", "支持", "培育", "实施", "建设", "深化", "完善", "扩大", "提升")
OBJECTS = ("技术改造项目", "工业互联网平台", "智能制造示范工厂", "产业链协同创新", "专精特新企业梯队", "绿色低碳转型",
           "数字化车间", "产业集群", "公共服务平台", "重点项目建设")

# Clauses that make the source text long, as a real report's is (each ~35 characters).
NARRATIVE = (
    "较上年有所提高，产业结构持续优化，发展质量和效益稳步提升，为全年目标打下坚实基础",
    "各地各部门认真落实部署要求，强化要素保障，狠抓项目落地，推动工业经济平稳运行",
    "龙头企业带动作用明显增强，产业链上下游协同发展，集群效应进一步显现，竞争力不断提升",
    "数字化网络化智能化改造深入推进，新技术新业态新模式加快发展，创新能力持续增强",
)


def _kind(i: int) -> tuple[str, str, float]:
    """(kind, unit, value) of fact ``i``, cycling through the kinds a report states."""
    r = i % 5
    if r == 0:
        return "growth_rate", "%", round(1 + (i * 37 % 200) / 10, 1)
    if r == 1:
        return "amount", "亿元", float(100 + i * 13 % 9000)
    if r == 2:
        return "count", "家", float(10 + i * 7 % 5000)
    if r == 3:
        return "share", "%", round(5 + (i * 11 % 900) / 10, 1)
    return "rank", "位", float(1 + i % 30)


def _fact_sentence(i: int) -> tuple[str, str]:
    """(sentence of the source, quote within it) for fact ``i``."""
    kind, unit, value = _kind(i)
    ind, city = INDUSTRIES[i % len(INDUSTRIES)], CITIES[i % len(CITIES)]
    number = f"{value:g}"
    if kind == "rank":
        quote = f"{city}{ind}第{i}项指标居全国第{number}位"
    elif kind == "growth_rate":
        quote = f"{city}{ind}第{i}项指标增长{number}%"
    elif kind == "share":
        quote = f"{city}{ind}第{i}项指标占比{number}%"
    else:
        quote = f"{city}{ind}第{i}项指标达{number}{unit}"
    return f"据统计，{quote}，{NARRATIVE[i % len(NARRATIVE)]}。", quote


def build(n_facts: int = N_FACTS, one_line: bool = False) -> tuple[dict, str]:
    """The report as plain data and its source text: ``n_facts`` facts and the rest in proportion (10,000 facts:
    2,000 enterprises, 60 honours, 500 tasks); ``one_line``: the source text is one paragraph without line
    breaks (as a text pasted from a web page may be)."""
    scale = n_facts / N_FACTS
    n_enterprises = max(1, round(N_ENTERPRISES * scale))
    n_honours = max(1, min(round(N_HONOURS * scale), n_facts // 5))
    n_tasks = max(1, round(N_TASKS * scale))
    sentences: list[str] = ["2023年全省工业和信息化工作会议召开\n来源：全省工业和信息化厅 时间：2023-02-06 10:00\n"]
    facts = []
    for i in range(n_facts):
        sentence, quote = _fact_sentence(i)
        sentences.append(sentence)
        kind, unit, value = _kind(i)
        ind = i % len(INDUSTRIES)
        facts.append({
            "id": f"fact-{i:05d}",
            "label": {"zh": f"{INDUSTRIES[ind]}第{i}项指标", "en": f"{INDUSTRIES_EN[ind]} indicator {i}"},
            "value": value,
            "unit": unit,
            "period": str(2018 + i % 6),
            "kind": kind,
            "scope": "national" if kind == "rank" else "province",
            "tags": ["industry", INDUSTRIES_EN[ind].split()[0].lower()] + (["headline"] if i < 8 else []),
            "quote": quote,
        })
    enterprises = []
    for i in range(n_enterprises):
        name = f"{CITIES[i % len(CITIES)]}第{i}号{INDUSTRIES[i % len(INDUSTRIES)]}企业"
        achievements = []
        for j in range(2):
            quote = f"{name}{'建成投产' if j == 0 else '入选国家级示范'}"
            sentences.append(f"{quote}，{NARRATIVE[(i + j) % len(NARRATIVE)]}。")
            fact_id = f"fact-{(i * 5 + 2) % n_facts:05d}"
            achievements.append({
                "text": {"zh": "建成投产" if j == 0 else "入选国家级示范",
                         "en": "Completed" if j == 0 else "Selected as a national model"},
                "quote": quote,
                "facts": [fact_id],
            })
        enterprises.append({
            "id": f"ent-{i:04d}",
            "name": {"zh": name, "en": f"Enterprise {i}"},
            "kind": ("enterprise", "project", "base")[i % 3],
            "achievements": achievements,
            "tags": [INDUSTRIES_EN[i % len(INDUSTRIES)].split()[0].lower()],
        })
    honours = [{
        "id": f"honour-{i:03d}",
        "title": {"zh": f"国家级荣誉第{i}类", "en": f"National honour {i}"},
        "count_fact": f"fact-{i * 5 + 2:05d}",
        "rank_fact": f"fact-{i * 5 + 4:05d}",
    } for i in range(n_honours)]
    tasks = []
    for t in range(n_tasks):
        title = f"第{t + 1}项重点任务：{VERBS[t % len(VERBS)]}{OBJECTS[t % len(OBJECTS)]}"
        task_quote = f"{title}，着力推动第{t + 1}方面工作取得新突破。"
        sentences.append(task_quote)
        actions = []
        for a in range(ACTIONS_PER_TASK):
            text = f"{VERBS[(t + a) % len(VERBS)]}{OBJECTS[(t * 3 + a) % len(OBJECTS)]}第{t + 1}-{a + 1}项"
            sentences.append(f"{text}，{NARRATIVE[(t + a) % len(NARRATIVE)]}。")
            actions.append({"id": f"task-{t + 1:03d}.a{a + 1:02d}", "quote": text,
                            "text": {"zh": text, "en": f"Action {t + 1}-{a + 1}"}})
        tasks.append({
            "id": f"task-{t + 1:03d}",
            "number": t % 99 + 1,
            "title": {"zh": title, "en": f"Task {t + 1}"},
            "aim": {"zh": f"推动第{t + 1}方面工作取得新突破", "en": f"Progress in area {t + 1}"},
            "quote": task_quote,
            "actions": actions,
        })
    source = "".join(sentences).replace("\n", " ") if one_line else "\n".join(sentences) + "\n"
    # Sections: the source cut into consecutive pieces, each verbatim.
    body = source
    n_sections = max(N_SECTIONS, -(-len(body) // SECTION_CHARS))  # more sections for the largest reports
    step = len(body) // n_sections + 1
    sections = []
    for s in range(n_sections):
        piece = body[s * step:(s + 1) * step].strip()
        if not piece:
            continue
        sections.append({
            "id": f"section-{s + 1:02d}",
            "kind": "review" if s < n_sections // 2 else "tasks",
            "title": {"zh": f"第{s + 1}部分", "en": f"Part {s + 1}"},
            "summary": {"zh": f"第{s + 1}部分摘要。", "en": f"Summary of part {s + 1}."},
            "text": piece,
        })
    report = {
        "schema_version": 1,
        "meta": {
            "id": "large-synthetic",
            "title": {"zh": "大型合成报告（基准测试）", "en": "Large synthetic report (benchmark)"},
            "publisher": {"zh": "基准测试", "en": "Benchmark"},
            "published": "2023-02-06T10:00:00+08:00",
            "meeting_date": "2023-02-05",
            "place": {"zh": "福州", "en": "Fuzhou"},
            "format": {"zh": "现场会议", "en": "on-site meeting"},
            "reporter": {"zh": "厅长", "en": "the Director"},
            "source": "large-source.txt",
        },
        "sections": sections,
        "facts": facts,
        "enterprises": enterprises,
        "honours": honours,
        "tasks": tasks,
    }
    return report, source


def write_large_report(folder: Path, n_facts: int = N_FACTS, one_line: bool = False) -> Path:
    """Write the report (``n_facts`` facts, the rest in proportion) and its source into ``folder``; return the
    report's path."""
    folder.mkdir(parents=True, exist_ok=True)
    report, source = build(n_facts, one_line)
    (folder / "large-source.txt").write_text(source, encoding="utf-8")
    path = folder / "large.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(report, fh, Dumper=dumper, allow_unicode=True, sort_keys=False, width=4096)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--facts", type=int, default=N_FACTS, help=f"number of facts (default {N_FACTS:,})")
    parser.add_argument("--one-line", action="store_true", help="a source text of one line")
    args = parser.parse_args(argv)
    path = write_large_report(args.folder, args.facts, args.one_line)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
