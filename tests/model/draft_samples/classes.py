"""Samples for each class of drafting error seen on real reports (issue 13), written for these tests in the
style of national and provincial conference reports: the figures are like those reports state, the
sentences are ours. Each fact is given with the value, unit, kind, scope, qualifier, period, label subject
(and the 'from' value of a before -> after comparison) a careful reader would draft.

Classes: results read as targets (预计 for the reviewed year, a target word early in a sentence), scope from
the publisher and the meeting, per-item labels (分别, enumerations, heading prefixes, province and year),
counter words as units, shared figures (均) and before -> after (从…到…), honours only for the region's
enterprises, whole section titles, and tasks from unnumbered plan paragraphs.
"""

from __future__ import annotations

from tests.model.draft_samples.samples import Expected, Sample

E = Expected

# A ministry's year-end report: the year's results are estimates (预计), the title does not say 全国.
MINISTRY_YEAR_END = Sample(
    "ministry-year-end",
    """工业和信息化部召开2025年工作会议
来源：工业和信息化部　时间：2024-12-27 18:30

12月26日至27日，2025年工作会议在京召开。部党组书记、部长作工作报告。

会议回顾了2024年工作。一年来，工业经济顶住压力、稳中有进，预计全年规模以上工业增加值增长5.8%左右，制造业总体规模连续15年保持全球第一。年初确定的主要目标任务顺利完成，全部工业增加值预计突破40万亿元。1—11月，装备制造业增加值增长7.6%，占规上工业比重达到34.6%，高技术制造业增加值增长8.9%。全年新能源汽车产量预计超过1300万辆，集成电路、工业机器人产量分别增长22.2%、14.2%。累计建成5G基站超过419万个，千兆宽带用户达到2.07亿户。

会议部署了2025年重点工作。力争全年规模以上工业增加值增长5%左右，制造业增加值占比保持基本稳定。新培育国家先进制造业集群20个，新建5G基站40万个以上。
""",
    (
        E("预计全年规模以上工业增加值增长5.8%左右", 5.8, "%", "growth_rate", "national", "about", "2024",
          subject="规模以上工业增加值"),
        E("制造业总体规模连续15年保持全球第一", 1, "位", "rank", "world", period="2024", subject="制造业总体规模"),
        E("全部工业增加值预计突破40万亿元", 40, "万亿元", "threshold", "national", "over", "2024",
          subject="全部工业增加值"),
        E("装备制造业增加值增长7.6%", 7.6, "%", "growth_rate", "national", period="2024-01–11",
          subject="装备制造业增加值"),
        E("占规上工业比重达到34.6%", 34.6, "%", "share", "national", period="2024-01–11",
          subject="装备制造业增加值占规上工业比重"),
        E("高技术制造业增加值增长8.9%", 8.9, "%", "growth_rate", "national", period="2024-01–11",
          subject="高技术制造业增加值"),
        E("全年新能源汽车产量预计超过1300万辆", 1300, "万辆", "threshold", "national", "over", "2024",
          subject="新能源汽车产量"),
        E("工业机器人产量分别增长22.2%、14.2%", 22.2, "%", "growth_rate", "national", period="2024",
          subject="集成电路产量"),
        E("工业机器人产量分别增长22.2%、14.2%", 14.2, "%", "growth_rate", "national", period="2024",
          subject="工业机器人产量"),
        E("累计建成5G基站超过419万个", 419, "万个", "threshold", "national", "over", "2024",
          subject="5G基站|建成5G基站"),
        E("千兆宽带用户达到2.07亿户", 2.07, "亿户", "count", "national", period="2024", subject="千兆宽带用户"),
        E("力争全年规模以上工业增加值增长5%左右", 5, "%", "target", "national", "about", "2025",
          subject="规模以上工业增加值"),
        E("新培育国家先进制造业集群20个", 20, "个", "target", "national", period="2025",
          subject="新培育国家先进制造业集群|国家先进制造业集群"),
        E("新建5G基站40万个以上", 40, "万个", "target", "national", "at_least", "2025",
          subject="新建5G基站|5G基站"),
    ),
    kind="results-targets",
)

# A province reviewing the year in January: 预计 results, a target word early in a review sentence.
PROVINCE_ESTIMATES = Sample(
    "province-estimates",
    """2025年全省经济和信息化工作会议召开
来源：湖北省经济和信息化厅　时间：2025-01-07 20:00

1月7日，全省经济和信息化工作会议在武汉召开。

会议认为，2024年全省经信系统圆满完成年度目标任务，规上工业增加值预计增长7.7%，高于全国1.9个百分点，制造业增加值占地区生产总值比重提升至29%左右。确保重点产业链稳定运行，全年光电子信息产业规模预计突破8000亿元，汽车产量预计达到175万辆。

会议要求，2025年全省规上工业增加值增长7%，工业投资增长10%，力争新增规上工业企业2000家，技改投资占工业投资比重达到48%以上。
""",
    (
        E("规上工业增加值预计增长7.7%", 7.7, "%", "growth_rate", period="2024", subject="规上工业增加值"),
        E("高于全国1.9个百分点", 1.9, "个百分点", "growth_rate", period="2024",
          subject="规上工业增加值增速高于全国"),
        E("制造业增加值占地区生产总值比重提升至29%左右", 29, "%", "share", qualifier="about", period="2024",
          subject="制造业增加值占地区生产总值比重"),
        E("全年光电子信息产业规模预计突破8000亿元", 8000, "亿元", "threshold", qualifier="over", period="2024",
          subject="光电子信息产业规模"),
        E("汽车产量预计达到175万辆", 175, "万辆", "amount", period="2024", subject="汽车产量"),
        E("2025年全省规上工业增加值增长7%", 7, "%", "target", period="2025", subject="规上工业增加值"),
        E("工业投资增长10%", 10, "%", "target", period="2025", subject="工业投资"),
        E("力争新增规上工业企业2000家", 2000, "家", "target", period="2025", subject="新增规上工业企业"),
        E("技改投资占工业投资比重达到48%以上", 48, "%", "target", qualifier="at_least", period="2025",
          subject="技改投资占工业投资比重"),
    ),
    kind="results-targets",
)

# A national press conference: neither title nor publisher line says 全国; the body does (在京, 我国).
NATIONAL_BRIEFING = Sample(
    "national-briefing",
    """工业和信息化发展成效新闻发布会举行
来源：国务院新闻办公室　时间：2025-01-21 10:00

1月21日，国务院新闻办公室在京举行新闻发布会，介绍2024年工业和信息化发展成效。

2024年，规模以上工业增加值同比增长5.8%，较上年加快1.2个百分点。制造业增加值达到33.6万亿元，占全球比重约30%。高技术制造业增加值增长8.9%，占规上工业比重提高到16.3%。我国工业机器人装机量占全球比重超过50%，新能源汽车产销量连续10年位居全球第一。
东部地区工业增加值增长6.1%，中西部地区工业生产保持较快增长。全年规上工业企业利润总额7.4万亿元，工业企业数量达到51.2万家。
""",
    (
        E("规模以上工业增加值同比增长5.8%", 5.8, "%", "growth_rate", "national", period="2024",
          subject="规模以上工业增加值"),
        E("较上年加快1.2个百分点", 1.2, "个百分点", "growth_rate", "national", period="2024",
          subject="规模以上工业增加值增速较上年加快|规模以上工业增加值增速"),
        E("制造业增加值达到33.6万亿元", 33.6, "万亿元", "amount", "national", period="2024", subject="制造业增加值"),
        E("占全球比重约30%", 30, "%", "share", "national", "about", "2024", subject="制造业增加值占全球比重"),
        E("高技术制造业增加值增长8.9%", 8.9, "%", "growth_rate", "national", period="2024",
          subject="高技术制造业增加值"),
        E("占规上工业比重提高到16.3%", 16.3, "%", "share", "national", period="2024",
          subject="高技术制造业增加值占规上工业比重"),
        E("我国工业机器人装机量占全球比重超过50%", 50, "%", "share", "national", "over", "2024",
          subject="工业机器人装机量占全球比重"),
        E("新能源汽车产销量连续10年位居全球第一", 1, "位", "rank", "world", period="2024",
          subject="新能源汽车产销量"),
        E("东部地区工业增加值增长6.1%", 6.1, "%", "growth_rate", "eastern_region", period="2024",
          subject="工业增加值"),
        E("全年规上工业企业利润总额7.4万亿元", 7.4, "万亿元", "amount", "national", period="2024",
          subject="规上工业企业利润总额"),
        E("工业企业数量达到51.2万家", 51.2, "万家", "count", "national", period="2024", subject="工业企业数量"),
    ),
    kind="scope",
)

# Per-item labels: 分别 over an enumeration, counts written before their nouns, heading prefixes (——),
# the province's name and the year before the subject.
ITEM_LABELS = Sample(
    "item-labels",
    """2025年全省工业和信息化工作会议召开
来源：安徽省经济和信息化厅　时间：2025-02-08 16:00

2月7日，全省工业和信息化工作会议在合肥召开。省经济和信息化厅厅长作工作报告。

会议指出，2024年安徽省规上工业增加值增长8.5%，增速居全国第4位。
动能向新——新能源汽车、光伏产业产值分别增长32%、11%，汽车产量达到357万辆，居全国第2位。
集群成势——累计培育15家国家级智能制造示范工厂、126家国家级绿色工厂，新增国家级专精特新“小巨人”企业102家，全省国家级经济技术开发区达到13个。
企业壮大——营业收入超百亿元、超千亿元企业分别达到42家、5家，省级以上企业技术中心达到1500家。
""",
    (
        E("2024年安徽省规上工业增加值增长8.5%", 8.5, "%", "growth_rate", period="2024", subject="规上工业增加值"),
        E("增速居全国第4位", 4, "位", "rank", "national", period="2024", subject="规上工业增加值增速"),
        E("光伏产业产值分别增长32%、11%", 32, "%", "growth_rate", period="2024",
          subject="新能源汽车产业产值|新能源汽车产值"),
        E("光伏产业产值分别增长32%、11%", 11, "%", "growth_rate", period="2024", subject="光伏产业产值"),
        E("汽车产量达到357万辆", 357, "万辆", "amount", period="2024", subject="汽车产量"),
        E("居全国第2位", 2, "位", "rank", "national", period="2024", subject="汽车产量"),
        E("累计培育15家国家级智能制造示范工厂", 15, "家", "count", period="2024",
          subject="国家级智能制造示范工厂|培育国家级智能制造示范工厂"),
        E("126家国家级绿色工厂", 126, "家", "count", period="2024", subject="国家级绿色工厂"),
        E("新增国家级专精特新“小巨人”企业102家", 102, "家", "count", period="2024",
          subject="新增国家级专精特新“小巨人”企业"),
        E("全省国家级经济技术开发区达到13个", 13, "个", "count", period="2024", subject="国家级经济技术开发区"),
        E("营业收入超百亿元、超千亿元企业分别达到42家、5家", 42, "家", "count", period="2024",
          subject="营业收入超百亿元企业"),
        E("营业收入超百亿元、超千亿元企业分别达到42家、5家", 5, "家", "count", period="2024",
          subject="营业收入超千亿元企业"),
        E("省级以上企业技术中心达到1500家", 1500, "家", "count", period="2024", subject="省级以上企业技术中心"),
    ),
    kind="labels",
    honours=("国家级智能制造示范工厂", "国家级绿色工厂", "国家级专精特新“小巨人”企业"),
)

# Counter words: ships, base stations, households, flights, equipment sets, buildings; and one the
# drafter has no list entry for (眼, for wells), which must still be drafted and flagged.
COUNTERS = Sample(
    "counters",
    """2024年全市工业和信息化工作情况
来源：舟山市经济和信息化局　时间：2025-01-10 09:00

2024年，全市规上工业增加值增长9.2%。船舶修造业完工交付船舶68艘，新承接订单120艘，修理船舶1300余艘。全年新建5G基站1650座，新增光纤宽带用户3.6万户，千兆用户占比达到28%。
港区完成集装箱吞吐量420万标箱，新开通国际航线6条，通用航空飞行起降3200架次。全市推广首台套装备45台套，建成标准厂房46幢，海岛供水工程新打机井120眼。
""",
    (
        E("全市规上工业增加值增长9.2%", 9.2, "%", "growth_rate", period="2024", subject="规上工业增加值"),
        E("完工交付船舶68艘", 68, "艘", "count", period="2024", subject="完工交付船舶|船舶修造业完工交付船舶"),
        E("新承接订单120艘", 120, "艘", "count", period="2024", subject="新承接订单"),
        E("修理船舶1300余艘", 1300, "艘", "count", qualifier="over", period="2024", subject="修理船舶"),
        E("全年新建5G基站1650座", 1650, "座", "count", period="2024", subject="新建5G基站"),
        E("新增光纤宽带用户3.6万户", 3.6, "万户", "count", period="2024", subject="新增光纤宽带用户"),
        E("千兆用户占比达到28%", 28, "%", "share", period="2024", subject="千兆用户占比"),
        E("完成集装箱吞吐量420万标箱", 420, "万标箱", "amount", period="2024", subject="集装箱吞吐量|港区集装箱吞吐量"),
        E("新开通国际航线6条", 6, "条", "count", period="2024", subject="新开通国际航线"),
        E("通用航空飞行起降3200架次", 3200, "架次", "count", period="2024", subject="通用航空飞行起降"),
        E("推广首台套装备45台套", 45, "台套", "count", period="2024", subject="推广首台套装备|首台套装备"),
        E("建成标准厂房46幢", 46, "幢", "count", period="2024", subject="建成标准厂房|标准厂房"),
        E("新打机井120眼", 120, "眼", "count", period="2024", subject="新打机井|海岛供水工程新打机井"),
    ),
    kind="counters",
)

# Shared figures (A、B均增长…) are one fact per item; 从…到… is one before -> after comparison (and a fact of
# its own for the start only when the start has its own year: 由2020年的59.6%…).
SHARED_AND_PAIRS = Sample(
    "shared-and-pairs",
    """2025年全省经济和信息化工作会议召开
来源：浙江省经济和信息化厅　时间：2025-02-12 11:00

2月11日，全省经济和信息化工作会议在杭州召开。

会议指出，2024年全省规上工业增加值、制造业增加值同比均增长8%左右，数字经济核心产业、高新技术产业增加值均增长9%以上。规上工业企业亏损面从近20%下降到15%左右，单位工业增加值能耗从0.62吨标准煤降至0.58吨标准煤。工业投资、技改投资均增长11.6%。全省高新技术产业增加值占规上工业比重由2020年的59.6%提高到65.3%，专精特新“小巨人”企业从2019年的46家增加到2024年的1432家。
""",
    (
        E("规上工业增加值、制造业增加值同比均增长8%左右", 8, "%", "growth_rate", qualifier="about", period="2024",
          subject="规上工业增加值"),
        E("规上工业增加值、制造业增加值同比均增长8%左右", 8, "%", "growth_rate", qualifier="about", period="2024",
          subject="制造业增加值"),
        E("高新技术产业增加值均增长9%以上", 9, "%", "growth_rate", qualifier="at_least", period="2024",
          subject="数字经济核心产业增加值"),
        E("高新技术产业增加值均增长9%以上", 9, "%", "growth_rate", qualifier="at_least", period="2024",
          subject="高新技术产业增加值"),
        E("规上工业企业亏损面从近20%下降到15%左右", 15, "%", "share", qualifier="about", period="2024",
          subject="规上工业企业亏损面", before=20),
        E("单位工业增加值能耗从0.62吨标准煤降至0.58吨标准煤", 0.58, "吨标准煤", "amount", period="2024",
          subject="单位工业增加值能耗", before=0.62),
        E("工业投资、技改投资均增长11.6%", 11.6, "%", "growth_rate", period="2024", subject="工业投资"),
        E("工业投资、技改投资均增长11.6%", 11.6, "%", "growth_rate", period="2024", subject="技改投资"),
        E("由2020年的59.6%提高到65.3%", 59.6, "%", "share", period="2020",
          subject="高新技术产业增加值占规上工业比重"),
        E("由2020年的59.6%提高到65.3%", 65.3, "%", "share", period="2024",
          subject="高新技术产业增加值占规上工业比重", before=59.6),
        E("从2019年的46家增加到2024年的1432家", 46, "家", "count", period="2019",
          subject="专精特新“小巨人”企业"),
        E("从2019年的46家增加到2024年的1432家", 1432, "家", "count", period="2024",
          subject="专精特新“小巨人”企业", before=46),
    ),
    kind="shared-and-pairs",
)

# A national meeting on small enterprises: its 国家级… totals are the country's, not honours of a region.
NATIONAL_TOTALS = Sample(
    "national-totals",
    """中小企业发展工作会议召开
来源：工业和信息化部　时间：2025-01-09 15:00

1月8日，全国中小企业发展工作会议在北京召开。

会议指出，2024年优质中小企业梯度培育体系不断完善，累计培育专精特新中小企业超过14万家，其中国家级专精特新“小巨人”企业1.46万家，国家级制造业单项冠军企业1557家。新认定国家级中小企业公共服务示范平台180个、国家级中小企业特色产业集群200个。中小企业数字化转型试点城市扩大到100个，带动超过6万家中小企业实施数字化改造。

会议要求，2025年力争新培育国家级专精特新“小巨人”企业3000家左右。
""",
    (
        E("累计培育专精特新中小企业超过14万家", 14, "万家", "threshold", "national", "over", "2024",
          subject="专精特新中小企业|培育专精特新中小企业"),
        E("其中国家级专精特新“小巨人”企业1.46万家", 1.46, "万家", "count", "national", period="2024",
          subject="国家级专精特新“小巨人”企业"),
        E("国家级制造业单项冠军企业1557家", 1557, "家", "count", "national", period="2024",
          subject="国家级制造业单项冠军企业"),
        E("新认定国家级中小企业公共服务示范平台180个", 180, "个", "count", "national", period="2024",
          subject="新认定国家级中小企业公共服务示范平台"),
        E("国家级中小企业特色产业集群200个", 200, "个", "count", "national", period="2024",
          subject="国家级中小企业特色产业集群|新认定国家级中小企业特色产业集群"),
        E("中小企业数字化转型试点城市扩大到100个", 100, "个", "count", "national", period="2024",
          subject="中小企业数字化转型试点城市"),
        E("带动超过6万家中小企业实施数字化改造", 6, "万家", "threshold", "national", "over", "2024",
          subject="中小企业实施数字化改造|实施数字化改造中小企业|带动中小企业实施数字化改造"),
        E("力争新培育国家级专精特新“小巨人”企业3000家左右", 3000, "家", "target", "national", "about", "2025",
          subject="新培育国家级专精特新“小巨人”企业"),
    ),
    kind="honours",
    honours=(),
)

# Sections with numbered headings; a first sentence whose opening clause is long (a title must not end
# inside 7.3%); the plan part is one unnumbered paragraph (新的一年，…将…，全力推进…，持续抓好…).
SECTION_TITLES = Sample(
    "section-titles",
    """2024年全市工业经济运行情况通报
来源：佛山市工业和信息化局　时间：2025-01-24 10:00

一、总体运行情况
今年以来全市规模以上工业企业工业增加值同比增长7.3%，高于全省3.1个百分点，规上工业总产值达到3.2万亿元。
二、重点产业发展
全市家电产业实现产值3800亿元，增长9.6%；装备制造业产值增长6.2%，占规上工业比重为41.5%。
三、下一步工作
新的一年，全市工信系统将聚焦制造业当家，全力推进产业集群提质，持续抓好技改投资，着力培育优质企业，确保规上工业增加值增长6%以上。
""",
    (
        E("今年以来全市规模以上工业企业工业增加值同比增长7.3%", 7.3, "%", "growth_rate", period="2024",
          subject="规模以上工业企业工业增加值|规模以上工业增加值"),
        E("高于全省3.1个百分点", 3.1, "个百分点", "growth_rate", period="2024",
          subject="规模以上工业企业工业增加值增速高于全省|规模以上工业增加值增速高于全省"),
        E("规上工业总产值达到3.2万亿元", 3.2, "万亿元", "amount", period="2024", subject="规上工业总产值"),
        E("全市家电产业实现产值3800亿元", 3800, "亿元", "amount", period="2024", subject="家电产业产值"),
        E("增长9.6%", 9.6, "%", "growth_rate", period="2024", subject="家电产业产值"),
        E("装备制造业产值增长6.2%", 6.2, "%", "growth_rate", period="2024", subject="装备制造业产值"),
        E("占规上工业比重为41.5%", 41.5, "%", "share", period="2024", subject="装备制造业产值占规上工业比重"),
        E("确保规上工业增加值增长6%以上", 6, "%", "target", qualifier="at_least", period="2025",
          subject="规上工业增加值"),
    ),
    tasks=1,
    kind="section-titles",
    titles=("总体运行情况", "重点产业发展", "下一步工作"),
)

# The year's plan in unnumbered paragraphs: each paragraph is a task with its actions.
PLAN_PARAGRAPHS = Sample(
    "plan-paragraphs",
    """全省经济和信息化工作会议召开
来源：四川省经济和信息化厅　时间：2025-01-20 18:00

1月20日，全省经济和信息化工作会议在成都召开。

会议总结了2024年工作。全年全省规上工业增加值增长6.6%，工业投资增长11.3%，新增规上工业企业1800户。

会议部署了2025年工作。新的一年，全省经信系统将坚持制造强省战略，全力推进六大优势产业提质倍增，持续抓好重大项目建设，加快培育新质生产力，力争规上工业增加值增长6%左右。
要着力推动数字化转型，深入实施“智改数转”行动，推进5000户企业上云用云，新建5G基站2万个。
要持续优化营商环境，切实为企业纾困解难，强化要素保障，扎实做好安全生产工作。
""",
    (
        E("全年全省规上工业增加值增长6.6%", 6.6, "%", "growth_rate", period="2024", subject="规上工业增加值"),
        E("工业投资增长11.3%", 11.3, "%", "growth_rate", period="2024", subject="工业投资"),
        E("新增规上工业企业1800户", 1800, "户", "count", period="2024", subject="新增规上工业企业"),
        E("力争规上工业增加值增长6%左右", 6, "%", "target", qualifier="about", period="2025",
          subject="规上工业增加值"),
        E("推进5000户企业上云用云", 5000, "户", "target", period="2025",
          subject="企业上云用云|推进企业上云用云"),
        E("新建5G基站2万个", 2, "万个", "target", period="2025", subject="新建5G基站|5G基站"),
    ),
    tasks=3,
    kind="plan-paragraphs",
)

CLASS_SAMPLES = (MINISTRY_YEAR_END, PROVINCE_ESTIMATES, NATIONAL_BRIEFING, ITEM_LABELS, COUNTERS,
                 SHARED_AND_PAIRS, NATIONAL_TOTALS, SECTION_TITLES, PLAN_PARAGRAPHS)
