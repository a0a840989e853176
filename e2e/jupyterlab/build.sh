#!/bin/bash
# Build (once) the offline JupyterLab 3.6.8 front end from the shared recipe
# and print the directory that holds serve.py + build/.
#
#   SHARED_DIR          recipe dir (default: <repo>/../shared/jupyterlab when
#                       <repo>/../shared is given, see below)
#   GOKERNEL_JLAB_CACHE cache root (default: $HOME/.cache/gokernel-jlab)
#   FORCE=1             rebuild even when build/ exists
#
# The cache key is the sha256 of package-lock.json, so a changed lock file gets
# a fresh directory; an unchanged one is reused (warm run: well under 1 s).
# Progress goes to stderr; the only line on stdout is the directory.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/../.." && pwd))
shared=${SHARED_DIR:-$top/../shared}
# Accept either the shared root or its jupyterlab/ subdir.
if [ -f "$shared/jupyterlab/package-lock.json" ]; then
  src=$shared/jupyterlab
else
  src=$shared
fi
[ -f "$src/package-lock.json" ] || { echo "build.sh: no package-lock.json under $shared" >&2; exit 2; }

key=$(sha256sum "$src/package-lock.json" | cut -c1-64)
cache=${GOKERNEL_JLAB_CACHE:-$HOME/.cache/gokernel-jlab}
dir=$cache/$key

if [ -z "${FORCE:-}" ] && [ -f "$dir/build/bundle.js" ] && [ -f "$dir/.build-ok" ]; then
  echo "$dir"
  exit 0
fi

mkdir -p "$cache"
# One builder at a time per cache root (parallel test binaries may race).
exec 9>"$cache/.lock"
flock 9
if [ -z "${FORCE:-}" ] && [ -f "$dir/build/bundle.js" ] && [ -f "$dir/.build-ok" ]; then
  echo "$dir"
  exit 0
fi

t0=$(date +%s)
mkdir -p "$dir"
# Copy the recipe files (not node_modules/build/state of a previous copy);
# the shared tree is read-only, so make the copies writable.
(cd "$src" && tar --exclude=./node_modules --exclude=./build --exclude=./state \
     --exclude='./*.png' --exclude='./*.log' --exclude='./drive-report*.json' -cf - .) \
  | (cd "$dir" && tar -xf - --no-same-owner)
chmod -R u+w "$dir"
rm -f "$dir/.build-ok"

cd "$dir"
if [ ! -d node_modules ] || [ -n "${FORCE:-}" ]; then
  echo "build.sh: npm ci in $dir" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
echo "build.sh: npm run build:prod" >&2
npm run build:prod >&2
[ -f build/bundle.js ] || { echo "build.sh: build/bundle.js missing after build" >&2; exit 1; }
touch .build-ok
echo "build.sh: built in $(( $(date +%s) - t0 )) s" >&2
echo "$dir"
