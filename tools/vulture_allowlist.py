"""Names `make lint`'s dead-code check (vulture, configured in pyproject.toml) must not report: each is used,
but by name from outside Python's sight (Qt or pyqtgraph calling an override, Qt reading a style option's
field, a lookup by string). Vulture only parses this file; it is never imported. Add an entry only with the
reason; anything else it reports is dead: remove it."""

# ruff: noqa
_ = object()

# Qt calls these overrides from C++ (PySide dispatches virtual methods by name).
_.createMimeDataFromSelection  # viewer/ui/source/text_view.py: QPlainTextEdit, copying a selection
_.contextMenuEvent  # viewer/ui/statistics/chart_view.py: QGraphicsView, right click on a chart
_.drawForeground  # viewer/ui/statistics/chart_view.py: QGraphicsView, the focus frame over the chart
_.viewportEvent  # viewer/ui/statistics/chart_view.py: QGraphicsView, the tooltip event of the viewport
_.drawPrimitive  # viewer/ui/common/theme.py: QProxyStyle, check box outlines on a dark palette
_.sibling  # viewer/ui/tasks/tree_model.py: QAbstractItemModel, asked by views for the next column
_.hasChildren  # viewer/ui/tasks/tree_model.py: QAbstractItemModel, asked by the tree per laid-out row
_.filterAcceptsRow  # viewer/ui/enterprises/table_model.py: QSortFilterProxyModel, per row on each filter

# argparse reads this parser attribute when it formats the help.
_.formatter_class  # viewer/commands/export.py: the list of formats in `export --help` keeps its lines

# pyqtgraph calls these AxisItem methods on itself; the overrides turn off work the charts never show.
_._updateLabel  # viewer/charts/text.py
_.updateAutoSIPrefix  # viewer/charts/text.py

# Fields of QStyleOption objects that Qt's style reads when drawing a check box or a progress bar.
_.checkState  # viewer/ui/tasks/widgets.py: QStyleOptionViewItem
_.styleObject  # viewer/ui/tasks/widgets.py: QStyleOptionViewItem
_.minimum  # viewer/ui/tasks/widgets.py: QStyleOptionProgressBar
_.maximum  # viewer/ui/tasks/widgets.py: QStyleOptionProgressBar
_.textVisible  # viewer/ui/tasks/widgets.py: QStyleOptionProgressBar
_.textAlignment  # viewer/ui/tasks/widgets.py: QStyleOptionProgressBar

# Read by name.
_.muted  # viewer/charts/style.py: Theme colour, looked up by role name (Theme.color("muted"))
_.schema_version  # viewer/model/types.py: a field of every report file (Report), checked by validation
_.write_schema  # viewer/model/schema.py: `make schema`
_.optionxform  # tests/test_desktop_entry.py: ConfigParser calls it to fold keys (kept case-sensitive)
_.startup  # bench/run.py: a section of `make bench`, run by name (--only SECTION)
_.memory  # bench/run.py: as above
_.interaction  # bench/run.py: as above
_.stalls  # bench/feel.py: a section of `make bench`, run by name
_.growth  # bench/feel.py: as above
_.required  # viewer/cli.py: argparse reads Action.required (a positional takes no required= argument)
_.description  # viewer/commands/render.py, tasks.py: argparse prints ArgumentParser.description in --help

# ruamel.yaml reads this setting of its YAML object (viewer/model/edit/document.py): keep each scalar's quoting.
_.preserve_quotes
# python-pptx properties the deck sets (viewer/charts/deck.py): setters that write the slide's XML.
_.word_wrap  # TextFrame: the caption wraps
_.include_in_layout  # Legend: beside the plot, not over it
_.has_major_gridlines  # ValueAxis
_.minimum_scale  # ValueAxis: bars from zero, ranks from 1
_.maximum_scale  # ValueAxis
_.major_unit  # ValueAxis: whole ranks
_.crosses  # ValueAxis: where the category axis crosses it
_.gap_width  # BarPlot
_.smooth  # LineSeries: straight rank lines
_._blob  # pptx Part: the theme's XML with the East-Asian fonts
_.page_mode  # pypdf PdfWriter: the PDF opens with its outline shown (viewer/charts/pdf_outline.py)
_._keep  # viewer/ui/export/printing.py: a preview dialog keeps its printer (and the pages) alive
_.report_title  # viewer/model/library/records.py: a hit's and a point's report title, for the library window
_.QT_REWORDED  # viewer/ui/common/i18n.py: read by lupdate only (Qt strings our catalogue words anew: 撤销)
