"""Property-based: random valid reports, built from the model, open in every tab and export every chart."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import write_mini_report
from viewer.charts.definitions import chart_specs
from viewer.charts.render import render_bytes
from viewer.charts.sizes import RenderSize
from viewer.model.loader import load_report
from viewer.model.types import FactKind, Qualifier, Scope
from viewer.ui.app.run import make_window

TAGS = ["review-2022", "five-year", "industry", "growth", "ranking", "investment", "projects", "enterprise-size",
        "clusters", "honour", "headline", "high-tech"]
UNITS_BY_KIND = {
    FactKind.GROWTH_RATE: ["%", "个百分点"], FactKind.AMOUNT: ["万亿元", "亿元", "万辆"], FactKind.RANK: ["位"],
    FactKind.COUNT: ["家", "个", "项"], FactKind.SHARE: ["%"], FactKind.THRESHOLD: ["万亿元", "家", "%"],
    FactKind.TARGET: ["%", "亿元"],
}
# Labels include markup characters on purpose: they must be shown, never interpreted.
words = st.text(alphabet=st.sampled_from("工业增长企业项目<b>&数字化 AZaz"), min_size=1, max_size=12)
words = words.map(str.strip).filter(bool)


@st.composite
def facts(draw: st.DrawFn, index: int) -> dict:
    kind = draw(st.sampled_from(list(FactKind)))
    unit = draw(st.sampled_from(UNITS_BY_KIND[kind]))
    if kind == FactKind.RANK:
        value: float = draw(st.integers(1, 40))
    elif kind == FactKind.SHARE:
        value = draw(st.floats(0, 100, allow_nan=False).map(lambda v: round(v, 1)))
    elif kind in (FactKind.COUNT, FactKind.AMOUNT):
        value = draw(st.floats(0, 1e6, allow_nan=False).map(lambda v: round(v, 2)))
    else:
        value = draw(st.floats(-50, 200, allow_nan=False).map(lambda v: round(v, 1)))
    fact = {
        "id": f"fact-{index}", "label": {"zh": draw(words), "en": draw(words)}, "value": value, "unit": unit,
        "period": draw(st.sampled_from(["2022", "2018–2022", "2023"])), "kind": kind.value,
        "scope": draw(st.sampled_from(list(Scope))).value, "qualifier": draw(st.sampled_from(list(Qualifier))).value,
        "tags": draw(st.lists(st.sampled_from(TAGS), max_size=4, unique=True)), "quote": f"第{index}条数据引文",
    }
    if draw(st.booleans()):
        fact["comparison"] = {"from": draw(st.integers(1, 40)) if kind == FactKind.RANK else round(value / 2, 2),
                              "to": value, "from_period": "2018", "to_period": "2022"}
    return fact


@st.composite
def reports(draw: st.DrawFn) -> tuple[dict, str]:
    n_facts = draw(st.integers(0, 14))
    fact_list = [draw(facts(i)) for i in range(n_facts)]
    counts = [f for f in fact_list if f["kind"] == "count"]
    ranks = [f for f in fact_list if f["kind"] == "rank"]
    honours = [{"id": f"honour-{i}", "title": {"zh": draw(words), "en": draw(words)}, "count_fact": c["id"],
                "rank_fact": ranks[i]["id"] if i < len(ranks) and draw(st.booleans()) else None}
               for i, c in enumerate(counts[:4])]
    enterprises = [{"id": f"ent-{i}", "name": {"zh": draw(words), "en": draw(words)},
                    "kind": draw(st.sampled_from(["enterprise", "project", "base"])),
                    "achievements": [{"text": {"zh": draw(words), "en": ""}, "quote": f"第{i}家企业引文"}]}
                   for i in range(draw(st.integers(0, 4)))]
    tasks = [{"id": f"task-{t}", "number": t, "title": {"zh": draw(words), "en": draw(words)},
              "aim": {"zh": draw(words)}, "quote": f"第{t}项任务引文",
              "actions": [{"id": f"task-{t}.a{a}", "text": {"zh": draw(words), "en": draw(words)},
                           "quote": f"任务{t}行动{a}引文"} for a in range(1, draw(st.integers(1, 4)) + 1)]}
             for t in range(1, draw(st.integers(0, 5)) + 1)]
    quotes = [f["quote"] for f in fact_list] + [a["quote"] for e in enterprises for a in e["achievements"]]
    quotes += [t["quote"] for t in tasks] + [a["quote"] for t in tasks for a in t["actions"]]
    source = "随机报告\n\n" + "。".join(quotes) + "。\n"
    report = {
        "schema_version": 1,
        "meta": {"id": "random", "title": {"zh": draw(words), "en": draw(words)},
                 "publisher": {"zh": draw(words)}, "published": "2023-02-01T09:58:00+08:00",
                 "meeting_date": "2023-01-31", "place": {"zh": "某地"}, "format": {"zh": "视频会议"},
                 "reporter": {"zh": "某人"}, "source": "mini-source.txt"},
        "facts": fact_list, "enterprises": enterprises, "honours": honours, "tasks": tasks,
    }
    return report, source


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(reports(), st.sampled_from(["zh", "en"]))
def test_random_report_opens_in_every_tab_and_exports_every_chart(qtbot, report_and_source, lang) -> None:
    report, source = report_and_source
    with tempfile.TemporaryDirectory() as tmp:
        text = yaml.safe_dump(report, allow_unicode=True, sort_keys=False)
        path = write_mini_report(Path(tmp) / "r", text.replace("'2023-02-01T09:58:00+08:00'",
                                                              "2023-02-01T09:58:00+08:00"), source)
        loaded = load_report(path)
        window = make_window(loaded, lang, state_dir=Path(tmp) / "state")
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        for key in window.tab_keys():
            widget = window.set_current_tab(key)
            assert widget.isVisible()
            assert not widget.grab().isNull()
        for spec in chart_specs(loaded.report, lang):
            for fmt in ("png", "svg", "pdf"):
                assert len(render_bytes(spec, RenderSize(400, 250), fmt)) > 100
        window.close()
