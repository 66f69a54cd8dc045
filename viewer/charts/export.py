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

from viewer.charts.files import DEFAULT_TEMPLATE, ExportError, check_output_dir, check_template, file_name, write_atomic
from viewer.charts.sizes import RenderSize
from viewer.charts.spec import ChartSpec

# csv: the chart's complete data (every item, also those a drawing leaves out), not a picture.
FORMATS: tuple[str, ...] = ("png", "svg", "pdf", "csv")

# progress(done, total, path) -> keep going?
Progress = Callable[[int, int, Path], bool]


@dataclass(frozen=True)
class ExportJob:
    """One file to write: a chart in a format at a path."""

    spec: ChartSpec
    index: int  # 1-based position of the chart among the report's charts
    fmt: str
    path: Path


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
                overwrite: bool = False, create_dir: bool = True) -> list[ExportJob]:
    """The files an export will write; ExportError (nothing written) if any cannot be."""
    check_template(template)
    chosen = select_charts(specs, chart_ids)
    check_output_dir(out_dir, create_dir)
    jobs = [ExportJob(spec, index, fmt, out_dir / file_name(template, index, spec.id, fmt, spec.lang, spec.title))
            for index, spec in chosen for fmt in formats]
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

    def write(job: ExportJob, payload) -> Path:
        data = image_png_bytes(payload) if job.fmt == "png" else payload
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

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="chart-export") as pool:
        try:
            for job in jobs:
                if stop:
                    break
                payload = render_image(job.spec, size) if job.fmt == "png" else render_bytes(job.spec, size, job.fmt)
                pending.append(pool.submit(write, job, payload))
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
