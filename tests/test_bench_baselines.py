"""The large report's baselines (a CSafeLoader parse, json.load of the same data) are timed as a default
interpreter runs them, with automatic garbage collection on: the bench's process has it off (the window's
collector), which halved the parse's time and silently moved the first-open goal's baseline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent("""
    import gc, json, sys
    from pathlib import Path
    sys.path.insert(0, "bench")
    import yaml
    import workers
    from make_large_report import write_large_report

    folder = Path(sys.argv[1])
    write_large_report(folder, n_facts=40)
    seen = {"yaml": [], "json": []}
    real_yaml, real_json = yaml.load, json.load

    def yaml_load(*args, **kwargs):
        seen["yaml"].append(gc.isenabled())
        return real_yaml(*args, **kwargs)

    def json_load(*args, **kwargs):
        seen["json"].append(gc.isenabled())
        return real_json(*args, **kwargs)

    yaml.load, json.load = yaml_load, json_load
    result = workers.work_large(1, folder)
    json.load = real_json
    print(json.dumps({"seen": seen, "enabled_after": gc.isenabled(), "keys": sorted(result)}))
""")


def test_the_baselines_run_with_automatic_collection_and_without(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    # The first call of each is the data written for json.load (yaml) or the timed runs: both states are timed,
    # the default interpreter's (on) for the goal's ratio, the process's own (off) for the row beside it.
    assert True in out["seen"]["yaml"] and False in out["seen"]["yaml"]
    assert True in out["seen"]["json"] and False in out["seen"]["json"]
    assert out["enabled_after"] is False  # the window's collector keeps automatic collection off afterwards
    assert {"csafe_ms", "csafe_no_gc_ms", "json_ms", "json_no_gc_ms"} <= set(out["keys"])
