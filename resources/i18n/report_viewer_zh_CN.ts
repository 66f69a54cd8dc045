<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../viewer/ui/window/dialogs.py" line="81"/>
        <source>About Industry Report Viewer</source>
        <translation>关于产业报告查看器</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/dialogs.py" line="83"/>
        <source>Industry Report Viewer %1</source>
        <translation>产业报告查看器 %1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/dialogs.py" line="89"/>
        <source>Review an industry &amp; IT work report offline: every figure with the sentence it comes from.</source>
        <translation>离线审阅工业和信息化工作报告：每个数据都附有出处原句。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/dialogs.py" line="94"/>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/dialogs.py" line="95"/>
        <source>Publisher: %1</source>
        <translation>发布单位：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/dialogs.py" line="96"/>
        <source>Source: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/dialogs.py" line="105"/>
        <source>No font is bundled; the system fonts are used.</source>
        <translation>未附带字体，使用系统字体。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/dialogs.py" line="106"/>
        <source>Font licence</source>
        <translation>字体许可</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../viewer/ui/app/run.py" line="96"/>
        <source>The bundled report is opened instead.</source>
        <translation>改为打开内置报告。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/app/run.py" line="103"/>
        <source>The bundled report cannot be opened.</source>
        <translation>内置报告无法打开。</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="113"/>
        <source>Task / action</source>
        <translation>任务 / 举措</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="113"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="113"/>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="160"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="114"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="114"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="114"/>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="161"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="115"/>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="126"/>
        <source>Fact</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="127"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="128"/>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="129"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="132"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="132"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="133"/>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="133"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="134"/>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="161"/>
        <source>Changed</source>
        <translation>更改时间</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="140"/>
        <source>Orphaned</source>
        <translation>孤立</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/checklist_model.py" line="160"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>ChecklistTransfer</name>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="41"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="42"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="52"/>
        <source>There is no checklist to export.</source>
        <translation>没有可导出的清单。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="56"/>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="72"/>
        <source>Could not import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="77"/>
        <source>Import %1 records from %2</source>
        <translation>从 %2 导入 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="83"/>
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
        <location filename="../../viewer/ui/tasks/transfer.py" line="86"/>
        <source>Import checklist</source>
        <translation>导入清单</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="99"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="99"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="99"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="101"/>
        <source>Export checklist</source>
        <translation>导出清单</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="107"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="111"/>
        <source>Import a colleague&apos;s checklist</source>
        <translation>导入同事的清单</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/transfer.py" line="112"/>
        <source>JSON export (*.json)</source>
        <translation>JSON 导出文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../viewer/ui/app/crash_handler.py" line="99"/>
        <source>Errors so far: %1</source>
        <translation>目前错误数：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/app/crash_handler.py" line="103"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/app/crash_handler.py" line="104"/>
        <source>Something went wrong: %1</source>
        <translation>出现问题：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/app/crash_handler.py" line="110"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/app/crash_handler.py" line="118"/>
        <source>The application keeps running; your checklist progress is saved as you go.</source>
        <translation>程序会继续运行；清单进度随时保存。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/app/crash_handler.py" line="120"/>
        <source>Details were written to %1</source>
        <translation>详细信息已写入 %1</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <location filename="../../viewer/ui/enterprises/models.py" line="311"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/models.py" line="311"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/models.py" line="311"/>
        <source>Achievement</source>
        <translation>成就</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/models.py" line="311"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/models.py" line="318"/>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/models.py" line="319"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/models.py" line="320"/>
        <source>industrial base</source>
        <translation>产业基地</translation>
    </message>
</context>
<context>
    <name>EnterprisesTab</name>
    <message>
        <location filename="../../viewer/ui/enterprises/tab.py" line="233"/>
        <source>Count: %1</source>
        <translation>数量：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/tab.py" line="237"/>
        <source>National rank: %1</source>
        <translation>全国排名：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/tab.py" line="282"/>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/tab.py" line="283"/>
        <source>name, achievement, honour…</source>
        <translation>名称、成就、荣誉……</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/tab.py" line="284"/>
        <source>Enterprises and projects</source>
        <translation>企业与项目</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/tab.py" line="285"/>
        <source>National honours (count and national rank)</source>
        <translation>国家级荣誉（数量与全国排名）</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/tab.py" line="290"/>
        <source>%1 of %2 achievements, %3 of %4 honours</source>
        <translation>成就 %1/%2 项，荣誉 %3/%4 项</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="286"/>
        <source>Export report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/actions.py" line="53"/>
        <source>Export report as &amp;PDF…</source>
        <translation>将报告导出为 &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="113"/>
        <source>All charts</source>
        <translation>全部图表</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="118"/>
        <source>Charts:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="127"/>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="129"/>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="130"/>
        <source>Centimetres</source>
        <translation>厘米</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="140"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="152"/>
        <source>DPI:</source>
        <translation>DPI：</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="155"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="160"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="162"/>
        <source>Fields: {index} {id} {ext} {lang} {title}</source>
        <translation>可用字段：{index} {id} {ext} {lang} {title}</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="163"/>
        <source>File names:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="166"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="170"/>
        <location filename="../../viewer/ui/export/dialog.py" line="213"/>
        <location filename="../../viewer/ui/export/dialog.py" line="218"/>
        <location filename="../../viewer/ui/export/dialog.py" line="241"/>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="179"/>
        <source>DPI must be a number</source>
        <translation>DPI 必须是数字</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="193"/>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="208"/>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="219"/>
        <source>%1 file(s) already exist, e.g. %2. Overwrite them?</source>
        <translation>已有 %1 个文件存在（例如 %2）。是否覆盖？</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="230"/>
        <source>Exporting charts…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/export/dialog.py" line="230"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FactTile</name>
    <message>
        <location filename="../../viewer/ui/overview/fact_tile.py" line="18"/>
        <source>in the province</source>
        <translation>全省</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/fact_tile.py" line="19"/>
        <source>among eastern provinces</source>
        <translation>东部地区</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/fact_tile.py" line="20"/>
        <source>nationally</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/fact_tile.py" line="21"/>
        <source>worldwide</source>
        <translation>全球</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/fact_tile.py" line="33"/>
        <source>Rank %1</source>
        <translation>%1排名</translation>
    </message>
</context>
<context>
    <name>HonourTableModel</name>
    <message>
        <location filename="../../viewer/ui/enterprises/models.py" line="391"/>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/models.py" line="391"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/models.py" line="391"/>
        <source>National rank</source>
        <translation>全国排名</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/enterprises/models.py" line="391"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="275"/>
        <source>Set “%1” to %2</source>
        <translation>将“%1”设为%2</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="279"/>
        <source>Change the owner of “%1”</source>
        <translation>更改“%1”的负责人</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="285"/>
        <source>Change the due date of “%1”</source>
        <translation>更改“%1”的截止日期</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="297"/>
        <source>Edit the note of “%1”</source>
        <translation>编辑“%1”的备注</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="318"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="318"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="318"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="319"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="325"/>
        <source>Note (Ctrl+Enter saves, Esc cancels)</source>
        <translation>备注（Ctrl+Enter 保存，Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="326"/>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../viewer/ui/common/kinds.py" line="13"/>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/common/kinds.py" line="14"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/common/kinds.py" line="15"/>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/common/kinds.py" line="16"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/common/kinds.py" line="17"/>
        <source>Action</source>
        <translation>举措</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/common/kinds.py" line="18"/>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="133"/>
        <source>This part of the viewer is not available in this version.</source>
        <translation>此版本尚未提供这一部分。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="152"/>
        <source>No quote found in the source text for %1</source>
        <translation>原文中找不到 %1 的引文</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="195"/>
        <source>The report shown before stays open.</source>
        <translation>之前的报告仍保持打开。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="196"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="202"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="213"/>
        <source>Report not found</source>
        <translation>找不到报告</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="214"/>
        <source>%1 no longer exists; it was removed from the recent reports.</source>
        <translation>%1 已不存在，已从最近打开的报告中移除。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="294"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="295"/>
        <source>Statistics</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="296"/>
        <source>Enterprises</source>
        <translation>企业成就</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="297"/>
        <source>Tasks</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="298"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/main_window.py" line="304"/>
        <source>Industry Report Viewer</source>
        <translation>产业报告查看器</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../viewer/ui/overview/tab.py" line="102"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/tab.py" line="105"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/tab.py" line="106"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/tab.py" line="107"/>
        <source>Report by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/tab.py" line="108"/>
        <source>Publisher</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/tab.py" line="109"/>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/tab.py" line="213"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/tab.py" line="214"/>
        <source>Headline figures (click one to see its sentence)</source>
        <translation>主要数据（点击查看原文出处）</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/tab.py" line="215"/>
        <source>Sections</source>
        <translation>各部分摘要</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/tab.py" line="216"/>
        <source>Tasks and checklist progress</source>
        <translation>重点任务与完成进度</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/overview/tab.py" line="221"/>
        <source>This report marks no headline figures.</source>
        <translation>本报告未标注主要数据。</translation>
    </message>
</context>
<context>
    <name>QuotePane</name>
    <message>
        <location filename="../../viewer/ui/common/widgets.py" line="78"/>
        <location filename="../../viewer/ui/common/widgets.py" line="94"/>
        <source>Select a row to see the sentence it comes from.</source>
        <translation>选择一行以查看其出处原句。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/common/widgets.py" line="91"/>
        <source>Quote from the source text:</source>
        <translation>原文引用：</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/common/widgets.py" line="92"/>
        <source>Show in source</source>
        <translation>在原文中显示</translation>
    </message>
</context>
<context>
    <name>ReportErrorDialog</name>
    <message>
        <location filename="../../viewer/ui/window/dialogs.py" line="30"/>
        <source>Cannot open report</source>
        <translation>无法打开报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/window/dialogs.py" line="33"/>
        <source>%n problem(s) in %1:</source>
        <translation>
            <numerusform>%1 中有 %n 个问题：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../viewer/ui/state/review_actions.py" line="55"/>
        <source>Mark “%1” checked</source>
        <translation>将“%1”标为已核对</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/review_actions.py" line="56"/>
        <source>Mark “%1” questioned</source>
        <translation>将“%1”标为存疑</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/review_actions.py" line="57"/>
        <source>Clear the review mark of “%1”</source>
        <translation>清除“%1”的核对标记</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/review_actions.py" line="69"/>
        <source>Review comment</source>
        <translation>核对意见</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/review_actions.py" line="70"/>
        <source>Comment on “%1”:</source>
        <translation>对“%1”的意见：</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/review_actions.py" line="86"/>
        <source>Mark checked</source>
        <translation>标为已核对</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/review_actions.py" line="87"/>
        <source>Mark questioned</source>
        <translation>标为存疑</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/review_actions.py" line="88"/>
        <source>Clear review mark</source>
        <translation>清除核对标记</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/review_actions.py" line="95"/>
        <source>Review comment…</source>
        <translation>核对意见…</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../viewer/ui/window/search_panel.py" line="142"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/search_panel.py" line="143"/>
        <source>Figures, enterprises, honours, tasks, source text…</source>
        <translation>数据、企业、荣誉、任务、原文……</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/search_panel.py" line="148"/>
        <source>Type to search the whole report.</source>
        <translation>输入文字以搜索整份报告。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/window/search_panel.py" line="150"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionBanners</name>
    <message>
        <location filename="../../viewer/ui/tasks/banners.py" line="31"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/banners.py" line="33"/>
        <source>All changes are saved.</source>
        <translation>所有更改均已保存。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/banners.py" line="42"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
</context>
<context>
    <name>SourceTab</name>
    <message>
        <location filename="../../viewer/ui/source/tab.py" line="141"/>
        <source>This passage backs: %1</source>
        <translation>此段原文支撑：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source/tab.py" line="192"/>
        <source>What this passage backs</source>
        <translation>此段原文支撑的内容</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source/tab.py" line="197"/>
        <source>Double-click an entry to open it in its tab.</source>
        <translation>双击条目可在其所在标签页中打开。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source/tab.py" line="199"/>
        <source>%1 highlighted passages are quoted by figures, enterprises or tasks. Click one to see what it backs.</source>
        <translation>%1 处高亮原文被数据、企业或任务引用。点击可查看其支撑的内容。</translation>
    </message>
</context>
<context>
    <name>StateMessages</name>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="22"/>
        <source>the folder %1 is read-only</source>
        <translation>文件夹 %1 为只读</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="23"/>
        <source>the disk holding %1 is full</source>
        <translation>%1 所在的磁盘已满</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="24"/>
        <source>the folder %1 no longer exists</source>
        <translation>文件夹 %1 已不存在</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="25"/>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="26"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="27"/>
        <source>another Report Viewer has this report&apos;s checklist open</source>
        <translation>另一个报告查看器已打开本报告的清单</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="28"/>
        <source>the unreadable checklist file could not be moved aside</source>
        <translation>无法读取的清单文件未能移到一旁</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="34"/>
        <source>Checklist changes could not be saved to %1: %2. They are kept in memory and saved with the next change or when you retry.</source>
        <translation>清单更改无法保存到 %1：%2。更改暂存在内存中，将在下一次更改或重试时保存。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="46"/>
        <source>Another Report Viewer (process %1) has this report&apos;s checklist open; this window is read-only until it closes.</source>
        <translation>另一个报告查看器（进程 %1）已打开本报告的清单；在它关闭之前，本窗口为只读。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="50"/>
        <source>The checklist file %1 cannot be read; changes cannot be saved (%2).</source>
        <translation>无法读取清单文件 %1；更改无法保存（%2）。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="54"/>
        <source>Opened read-only.</source>
        <translation>以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="62"/>
        <source>nothing in it could be used</source>
        <translation>其中内容均无法使用</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="64"/>
        <source>%1 records were recovered</source>
        <translation>已恢复 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="65"/>
        <source>The checklist file could not be read (%1). It was moved to %2; %3.</source>
        <translation>清单文件无法读取（%1），已移至 %2；%3。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="69"/>
        <source>The unreadable checklist file was moved to %1.</source>
        <translation>无法读取的清单文件已移至 %1。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/messages.py" line="72"/>
        <source>The checklist file has problems (%1); showing what could be read.</source>
        <translation>清单文件有问题（%1）；显示可读取的内容。</translation>
    </message>
</context>
<context>
    <name>StateSession</name>
    <message>
        <location filename="../../viewer/ui/state/session.py" line="129"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/session.py" line="208"/>
        <source>Unsaved checklist changes</source>
        <translation>清单更改未保存</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/session.py" line="209"/>
        <source>Your checklist changes could not be saved:
%1</source>
        <translation>清单更改无法保存：
%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/session.py" line="213"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/session.py" line="229"/>
        <location filename="../../viewer/ui/state/session.py" line="237"/>
        <source>Save a copy of the checklist</source>
        <translation>保存清单副本</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/state/session.py" line="230"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../viewer/ui/statistics/tab.py" line="244"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/statistics/tab.py" line="245"/>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/statistics/tab.py" line="246"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/statistics/tab.py" line="249"/>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/statistics/tab.py" line="250"/>
        <source>Export all charts…</source>
        <translation>导出全部图表…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/statistics/tab.py" line="247"/>
        <source>Export data (CSV)…</source>
        <translation>导出数据（CSV）…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/statistics/tab.py" line="213"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/statistics/tab.py" line="248"/>
        <source>Save every item of this chart, also those it does not draw, as CSV</source>
        <translation>将本图表的全部数据（包括图中未显示的项）保存为 CSV</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/statistics/tab.py" line="203"/>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/statistics/tab.py" line="205"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TaskEdits</name>
    <message>
        <location filename="../../viewer/ui/tasks/edits.py" line="44"/>
        <source>Mark all actions of “%1” not started</source>
        <translation>将“%1”的全部举措标为未开始</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/edits.py" line="45"/>
        <source>Mark all actions of “%1” done</source>
        <translation>将“%1”的全部举措标为已完成</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/edits.py" line="47"/>
        <location filename="../../viewer/ui/tasks/edits.py" line="102"/>
        <source>Toggle “%1” done</source>
        <translation>切换“%1”的完成状态</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/edits.py" line="54"/>
        <source>Set all actions of “%1” to %2</source>
        <translation>将“%1”的全部举措设为%2</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/edits.py" line="69"/>
        <source>All actions: %1</source>
        <translation>全部举措：%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/edits.py" line="79"/>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/edits.py" line="95"/>
        <source>Set “%1” to %2</source>
        <translation>将“%1”设为%2</translation>
    </message>
</context>
<context>
    <name>TaskExpansion</name>
    <message>
        <location filename="../../viewer/ui/tasks/expansion.py" line="67"/>
        <source>Collapse all</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/expansion.py" line="67"/>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/expansion.py" line="69"/>
        <source>More than %1 actions are shown: tasks start collapsed so that filtering stays fast.</source>
        <translation>显示的举措超过 %1 项：任务先折叠显示，以便筛选保持流畅。</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../viewer/ui/tasks/tree_model.py" line="263"/>
        <source>Task / action</source>
        <translation>任务 / 举措</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/tree_model.py" line="265"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../viewer/ui/tasks/tab.py" line="301"/>
        <source>Overall: %1 of %2 actions done</source>
        <translation>总体：已完成 %1/%2 项举措</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/tab.py" line="306"/>
        <source>Review: ✓ %1 checked · ? %2 questioned · %3 not yet reviewed</source>
        <translation>核对：✓ 已核对 %1 · ? 存疑 %2 · 未核对 %3</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/tab.py" line="309"/>
        <source>Orphaned: %1 checklist items no longer in this report (kept)</source>
        <translation>孤立：%1 个清单条目已不在本报告中（已保留）</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/tab.py" line="356"/>
        <source>Filter by text, note or owner…</source>
        <translation>按文字、备注或负责人筛选…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/tab.py" line="359"/>
        <source>These items are no longer in the report; their records are kept.</source>
        <translation>这些条目已不在报告中；其记录仍予保留。</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="332"/>
        <source>All actions</source>
        <translation>全部举措</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="333"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/tasks/widgets.py" line="336"/>
        <source>Review: questioned items</source>
        <translation>核对：存疑条目</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="108"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="109"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="110"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="111"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="112"/>
        <source>&amp;Open report…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="113"/>
        <source>&amp;New report from text…</source>
        <translation>从文本新建报告(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="114"/>
        <source>Recent reports</source>
        <translation>最近打开的报告</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="115"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="116"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="119"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="120"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="121"/>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="121"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="121"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="124"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="125"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="137"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="161"/>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/window/menus.py" line="161"/>
        <source>Report files (*.yaml *.yml);;All files (*)</source>
        <translation>报告文件 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
</context>
</TS>
