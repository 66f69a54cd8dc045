"""Peak resident memory of a command, measured from a small launcher.

``python bench/peak_rss.py OUT CMD...`` runs CMD, writes its peak resident set (KiB, ``ru_maxrss`` from ``wait4``)
to the file OUT and exits with CMD's exit status.

Why a launcher: Linux keeps a process's highest resident set across ``exec``, so a child forked from the bench
(90+ MiB by the memory section) reads at least the bench's size, whatever it runs: ``validate`` of the bundled
report read 91 MiB instead of its 34. Forked from this launcher (an interpreter with ``os`` and ``sys`` only), a
child starts from about 10 MiB, less than any Python process it becomes.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    out, cmd = argv[0], argv[1:]
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.execv(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    with open(out, "w", encoding="ascii") as f:
        f.write(str(usage.ru_maxrss))
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
