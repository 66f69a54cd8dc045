"""Offline guarantee: every tab, every chart export and the report PDF run with socket creation blocked,
and no network module is imported by the app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

NETWORK_MODULES = ("http.client", "urllib.request", "ftplib", "smtplib", "poplib", "imaplib", "telnetlib",
                   "xmlrpc.client", "socketserver", "http.server", "requests", "urllib3", "httpx", "aiohttp",
                   "websocket", "PySide6.QtNetwork")

SCRIPT = textwrap.dedent("""
    import json, socket, sys

    attempts = []

    class BlockedSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(repr(args))
            raise OSError("network access is blocked in this test")

    def blocked(*args, **kwargs):
        attempts.append(repr(args))
        raise OSError("network access is blocked in this test")

    socket.socket = BlockedSocket
    socket.create_connection = blocked
    socket.getaddrinfo = blocked
    socket.socketpair = blocked

    from viewer.cli import main

    out = sys.argv[1]
    codes = []
    for tab in ("overview", "statistics", "enterprises", "tasks", "source"):
        for lang in ("zh", "en"):
            codes.append(main(["render", "--tab", tab, "--lang", lang, "--out", f"{out}/{tab}-{lang}.png"]))
    codes.append(main(["export", "--out", f"{out}/charts", "--format", "png,svg,pdf"]))
    codes.append(main(["pdf", "--out", f"{out}/report.pdf"]))
    codes.append(main(["tasks", "--format", "json"]))
    print("RESULT " + json.dumps({"codes": codes, "attempts": attempts, "modules": sorted(sys.modules)}))
""")


def test_the_whole_app_runs_with_the_network_blocked(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REPORT_VIEWER_STATE_DIR": str(tmp_path / "state"),
           "REPORT_VIEWER_CACHE_DIR": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cachehome")}
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True,
                          timeout=600, env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = next(line for line in proc.stdout.splitlines() if line.startswith("RESULT "))
    result = json.loads(line[len("RESULT "):])
    assert result["codes"] == [0] * len(result["codes"]), proc.stderr[-3000:]
    assert result["attempts"] == []
    imported = [m for m in result["modules"] if m.startswith(NETWORK_MODULES)]
    assert imported == []
    assert len(list((tmp_path / "charts").glob("*.svg"))) >= 5
    assert (tmp_path / "report.pdf").stat().st_size > 10_000
    assert all((tmp_path / f"{tab}-en.png").stat().st_size > 5_000
               for tab in ("overview", "statistics", "enterprises", "tasks", "source"))
