"""Every text the program writes in two languages outside the window's own widgets: the names of statuses
and review marks, how values are worded, the charts' titles, axes, notes and captions, the PDF's headings
and page numbers, and the Markdown summary of the checklist.

One table, message id -> (Chinese, English); ``message(id, lang, **values)`` fills in the ``{name}`` fields.
It lives in the model, which has no Qt, because the model words values and statuses itself and the charts,
the PDF and the command line (which never load a translator) all read it. The window's own strings (menus,
buttons, messages) are English in the code through ``tr()`` with Chinese in resources/i18n; where the
window shows a status or a chart, it takes the text from here.

The two languages also differ in how sentences run together: ``sentences`` joins them as each language
writes them. Report data carries its own two languages (``Text.get``) and units their English names
(``viewer.model.units``).
"""

from __future__ import annotations

from collections.abc import Iterable

MESSAGES: dict[str, tuple[str, str]] = {
    # --- statuses of checklist items and review marks (viewer.model.state.records) ---------------------
    "status.todo": ("未开始", "Not started"),
    "status.doing": ("进行中", "In progress"),
    "status.done": ("已完成", "Done"),
    "status.blocked": ("受阻", "Blocked"),
    "mark.unreviewed": ("未核对", "Not reviewed"),
    "mark.checked": ("已核对", "Checked"),
    "mark.questioned": ("存疑", "Questioned"),
    # What a report does not state (a null meta field): never a made-up value.
    "unknown": ("【待填写】", "to fill in"),
    # --- values as the text states them (viewer.model.format) ------------------------------------------
    "value.rank": ("第{n}位", "No. {n}"),
    "value.rank_top": ("前{n}", "top {n}"),
    "value.rank_change": ("第{a}位 → 第{b}位", "No. {a} → No. {b}"),
    # A qualified value: {value} is the number with its unit.
    "qualifier.over": ("超过{value}", "over {value}"),
    "qualifier.at_least": ("{value}以上", "≥ {value}"),
    "qualifier.about": ("约{value}", "about {value}"),
    "qualifier.nearly": ("近{value}", "nearly {value}"),
    "qualifier.top": ("前{value}", "top {value}"),
    # --- charts (viewer.charts.definitions, viewer.charts.limits) --------------------------------------
    "chart.growth.title": ("{year}年主要产业增加值增速", "Value-added growth by sector, {year}"),
    "chart.growth.axis": ("增速（{unit}）", "Growth ({unit})"),
    "chart.avg.title": ("{period}年均增速", "Average annual growth, {period}"),
    "chart.avg.title_np": ("五年来年均增速", "Average annual growth over five years"),
    "chart.five.title": ("五年来主要指标变化", "Five-year changes"),
    "chart.five.title_p": ("五年来主要指标变化（{a}→{b}）", "Five-year changes ({a}→{b})"),
    "chart.changes.title": ("主要指标变化", "Changes"),
    "chart.changes.title_p": ("主要指标变化（{a}→{b}）", "Changes ({a}→{b})"),
    "chart.growth.title_any": ("{year}年主要指标增速", "Growth rates, {year}"),
    "chart.growth.title_ny": ("主要产业增加值增速", "Value-added growth by sector"),
    "chart.growth.title_any_ny": ("主要指标增速", "Growth rates"),
    "chart.drafted": ("图中含尚未核对的草稿数据。", "Includes drafted figures not yet checked."),
    "chart.five.before": ("起点", "Before"),
    "chart.five.after": ("终点", "After"),
    "chart.rank.axis": ("全国位次（第1位在上）", "National rank (1st at top)"),
    "chart.rank.axis_h": ("全国位次（第1位在左）", "National rank (1st on the left)"),
    "chart.ranks.title": ("全国排名", "National rankings"),
    "chart.ranks.note": ("位次越小越靠前；仅列原文明确的全国位次。",
                         "Lower rank is better; only ranks the text states."),
    "chart.honours.title": ("国家级荣誉数量", "National-level honours"),
    "chart.honours.axis": ("数量（{unit}）", "Number ({unit})"),
    "chart.honours.rank": ("全国第{n}位", "No. {n} nationally"),
    "chart.projects.title": ("{year}年重点项目", "Key projects, {year}"),
    "chart.projects.title_np": ("重点项目", "Key projects"),
    "chart.projects.axis": ("项目数（{unit}）", "Projects ({unit})"),
    "chart.size.title": ("企业规模分布", "Enterprises by size"),
    "chart.size.axis": ("企业数（{unit}）", "Enterprises ({unit})"),
    "chart.value.axis": ("数值（{unit}）", "Value ({unit})"),
    "chart.count.axis": ("数量（{unit}）", "Number ({unit})"),
    "chart.source": ("资料来源：{publisher}，{date}。", "Source: {publisher}, {date}."),
    # Reports of a fictional region written for demonstration (meta.example) say so on every chart.
    "chart.example": ("示例数据：虚构地区，仅供演示。", "Example data: a fictional region, for demonstration only."),
    "chart.split": ("数值相差百倍以上，分两栏绘制，各有其坐标轴。",
                    "The values differ more than a hundredfold: two panels, each with its own axis."),
    "chart.qualified": ("标注“超过”“以上”等的数值为原文所述下限。",
                        "Values marked over / ≥ are lower bounds as stated in the text."),
    # A chart cut to a readable number of items says so above the plot and in its caption.
    "chart.limit.first": ("仅显示前{shown}项（共{total}项）", "Showing the first {shown} of {total}"),
    "chart.limit.best": ("仅显示位次最前的{shown}项（共{total}项）", "Showing the {shown} best-ranked of {total}"),
    "chart.limit.more": ("另有{more}项未在图中显示，导出图表数据（CSV）可得全部{total}项。",
                         "{more} more are not shown; export the chart's data (CSV) for all {total}."),
    # --- an indicator compared across the library (viewer.charts.compare) --------------------------------
    "compare.title.years": ("{indicator}：{region}历年对比", "{indicator}: {region} by year"),
    "compare.title.regions": ("{indicator}：{year}年各地区对比", "{indicator}: regions in {year}"),
    "compare.title.example": ("{title}（示例）", "{title} (example)"),
    "compare.series.result": ("完成", "Result"),
    "compare.series.target": ("目标", "Target"),
    "compare.gap.not_stated": ("未提及", "not stated"),
    "compare.gap.no_report": ("无报告", "no report"),
    "compare.gap.target_only": ("仅有目标", "target only"),
    "compare.latest": ("仅显示最近{shown}年（共{total}年）", "Showing the latest {shown} of {total} years"),
    "compare.source": ("资料来源：{n}份报告原文，每个数值可追溯到其原句。",
                       "Source: the texts of {n} reports; every value leads to its sentence."),
    "compare.deck.sources": ("报告库对比：{n}份报告", "Library comparison: {n} reports"),
    "compare.approximate": ("标注“约”“近”的数值为原文所述约数。",
                            "Values marked about / nearly are approximate, as the text states them."),
    "compare.converted": ("数值按精确换算统一为{unit}，标注为原文表述。",
                          "Values drawn in {unit}, converted exactly; labels as the texts state them."),
    "compare.proposed": ("部分数值的指标由其名称推断，尚未在报告中确认。",
                         "Some figures' indicator is inferred from their label, not yet set in the report."),
    "compare.others": ("另有{n}处其他报告对同一年份的表述，见图表数据。",
                       "{n} more statements of the same years in other reports are in the chart's data."),
    "compare.left_out": ("另有{n}个数值因单位不同或未注明年份未画出。",
                         "{n} more figures in another unit or without a year are not drawn."),
    # --- the whole-report PDF (viewer.charts.report_html, viewer.charts.report_pdf) ---------------------
    "pdf.overview": ("会议概况", "Overview"),
    "pdf.publisher": ("发布单位", "Publisher"),
    "pdf.published": ("发布时间", "Published"),
    "pdf.meeting": ("会议日期", "Meeting date"),
    "pdf.place": ("地点", "Place"),
    "pdf.format": ("形式", "Format"),
    "pdf.reporter": ("作报告", "Report by"),
    "pdf.sections": ("各部分要点", "Sections"),
    "pdf.facts": ("主要数据", "Key figures"),
    "pdf.label": ("指标", "Figure"),
    "pdf.value": ("数值", "Value"),
    "pdf.period": ("时期", "Period"),
    "pdf.change": ("变化", "Change"),
    "pdf.enterprises": ("企业、项目与基地", "Enterprises, projects and bases"),
    "pdf.name": ("名称", "Name"),
    "pdf.achievements": ("原文所述", "What the text says"),
    "pdf.honours": ("国家级荣誉", "National honours"),
    "pdf.title": ("称号", "Title"),
    "pdf.count": ("数量", "Number"),
    "pdf.rank": ("全国位次", "National rank"),
    "pdf.tasks": ("重点任务清单", "Task checklist"),
    "pdf.aim": ("目标", "Aim"),
    "pdf.progress": ("进度", "Progress"),
    "pdf.status": ("状态", "Status"),
    "pdf.action": ("举措", "Action"),
    "pdf.source": ("原文（标出引用段落）", "Source text (quoted passages marked)"),
    "pdf.charts": ("统计图表", "Charts"),
    "pdf.source_url": ("原文网址", "Source web page"),
    "pdf.review": ("核对记录", "Review"),
    "pdf.kind": ("类型", "Kind"),
    "pdf.item": ("条目", "Item"),
    "pdf.mark": ("标记", "Mark"),
    "pdf.comment": ("意见", "Comment"),
    "pdf.owner": ("负责人", "Owner"),
    "pdf.due": ("截止日期", "Due"),
    "pdf.note": ("备注", "Note"),
    "pdf.kind_fact": ("数据", "Figure"),
    "pdf.kind_enterprise": ("企业", "Enterprise"),
    "pdf.kind_honour": ("荣誉", "Honour"),
    "pdf.kind_task": ("任务", "Task"),
    "pdf.page": ("第 {page} 页，共 {total} 页", "Page {page} of {total}"),
    "pdf.field": ("{name}：", "{name}: "),  # a field's name before its value (目标：…, Aim: …)
    # --- the PowerPoint deck of the charts (viewer.charts.deck) ---------------------------------------------
    "deck.subtitle": ("{publisher}　{date}　共{charts}张图表", "{publisher}, {date} · {charts} charts"),
    "deck.note": ("{label}：{value}", "{label}: {value}"),
    "deck.period": ("（{period}）", " ({period})"),
    "deck.quote": ("原文：“{quote}”", "Quote: “{quote}”"),
    # --- Excel workbooks (viewer.charts.workbook): sheet names and column headers ----------------------
    "xlsx.panel": ("分图", "Panel"),
    "xlsx.item": ("项目", "Item"),
    "xlsx.series": ("系列", "Series"),
    "xlsx.label": ("指标", "Label"),
    "xlsx.value": ("数值", "Value"),
    "xlsx.unit": ("单位", "Unit"),
    "xlsx.as_stated": ("原文表述", "As stated"),
    "xlsx.period": ("时期", "Period"),
    "xlsx.note": ("备注", "Note"),
    "xlsx.fact_id": ("数据编号", "Fact id"),
    "xlsx.quote": ("原文", "Quote"),
    "xlsx.title": ("标题", "Title"),
    "xlsx.publisher": ("发布单位", "Publisher"),
    "xlsx.published": ("发布时间（UTC）", "Published (UTC)"),
    "xlsx.meeting_date": ("会议日期", "Meeting date"),
    "xlsx.place": ("地点", "Place"),
    "xlsx.source": ("原文文件", "Source text"),
    "xlsx.source_url": ("原文网址", "Source web page"),
    "xlsx.report_id": ("报告编号", "Report id"),
    "xlsx.report_sheet": ("报告信息", "Report"),
    "xlsx.field": ("项目", "Field"),
    "xlsx.content": ("内容", "Content"),
    "xlsx.label_zh": ("指标（中文）", "Label (Chinese)"),
    "xlsx.label_en": ("指标（英文）", "Label (English)"),
    "xlsx.kind": ("类型", "Kind"),
    "xlsx.scope": ("范围", "Scope"),
    "xlsx.qualifier": ("限定", "Qualifier"),
    "xlsx.from": ("变化前", "From"),
    "xlsx.to": ("变化后", "To"),
    "xlsx.section": ("章节", "Section"),
    "xlsx.tags": ("标签", "Tags"),
    "xlsx.draft": ("草稿", "Draft"),
    "xlsx.facts_sheet": ("数据", "Facts"),
    "xlsx.checklist_sheet": ("任务清单", "Checklist"),
    "xlsx.review_sheet": ("核对标记", "Review marks"),
    "xlsx.item_id": ("编号", "Id"),
    "xlsx.task": ("任务", "Task"),
    "xlsx.task_number": ("任务序号", "Task no."),
    "xlsx.action": ("举措", "Action"),
    "xlsx.status": ("状态", "Status"),
    "xlsx.owner": ("负责人", "Owner"),
    "xlsx.due": ("截止日期", "Due"),
    "xlsx.updated": ("更新时间（UTC）", "Updated (UTC)"),
    "xlsx.orphaned": ("已失效", "Orphaned"),
    "xlsx.mark": ("标记", "Mark"),
    "xlsx.comment": ("意见", "Comment"),
    # --- the Markdown summary of the checklist (viewer.model.state.exchange; `tasks --format md`) ------
    "summary.progress": ("总体进度: {done}/{total}", "Overall progress: {done}/{total}"),
    "summary.review": ("核对: {checked} 已核对, {questioned} 存疑, {unreviewed} 未核对",
                       "Review: {checked} checked, {questioned} questioned, {unreviewed} not reviewed"),
    "summary.owner": ("负责人 {owner}", "owner {owner}"),
    "summary.due": ("截止 {due}", "due {due}"),
    "summary.marks": ("核对标记", "Review marks"),
    "summary.marks_head": ("类型 | 名称 | 标记 | 意见", "kind | item | mark | comment"),
    "summary.orphaned": ("已失效", "orphaned"),
    "summary.orphans": ("已失效的清单项", "Orphaned checklist items"),
}


def message(key: str, lang: str, **values: object) -> str:
    """The message ``key`` in ``lang`` ('zh' or 'en'; anything else is Chinese) with ``values`` filled in."""
    zh, en = MESSAGES[key]
    chosen = en if lang == "en" else zh
    return chosen.format(**values) if values else chosen


def sentences(lang: str, *parts: str) -> str:
    """Sentences run together as ``lang`` writes them: English with a space between, Chinese without."""
    return (" " if lang == "en" else "").join(parts)


def listed(lang: str, parts: Iterable[str], strong: bool = False) -> str:
    """Parts listed as ``lang`` punctuates them: '5.7%，2022' / '5.7%, 2022' (``strong``: '；' / '; ')."""
    if lang == "en":
        return ("; " if strong else ", ").join(parts)
    return ("；" if strong else "，").join(parts)


def labelled(lang: str, label: str, text: str) -> str:
    """'label: text' as ``lang`` writes it (Chinese with the full-width colon: '存疑：口径?')."""
    return f"{label}: {text}" if lang == "en" else f"{label}：{text}"


def keeps_source_wording(lang: str) -> bool:
    """Whether ``lang`` is the reports' own language, whose values are shown as the text words them
    (2万家; an English chart converts it to 20,000 enterprises on a common axis)."""
    return lang != "en"
