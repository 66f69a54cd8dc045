"""Export files are written whole or not at all, and never over an existing file unless asked."""

from __future__ import annotations

import pytest

from viewer.charts.export import parse_formats, plan_export, select_charts
from viewer.charts.files import ExportError, check_template, file_name, write_atomic


def test_write_atomic_writes_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "a.png"
    write_atomic(target, b"one")
    with pytest.raises(FileExistsError):
        write_atomic(target, b"two")
    assert target.read_bytes() == b"one"
    write_atomic(target, b"two", overwrite=True)
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.png"]  # no temporary file left behind


def test_write_atomic_into_a_missing_folder_leaves_nothing(tmp_path):
    with pytest.raises(ExportError):
        write_atomic(tmp_path / "missing" / "a.png", b"x")
    assert list(tmp_path.iterdir()) == []


def test_template_fields():
    assert file_name("{index:02d}-{id}.{ext}", 3, "growth", "png", "zh", "t") == "03-growth.png"
    assert file_name("{title}.{ext}", 1, "x", "svg", "en", "A/B: c") == "A_B_ c.svg"
    for bad in ("{nope}.{ext}", "{id}", "../{id}.{ext}", "{id", "a/{id}.{ext}"):
        with pytest.raises(ExportError):
            check_template(bad)


def test_formats():
    assert parse_formats("png, SVG,png") == ("png", "svg")
    with pytest.raises(ExportError, match="unknown format 'gif'"):
        parse_formats("png,gif")


def test_plan_checks_ids_and_existing_files_before_writing(tmp_path, mini):
    from viewer.charts.definitions import chart_specs

    specs = chart_specs(mini.report, "zh")
    with pytest.raises(ExportError, match="unknown chart id 'nope'"):
        select_charts(specs, ["nope"])
    jobs = plan_export(specs, tmp_path / "out", ("png", "pdf"), chart_ids=["honours"])
    assert [j.path.name for j in jobs] == ["05-honours.png", "05-honours.pdf"]
    (tmp_path / "out" / "05-honours.pdf").write_bytes(b"old")
    with pytest.raises(ExportError, match="file exists"):
        plan_export(specs, tmp_path / "out", ("png", "pdf"), chart_ids=["honours"])
    assert plan_export(specs, tmp_path / "out", ("pdf",), chart_ids=["honours"], overwrite=True)
    with pytest.raises(ExportError, match="same name"):
        plan_export(specs, tmp_path / "o2", ("png",), template="chart.{ext}")


def test_export_stops_when_progress_says_so(qapp, tmp_path, mini):
    from viewer.charts.definitions import chart_specs
    from viewer.charts.export import export_charts
    from viewer.charts.sizes import RenderSize

    jobs = plan_export(chart_specs(mini.report, "zh"), tmp_path, ("png", "svg"))
    calls = []
    written = export_charts(jobs, RenderSize(400, 300, 96), progress=lambda d, t, p: calls.append(d) or d < 3)
    assert calls == [1, 2, 3]
    assert 3 <= len(written) < len(jobs)
    assert sorted(tmp_path.iterdir()) == sorted(written)  # only whole files, no temporary ones
