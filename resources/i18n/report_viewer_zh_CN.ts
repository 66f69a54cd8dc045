<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Industry Report Viewer</source>
        <translation>关于产业报告查看器</translation>
    </message>
    <message>
        <source>Industry Report Viewer %1</source>
        <translation>产业报告查看器 %1</translation>
    </message>
    <message>
        <source>Review an industry &amp; IT work report offline: every figure with the sentence it comes from.</source>
        <translation>离线审阅工业和信息化工作报告：每个数据都附有出处原句。</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>发布单位：%1</translation>
    </message>
    <message>
        <source>to fill in</source>
        <translation>【待填写】</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <source>No font is bundled; the system fonts are used.</source>
        <translation>未附带字体，使用系统字体。</translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation>字体许可</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The bundled report is opened instead.</source>
        <translation>改为打开内置报告。</translation>
    </message>
    <message>
        <source>The bundled report cannot be opened.</source>
        <translation>内置报告无法打开。</translation>
    </message>
</context>
<context>
    <name>CarriedPane</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>The library has no two reports of one region from consecutive years.</source>
        <translation>报告库中没有同一地区相邻两年的报告。</translation>
    </message>
    <message>
        <source>Last year&apos;s %1 tasks (%2 of %3 actions done in your checklist) beside what this year&apos;s review says; passages are the review&apos;s closest sentences, to read, not a verdict.</source>
        <translation>上一年的%1项任务（清单中%3项举措已完成%2项）与本年回顾的表述对照；所列段落是回顾中最接近的句子，供阅读参考，并非结论。</translation>
    </message>
    <message>
        <source>This year&apos;s review (%1)</source>
        <translation>本年工作回顾（%1）</translation>
    </message>
    <message>
        <source>Region and years:</source>
        <translation>地区与年份：</translation>
    </message>
    <message>
        <source>Consecutive reports of one region</source>
        <translation>同一地区相邻年份的报告</translation>
    </message>
    <message>
        <source>Last year&apos;s task or action</source>
        <translation>上一年的任务或举措</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>您的备注</translation>
    </message>
    <message>
        <source>What this year&apos;s review says</source>
        <translation>本年回顾的表述</translation>
    </message>
    <message>
        <source>Last year&apos;s tasks beside this year&apos;s review</source>
        <translation>上一年任务与本年回顾对照</translation>
    </message>
    <message>
        <source>This year&apos;s review</source>
        <translation>本年工作回顾</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>Panel</source>
        <translation>分图</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Value as stated</source>
        <translation>原文数值</translation>
    </message>
    <message>
        <source>Number on the axis</source>
        <translation>坐标轴数值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ChartTableDialog</name>
    <message>
        <source>Data of “%1”</source>
        <translation>“%1”的数据</translation>
    </message>
    <message>
        <source>Data of the chart “%1”</source>
        <translation>图表“%1”的数据</translation>
    </message>
    <message>
        <source>One row per value: item, value as stated, period and quote.</source>
        <translation>每个数值一行：项目、原文数值、时期和原文。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>lower bound: the text says “over”</source>
        <translation>下限：原文称“超过”</translation>
    </message>
    <message>
        <source>lower bound: the text says “at least”</source>
        <translation>下限：原文称“以上”</translation>
    </message>
    <message>
        <source>approximate: the text says “about”</source>
        <translation>约数：原文称“约”</translation>
    </message>
    <message>
        <source>upper bound: the text says “nearly”</source>
        <translation>上限：原文称“近”</translation>
    </message>
    <message>
        <source>a group of top ranks, not one rank</source>
        <translation>前若干位，并非单一名次</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>时期：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>核对：%1</translation>
    </message>
    <message>
        <source>Chinese original:</source>
        <translation>中文原文：</translation>
    </message>
    <message>
        <source>Chart (none)</source>
        <translation>图表（无）</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>Arrow keys move from mark to mark, Enter shows its sentence in the source, the context menu shows the data as a table.</source>
        <translation>方向键在数据点之间移动，回车键在原文中显示其出处，右键菜单可将数据显示为表格。</translation>
    </message>
    <message>
        <source>1 mark.</source>
        <translation>1个数据点。</translation>
    </message>
    <message>
        <source>%1 marks.</source>
        <translation>%1个数据点。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第%1个，共%2个</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>原文：%1</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Task / action</source>
        <translation>任务 / 举措</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改时间</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>孤立</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>ChecklistTransfer</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>There is no checklist to export.</source>
        <translation>没有可导出的清单。</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>Import %1 records from %2</source>
        <translation>从 %2 导入 %1 条记录</translation>
    </message>
    <message>
        <source>Added: %1
Changed: %2
Unchanged: %3
Ignored (ours is newer): %4
Orphaned (not in this report, kept): %5
Invalid (skipped): %6</source>
        <translation>新增：%1
更改：%2
未变：%3
忽略（本地较新）：%4
孤立（不在本报告中，已保留）：%5
无效（已跳过）：%6</translation>
    </message>
    <message>
        <source>Import checklist</source>
        <translation>导入清单</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>导出清单</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s checklist</source>
        <translation>导入同事的清单</translation>
    </message>
    <message>
        <source>JSON export (*.json)</source>
        <translation>JSON 导出文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>%1 (%2 reports)</source>
        <translation>%1（%2份报告）</translation>
    </message>
    <message>
        <source>Point at a mark, or use the arrow keys in the chart, to read its value, report and sentence; click it (or press Enter) to open the report there.</source>
        <translation>将指针移到图形上，或在图表中使用方向键，可查看数值、所属报告和原句；单击（或按回车）即在该报告中打开原句。</translation>
    </message>
    <message>
        <source>Export comparison data</source>
        <translation>导出对比数据</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>要对比的指标</translation>
    </message>
    <message>
        <source>Over the years of</source>
        <translation>历年对比：</translation>
    </message>
    <message>
        <source>Across regions in</source>
        <translation>各地区对比：</translation>
    </message>
    <message>
        <source>Region or year</source>
        <translation>地区或年份</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export data (CSV)…</source>
        <translation>导出数据（CSV）…</translation>
    </message>
    <message>
        <source>PowerPoint…</source>
        <translation>PowerPoint…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>以表格显示</translation>
    </message>
    <message>
        <source>No figure of the library states an indicator yet. Figures get one when a report names it (indicator: in the file, or set in the Figures tab), and the library proposes one from a figure&apos;s label.</source>
        <translation>报告库中还没有标明指标的数据。报告标明指标（文件中的 indicator:，或在“数据核对”页设置）后即可对比；报告库也会根据数据名称推断指标。</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Errors so far: %1</source>
        <translation>目前错误数：%1</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出现问题：%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>The application keeps running; your checklist progress is saved as you go.</source>
        <translation>程序会继续运行；清单进度随时保存。</translation>
    </message>
    <message>
        <source>Details were written to %1</source>
        <translation>详细信息已写入 %1</translation>
    </message>
</context>
<context>
    <name>DraftFromText</name>
    <message>
        <source>New report from text</source>
        <translation>从文本新建报告</translation>
    </message>
    <message>
        <source>Report texts (*.txt);;All files (*)</source>
        <translation>报告文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot draft a report</source>
        <translation>无法起草报告</translation>
    </message>
    <message>
        <source>Drafting %1…</source>
        <translation>正在起草 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking the draft of %1…</source>
        <translation>正在检查 %1 的草稿…</translation>
    </message>
    <message>
        <source>Drafting %1: %2% of the text read</source>
        <translation>正在起草 %1：已读正文 %2%</translation>
    </message>
    <message>
        <source>Drafted %1: %2</source>
        <translation>已起草 %1：%2</translation>
    </message>
    <message>
        <source>Draft report</source>
        <translation>报告草稿</translation>
    </message>
    <message>
        <source>Wrote %1. Every item is marked as a draft; review them against their quotes.</source>
        <translation>已写入 %1。每一项都标为草稿，请对照原文逐项核对。</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Correct the report</source>
        <translation>更正报告(&amp;C)</translation>
    </message>
    <message>
        <source>Edit labels, values, kinds, dates and texts; accept drafts; save the file</source>
        <translation>编辑标签、数值、类型、日期和文字；采纳草稿；保存文件</translation>
    </message>
    <message>
        <source>&amp;Save report</source>
        <translation>保存报告(&amp;S)</translation>
    </message>
    <message>
        <source>Accept all &amp;drafts</source>
        <translation>采纳全部草稿(&amp;D)</translation>
    </message>
</context>
<context>
    <name>EditMenus</name>
    <message>
        <source>Accept (no longer a draft)</source>
        <translation>采纳（不再是草稿）</translation>
    </message>
    <message>
        <source>Accept %1 items</source>
        <translation>采纳 %1 项</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>删除 %1 项</translation>
    </message>
</context>
<context>
    <name>EditPanel</name>
    <message>
        <source>Report details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Tasks and actions</source>
        <translation>任务与举措</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>举措 %1</translation>
    </message>
    <message>
        <source>Enterprises and honours</source>
        <translation>企业与荣誉</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>1 item still a draft</source>
        <translation>尚有 1 项草稿</translation>
    </message>
    <message numerus="yes">
        <source>%n items still drafts</source>
        <translation>
            <numerusform>尚有 %n 项草稿</numerusform>
        </translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>unsaved corrections</source>
        <translation>有未保存的更正</translation>
    </message>
    <message>
        <source>Correct the report</source>
        <translation>更正报告</translation>
    </message>
    <message>
        <source>Item / field</source>
        <translation>条目 / 字段</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Accept all drafts</source>
        <translation>采纳全部草稿</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>The report cannot be edited: %1</source>
        <translation>无法编辑此报告：%1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的 %1</translation>
    </message>
    <message>
        <source>Accept every draft</source>
        <translation>采纳全部草稿</translation>
    </message>
    <message>
        <source>New figure from the selection</source>
        <translation>用所选文字新建数据</translation>
    </message>
    <message>
        <source>Delete 1 item</source>
        <translation>删除 1 项</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>删除 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept 1 item</source>
        <translation>采纳 1 项</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n items</source>
        <translation>
            <numerusform>采纳 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: 1 problem to fix first (filter the Figures tab by “With a problem”).</source>
        <translation>未保存：须先修正 1 个问题（在“数据核对”中按“有问题”筛选）。</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problems to fix first (filter the Figures tab by “With a problem”).</source>
        <translation>
            <numerusform>未保存：须先修正 %n 个问题（在“数据核对”中按“有问题”筛选）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved corrections</source>
        <translation>未保存的更正</translation>
    </message>
    <message>
        <source>The report has corrections that are not saved. Save them?</source>
        <translation>报告有尚未保存的更正。是否保存？</translation>
    </message>
</context>
<context>
    <name>EditWording</name>
    <message>
        <source>Chinese label</source>
        <translation>中文标签</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>英文标签</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>before → after</source>
        <translation>前 → 后</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>publication time</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>aim</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>source text file</source>
        <translation>原文文件</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Chinese %1</source>
        <translation>中文%1</translation>
    </message>
    <message>
        <source>English %1</source>
        <translation>英文%1</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1：必填</translation>
    </message>
    <message>
        <source>%1: may not be empty</source>
        <translation>%1：不能为空</translation>
    </message>
    <message>
        <source>%1: too long</source>
        <translation>%1：过长</translation>
    </message>
    <message>
        <source>%1: not in the expected form</source>
        <translation>%1：格式不对</translation>
    </message>
    <message>
        <source>%1: write a year (2022), a month (2022-11), or a range (2018–2022, 2022-01–11)</source>
        <translation>%1：请写年份（2022）、月份（2022-11）或区间（2018–2022、2022-01–11）</translation>
    </message>
    <message>
        <source>%1: contains an invisible or control character; remove it</source>
        <translation>%1：含有不可见字符或控制字符，请删除</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (2023-01-31, or 2023-02-01T09:58:00+08:00 for a time)</source>
        <translation>%1：“%2”不是日期（如 2023-01-31；时间如 2023-02-01T09:58:00+08:00）</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices</source>
        <translation>%1：“%2”不是可选项之一</translation>
    </message>
    <message>
        <source>%1: write it as “7 → 6”</source>
        <translation>%1：请写成“7 → 6”</translation>
    </message>
    <message>
        <source>%1: “%2” is not a known unit</source>
        <translation>%1：“%2”不是已知单位</translation>
    </message>
    <message>
        <source>%1: a rank is a whole number from 1</source>
        <translation>%1：排名须是从 1 起的整数</translation>
    </message>
    <message>
        <source>%1: a rank has the unit 位</source>
        <translation>%1：排名的单位是“位”</translation>
    </message>
    <message>
        <source>%1: a count or amount cannot be negative</source>
        <translation>%1：数量或总量不能为负</translation>
    </message>
    <message>
        <source>%1: a share is between 0 and 100</source>
        <translation>%1：占比须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>%1: the comparison must end at the figure&apos;s value</source>
        <translation>%1：对比的结束值须等于该数据的数值</translation>
    </message>
    <message>
        <source>%1: the period ends before it starts</source>
        <translation>%1：时期的结束早于开始</translation>
    </message>
    <message>
        <source>%1: not found in the source text</source>
        <translation>%1：原文中找不到</translation>
    </message>
    <message>
        <source>%1: “%2” is used by another item</source>
        <translation>%1：“%2”已被其他条目使用</translation>
    </message>
    <message>
        <source>%1: larger than any figure a report states</source>
        <translation>%1：超出报告中任何数据的大小</translation>
    </message>
    <message>
        <source>%1: refers to an item that is missing or of the wrong kind</source>
        <translation>%1：所指条目不存在或类型不对</translation>
    </message>
    <message>
        <source>%1: fill in the Chinese text first</source>
        <translation>%1：请先填写中文</translation>
    </message>
    <message>
        <source>The selection&apos;s figure is already in the report (%2): it is shown instead</source>
        <translation>所选数据已在报告中（%2），改为显示该数据</translation>
    </message>
    <message>
        <source>The selection holds no figure: select a phrase with a number and its unit</source>
        <translation>所选文字中没有数据：请选择含数字及单位的词句</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>成就</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>industrial base</source>
        <translation>产业基地</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1之一</translation>
    </message>
</context>
<context>
    <name>EnterprisesTab</name>
    <message>
        <source>Count: %1</source>
        <translation>数量：%1</translation>
    </message>
    <message>
        <source>National rank: %1</source>
        <translation>全国排名：%1</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>name, achievement, honour…</source>
        <translation>名称、成就、荣誉……</translation>
    </message>
    <message>
        <source>Filter enterprises and honours</source>
        <translation>筛选企业和荣誉</translation>
    </message>
    <message>
        <source>Shows the rows of both tables that contain the text.</source>
        <translation>显示两个表格中包含该文字的行。</translation>
    </message>
    <message>
        <source>Enterprises and projects</source>
        <translation>企业与项目</translation>
    </message>
    <message>
        <source>Name, kind, achievement and figures; Enter or a double click shows the sentence in the source.</source>
        <translation>名称、类型、成就和数据；按回车或双击可在原文中显示出处。</translation>
    </message>
    <message>
        <source>National honours</source>
        <translation>国家级荣誉</translation>
    </message>
    <message>
        <source>Honour, count, national rank and period.</source>
        <translation>荣誉、数量、全国位次和时期。</translation>
    </message>
    <message>
        <source>National honours (count and national rank)</source>
        <translation>国家级荣誉（数量与全国排名）</translation>
    </message>
    <message>
        <source>%1 of %2 achievements, %3 of %4 honours</source>
        <translation>成就 %1/%2 项，荣誉 %3/%4 项</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>Export report as &amp;PDF…</source>
        <translation>将报告导出为 &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>All charts</source>
        <translation>全部图表</translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Each chart&apos;s complete data, also the items it does not draw</source>
        <translation>每个图表的完整数据，包括图中未画出的项目</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>DPI:</source>
        <translation>DPI：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Fields: {index} {id} {ext} {lang} {title}</source>
        <translation>可用字段：{index} {id} {ext} {lang} {title}</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>DPI must be a number</source>
        <translation>DPI 必须是数字</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <source>%1 already exists. Overwrite it?</source>
        <translation>%1 已存在。要覆盖吗？</translation>
    </message>
    <message>
        <source>%1 files already exist, e.g. %2. Overwrite them?</source>
        <translation>已有%1个文件存在，例如 %2。要覆盖吗？</translation>
    </message>
    <message>
        <source>1 file written to %2</source>
        <translation>已将1个文件写入 %2</translation>
    </message>
    <message>
        <source>%1 files written to %2</source>
        <translation>已将%1个文件写入 %2</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Exporting charts…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FactForm</name>
    <message>
        <source>%1 (suggested by its label)</source>
        <translation>%1（由名称推断）</translation>
    </message>
    <message>
        <source>Correct this figure</source>
        <translation>更正此数据</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>标签（中文）</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>标签（英文）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>前 → 后</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>2022, 2022-11, 2018–2022</source>
        <translation>2022、2022-11、2018–2022</translation>
    </message>
    <message>
        <source>7 → 6</source>
        <translation>7 → 6</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <source>Checked against its quote: no longer a draft</source>
        <translation>已对照引文核实：不再是草稿</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>FactNames</name>
    <message>
        <source>Growth rate</source>
        <translation>增速</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>总量</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>门槛值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>本省</translation>
    </message>
    <message>
        <source>Eastern region</source>
        <translation>东部地区</translation>
    </message>
    <message>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>World</source>
        <translation>世界</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Over (超过, 突破)</source>
        <translation>超过（超过、突破）</translation>
    </message>
    <message>
        <source>At least (以上)</source>
        <translation>至少（以上）</translation>
    </message>
    <message>
        <source>About (约, 左右)</source>
        <translation>约（约、左右）</translation>
    </message>
    <message>
        <source>Nearly (近)</source>
        <translation>接近（近）</translation>
    </message>
    <message>
        <source>Top (前)</source>
        <translation>前列（前）</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>工作回顾</translation>
    </message>
    <message>
        <source>Multi-year review</source>
        <translation>多年回顾</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>总体要求</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FactTile</name>
    <message>
        <source>in the province</source>
        <translation>全省</translation>
    </message>
    <message>
        <source>among eastern provinces</source>
        <translation>东部地区</translation>
    </message>
    <message>
        <source>nationally</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>worldwide</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>%1排名</translation>
    </message>
    <message>
        <source>Chinese original: %1</source>
        <translation>中文原文：%1</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>原文：%1</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>标签（中文）</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>标签（英文）</translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation>原文数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>前 → 后</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>核对意见</translation>
    </message>
    <message>
        <source>Quote (Chinese original)</source>
        <translation>引文（中文原文）</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Chinese original</source>
        <translation>中文原文</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>✓ Mark %1 figures checked</source>
        <translation>✓ 将 %1 项数据标为已核对</translation>
    </message>
    <message>
        <source>⚠ Mark %1 figures questioned</source>
        <translation>⚠ 将 %1 项数据标为存疑</translation>
    </message>
    <message>
        <source>Clear the marks of %1 figures</source>
        <translation>清除 %1 项数据的核对标记</translation>
    </message>
    <message>
        <source>All review states</source>
        <translation>全部核对状态</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>未核对</translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已核对</translation>
    </message>
    <message>
        <source>Drafts (not accepted)</source>
        <translation>草稿（未采纳）</translation>
    </message>
    <message>
        <source>With a problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <source>%1 of %2 figures · %3 not yet reviewed</source>
        <translation>显示 %1/%2 项数据 · 未核对 %3 项</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>The selected rows as a table a spreadsheet or a document pastes (Ctrl+C)</source>
        <translation>将所选行复制为表格，可粘贴到电子表格或文档中（Ctrl+C）</translation>
    </message>
    <message>
        <source>Filter figures by label, value, quote or comment…</source>
        <translation>按标签、数值、引文或意见筛选数据…</translation>
    </message>
    <message>
        <source>Mark the selected figures checked (Space)</source>
        <translation>将所选数据标为已核对（空格键）</translation>
    </message>
    <message>
        <source>Mark the selected figures questioned</source>
        <translation>将所选数据标为存疑</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>清除标记</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>意见…</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Library folders</source>
        <translation>报告库文件夹</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Add new reports here</source>
        <translation>新报告添加到此处</translation>
    </message>
    <message>
        <source>Show the bundled reports (the Fujian 2023 report and the examples)</source>
        <translation>显示内置报告（福建2023年报告和示例报告）</translation>
    </message>
    <message>
        <source>The library lists the reports in these folders and the folders in them. Reports added to the library are copied into the first one; removing a folder from the list deletes nothing.</source>
        <translation>报告库列出这些文件夹（及其子文件夹）中的报告。添加到报告库的报告复制到第一个文件夹；从列表中移除文件夹不会删除任何文件。</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>添加报告文件夹</translation>
    </message>
</context>
<context>
    <name>HonourTableModel</name>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>National rank</source>
        <translation>全国排名</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Set “%1” to %2</source>
        <translation>将“%1”设为%2</translation>
    </message>
    <message>
        <source>Change the owner of “%1”</source>
        <translation>更改“%1”的负责人</translation>
    </message>
    <message>
        <source>Change the due date of “%1”</source>
        <translation>更改“%1”的截止日期</translation>
    </message>
    <message>
        <source>Edit the note of “%1”</source>
        <translation>编辑“%1”的备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note (Ctrl+Enter saves, Esc cancels)</source>
        <translation>备注（Ctrl+Enter 保存，Esc 取消）</translation>
    </message>
    <message>
        <source>Status of the action</source>
        <translation>举措状态</translation>
    </message>
    <message>
        <source>Not started, in progress, done or blocked.</source>
        <translation>未开始、进行中、已完成或受阻。</translation>
    </message>
    <message>
        <source>Owner of the action</source>
        <translation>举措负责人</translation>
    </message>
    <message>
        <source>Who is responsible; saved when you leave the field.</source>
        <translation>负责人；离开此栏时保存。</translation>
    </message>
    <message>
        <source>Due date of the action</source>
        <translation>举措截止日期</translation>
    </message>
    <message>
        <source>The earliest date means no due date.</source>
        <translation>最早的日期表示没有截止日期。</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Note on the action</source>
        <translation>举措备注</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels, Tab leaves the note.</source>
        <translation>Ctrl+Enter 保存，Esc 取消，Tab 离开备注。</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>1 report in 1 folder; new reports are added to %3.</source>
        <translation>1个文件夹中共1份报告；新报告添加到 %3。</translation>
    </message>
    <message>
        <source>%1 reports in 1 folder; new reports are added to %3.</source>
        <translation>1个文件夹中共%1份报告；新报告添加到 %3。</translation>
    </message>
    <message>
        <source>1 report in %2 folders; new reports are added to %3.</source>
        <translation>%2个文件夹中共1份报告；新报告添加到 %3。</translation>
    </message>
    <message>
        <source>%1 reports in %2 folders; new reports are added to %3.</source>
        <translation>%2个文件夹中共%1份报告；新报告添加到 %3。</translation>
    </message>
    <message>
        <source>Shown with the bundled reports (%1 of them examples of fictional regions).</source>
        <translation>同时显示内置报告（其中%1份为虚构地区的示例）。</translation>
    </message>
    <message>
        <source>The library could not be brought up to date: %1</source>
        <translation>报告库未能更新：%1</translation>
    </message>
    <message>
        <source>The library&apos;s index was damaged or missing and has been built again from the reports.</source>
        <translation>报告库索引已损坏或缺失，已根据报告重新建立。</translation>
    </message>
    <message>
        <source>Up to date: %1 new, %2 changed, %3 gone.</source>
        <translation>已更新：新增%1份，变更%2份，移除%3份。</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>已是最新。</translation>
    </message>
    <message>
        <source>%1 reports have problems (see their Status).</source>
        <translation>%1份报告有问题（见“状态”列）。</translation>
    </message>
    <message>
        <source>Looking through the library: %1 of %2 files…</source>
        <translation>正在检查报告库：第%1个文件，共%2个…</translation>
    </message>
    <message>
        <source>Report has problems</source>
        <translation>报告有问题</translation>
    </message>
    <message>
        <source>Reports and report packages (*.yaml *.yml *.irv);;All files (*)</source>
        <translation>报告和报告包 (*.yaml *.yml *.irv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add reports to the library</source>
        <translation>添加报告到报告库</translation>
    </message>
    <message>
        <source>Draft a report from a text</source>
        <translation>从文本起草报告</translation>
    </message>
    <message>
        <source>Report texts (*.txt);;All files (*)</source>
        <translation>报告文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>1 report added to the library.</source>
        <translation>已添加1份报告到报告库。</translation>
    </message>
    <message>
        <source>%1 reports added to the library.</source>
        <translation>已添加%1份报告到报告库。</translation>
    </message>
    <message>
        <source>Move %1 to the trash? Your checklist and review of it are kept.

%2</source>
        <translation>将%1移到回收站？您的清单和核对记录会保留。

%2</translation>
    </message>
    <message>
        <source>this report</source>
        <translation>这份报告</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1份报告</translation>
    </message>
    <message>
        <source>Remove from the library</source>
        <translation>从报告库移除</translation>
    </message>
    <message>
        <source>These files could not be moved to the trash (they are unchanged):
%1</source>
        <translation>以下文件未能移到回收站（文件未改动）：
%1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>报告库</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Add reports…</source>
        <translation>添加报告…</translation>
    </message>
    <message>
        <source>Draft from text…</source>
        <translation>从文本起草…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>Folders…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Move the selected reports to the trash (the bundled reports cannot be removed)</source>
        <translation>将所选报告移到回收站（内置报告不能移除）</translation>
    </message>
    <message>
        <source>Copy reports and their source texts into the library (or drop files on this page)</source>
        <translation>将报告及其原文复制到报告库（也可将文件拖放到此页）</translation>
    </message>
    <message>
        <source>Library actions</source>
        <translation>报告库操作</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>两报告对照</translation>
    </message>
    <message>
        <source>Tasks carried over</source>
        <translation>任务跟踪</translation>
    </message>
</context>
<context>
    <name>LibraryReports</name>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Draft (%1 to check)</source>
        <translation>草稿（%1项待核对）</translation>
    </message>
    <message>
        <source>%1, example</source>
        <translation>%1，示例</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>您的备注</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>您的意见</translation>
    </message>
</context>
<context>
    <name>LibrarySideBySide</name>
    <message>
        <source>none: a value is a bound</source>
        <translation>无：有数值为上下限</translation>
    </message>
    <message>
        <source>none: other units</source>
        <translation>无：单位不同</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This part of the viewer is not available in this version.</source>
        <translation>此版本尚未提供这一部分。</translation>
    </message>
    <message>
        <source>No quote found in the source text for %1</source>
        <translation>原文中找不到 %1 的引文</translation>
    </message>
    <message>
        <source>The report shown before stays open.</source>
        <translation>之前的报告仍保持打开。</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Report not found</source>
        <translation>找不到报告</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent reports.</source>
        <translation>%1 已不存在，已从最近打开的报告中移除。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业成就</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据核对</translation>
    </message>
    <message>
        <source>Industry Report Viewer</source>
        <translation>产业报告查看器</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>报告库</translation>
    </message>
    <message>
        <source>to fill in</source>
        <translation>【待填写】</translation>
    </message>
</context>
<context>
    <name>OfficeExport</name>
    <message>
        <source>Export to PowerPoint</source>
        <translation>导出到 PowerPoint</translation>
    </message>
    <message>
        <source>Export chart data to Excel</source>
        <translation>将图表数据导出到 Excel</translation>
    </message>
    <message>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint 演示文稿 (*.pptx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>to fill in</source>
        <translation>【待填写】</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Report by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>原文网页</translation>
    </message>
    <message>
        <source>Overview of the report</source>
        <translation>报告概览</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Headline figures (click one to see its sentence)</source>
        <translation>主要数据（点击查看原文出处）</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>各部分摘要</translation>
    </message>
    <message>
        <source>Tasks and checklist progress</source>
        <translation>重点任务与完成进度</translation>
    </message>
    <message>
        <source>This report marks no headline figures.</source>
        <translation>本报告未标注主要数据。</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>Save as package</source>
        <translation>另存为报告包</translation>
    </message>
    <message>
        <source>Report packages (*.irv)</source>
        <translation>报告包 (*.irv)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Include your review work in the package?</source>
        <translation>是否将您的核对工作一并放入报告包？</translation>
    </message>
    <message>
        <source>Review marks and comments, and the checklist&apos;s statuses, notes, owners and due dates. A colleague who opens the package can merge them into their own.</source>
        <translation>包括核对标记和意见，以及清单的状态、备注、负责人和截止日期。同事打开报告包时可将其合并到自己的清单中。</translation>
    </message>
    <message>
        <source>Review work in the package</source>
        <translation>报告包中的核对工作</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>未合并：%1</translation>
    </message>
    <message>
        <source>Merge %1 review records from %2</source>
        <translation>从 %2 合并 %1 条核对记录</translation>
    </message>
    <message>
        <source>This package carries a reviewer&apos;s marks, comments and checklist. Merge them into yours? For each item the later change wins.</source>
        <translation>此报告包带有核对人的标记、意见和清单。要合并到您的清单中吗？每一项以较晚的修改为准。</translation>
    </message>
    <message>
        <source>Added: %1, changed: %2, unchanged: %3, ignored (yours is newer): %4</source>
        <translation>新增：%1，更改：%2，未变：%3，忽略（您的较新）：%4</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Include review &amp;work in print and PDF</source>
        <translation>打印和 PDF 包含核对工作(&amp;W)</translation>
    </message>
    <message>
        <source>Print the checklist&apos;s owners, due dates and notes and the review marks and comments with the report</source>
        <translation>随报告一并打印清单的负责人、截止日期和备注，以及核对标记和意见</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>must be a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>应为有限的数字</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>应为文字</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>must be a date and time (2023-02-01T09:58:00+08:00)</source>
        <translation>应为日期和时间（如 2023-02-01T09:58:00+08:00）</translation>
    </message>
    <message>
        <source>must be a date (2023-01-31)</source>
        <translation>应为日期（如 2023-01-31）</translation>
    </message>
    <message>
        <source>must be a mapping of fields</source>
        <translation>应为字段映射（键: 值）</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>应为 %1</translation>
    </message>
    <message>
        <source>is not written in the required form</source>
        <translation>写法不符合要求</translation>
    </message>
    <message>
        <source>may be at most %1 characters long</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <source>must be at least %1 characters long</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>unknown field (not part of the report format)</source>
        <translation>未知字段（不属于报告格式）</translation>
    </message>
    <message>
        <source>unknown unit “%1”</source>
        <translation>未知单位“%1”</translation>
    </message>
    <message>
        <source>a rank has the unit “位”, not “%1”</source>
        <translation>名次的单位应为“位”，而不是“%1”</translation>
    </message>
    <message>
        <source>a rank is a whole number from 1, not %1</source>
        <translation>名次应为从 1 开始的整数，而不是 %1</translation>
    </message>
    <message>
        <source>a %1 cannot be negative (%2)</source>
        <translation>%1 不能为负数（%2）</translation>
    </message>
    <message>
        <source>a share is between 0 and 100, not %1</source>
        <translation>占比应在 0 到 100 之间，而不是 %1</translation>
    </message>
    <message>
        <source>the comparison ends at %1 but the figure&apos;s value is %2</source>
        <translation>对比的终值为 %1，但该数据的值为 %2</translation>
    </message>
    <message>
        <source>the period “%1” ends before it starts</source>
        <translation>时期“%1”的结束早于开始</translation>
    </message>
    <message>
        <source>no section has the id “%1”</source>
        <translation>没有 id 为“%1”的章节</translation>
    </message>
    <message>
        <source>no figure has the id “%1”</source>
        <translation>没有 id 为“%1”的数据</translation>
    </message>
    <message>
        <source>duplicate id “%1” (first used at %2)</source>
        <translation>重复的 id“%1”（首次出现于 %2）</translation>
    </message>
    <message>
        <source>the quote is in the source text, but not in section “%1”: %2</source>
        <translation>引文在原文中，但不在“%1”一节中：%2</translation>
    </message>
    <message>
        <source>the quote is not in the source text: %1</source>
        <translation>原文中找不到这句引文：%1</translation>
    </message>
    <message>
        <source>%1 is larger than any figure a report states</source>
        <translation>%1 超出了报告中任何数据的合理范围</translation>
    </message>
    <message>
        <source>the source text file does not exist: %1</source>
        <translation>原文文件不存在：%1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>成就</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1“%2”（%3）</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
</context>
<context>
    <name>QuotePane</name>
    <message>
        <source>Select a row to see the sentence it comes from.</source>
        <translation>选择一行以查看其出处原句。</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>英文：%1</translation>
    </message>
    <message>
        <source>Chinese original (quoted from the source text):</source>
        <translation>中文原文（引自原文）：</translation>
    </message>
    <message>
        <source>Quote from the source text</source>
        <translation>原文引文</translation>
    </message>
    <message>
        <source>The sentence of the selected row, as the source text words it.</source>
        <translation>所选行的出处原句。</translation>
    </message>
    <message>
        <source>Show in source</source>
        <translation>在原文中显示</translation>
    </message>
</context>
<context>
    <name>ReportCheck</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The report is being validated and checked against its source text.</source>
        <translation>正在校验报告，并与原文逐条核对。</translation>
    </message>
</context>
<context>
    <name>ReportErrorDialog</name>
    <message>
        <source>Cannot open report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>1 problem in %2:</source>
        <translation>%2 中有 1 个问题：</translation>
    </message>
    <message>
        <source>%1 problems in %2:</source>
        <translation>%2 中有 %1 个问题：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems of the report</source>
        <translation>报告中的问题</translation>
    </message>
    <message>
        <source>Problems as text</source>
        <translation>问题（文本）</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>As text (for the file&apos;s author)</source>
        <translation>文本（供文件作者使用）</translation>
    </message>
</context>
<context>
    <name>ReportOpener</name>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Showing %1…</source>
        <translation>正在显示 %1…</translation>
    </message>
</context>
<context>
    <name>ReportPdfExport</name>
    <message>
        <source>Laying out the report…</source>
        <translation>正在排版报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已核对</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <source>Search every report: figures, quotes, tasks, enterprises, your notes…</source>
        <translation>搜索所有报告：数据、原句、任务、企业、您的备注…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索报告库</translation>
    </message>
    <message>
        <source>Reports of the library</source>
        <translation>报告库中的报告</translation>
    </message>
    <message>
        <source>Search results across the library</source>
        <translation>报告库搜索结果</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 条结果</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 条结果</translation>
    </message>
    <message>
        <source>1 report</source>
        <translation>1份报告</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1份报告</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Mark “%1” checked</source>
        <translation>将“%1”标为已核对</translation>
    </message>
    <message>
        <source>Mark “%1” questioned</source>
        <translation>将“%1”标为存疑</translation>
    </message>
    <message>
        <source>Clear the review mark of “%1”</source>
        <translation>清除“%1”的核对标记</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>填写“%1”的核对意见</translation>
    </message>
    <message>
        <source>Mark %1 items checked</source>
        <translation>将 %1 项标为已核对</translation>
    </message>
    <message>
        <source>Mark %1 items questioned</source>
        <translation>将 %1 项标为存疑</translation>
    </message>
    <message>
        <source>Clear the review marks of %1 items</source>
        <translation>清除 %1 项的核对标记</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>核对意见</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>对“%1”的意见：</translation>
    </message>
    <message>
        <source>Mark checked</source>
        <translation>标为已核对</translation>
    </message>
    <message>
        <source>Mark questioned</source>
        <translation>标为存疑</translation>
    </message>
    <message>
        <source>Clear review mark</source>
        <translation>清除核对标记</translation>
    </message>
    <message>
        <source>Review comment…</source>
        <translation>核对意见…</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Figures, enterprises, honours, tasks, source text…</source>
        <translation>数据、企业、荣誉、任务、原文……</translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation>搜索报告</translation>
    </message>
    <message>
        <source>Words or a number as written or as shown (20,000 finds 2万); Enter opens the first hit.</source>
        <translation>输入文字，或按原文或显示方式输入数字（20,000 可找到 2万）；回车打开第一条结果。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Type to search the whole report.</source>
        <translation>输入文字以搜索整份报告。</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 条结果</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 条结果</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>SessionBanners</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>All changes are saved.</source>
        <translation>所有更改均已保存。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <source>%1 indicators stated in both reports; %2 in only one of them.</source>
        <translation>两份报告都有的指标%1项；仅一份报告有的%2项。</translation>
    </message>
    <message>
        <source>Choose two reports of the library.</source>
        <translation>请选择报告库中的两份报告。</translation>
    </message>
    <message>
        <source>Report A:</source>
        <translation>报告A：</translation>
    </message>
    <message>
        <source>Report B:</source>
        <translation>报告B：</translation>
    </message>
    <message>
        <source>Report A</source>
        <translation>报告A</translation>
    </message>
    <message>
        <source>Report B</source>
        <translation>报告B</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Change (B − A)</source>
        <translation>变化（B − A）</translation>
    </message>
    <message>
        <source>Sentence in A</source>
        <translation>A中的原句</translation>
    </message>
    <message>
        <source>Sentence in B</source>
        <translation>B中的原句</translation>
    </message>
    <message>
        <source>Indicators both reports state</source>
        <translation>两份报告都有的指标</translation>
    </message>
</context>
<context>
    <name>SidePaneSplitter</name>
    <message>
        <source>Drag to resize the side pane, or press F9 to show or hide it</source>
        <translation>拖动可调整侧栏宽度，按 F9 可显示或隐藏侧栏</translation>
    </message>
</context>
<context>
    <name>SourceTab</name>
    <message>
        <source>This passage backs: %1</source>
        <translation>此段原文支撑：%1</translation>
    </message>
    <message>
        <source>New figure from the selection</source>
        <translation>用所选文字新建数据</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>章节：%1</translation>
    </message>
    <message>
        <source>English summary: %1</source>
        <translation>英文摘要：%1</translation>
    </message>
    <message>
        <source>What this passage backs</source>
        <translation>此段原文支撑的内容</translation>
    </message>
    <message>
        <source>Select a phrase with a number and its unit; it becomes a draft figure quoting it</source>
        <translation>选择含数字及单位的词句，它将成为引用该词句的草稿数据</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>The report&apos;s original text; quoted passages are highlighted. Move the cursor into one to hear what it backs.</source>
        <translation>报告原文；被引用的段落已高亮显示。将光标移入其中即可得知它支撑哪些内容。</translation>
    </message>
    <message>
        <source>Figures, enterprises and actions quoting the passage at the cursor; Enter opens one in its tab.</source>
        <translation>引用光标处段落的数据、企业和举措；按回车在其所在标签页中打开。</translation>
    </message>
    <message>
        <source>Double-click an entry to open it in its tab.</source>
        <translation>双击条目可在其所在标签页中打开。</translation>
    </message>
    <message>
        <source>%1 highlighted passages are quoted by figures, enterprises or tasks. Click one to see what it backs.</source>
        <translation>%1 处高亮原文被数据、企业或任务引用。点击可查看其支撑的内容。</translation>
    </message>
</context>
<context>
    <name>StateMessages</name>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>文件夹 %1 为只读</translation>
    </message>
    <message>
        <source>the disk holding %1 is full</source>
        <translation>%1 所在的磁盘已满</translation>
    </message>
    <message>
        <source>the folder %1 no longer exists</source>
        <translation>文件夹 %1 已不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>another Report Viewer has this report&apos;s checklist open</source>
        <translation>另一个报告查看器已打开本报告的清单</translation>
    </message>
    <message>
        <source>the unreadable checklist file could not be moved aside</source>
        <translation>无法读取的清单文件未能移到一旁</translation>
    </message>
    <message>
        <source>the checklist would be larger than this program reads back (undo the import or change that made it grow)</source>
        <translation>清单将超过本程序能读回的大小（请撤销使其变大的导入或修改）</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, which is never written through</source>
        <translation>%1 是符号链接，程序从不通过链接写入</translation>
    </message>
    <message>
        <source>Checklist changes could not be saved to %1: %2. They are kept in memory and saved with the next change or when you retry.</source>
        <translation>清单更改无法保存到 %1：%2。更改暂存在内存中，将在下一次更改或重试时保存。</translation>
    </message>
    <message>
        <source>Another Report Viewer (process %1) has this report&apos;s checklist open; this window is read-only until it closes.</source>
        <translation>另一个报告查看器（进程 %1）已打开本报告的清单；在它关闭之前，本窗口为只读。</translation>
    </message>
    <message>
        <source>The checklist file %1 cannot be read; changes cannot be saved (%2).</source>
        <translation>无法读取清单文件 %1；更改无法保存（%2）。</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>以只读方式打开。</translation>
    </message>
    <message>
        <source>nothing in it could be used</source>
        <translation>其中内容均无法使用</translation>
    </message>
    <message>
        <source>%1 records were recovered</source>
        <translation>已恢复 %1 条记录</translation>
    </message>
    <message>
        <source>The checklist file could not be read (%1). It was moved to %2; %3.</source>
        <translation>清单文件无法读取（%1），已移至 %2；%3。</translation>
    </message>
    <message>
        <source>The unreadable checklist file was moved to %1.</source>
        <translation>无法读取的清单文件已移至 %1。</translation>
    </message>
    <message>
        <source>The checklist file has problems (%1); showing what could be read.</source>
        <translation>清单文件有问题（%1）；显示可读取的内容。</translation>
    </message>
</context>
<context>
    <name>StateSession</name>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Unsaved checklist changes</source>
        <translation>清单更改未保存</translation>
    </message>
    <message>
        <source>Your checklist changes could not be saved:
%1</source>
        <translation>清单更改无法保存：
%1</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Save a copy of the checklist</source>
        <translation>保存清单副本</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the chart as a picture and its data as a table: paste it into a slide, a document or a spreadsheet</source>
        <translation>将图表复制为图片，并将其数据复制为表格：可粘贴到幻灯片、文档或电子表格中</translation>
    </message>
    <message>
        <source>Export all charts…</source>
        <translation>导出全部图表…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print this chart on an A4 page (a preview first)</source>
        <translation>将本图表打印在一页 A4 纸上（先预览）</translation>
    </message>
    <message>
        <source>PowerPoint…</source>
        <translation>PowerPoint…</translation>
    </message>
    <message>
        <source>Every chart as a 16:9 PowerPoint deck: editable charts with their data, sources as captions, quotes as speaker notes</source>
        <translation>将全部图表导出为 16:9 PowerPoint 演示文稿：图表可编辑并带数据，资料来源作为图注，原文作为演讲者备注</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Every chart&apos;s data as an Excel workbook, a sheet per chart</source>
        <translation>将全部图表数据导出为 Excel 工作簿，每张图表一个工作表</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>以表格显示</translation>
    </message>
    <message>
        <source>The chart&apos;s data as a table: every value with its period and sentence</source>
        <translation>以表格显示图表数据：每个数值及其时期和原文</translation>
    </message>
    <message>
        <source>This report has no figures a chart can show. Charts are drawn from the growth rates of the year reviewed, before → after pairs, average annual growth, national ranks, honours, key projects and numbers of enterprises by size; add such facts to the report (or draft it again from its text) to see them here.</source>
        <translation>这份报告没有可以绘图的数据。统计图表取自所回顾年份的增速、前后对比、年均增速、全国排名、国家级荣誉、重点项目和各规模企业数量；在报告中加入这类数据（或从原文重新起草），图表就会显示在这里。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Choose a chart to show it enlarged.</source>
        <translation>选择一个图表以放大显示。</translation>
    </message>
    <message>
        <source>Chart actions</source>
        <translation>图表操作</translation>
    </message>
    <message>
        <source>Export data (CSV)…</source>
        <translation>导出数据（CSV）…</translation>
    </message>
    <message>
        <source>Point at a bar or marker, or use the arrow keys in the chart, to read its value, period and sentence.</source>
        <translation>将鼠标指向柱形或标记，或在图表中使用方向键，即可查看其数值、时期和原文。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Save every item of this chart, also those it does not draw, as CSV</source>
        <translation>将本图表的全部数据（包括图中未显示的项）保存为 CSV</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TaskEdits</name>
    <message>
        <source>Mark all actions of “%1” not started</source>
        <translation>将“%1”的全部举措标为未开始</translation>
    </message>
    <message>
        <source>Mark all actions of “%1” done</source>
        <translation>将“%1”的全部举措标为已完成</translation>
    </message>
    <message>
        <source>Toggle “%1” done</source>
        <translation>切换“%1”的完成状态</translation>
    </message>
    <message>
        <source>Set all actions of “%1” to %2</source>
        <translation>将“%1”的全部举措设为%2</translation>
    </message>
    <message>
        <source>All actions: %1</source>
        <translation>全部举措：%1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>将“%1”设为%2</translation>
    </message>
</context>
<context>
    <name>TaskExpansion</name>
    <message>
        <source>Collapse all</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>More than %1 actions are shown: tasks start collapsed so that filtering stays fast.</source>
        <translation>显示的举措超过 %1 项：任务先折叠显示，以便筛选保持流畅。</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <source>Task / action</source>
        <translation>任务 / 举措</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Overall: %1 of %2 actions done</source>
        <translation>总体：已完成 %1/%2 项举措</translation>
    </message>
    <message>
        <source>Review: ✓ %1 checked · ⚠ %2 questioned · %3 not yet reviewed</source>
        <translation>核对：✓ 已核对 %1 · ⚠ 存疑 %2 · 未核对 %3</translation>
    </message>
    <message>
        <source>Orphaned: %1 checklist items no longer in this report (kept)</source>
        <translation>孤立：%1 个清单条目已不在本报告中（已保留）</translation>
    </message>
    <message>
        <source>Filter by text, note or owner…</source>
        <translation>按文字、备注或负责人筛选…</translation>
    </message>
    <message>
        <source>Filter actions by text</source>
        <translation>按文字筛选举措</translation>
    </message>
    <message>
        <source>Shows the actions whose text, note or owner contains it.</source>
        <translation>显示文字、备注或负责人中包含该内容的举措。</translation>
    </message>
    <message>
        <source>Show actions by status</source>
        <translation>按状态显示举措</translation>
    </message>
    <message>
        <source>All actions, those not done, one status, or the questioned items of the whole report.</source>
        <translation>全部举措、未完成的举措、某一状态，或整份报告中存疑的条目。</translation>
    </message>
    <message>
        <source>Tasks and their actions</source>
        <translation>任务及其举措</translation>
    </message>
    <message>
        <source>Space marks the current action done (on a task: all its actions), Enter edits its note, the context menu sets a status or a review mark.</source>
        <translation>空格键将当前举措标为已完成（在任务上：其全部举措），回车键编辑备注，右键菜单可设置状态或核对标记。</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>已完成的举措</translation>
    </message>
    <message>
        <source>Checklist items no longer in the report</source>
        <translation>已不在报告中的清单条目</translation>
    </message>
    <message>
        <source>These items are no longer in the report; their records are kept.</source>
        <translation>这些条目已不在报告中；其记录仍予保留。</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部举措</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Review: questioned items</source>
        <translation>核对：存疑条目</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New report from text…</source>
        <translation>从文本新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>Recent reports</source>
        <translation>最近打开的报告</translation>
    </message>
    <message>
        <source>Save as &amp;package…</source>
        <translation>另存为报告包(&amp;P)…</translation>
    </message>
    <message>
        <source>The report, its source text and your review work as one file to send to a colleague</source>
        <translation>将报告、原文和您的核对工作存为一个文件，便于发给同事</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>报告库(&amp;L)</translation>
    </message>
    <message>
        <source>Every report of your library: search, compare years and regions</source>
        <translation>报告库中的所有报告：搜索、跨年份和地区对比</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back to where the last jump left (Alt+Left)</source>
        <translation>回到上次跳转前的位置（Alt+←）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>再次前进（Alt+→）</translation>
    </message>
    <message>
        <source>Show or hide the side &amp;pane</source>
        <translation>显示或隐藏侧栏(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Reports and report packages (*.yaml *.yml *.irv);;All files (*)</source>
        <translation>报告和报告包 (*.yaml *.yml *.irv);;所有文件 (*)</translation>
    </message>
</context>
</TS>
