"""Samples for the errors a new user's try-out found on a text published in January that reviews the year
before (fix-drafts): the review section (一年来…) names no year, so every result took the year of
publication; the paragraph of the new year's targets (…的主要目标是：…) read as a review (results, not
targets) and was titled by its words up to the colon; 全年 had no year; 从8%提高到9.5%左右 gave a second
fact for 8% in the same year; the plan's closing paragraph (新的一年，…全力推进…) gave no task.

Both texts are examples of a fictional province (示例省) written for these tests; the figures are like
those real reports state, the sentences our own.
"""

from __future__ import annotations

from tests.model.draft_samples.samples import Expected, Sample

E = Expected

# The title names the year the meeting plans (2024年…会议): the review is of 2023.
REVIEW_NO_YEAR = Sample(
    "review-no-year",
    """2024年全省工业和信息化工作会议召开（示例）
来源：示例省工业和信息化厅　时间：2024-01-26 16:20

1月25日，全省工业和信息化工作会议在示例市召开。会议总结过去一年工作，部署今年重点任务，省工业和信息化厅厅长作工作报告。

一年来，全省工信系统迎难而上，工业经济企稳向好。全年规上工业增加值增长5.9%，高于全国1.3个百分点；制造业投资增长8.7%，技改投资增长14%。新建5G基站1.2万个，累计建成8.3万个。集成电路、光伏组件产量分别增长21%、36%。培育国家级专精特新“小巨人”企业62家，新增国家级绿色工厂19家。全省工业企业数字化研发设计工具普及率从8%提高到9.5%左右，规上工业企业达到2.1万家。

2024年全省工业和信息化工作的主要目标是：规上工业增加值增长6%以上，工业投资增长10%，新增规上工业企业900家左右。

会议强调，今年要重点抓好三方面工作：一是稳住工业增长，加强运行调度，落实惠企政策。二是加快数字化转型，建设一批智能工厂，新建5G基站1万个。三是壮大优质企业，实施企业梯度培育，支持企业兼并重组。

新的一年，全省工信系统要鼓足干劲，全力推进新型工业化，持续抓好安全生产，奋力完成全年各项目标。
""",
    (
        E("全年规上工业增加值增长5.9%", 5.9, "%", "growth_rate", period="2023", subject="规上工业增加值"),
        E("高于全国1.3个百分点", 1.3, "个百分点", "growth_rate", period="2023", subject="规上工业增加值增速高于全国"),
        E("制造业投资增长8.7%", 8.7, "%", "growth_rate", period="2023", subject="制造业投资"),
        E("技改投资增长14%", 14, "%", "growth_rate", period="2023", subject="技改投资"),
        E("新建5G基站1.2万个", 1.2, "万个", "count", period="2023", subject="新建5G基站"),
        E("累计建成8.3万个", 8.3, "万个", "count", period="2023", subject="5G基站"),
        E("集成电路、光伏组件产量分别增长21%、36%", 21, "%", "growth_rate", period="2023", subject="集成电路产量"),
        E("集成电路、光伏组件产量分别增长21%、36%", 36, "%", "growth_rate", period="2023", subject="光伏组件产量"),
        E("培育国家级专精特新“小巨人”企业62家", 62, "家", "count", period="2023",
          subject="国家级专精特新“小巨人”企业|培育国家级专精特新“小巨人”企业"),
        E("新增国家级绿色工厂19家", 19, "家", "count", period="2023", subject="新增国家级绿色工厂"),
        E("普及率从8%提高到9.5%左右", 9.5, "%", "share", qualifier="about", period="2023",
          subject="工业企业数字化研发设计工具普及率", before=8),
        E("规上工业企业达到2.1万家", 2.1, "万家", "count", period="2023", subject="规上工业企业"),
        E("规上工业增加值增长6%以上", 6, "%", "target", qualifier="at_least", period="2024",
          subject="规上工业增加值"),
        E("工业投资增长10%", 10, "%", "target", period="2024", subject="工业投资"),
        E("新增规上工业企业900家左右", 900, "家", "target", qualifier="about", period="2024",
          subject="新增规上工业企业"),
        E("新建5G基站1万个", 1, "万个", "target", period="2024", subject="新建5G基站"),
    ),
    tasks=4,
    kind="review-year",
    titles=("会议概况", "工作回顾", "2024年主要目标", "重点任务", "新的一年"),
)

# No year in the title; the opening says what is reviewed (回顾2023年…) and the review wording (过去一年) has
# none; 1—11月 and 全年 take the reviewed year; the targets (今年…预期目标为：) are 2024's.
REVIEW_FROM_OPENING = Sample(
    "review-from-opening",
    """全省工业和信息化工作会议召开（示例）
来源：示例省工业和信息化厅　时间：2024-01-18 09:40

1月17日，全省工业和信息化工作会议在示例市召开，会议回顾2023年全省工信工作，部署2024年重点任务。

过去一年，全省工业经济稳中有进。1—11月，规上工业企业利润总额增长4.2%，高技术制造业增加值增长9.1%。全年工业投资增长12.5%，单位工业增加值能耗下降3%左右，全省累计建成智能工厂320家。

今年全省工业发展的预期目标为：规上工业增加值增长6.5%左右，制造业增加值占地区生产总值比重保持在30%以上。

新的一年，全省工信系统将坚持稳中求进，全力推进传统产业改造提升，持续抓好重大项目建设，加快培育战略性新兴产业。
""",
    (
        E("规上工业企业利润总额增长4.2%", 4.2, "%", "growth_rate", period="2023-01–11",
          subject="规上工业企业利润总额"),
        E("高技术制造业增加值增长9.1%", 9.1, "%", "growth_rate", period="2023-01–11", subject="高技术制造业增加值"),
        E("全年工业投资增长12.5%", 12.5, "%", "growth_rate", period="2023", subject="工业投资"),
        E("单位工业增加值能耗下降3%左右", -3, "%", "growth_rate", qualifier="about", period="2023",
          subject="单位工业增加值能耗"),
        E("全省累计建成智能工厂320家", 320, "家", "count", period="2023", subject="智能工厂"),
        E("规上工业增加值增长6.5%左右", 6.5, "%", "target", qualifier="about", period="2024",
          subject="规上工业增加值"),
        E("制造业增加值占地区生产总值比重保持在30%以上", 30, "%", "target", qualifier="at_least", period="2024",
          subject="制造业增加值占地区生产总值比重"),
    ),
    tasks=1,
    kind="review-year",
    titles=("会议概况", "工作回顾", "主要目标", "重点任务"),
)

REVIEW_YEAR_SAMPLES = (REVIEW_NO_YEAR, REVIEW_FROM_OPENING)
