#!/usr/bin/env bash
# Runs every Vafa benchmark and writes the figures to <build-dir>/bench/results.json.
#
#   tests/bench/run.sh [build-dir] [--out FILE] [--runs N] [--no-build] [--synthetic] [--quiet-load X]
#
# build-dir defaults to ./build; it is configured (RelWithDebInfo, Ninja) when it does not exist.
# The 1,000,000-identity demo store is generated once into <build-dir>/bench/demo-1m.vafa and
# reused on later runs. See tests/bench/README.md for what each figure means.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build="$repo/build"
out=""
runs=""
build_first=1
synthetic=""
quiet_load="1.0"
identities=1000000

while [ $# -gt 0 ]; do
    case "$1" in
        --out) out="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --no-build) build_first=0; shift ;;
        --synthetic) synthetic="--synthetic"; shift ;;
        --quiet-load) quiet_load="$2"; shift 2 ;;
        --identities) identities="$2"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) build="$1"; shift ;;
    esac
done
[ "${VAFA_BENCH_NO_BUILD:-}" = 1 ] && build_first=0
build=$(mkdir -p "$build" && cd "$build" && pwd)
out=${out:-$build/bench/results.json}
mkdir -p "$(dirname "$out")" "$build/bench"
store="$build/bench/demo-1m.vafa"
[ "$identities" != 1000000 ] && store="$build/bench/demo-$identities.vafa"

if [ "$build_first" = 1 ]; then
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" --target vafa_benchmarks -j2
fi

bin="$build/tests/bench"
export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$build/xdg-runtime}"
# The bench children must not read or write the user's Vafa settings.
export XDG_CONFIG_HOME="$build/bench/config"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR" 2>/dev/null || true

runs_arg=()
[ -n "$runs" ] && runs_arg=(--runs "$runs")

echo "== demo store ($store)"
"$bin/bench_demo_store" --store "$store" --identities "$identities" --out "$out" $synthetic

# The figures are meant for a quiet machine: wait (at most 10 minutes) for the 1-minute load
# average to drop below --quiet-load; the load is written next to every figure either way.
waited=0
while awk -v q="$quiet_load" '{ exit !($1 >= q) }' /proc/loadavg && [ $waited -lt 600 ]; do
    [ $waited = 0 ] && echo "waiting for a quiet machine (load $(cut -d' ' -f1 /proc/loadavg) >= $quiet_load)…"
    sleep 10
    waited=$((waited + 10))
done

for b in bench_startup bench_list bench_search; do
    if [ -x "$bin/$b" ]; then
        echo "== $b"
        "$bin/$b" --store "$store" --out "$out" "${runs_arg[@]}"
    else
        echo "== $b: not built (yet)" >&2
    fi
done
# these make their own data (an invoice; a 5,000-row members file; a 100,000-row identities
# workbook) and ignore --store
for b in bench_print bench_import bench_identity_import; do
    if [ -x "$bin/$b" ]; then
        echo "== $b"
        "$bin/$b" --out "$out"
    else
        echo "== $b: not built (yet)" >&2
    fi
done
echo "results: $out"
