"""Drafting large texts (issue 13): time and peak memory of `report-viewer draft` against `report-viewer
validate` on what it wrote, for texts of 1, 4, 10 and 30 MB made of the sample reports' paragraphs
(tests/model/draft_samples), in many paragraphs; and 1 MB in one paragraph.

Each command runs in its own process; times are user + system CPU seconds of that process (the machine is
shared, so wall time moves more), memory its peak resident set (``ru_maxrss`` from ``wait4``). Prints a
Markdown table (the README's) and writes bench/draft_big.json.

    python bench/draft_big.py [--sizes 1,4,10,30] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.model.draft_samples.big import big_text  # noqa: E402

MB = 2**20


def measure(argv: list[str]) -> tuple[int, float, float, int, str]:
    """Run a command: exit status, CPU seconds (user + system), wall seconds, peak RSS in bytes, stderr."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read() if proc.stderr else ""
    for stream in (proc.stdout, proc.stderr):
        if stream:
            stream.close()
    return os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss * 1024, stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,10,30", help="text sizes in MB (default 1,4,10,30)")
    parser.add_argument("--keep", metavar="DIR", help="write the texts and drafts here (default: a temporary folder)")
    args = parser.parse_args(argv)
    folder = Path(args.keep or tempfile.mkdtemp(prefix="draft-big-"))
    folder.mkdir(parents=True, exist_ok=True)
    cases = [(f"{s} MB, many paragraphs", float(s), False) for s in args.sizes.split(",")]
    cases.insert(1, ("1 MB, one paragraph", 1.0, True))
    rows = []
    exe = [sys.executable, "-m", "viewer"]
    for name, size, one in cases:
        text_path = folder / f"text-{size:g}{'-one' if one else ''}.txt"
        text_path.write_text(big_text(int(size * MB), one_paragraph=one), encoding="utf-8")
        yaml_path = text_path.with_suffix(".yaml")
        yaml_path.unlink(missing_ok=True)
        code, cpu, wall, rss, err = measure([*exe, "draft", str(text_path), "--out", str(yaml_path), "--force"])
        row = {"case": name, "text_mb": text_path.stat().st_size / MB, "draft_status": code, "draft_cpu_s": cpu,
               "draft_wall_s": wall, "draft_peak_mib": rss / MB, "message": err.strip().splitlines()[-1] if err else ""}
        if code == 0:
            vcode, vcpu, vwall, vrss, _ = measure([*exe, "validate", str(yaml_path)])
            row.update({"yaml_mb": yaml_path.stat().st_size / MB, "validate_status": vcode, "validate_cpu_s": vcpu,
                        "validate_wall_s": vwall, "validate_peak_mib": vrss / MB, "ratio": cpu / vcpu})
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    print()
    print("| text | draft (CPU s) | peak memory | draft file | validate (CPU s) | draft / validate |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        if r["draft_status"] == 0:
            print(f"| {r['case']} ({r['text_mb']:.1f} MB) | {r['draft_cpu_s']:.1f} | {r['draft_peak_mib']:.0f} MiB | "
                  f"{r['yaml_mb']:.1f} MB, validates: {'yes' if r['validate_status'] == 0 else 'NO'} | "
                  f"{r['validate_cpu_s']:.1f} | {r['ratio']:.2f}x |")
        else:
            print(f"| {r['case']} ({r['text_mb']:.1f} MB) | {r['draft_cpu_s']:.1f} | {r['draft_peak_mib']:.0f} MiB | "
                  f"refused: {r['message']} | | |")
    (ROOT / "bench" / "draft_big.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
