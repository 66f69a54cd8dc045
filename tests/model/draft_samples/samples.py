"""Report texts in the style of other provinces' and national reports, each with the facts a careful
reader would draft from it (value, unit, kind, scope, qualifier, period) and the words that state them.

They are written to exercise every pattern of the drafter (growth rates, amounts, shares, percentage
points, ranks, counts, thresholds, targets, before/after pairs, periods, numbered tasks, enterprises),
not copied from the Fujian text, so that the drafter is not tuned to one document.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Expected:
    """A fact to find: ``where`` is a fragment of the text inside the fact's quote."""

    where: str
    value: float
    unit: str
    kind: str
    scope: str = "province"
    qualifier: str = "exact"
    period: str | None = None  # the period, or the period label (五年来) when the text names no year
    # What the figure measures, as a label would name it (规上工业增加值 for 规上工业增加值增速); alternatives
    # a careful reader might equally write are separated by |. Compared after tidy_label (scoring.py).
    subject: str = ""
    before: float | None = None  # the 'from' value of a stated before -> after comparison


@dataclass(frozen=True)
class Sample:
    name: str
    text: str
    facts: tuple[Expected, ...]
    tasks: int = 0
    enterprises: tuple[str, ...] = ()
    kind: str = "patterns"  # the error class the sample was written for (the score is given per class)
    honours: tuple[str, ...] | None = None  # the honour titles to draft (None: not checked)
    titles: tuple[str, ...] | None = None  # the section titles to draft, in order (None: not checked)


NATIONAL = Sample(
    "national",
    """全国工业和信息化工作会议在京召开
来源：工业和信息化部　时间：2022-12-29 08:30

12月28日，全国工业和信息化工作会议在北京召开。工业和信息化部党组书记、部长金壮龙作工作报告。

会议指出，2022年以来，工业经济总体回稳向好，全年规模以上工业增加值同比增长3.6%，制造业增加值占GDP比重达到27.7%。1—11月，高技术制造业增加值增长7.8%，高于全部规上工业4个百分点。装备制造业、高技术制造业利润分别增长5.6%、7.4%。新能源汽车产销分别完成705.8万辆和688.7万辆，连续8年保持全球第一。累计建成5G基站超过230万个，5G用户普及率超过40%。单位工业增加值能耗下降3.2%左右，光伏组件产量连续16年居全球首位。

会议认为，五年来，我国制造业增加值从20.9万亿元增加到33.5万亿元，占全球比重从28.1%提高到近30%，连续13年位居世界第一。2013—2022年，全国工业增加值年均增长6.0%。

会议强调，2023年要重点抓好四个方面工作。一是着力稳定工业经济增长，力争全年规模以上工业增加值增长5%左右。二是着力提升产业链供应链韧性，培育45个国家先进制造业集群。三是着力推进数字化转型，新建5G基站60万个以上。四是着力加强党的建设，推动全面从严治党向纵深发展。
""",
    (
        Expected("全年规模以上工业增加值同比增长3.6%", 3.6, "%", "growth_rate", "national", period="2022",
                 subject="规模以上工业增加值"),
        Expected("制造业增加值占GDP比重达到27.7%", 27.7, "%", "share", "national", period="2022",
                 subject="制造业增加值占GDP比重"),
        Expected("高技术制造业增加值增长7.8%", 7.8, "%", "growth_rate", "national", period="2022-01–11",
                 subject="高技术制造业增加值"),
        Expected("高于全部规上工业4个百分点", 4, "个百分点", "growth_rate", "national", period="2022-01–11",
                 subject="高技术制造业增加值增速高于全部规上工业"),
        Expected("利润分别增长5.6%、7.4%", 5.6, "%", "growth_rate", "national", period="2022",
                 subject="装备制造业利润"),
        Expected("利润分别增长5.6%、7.4%", 7.4, "%", "growth_rate", "national", period="2022",
                 subject="高技术制造业利润"),
        Expected("新能源汽车产销分别完成705.8万辆和688.7万辆", 705.8, "万辆", "amount", "national", period="2022",
                 subject="新能源汽车产量"),
        Expected("新能源汽车产销分别完成705.8万辆和688.7万辆", 688.7, "万辆", "amount", "national", period="2022",
                 subject="新能源汽车销量"),
        Expected("连续8年保持全球第一", 1, "位", "rank", "world", period="2022",
                 subject="新能源汽车产销|新能源汽车产销量|新能源汽车"),
        Expected("累计建成5G基站超过230万个", 230, "万个", "threshold", "national", "over", "2022",
                 subject="5G基站|建成5G基站"),
        Expected("5G用户普及率超过40%", 40, "%", "share", "national", "over", "2022", subject="5G用户普及率"),
        Expected("单位工业增加值能耗下降3.2%左右", -3.2, "%", "growth_rate", "national", "about", "2022",
                 subject="单位工业增加值能耗"),
        Expected("光伏组件产量连续16年居全球首位", 1, "位", "rank", "world", period="2022", subject="光伏组件产量"),
        # A pair in a review of 五年来 (2018–2022): its start is of 2018, its end of 2022 (as in Fujian's report).
        Expected("我国制造业增加值从20.9万亿元增加到33.5万亿元", 20.9, "万亿元", "amount", "national",
                 period="2018", subject="制造业增加值"),
        Expected("我国制造业增加值从20.9万亿元增加到33.5万亿元", 33.5, "万亿元", "amount", "national",
                 period="2022", subject="制造业增加值", before=20.9),
        Expected("占全球比重从28.1%提高到近30%", 28.1, "%", "share", "national", period="2018",
                 subject="制造业增加值占全球比重"),
        Expected("占全球比重从28.1%提高到近30%", 30, "%", "share", "national", "nearly", "2022",
                 subject="制造业增加值占全球比重", before=28.1),
        Expected("连续13年位居世界第一", 1, "位", "rank", "world", period="五年来", subject="制造业增加值|制造业规模"),
        Expected("全国工业增加值年均增长6.0%", 6.0, "%", "growth_rate", "national", period="2013–2022",
                 subject="工业增加值"),
        Expected("力争全年规模以上工业增加值增长5%左右", 5, "%", "target", "national", "about", "2023",
                 subject="规模以上工业增加值"),
        Expected("培育45个国家先进制造业集群", 45, "个", "target", "national", period="2023",
                 subject="国家先进制造业集群|培育国家先进制造业集群"),
        Expected("新建5G基站60万个以上", 60, "万个", "target", "national", "at_least", "2023",
                 subject="5G基站|新建5G基站"),
    ),
    tasks=4,
)

PROVINCE = Sample(
    "province",
    """2023年全省工业和信息化工作会议召开
来源：江苏省工业和信息化厅　发布时间：2023-02-10 10:30

2月9日，全省工业和信息化工作会议在南京召开。省工业和信息化厅厅长谢志成作工作报告。

会议认为，2022年全省规上工业增加值增长4.8%，增速居东部沿海省份第2位，总量继续位居全国前列。全省工业应税销售收入突破17万亿元，制造业增加值占地区生产总值比重提高0.5个百分点，达到37.3%。全省新增国家级专精特新“小巨人”企业279家，总数达到704家，数量居全国第一。在全省16个先进制造业集群中，10个集群入选国家先进制造业集群，数量居全国首位。

会议要求，力争到2023年底，全省规上工业增加值增长5%以上，工业投资增长10%左右，新增规上工业企业3000家。

会议强调，2023年要重点抓好五个方面工作：
一、全力稳住工业经济大盘。加强运行监测调度，强化要素保障，推动重大项目早开工、早投产。
二、加快建设现代化产业体系。实施产业强链三年行动计划，打造50条重点产业链。
三、大力推进数字化转型。新增智能制造示范工厂100家以上，推动1万家企业上云。
四、培育壮大优质企业。实施企业梯度培育工程，支持徐工集团、恒力集团、沙钢集团3家企业做强做优。
五、持续优化营商环境。深化“放管服”改革，切实为企业纾困解难。
""",
    (
        Expected("2022年全省规上工业增加值增长4.8%", 4.8, "%", "growth_rate", period="2022", subject="规上工业增加值"),
        Expected("增速居东部沿海省份第2位", 2, "位", "rank", "eastern_region", period="2022",
                 subject="规上工业增加值增速"),
        Expected("全省工业应税销售收入突破17万亿元", 17, "万亿元", "threshold", qualifier="over", period="2022",
                 subject="工业应税销售收入"),
        Expected("比重提高0.5个百分点", 0.5, "个百分点", "growth_rate", period="2022",
                 subject="制造业增加值占地区生产总值比重"),
        Expected("达到37.3%", 37.3, "%", "share", period="2022", subject="制造业增加值占地区生产总值比重"),
        Expected("新增国家级专精特新“小巨人”企业279家", 279, "家", "count", period="2022",
                 subject="新增国家级专精特新“小巨人”企业"),
        Expected("总数达到704家", 704, "家", "count", period="2022",
                 subject="国家级专精特新“小巨人”企业总数|国家级专精特新“小巨人”企业"),
        Expected("数量居全国第一", 1, "位", "rank", "national", period="2022",
                 subject="国家级专精特新“小巨人”企业数量|国家级专精特新“小巨人”企业"),
        Expected("在全省16个先进制造业集群中", 16, "个", "count", period="2022", subject="先进制造业集群"),
        Expected("10个集群入选国家先进制造业集群", 10, "个", "count", period="2022",
                 subject="入选国家先进制造业集群|集群入选国家先进制造业集群|国家先进制造业集群"),
        Expected("数量居全国首位", 1, "位", "rank", "national", period="2022",
                 subject="入选国家先进制造业集群数量|国家先进制造业集群数量|国家先进制造业集群|集群入选国家先进制造业集群数量"),
        Expected("全省规上工业增加值增长5%以上", 5, "%", "target", qualifier="at_least", period="2023",
                 subject="规上工业增加值"),
        Expected("工业投资增长10%左右", 10, "%", "target", qualifier="about", period="2023", subject="工业投资"),
        Expected("新增规上工业企业3000家", 3000, "家", "target", period="2023", subject="新增规上工业企业"),
        Expected("打造50条重点产业链", 50, "条", "target", period="2023", subject="重点产业链|打造重点产业链"),
        Expected("新增智能制造示范工厂100家以上", 100, "家", "target", qualifier="at_least", period="2023",
                 subject="新增智能制造示范工厂"),
        Expected("推动1万家企业上云", 1, "万家", "target", period="2023", subject="企业上云|推动企业上云"),
        Expected("沙钢集团3家企业做强做优", 3, "家", "target", period="2023", subject="企业做强做优|支持企业做强做优"),
    ),
    tasks=5,
    enterprises=("徐工集团", "恒力集团", "沙钢集团"),
)

CITY = Sample(
    "city",
    """2022年全市工业经济运行情况
2022年，全市实现工业总产值1.2万亿元，比上年增长8.5%。其中，规上工业企业从2018年的1520家增加到2022年的2310家，年均增长11.0%。汽车产量达到65万辆，新能源汽车产量占比28%。全市发电量达到320亿千瓦时，港口集装箱吞吐量完成560万标箱。
宁德时代、福耀玻璃、万华化学等12家企业营业收入超过百亿元，比亚迪新能源汽车等85个重点项目竣工投产。全市工业增加值、工业投资增速分别居全省第2位、第3位，数字经济规模从全省第4位跃升至第2位。电子信息、装备制造产业规模位居全省前三。
1-9月，全市规上工业企业利润总额下降2.1%。高技术制造业增加值占规上工业比重为22.6%，较上年提高1.8个百分点。全市现有上市工业企业近50家，工业技改投资约300亿元。
""",
    (
        Expected("全市实现工业总产值1.2万亿元", 1.2, "万亿元", "amount", period="2022", subject="工业总产值"),
        Expected("比上年增长8.5%", 8.5, "%", "growth_rate", period="2022", subject="工业总产值"),
        Expected("规上工业企业从2018年的1520家增加到2022年的2310家", 1520, "家", "count", period="2018",
                 subject="规上工业企业|规上工业企业数量"),
        Expected("规上工业企业从2018年的1520家增加到2022年的2310家", 2310, "家", "count", period="2022",
                 subject="规上工业企业|规上工业企业数量", before=1520),
        Expected("年均增长11.0%", 11.0, "%", "growth_rate", period="2018–2022",
                 subject="规上工业企业|规上工业企业数量"),
        Expected("汽车产量达到65万辆", 65, "万辆", "amount", period="2022", subject="汽车产量"),
        Expected("新能源汽车产量占比28%", 28, "%", "share", period="2022", subject="新能源汽车产量占比"),
        Expected("全市发电量达到320亿千瓦时", 320, "亿千瓦时", "amount", period="2022", subject="发电量"),
        Expected("港口集装箱吞吐量完成560万标箱", 560, "万标箱", "amount", period="2022", subject="港口集装箱吞吐量"),
        Expected("等12家企业营业收入超过百亿元", 12, "家", "count", period="2022",
                 subject="营业收入超过百亿元企业|营业收入超百亿元企业|企业营业收入超过百亿元"),
        Expected("比亚迪新能源汽车等85个重点项目竣工投产", 85, "个", "count", period="2022",
                 subject="竣工投产重点项目|重点项目竣工投产"),
        Expected("增速分别居全省第2位、第3位", 2, "位", "rank", period="2022", subject="工业增加值增速"),
        Expected("增速分别居全省第2位、第3位", 3, "位", "rank", period="2022", subject="工业投资增速"),
        Expected("数字经济规模从全省第4位跃升至第2位", 2, "位", "rank", period="2022",
                 subject="数字经济规模", before=4),
        Expected("电子信息、装备制造产业规模位居全省前三", 3, "位", "rank", qualifier="top", period="2022",
                 subject="电子信息产业规模"),
        Expected("电子信息、装备制造产业规模位居全省前三", 3, "位", "rank", qualifier="top", period="2022",
                 subject="装备制造产业规模"),
        Expected("全市规上工业企业利润总额下降2.1%", -2.1, "%", "growth_rate", period="2022-01–09",
                 subject="规上工业企业利润总额"),
        Expected("高技术制造业增加值占规上工业比重为22.6%", 22.6, "%", "share", period="2022",
                 subject="高技术制造业增加值占规上工业比重"),
        Expected("较上年提高1.8个百分点", 1.8, "个百分点", "growth_rate", period="2022",
                 subject="高技术制造业增加值占规上工业比重"),
        Expected("全市现有上市工业企业近50家", 50, "家", "count", qualifier="nearly", period="2022",
                 subject="上市工业企业"),
        Expected("工业技改投资约300亿元", 300, "亿元", "amount", qualifier="about", period="2022",
                 subject="工业技改投资"),
    ),
    enterprises=("宁德时代", "福耀玻璃", "万华化学", "比亚迪新能源汽车"),
)


# Written after the drafter was built, to see how it does on text it was not developed against.
WORK_REPORT = Sample(
    "work-report",
    """广东省工业和信息化厅2022年工作总结和2023年工作安排
一、2022年工作回顾
2022年，全省规模以上工业增加值3.9万亿元，增长1.6%。先进制造业增加值占规上工业比重达55.1%，高技术制造业增加值占比29.9%。新能源汽车产量129.7万辆，增长1.4倍。工业投资增长12.5%，其中技术改造投资增长9.1%。新增规上工业企业8000家以上，总数超过6.6万家。华为、比亚迪、美的等22家企业入围世界500强。全省工业总量连续多年居全国首位。全省电子信息制造业营业收入约4.6万亿元，规模连续32年居全国第一。5G基站数量从2020年的12.4万个增加到2022年的23.1万个。
二、2023年工作安排
（一）稳住工业经济增长。全年规上工业增加值增长5%左右，工业投资增长10%以上。
（二）推进制造业当家。培育20个战略性产业集群，新增专精特新中小企业1000家。
（三）加快数字化转型。推动5000家规上工业企业数字化转型。
""",
    (
        Expected("全省规模以上工业增加值3.9万亿元", 3.9, "万亿元", "amount", period="2022",
                 subject="规模以上工业增加值"),
        Expected("增长1.6%", 1.6, "%", "growth_rate", period="2022", subject="规模以上工业增加值"),
        Expected("先进制造业增加值占规上工业比重达55.1%", 55.1, "%", "share", period="2022",
                 subject="先进制造业增加值占规上工业比重"),
        Expected("高技术制造业增加值占比29.9%", 29.9, "%", "share", period="2022", subject="高技术制造业增加值占比"),
        Expected("新能源汽车产量129.7万辆", 129.7, "万辆", "amount", period="2022", subject="新能源汽车产量"),
        Expected("增长1.4倍", 1.4, "倍", "growth_rate", period="2022", subject="新能源汽车产量"),
        Expected("工业投资增长12.5%", 12.5, "%", "growth_rate", period="2022", subject="工业投资"),
        Expected("其中技术改造投资增长9.1%", 9.1, "%", "growth_rate", period="2022", subject="技术改造投资"),
        Expected("新增规上工业企业8000家以上", 8000, "家", "threshold", qualifier="at_least", period="2022",
                 subject="新增规上工业企业"),
        Expected("总数超过6.6万家", 6.6, "万家", "threshold", qualifier="over", period="2022",
                 subject="规上工业企业总数|规上工业企业"),
        Expected("华为、比亚迪、美的等22家企业入围世界500强", 22, "家", "count", period="2022",
                 subject="入围世界500强企业|企业入围世界500强"),
        Expected("全省工业总量连续多年居全国首位", 1, "位", "rank", "national", period="2022", subject="工业总量"),
        Expected("全省电子信息制造业营业收入约4.6万亿元", 4.6, "万亿元", "amount", qualifier="about", period="2022",
                 subject="电子信息制造业营业收入"),
        Expected("规模连续32年居全国第一", 1, "位", "rank", "national", period="2022",
                 subject="电子信息制造业营业收入规模|电子信息制造业营业收入|电子信息制造业规模"),
        Expected("5G基站数量从2020年的12.4万个增加到2022年的23.1万个", 12.4, "万个", "count", period="2020",
                 subject="5G基站数量"),
        Expected("5G基站数量从2020年的12.4万个增加到2022年的23.1万个", 23.1, "万个", "count", period="2022",
                 subject="5G基站数量", before=12.4),
        Expected("全年规上工业增加值增长5%左右", 5, "%", "target", qualifier="about", period="2023",
                 subject="规上工业增加值"),
        Expected("工业投资增长10%以上", 10, "%", "target", qualifier="at_least", period="2023", subject="工业投资"),
        Expected("培育20个战略性产业集群", 20, "个", "target", period="2023",
                 subject="战略性产业集群|培育战略性产业集群"),
        Expected("新增专精特新中小企业1000家", 1000, "家", "target", period="2023", subject="新增专精特新中小企业"),
        Expected("推动5000家规上工业企业数字化转型", 5000, "家", "target", period="2023",
                 subject="规上工业企业数字化转型|推动规上工业企业数字化转型"),
    ),
    tasks=3,
    enterprises=("华为", "比亚迪", "美的"),
)

CITY_MEETING = Sample(
    "city-meeting",
    """2023年全市工业和信息化工作会议召开
3月2日，全市工业和信息化工作会议在苏州召开。会议以电视电话会议形式召开。

会议指出，过去一年，全市规上工业增加值增长7.2%，增速居全省第1位。全市工业出口交货值达到186亿美元，风电装机容量突破500万千瓦，全社会用电量增长4.3%，工业用电量达到420亿千瓦时。全市集成电路产业规模居全国前十。

会议强调，2023年要着力做好三方面工作。第一，加快项目建设，全年实施重点工业项目300个。第二，壮大市场主体，力争新增规上工业企业200家。第三，优化营商环境，为企业减负50亿元。
""",
    (
        Expected("全市规上工业增加值增长7.2%", 7.2, "%", "growth_rate", period="过去一年", subject="规上工业增加值"),
        Expected("增速居全省第1位", 1, "位", "rank", period="过去一年", subject="规上工业增加值增速"),
        Expected("全市工业出口交货值达到186亿美元", 186, "亿美元", "amount", period="过去一年",
                 subject="工业出口交货值"),
        Expected("风电装机容量突破500万千瓦", 500, "万千瓦", "threshold", qualifier="over", period="过去一年",
                 subject="风电装机容量"),
        Expected("全社会用电量增长4.3%", 4.3, "%", "growth_rate", period="过去一年", subject="全社会用电量"),
        Expected("工业用电量达到420亿千瓦时", 420, "亿千瓦时", "amount", period="过去一年", subject="工业用电量"),
        Expected("全市集成电路产业规模居全国前十", 10, "位", "rank", "national", "top", "过去一年",
                 subject="集成电路产业规模"),
        Expected("全年实施重点工业项目300个", 300, "个", "target", period="2023",
                 subject="重点工业项目|实施重点工业项目"),
        Expected("力争新增规上工业企业200家", 200, "家", "target", period="2023", subject="新增规上工业企业"),
        Expected("为企业减负50亿元", 50, "亿元", "target", period="2023", subject="为企业减负|企业减负"),
    ),
    tasks=3,
)

HELD_OUT = (WORK_REPORT, CITY_MEETING)
SAMPLES = (NATIONAL, PROVINCE, CITY, *HELD_OUT)
