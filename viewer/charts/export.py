"""Exporting charts to files: which charts, which formats, which names; used by the CLI and the GUI.

``plan_export`` checks everything that can be checked before drawing (chart ids, template, folder,
existing files) so that an error leaves nothing behind; ``export_charts`` then renders and writes each
file atomically, reporting progress and stopping when asked.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.charts.files import DEFAULT_TEMPLATE, ExportError, check_output_dir, check_template, file_name, write_atomic
from viewer.charts.garbage import collecting_here
from viewer.charts.sizes import RenderSize
from viewer.charts.spec import ChartSpec
from viewer.model.types import Report

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

# csv: the chart's complete data (every item, also those a drawing leaves out), not a picture.
# pptx and xlsx hold every chart chosen in one file: a deck (a slide per chart) and a workbook (a sheet per chart).
FORMATS: tuple[str, ...] = ("png", "svg", "pdf", "csv", "pptx", "xlsx")
COLLECTIONS: tuple[str, ...] = ("pptx", "xlsx")

# progress(done, total, path) -> keep going?
Progress = Callable[[int, int, Path], bool]


@dataclass(frozen=True)
class ExportJob:
    """One file to write: a chart in a format at a path."""

    spec: ChartSpec
    index: int  # 1-based position of the chart among the report's charts
    fmt: str
    path: Path
    specs: tuple[ChartSpec, ...] = ()  # a deck's or a workbook's charts (every chart chosen)
    report: Report | None = None  # the report a deck is of (its title slide)


def collection_name(report: Report, fmt: str) -> str:
    """The file a deck or a workbook of a report's charts is written to: ``<report id>-charts.pptx``."""
    return f"{report.meta.id}-charts.{fmt}"


def parse_formats(text: str) -> tuple[str, ...]:
    """'png,svg' -> ('png', 'svg'); ExportError naming an unknown format."""
    formats = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if not formats or unknown:
        raise ExportError(f"unknown format {unknown[0] if unknown else text!r} (known: {', '.join(FORMATS)})")
    return formats


def select_charts(specs: Sequence[ChartSpec], ids: Sequence[str] | None) -> list[tuple[int, ChartSpec]]:
    """(index, spec) of the charts named by ``ids`` (all when None), in the report's order."""
    indexed = [(i + 1, s) for i, s in enumerate(specs)]
    if not ids:
        return indexed
    known = {s.id for s in specs}
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise ExportError(f"unknown chart id '{unknown[0]}' (this report has: {', '.join(s.id for s in specs)})")
    wanted = set(ids)
    return [(i, s) for i, s in indexed if s.id in wanted]


def plan_export(specs: Sequence[ChartSpec], out_dir: Path, formats: Sequence[str], *,
                chart_ids: Sequence[str] | None = None, template: str = DEFAULT_TEMPLATE,
                overwrite: bool = False, create_dir: bool = True, report: Report | None = None) -> list[ExportJob]:
    """The files an export will write; ExportError (nothing written) if any cannot be.

    A deck or a workbook (``COLLECTIONS``) is one file for all the charts chosen, named after ``report``.
    """
    check_template(template)
    chosen = select_charts(specs, chart_ids)
    collections = [f for f in formats if f in COLLECTIONS]
    if collections and report is None:
        raise ExportError(f"a {collections[0]} file is made of a report's charts")  # pragma: no cover - a caller's bug
    check_output_dir(out_dir, create_dir)
    jobs = [ExportJob(spec, index, fmt, out_dir / file_name(template, index, spec.id, fmt, spec.lang, spec.title))
            for index, spec in chosen for fmt in formats if fmt not in COLLECTIONS]
    if chosen and report is not None:
        jobs += [ExportJob(chosen[0][1], chosen[0][0], fmt, out_dir / collection_name(report, fmt),
                           tuple(s for _, s in chosen), report) for fmt in collections]
    names = [j.path for j in jobs]
    if len(set(names)) != len(names):
        raise ExportError(f"the file-name template {template!r} gives several files the same name")
    if not overwrite:
        taken = [j.path for j in jobs if j.path.exists()]
        if taken:
            more = f" (and {len(taken) - 1} more)" if len(taken) > 1 else ""
            raise ExportError(f"file exists: {taken[0]}{more}; use --force to overwrite")
    return jobs


def existing_files(jobs: Sequence[ExportJob]) -> list[Path]:
    """The planned files that already exist (the GUI asks before overwriting them)."""
    return [j.path for j in jobs if j.path.exists()]


def export_charts(jobs: Sequence[ExportJob], size: RenderSize, *, overwrite: bool = False,
                  progress: Progress | None = None) -> list[Path]:
    """Render and write every job; returns the paths written (fewer when ``progress`` said stop).

    Drawing needs the GUI thread; PNG encoding (numpy + zlib, which release the GIL) and writing run in
    one worker thread, so the next chart is drawn while the previous one is compressed.
    """
    from viewer.charts.render import image_png_bytes, render_bytes, render_image

    def write(job: ExportJob, payload: QImage | bytes) -> Path:  # an image for PNG, else the file's bytes
        data = payload if isinstance(payload, bytes) else image_png_bytes(payload)
        try:
            write_atomic(job.path, data, overwrite)
        except FileExistsError:
            raise ExportError(f"file exists: {job.path}; use --force to overwrite") from None
        return job.path

    written: list[Path] = []
    pending: deque[Future[Path]] = deque()
    stop = False

    def finish_one() -> None:
        nonlocal stop
        path = pending.popleft().result()
        written.append(path)
        if progress is not None and not stop and not progress(len(written), len(jobs), path):
            stop = True  # files already being written are finished; nothing new is started

    # Garbage is collected on this thread only: the scenes just drawn hold Qt objects (viewer.charts.garbage).
    with collecting_here() as collect_garbage, \
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="chart-export") as pool:
        try:
            for job in jobs:
                if stop:
                    break
                payload: QImage | bytes
                if job.fmt in COLLECTIONS:
                    payload = collection_bytes(job)
                else:
                    payload = render_image(job.spec, size) if job.fmt == "png" else \
                        render_bytes(job.spec, size, job.fmt)
                pending.append(pool.submit(write, job, payload))
                collect_garbage()
                while len(pending) > 1 or (pending and pending[0].done()):
                    finish_one()
                    if stop:
                        break
            while pending:
                finish_one()
        finally:
            for future in pending:
                future.cancel()
    return written


def collection_bytes(job: ExportJob) -> bytes:
    """A deck (pptx) or a workbook (xlsx) of the job's charts."""
    if job.fmt == "xlsx":
        from viewer.charts.workbook import charts_workbook

        return charts_workbook(job.specs, job.report.meta.title.get(job.spec.lang) if job.report else "")
    from viewer.charts.deck import deck_bytes
    from viewer.charts.render import png_bytes

    assert job.report is not None
    return deck_bytes(job.report, job.specs, job.spec.lang,
                      lambda spec, width, height, dpi: png_bytes(spec, RenderSize(width, height, dpi)))
