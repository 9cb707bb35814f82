#!/usr/bin/env bash
# Figures for BENCHMARKS.md: scan, align and check on synthetic archives of
# 1,000 / 10,000 / 50,000 releases (paralign synth), wall and CPU seconds and
# peak RSS from GNU time, and align on 1 and 2 threads.
#
#   scripts/bench_scale.sh [BINARY] [WORKDIR] [SIZES...]
set -euo pipefail
bin=${1:-target/release/paralign}
work=${2:-/tmp/paralign-scale}
shift $(( $# > 2 ? 2 : $# )) || true
sizes=${*:-1000 10000 50000}
corpus="$(cd "$(dirname "$0")/.." && pwd)/corpus"
mkdir -p "$work"
measure() { # label command...
    local label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
    read -r wall user sys rss < "$work/time"
    printf '%-28s wall %7.2f s  cpu %7.2f s  peak RSS %7.1f MiB\n' \
        "$label" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "scale=1; $rss / 1024" | bc)"
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in $sizes; do
    dir="$work/synth-$n"
    [ -d "$dir" ] || "$bin" synth --releases "$n" -o "$dir" --from "$corpus" 2>/dev/null
    measure "scan $n" "$bin" scan "$dir" --json
    measure "align $n" "$bin" align "$dir" --format jsonl -o "$work/out.jsonl"
    measure "check $n" "$bin" check "$dir" --json --fail-on never
done
n=$(echo "$sizes" | cut -d' ' -f1)
for j in 1 2; do
    measure "align $n -j $j" "$bin" align "$work/synth-$n" --format jsonl -o "$work/out.jsonl" -j "$j"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
