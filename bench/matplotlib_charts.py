"""The viewer's charts drawn with matplotlib (Agg): the baseline of `make bench` for chart export.

Same data, labels, sizes and font as `report-viewer export` (the ChartSpecs come from the viewer's own
chart definitions, which need no Qt), so the two can be timed against each other:

    python bench/matplotlib_charts.py --out DIR [--report PATH] [--format png|svg] [--size WxH] [--dpi D]
    python bench/matplotlib_charts.py --out DIR --repeat 5   # prints in-process ms per chart (median)

matplotlib is only in the `bench` extra; the viewer never imports it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib import font_manager

from viewer.charts.definitions import chart_specs
from viewer.charts.spec import ChartSpec, Panel, PanelStyle
from viewer.model.cache import default_cache
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path, resource

BAR, SERIES, MUTED, RANK = "#2f6fad", ("#9cc3e6", "#1f4e87"), "#555555", "#b03a2e"


def use_bundled_font() -> None:
    """Draw with the viewer's bundled CJK font, as the viewer does."""
    for name in ("NotoSansCJKsc-Regular-subset.otf", "NotoSansCJKsc-Bold-subset.otf"):
        font_manager.fontManager.addfont(str(resource(f"fonts/{name}")))
    family = font_manager.FontProperties(fname=str(resource("fonts/NotoSansCJKsc-Regular-subset.otf"))).get_name()
    plt.rcParams.update({"font.family": family, "axes.unicode_minus": False, "svg.fonttype": "path"})


def _panel(ax, panel: Panel) -> None:
    n = len(panel.categories)
    values = [m.value for m in panel.marks]
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(panel.title, loc="left", fontsize=10.5, fontweight="bold")
    if panel.style == PanelStyle.BARS:
        ax.barh([m.category for m in panel.marks], values, height=0.62, color=BAR)
        ax.set_yticks(range(n), panel.categories)
        ax.invert_yaxis()
        ax.set_xlabel(panel.value_axis, color=MUTED)
        ax.set_xlim(min(0, min(values)) * 1.25, max(values) * 1.25)
        for m in panel.marks:
            ax.annotate(m.value_text + (f"  {m.note}" if m.note else ""), (m.value, m.category),
                        xytext=(4, 0), textcoords="offset points", va="center")
    elif panel.style == PanelStyle.COLUMNS:
        groups = max(1, len(panel.series))
        width = 0.7 / groups if panel.series else 0.6
        for m in panel.marks:
            x = m.category + ((m.series - (groups - 1) / 2) * width if panel.series else 0)
            color = SERIES[m.series] if (panel.series or any(k.series for k in panel.marks)) else BAR
            ax.bar(x, m.value, width=width, color=color)
            ax.annotate(m.value_text, (x, m.value), xytext=(0, 3), textcoords="offset points", ha="center")
        ax.set_xticks(range(n), panel.categories)
        ax.set_ylabel(panel.value_axis, color=MUTED)
        ax.set_ylim(0, max(values) * 1.15)
    elif panel.style == PanelStyle.SLOPE:
        marks = sorted(panel.marks, key=lambda m: m.category)
        ax.plot([m.category for m in marks], values and [m.value for m in marks], color=MUTED)
        for m in marks:
            ax.plot(m.category, m.value, "o", color=SERIES[m.series])
            ax.annotate(m.value_text, (m.category, m.value), xytext=(0, 6), textcoords="offset points", ha="center")
        ax.set_xticks(range(n), panel.categories)
        ax.set_xlim(-0.6, n - 0.4)
        ax.set_ylim(max(values) + 0.5, 0.5)
        ax.set_ylabel(panel.value_axis, color=MUTED)
    else:
        worst = int(max(values))
        ax.set_ylim(worst + 0.5, 0.5)
        ax.set_yticks(range(1, worst + 1))
        ax.set_xlim(0, 1)
        ax.set_xticks([])
        ax.set_ylabel(panel.value_axis, color=MUTED)
        by_rank: dict[int, list[str]] = {}
        for m in panel.marks:
            by_rank.setdefault(int(m.value), []).append(m.label)
        for rank, labels in by_rank.items():
            ax.plot([0.02], [rank], "o", color=RANK)
            ax.text(0.04, rank, "    ".join(labels), va="center")
    ax.grid(axis="x" if panel.style == PanelStyle.BARS else "y", color="#e3e3e3")
    ax.set_axisbelow(True)


def draw(spec: ChartSpec, width_px: int, height_px: int, dpi: float):
    """A matplotlib figure of ``spec`` at the given pixel size and DPI."""
    fig = plt.figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    plt.rcParams["font.size"] = 13 * 72 / 96
    axes = fig.subplots(1, len(spec.panels), squeeze=False)[0]
    for ax, panel in zip(axes, spec.panels, strict=True):
        _panel(ax, panel)
    fig.suptitle(spec.title, x=0.01, ha="left", fontsize=13.5, fontweight="bold")
    fig.text(0.01, 0.01, spec.caption, fontsize=8.25, color=MUTED)
    fig.tight_layout(rect=(0, 0.03, 1, 0.97))
    return fig


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--report", default=str(default_report_path()))
    p.add_argument("--out", required=True)
    p.add_argument("--format", default="png", choices=("png", "svg"))
    p.add_argument("--size", default="1600x1000")
    p.add_argument("--dpi", type=float, default=96)
    p.add_argument("--lang", default="zh", choices=("zh", "en"))
    p.add_argument("--repeat", type=int, default=0, help="time each chart this many times in-process")
    args = p.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    use_bundled_font()
    # Loaded exactly as `report-viewer export` loads it (through the same parsed-report cache), so that the
    # whole-process timings differ only in drawing.
    specs = chart_specs(load_report(args.report, default_cache()).report, args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for index, spec in enumerate(specs, start=1):
        path = out / f"{index:02d}-{spec.id}.{args.format}"
        times = []
        for _ in range(max(1, args.repeat)):
            start = time.perf_counter()
            fig = draw(spec, width, height, args.dpi)
            fig.savefig(path, dpi=args.dpi, format=args.format)
            plt.close(fig)
            times.append((time.perf_counter() - start) * 1000)
        print(f"{path}\t{statistics.median(times):.1f} ms" if args.repeat else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
