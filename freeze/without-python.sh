#!/bin/sh
# Run a command where no Python installation can be seen: a private mount namespace (needs root or user
# namespaces: `unshare`) in which every Python found on this machine is covered by an empty folder or
# /dev/null. Used to show the frozen app needs none: freeze/without-python.sh dist/report-viewer/report-viewer-cli --version
set -eu
exec unshare --mount --propagation private -- sh -c '
set -eu
for dir in /root/.pyenv /opt/pyenv /usr/lib/python3* /usr/local/lib/python3* /usr/lib/x86_64-linux-gnu/python3*; do
  [ -d "$dir" ] && mount -t tmpfs -o size=1m none "$dir"
done
for file in /usr/bin/python* /usr/local/bin/python* /usr/lib/x86_64-linux-gnu/libpython3* /usr/local/lib/libpython3*; do
  [ -f "$file" ] && mount --bind /dev/null "$file"
done
for python in python python3 python3.11 python3.12 python3.13; do
  if PATH=/usr/local/bin:/usr/bin:/bin:/root/.pyenv/shims:/root/.pyenv/bin command -v "$python" >/dev/null 2>&1 &&
     PATH=/usr/local/bin:/usr/bin:/bin:/root/.pyenv/shims:/root/.pyenv/bin "$python" -c "" >/dev/null 2>&1; then
    echo "without-python.sh: $python still runs" >&2; exit 3
  fi
done
exec "$@"
' without-python "$@"
