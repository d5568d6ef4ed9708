#!/usr/bin/env bash
# Cold sync, warm restart and memory of the site on a generated corpus (published site).
#   bench/startup.sh [articles=10000] [runs=3] [port=5170]
# A cold run starts from nothing: no catalogue and no image variants, as a fresh deployment does
# (KEEP_VARIANTS=1 keeps the variants of the previous run, to see what making them costs).
# Runs the site as deployed (dotnet publish -r linux-x64: composite ReadyToRun). Prints, per run: cold sync ms
# (from the sync's own log line), time from process start to /readyz 200, peak working set (VmHWM),
# CPU time used by then (user + system: steadier than wall time here, where two cores are shared);
# then the same for a restart with nothing changed; medians last.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}; runs=${2:-3}; port=${3:-5170}
. bench/prepare.sh
publish_site

: >"$work/cold.txt"; : >"$work/warm.txt"
for i in $(seq "$runs"); do
  rm -f "$work"/catalogue.db*
  [ "${KEEP_VARIANTS:-0}" = 1 ] || rm -rf "$work/bilder"
  read -r ready hwm cpu < <(timed_start "$work/cold.log")
  sync=$(grep -o 'failed in [0-9]* ms' "$work/cold.log" | grep -o '[0-9]*' | head -1)
  echo "cold  run $i ($([ "${KEEP_VARIANTS:-0}" = 1 ] && echo "variants kept" || echo "from nothing")): sync ${sync} ms, ready after ${ready} ms, peak working set $((hwm / 1024)) MB, CPU ${cpu} ms"
  echo "$sync $ready $hwm $cpu" >>"$work/cold.txt"
  read -r ready hwm cpu < <(timed_start "$work/warm.log")
  sync=$(grep -o 'failed in [0-9]* ms' "$work/warm.log" | grep -o '[0-9]*' | head -1)
  echo "warm  run $i: sync ${sync} ms, ready after ${ready} ms, peak working set $((hwm / 1024)) MB, CPU ${cpu} ms"
  echo "$sync $ready $hwm $cpu" >>"$work/warm.txt"
done
for kind in cold warm; do
  echo "median $kind: sync $(cut -d' ' -f1 "$work/$kind.txt" | median) ms," \
       "ready $(cut -d' ' -f2 "$work/$kind.txt" | median) ms," \
       "peak working set $(( $(cut -d' ' -f3 "$work/$kind.txt" | median | cut -d. -f1) / 1024 )) MB," \
       "CPU $(cut -d' ' -f4 "$work/$kind.txt" | median) ms"
done
