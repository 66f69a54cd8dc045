<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../viewer/ui/dialogs.py" line="81" />
        <source>About Industry Report Viewer</source>
        <translation>关于产业报告查看器</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/dialogs.py" line="83" />
        <source>Industry Report Viewer %1</source>
        <translation>产业报告查看器 %1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/dialogs.py" line="89" />
        <source>Review an industry &amp; IT work report offline: every figure with the sentence it comes from.</source>
        <translation>离线审阅工业和信息化工作报告：每个数据都附有出处原句。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/dialogs.py" line="94" />
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/dialogs.py" line="95" />
        <source>Publisher: %1</source>
        <translation>发布单位：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/dialogs.py" line="96" />
        <source>Source: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/dialogs.py" line="105" />
        <source>No font is bundled; the system fonts are used.</source>
        <translation>未附带字体，使用系统字体。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/dialogs.py" line="106" />
        <source>Font licence</source>
        <translation>字体许可</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../viewer/ui/app.py" line="89" />
        <source>The bundled report is opened instead.</source>
        <translation>改为打开内置报告。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/app.py" line="94" />
        <source>The bundled report cannot be opened.</source>
        <translation>内置报告无法打开。</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <location filename="../../viewer/ui/enterprise_models.py" line="107" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprise_models.py" line="107" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprise_models.py" line="107" />
        <source>Achievement</source>
        <translation>成就</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprise_models.py" line="107" />
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprise_models.py" line="112" />
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprise_models.py" line="113" />
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprise_models.py" line="114" />
        <source>industrial base</source>
        <translation>产业基地</translation>
    </message>
</context>
<context>
    <name>EnterprisesTab</name>
    <message>
        <location filename="../../viewer/ui/enterprises_tab.py" line="177" />
        <source>Count: %1</source>
        <translation>数量：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises_tab.py" line="181" />
        <source>National rank: %1</source>
        <translation>全国排名：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises_tab.py" line="211" />
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises_tab.py" line="212" />
        <source>name, achievement, honour…</source>
        <translation>名称、成就、荣誉……</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises_tab.py" line="213" />
        <source>Enterprises and projects</source>
        <translation>企业与项目</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises_tab.py" line="214" />
        <source>National honours (count and national rank)</source>
        <translation>国家级荣誉（数量与全国排名）</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises_tab.py" line="219" />
        <source>%1 of %2 achievements, %3 of %4 honours</source>
        <translation>成就 %1/%2 项，荣誉 %3/%4 项</translation>
    </message>
</context>
<context>
    <name>FactTile</name>
    <message>
        <location filename="../../viewer/ui/fact_tile.py" line="17" />
        <source>in the province</source>
        <translation>全省</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/fact_tile.py" line="18" />
        <source>among eastern provinces</source>
        <translation>东部地区</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/fact_tile.py" line="19" />
        <source>nationally</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/fact_tile.py" line="20" />
        <source>worldwide</source>
        <translation>全球</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/fact_tile.py" line="32" />
        <source>Rank %1</source>
        <translation>%1排名</translation>
    </message>
</context>
<context>
    <name>HonourTableModel</name>
    <message>
        <location filename="../../viewer/ui/enterprise_models.py" line="170" />
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprise_models.py" line="170" />
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprise_models.py" line="170" />
        <source>National rank</source>
        <translation>全国排名</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprise_models.py" line="170" />
        <source>Period</source>
        <translation>时期</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../viewer/ui/kinds.py" line="13" />
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/kinds.py" line="14" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/kinds.py" line="15" />
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/kinds.py" line="16" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/kinds.py" line="17" />
        <source>Action</source>
        <translation>举措</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/kinds.py" line="18" />
        <source>Source text</source>
        <translation>原文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="118" />
        <source>This part of the viewer is not available in this version.</source>
        <translation>此版本尚未提供这一部分。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="137" />
        <source>No quote found in the source text for %1</source>
        <translation>原文中找不到 %1 的引文</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="178" />
        <source>The report shown before stays open.</source>
        <translation>之前的报告仍保持打开。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="179" />
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="185" />
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="194" />
        <source>Report not found</source>
        <translation>找不到报告</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="195" />
        <source>%1 no longer exists; it was removed from the recent reports.</source>
        <translation>%1 已不存在，已从最近打开的报告中移除。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="272" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="273" />
        <source>Statistics</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="274" />
        <source>Enterprises</source>
        <translation>企业成就</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="275" />
        <source>Tasks</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="276" />
        <source>Source</source>
        <translation>原文</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../viewer/ui/overview_tab.py" line="91" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview_tab.py" line="94" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview_tab.py" line="95" />
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview_tab.py" line="96" />
        <source>Report by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview_tab.py" line="97" />
        <source>Publisher</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview_tab.py" line="98" />
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview_tab.py" line="191" />
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview_tab.py" line="192" />
        <source>Headline figures (click one to see its sentence)</source>
        <translation>主要数据（点击查看原文出处）</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview_tab.py" line="193" />
        <source>Sections</source>
        <translation>各部分摘要</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview_tab.py" line="194" />
        <source>Tasks and checklist progress</source>
        <translation>重点任务与完成进度</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview_tab.py" line="199" />
        <source>This report marks no headline figures.</source>
        <translation>本报告未标注主要数据。</translation>
    </message>
</context>
<context>
    <name>QuotePane</name>
    <message>
        <location filename="../../viewer/ui/widgets.py" line="78" />
        <location filename="../../viewer/ui/widgets.py" line="94" />
        <source>Select a row to see the sentence it comes from.</source>
        <translation>选择一行以查看其出处原句。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/widgets.py" line="91" />
        <source>Quote from the source text:</source>
        <translation>原文引用：</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/widgets.py" line="92" />
        <source>Show in source</source>
        <translation>在原文中显示</translation>
    </message>
</context>
<context>
    <name>ReportErrorDialog</name>
    <message>
        <location filename="../../viewer/ui/dialogs.py" line="30" />
        <source>Cannot open report</source>
        <translation>无法打开报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/dialogs.py" line="33" />
        <source>%n problem(s) in %1:</source>
        <translation><numerusform>%1 中有 %n 个问题：</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../viewer/ui/search_panel.py" line="142" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/search_panel.py" line="143" />
        <source>Figures, enterprises, honours, tasks, source text…</source>
        <translation>数据、企业、荣誉、任务、原文……</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/search_panel.py" line="148" />
        <source>Type to search the whole report.</source>
        <translation>输入文字以搜索整份报告。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/search_panel.py" line="150" />
        <source>%n hit(s)</source>
        <translation><numerusform>%n 条结果</numerusform></translation>
    </message>
</context>
<context>
    <name>SourceTab</name>
    <message>
        <location filename="../../viewer/ui/source_tab.py" line="140" />
        <source>This passage backs: %1</source>
        <translation>此段原文支撑：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_tab.py" line="183" />
        <source>What this passage backs</source>
        <translation>此段原文支撑的内容</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_tab.py" line="188" />
        <source>Double-click an entry to open it in its tab.</source>
        <translation>双击条目可在其所在标签页中打开。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_tab.py" line="190" />
        <source>Highlighted passages are quoted by figures, enterprises or tasks. Click one to see what it backs.</source>
        <translation>高亮部分为数据、企业或任务所引用的原文。点击可查看其支撑的内容。</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../viewer/ui/task_tree_model.py" line="147" />
        <source>Task / action</source>
        <translation>任务 / 举措</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/task_tree_model.py" line="149" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../viewer/ui/menus.py" line="104" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="105" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="106" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="107" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="108" />
        <source>&amp;Open report…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="109" />
        <source>Recent reports</source>
        <translation>最近打开的报告</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="110" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="111" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="114" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="115" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="116" />
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="116" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="116" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="119" />
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="120" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="132" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="148" />
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/menus.py" line="148" />
        <source>Report files (*.yaml *.yml);;All files (*)</source>
        <translation>报告文件 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
</context>
</TS>